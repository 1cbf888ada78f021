/**
 * Writes assumption values into the open workbook (SPEC §2.3, §7), in 2 or 3 round trips:
 *  1. the sheet names;
 *  2a. the workbook has an `Assumptions` sheet (the user's, or ours from an earlier run): its used range
 *      (values, types, formulas) — then
 *  3a. the changed Value cells and any added rows, in one request (see assumptionsSheetPlan.ts: only Value
 *      cells of known keys change, formulas are never overwritten);
 *  2b. it has none: a new `Assumptions` sheet CCG Footprint owns, written by writeOutputsToExcel as a
 *      real table (its own 1–2 syncs).
 */
/* global Excel */
import type { Assumptions } from "../../engine/assumptions";
import { buildAssumptionsTable } from "../../output/report/assumptionsTable";
import { tableSheet } from "../../output/tableSheet";
import { isAssumptionsSheetName, planAssumptionsSheetUpdate } from "../host/assumptionsSheetPlan";
import type { WriteAssumptionsSummary } from "../host/workbookHost";
import { sheetDataFromRange } from "./readWorkbook";
import { writeOutputsToExcel } from "./writeOutputs";

/**
 * Writes the assumptions: into the workbook's own `Assumptions` sheet when it has one, otherwise as a new
 * sheet CCG Footprint owns.
 * @param context - the request context of an `Excel.run` (this function does not call `Excel.run`)
 * @param assumptions - the values to write
 * @returns the sheet, whether it was created, the keys updated and added, and notices for the user
 * @throws AssumptionsSheetError when the user's sheet has no Key and Value headers (nothing is written)
 * @example await runExcel((context) => writeAssumptionsToExcel(context, { ...DEFAULT_ASSUMPTIONS, rca_per_head: 22.07 }));
 */
export async function writeAssumptionsToExcel(
  context: Excel.RequestContext,
  assumptions: Assumptions
): Promise<WriteAssumptionsSummary> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const existing = worksheets.items.find((sheet) => isAssumptionsSheetName(sheet.name));
  if (existing === undefined) {
    const result = await writeOutputsToExcel(
      context,
      [tableSheet(buildAssumptionsTable(assumptions))],
      {
        activate: false,
      }
    );
    const sheetName = result.written[0]?.sheetName ?? "Assumptions";
    return { sheetName, created: true, updated: [], added: [], notices: result.notices };
  }

  const used = existing
    .getUsedRangeOrNullObject(true)
    .load("values, valueTypes, formulas, rowIndex, columnIndex");
  await context.sync();
  const sheetData = used.isNullObject
    ? { name: existing.name, rows: [], firstRow: 1, firstColumn: 1 }
    : sheetDataFromRange(
        existing.name,
        used.values,
        used.valueTypes,
        used.rowIndex,
        used.columnIndex
      );
  const formulas = used.isNullObject ? [] : used.formulas;
  const plan = planAssumptionsSheetUpdate(sheetData, assumptions, (row, column) => {
    const formula = formulas[row - sheetData.firstRow]?.[column - sheetData.firstColumn];
    return typeof formula === "string" && formula.startsWith("=");
  });
  for (const cell of plan.cells) {
    existing.getCell(cell.row - 1, cell.column - 1).values = [[cell.value]];
  }
  if (plan.cells.length > 0) await context.sync();
  return {
    sheetName: existing.name,
    created: false,
    updated: plan.updated,
    added: plan.added,
    notices: plan.notices,
  };
}
