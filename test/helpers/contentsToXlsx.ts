/**
 * Sheet contents written by the package writer into a new workbook, as the runner and preview mode
 * write them, for tests that check the formulas in another spreadsheet engine; optionally with every
 * formula's cached result poisoned, so a value read back must have been calculated.
 */
import { addOutputsToPackage, newPackageFromSheets, savePackage } from "../../src/package";
import { isPlanFormula } from "../../src/output/sheetPlan";
import type { SheetContent } from "../../src/output/sheetPlan";

/** Cached results to store with formulas: the plan's, or a marker no calculation produces. */
export type CachedResults = "plan" | "poisoned";

/** The marker stored as every formula's cached result when poisoned. */
export const POISONED_RESULT = "CACHED, NOT CALCULATED";

/**
 * An .xlsx file holding the contents, each on the sheet the package writer gives its output.
 * @param contents the sheets
 * @param cached which cached results formulas carry
 * @returns the file's bytes
 */
export function contentsToXlsx(
  contents: readonly SheetContent[],
  cached: CachedResults = "plan"
): Uint8Array {
  const written =
    cached === "plan"
      ? contents
      : contents.map((content) => ({
          ...content,
          cells: content.cells.map((row) =>
            row.map((cell) =>
              isPlanFormula(cell) ? { formula: cell.formula, result: POISONED_RESULT } : cell
            )
          ),
        }));
  const parts = newPackageFromSheets([]);
  addOutputsToPackage(parts, written);
  return savePackage(parts);
}
