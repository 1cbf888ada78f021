/**
 * Saves a scenario as a column of the open workbook's `Scenarios` sheet (SPEC §5, §7), in 2 or 3 round
 * trips: the sheet names; the existing sheet's used range (when it has one); then every planned cell in
 * one request (see scenariosSheetPlan.ts: only blank cells are written; a new sheet when there is none).
 */
/* global Excel */
import {
  isScenariosSheetName,
  planScenarioColumn,
  SCENARIOS_SHEET,
} from "../host/scenariosSheetPlan";
import type { WriteScenarioSummary } from "../host/workbookHost";
import { textForExcel } from "./cellInput";
import { sheetDataFromRange } from "./readWorkbook";

/**
 * Writes one scenario as a new column of the `Scenarios` sheet (created when the workbook has none).
 * @param context - the request context of an `Excel.run` (this function does not call `Excel.run`)
 * @param name - the scenario's name (" (2)" is added when the sheet has one of that name)
 * @param proposed - practice code → proposed CCG code, for the practices that move
 * @returns the sheet, the column's name, whether the sheet was created, notices
 * @throws ScenariosSheetError when nothing can be saved (nothing is written then)
 * @example await runExcel((context) => writeScenarioToExcel(context, "Merge 10W", moves));
 */
export async function writeScenarioToExcel(
  context: Excel.RequestContext,
  name: string,
  proposed: ReadonlyMap<string, string>
): Promise<WriteScenarioSummary> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const existing = worksheets.items.find((sheet) => isScenariosSheetName(sheet.name));
  let sheetData = null;
  if (existing !== undefined) {
    const used = existing
      .getUsedRangeOrNullObject(true)
      .load("values, valueTypes, rowIndex, columnIndex");
    await context.sync();
    sheetData = used.isNullObject
      ? { name: existing.name, rows: [], firstRow: 1, firstColumn: 1 }
      : sheetDataFromRange(
          existing.name,
          used.values,
          used.valueTypes,
          used.rowIndex,
          used.columnIndex
        );
  }
  const plan = planScenarioColumn(sheetData, name, proposed);
  const sheet = existing ?? worksheets.add(SCENARIOS_SHEET);
  for (const block of plan.blocks) {
    sheet.getRangeByIndexes(block.row - 1, block.column - 1, block.values.length, 1).values =
      block.values.map((value) => [textForExcel(value)]);
  }
  await context.sync();
  return {
    sheetName: plan.sheetName,
    scenarioName: plan.scenarioName,
    created: plan.createSheet,
    notices: plan.notices,
  };
}
