/**
 * Writes the cells of sheet contents (values and formulas only) into an ExcelJS workbook, for tests
 * that check formulas in another spreadsheet engine. Formats, tables and validation are the
 * renderers' business; here only what a calculation needs.
 */
import ExcelJS from "exceljs";
import { isPlanFormula } from "../../src/output/sheetPlan";
import type { SheetContent } from "../../src/output/sheetPlan";

/** Cached results to store with formulas: the plan's, or a marker no calculation produces. */
export type CachedResults = "plan" | "poisoned";

/** The marker stored as every formula's cached result when poisoned. */
export const POISONED_RESULT = "CACHED, NOT CALCULATED";

/**
 * An .xlsx file holding the contents' cells, each on a sheet named after its output.
 * @param contents the sheets
 * @param cached which cached results formulas carry
 * @returns the file's bytes
 */
export async function contentsToXlsx(
  contents: readonly SheetContent[],
  cached: CachedResults = "plan"
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const content of contents) {
    const worksheet = workbook.addWorksheet(content.output);
    content.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell === null) return;
        const target = worksheet.getCell(i + 1, j + 1);
        if (isPlanFormula(cell)) {
          const result = cached === "poisoned" ? POISONED_RESULT : (cell.result ?? undefined);
          target.value = { formula: cell.formula, result } as ExcelJS.CellFormulaValue;
        } else target.value = cell;
      })
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
