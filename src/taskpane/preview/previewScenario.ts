/**
 * Preview mode: saving a scenario into the picked workbook's `Scenarios` sheet, as planned by
 * scenariosSheetPlan.ts. A new sheet goes into the package as a plain sheet; a column added to a
 * sheet the workbook already has is written into that sheet's cells alone (src/package), so every
 * other part of the file is kept byte for byte. The workbook's data is updated, so reading the
 * workbook again (to load a scenario back) sees the column.
 */
import type { CellValue } from "../../engine/cells";
import { sheetDataFromSparseRows } from "../../engine/cells";
import { addPlainSheets, plainSheet } from "../../package";
import type { CellEdit } from "../../package";
import {
  isScenariosSheetName,
  planScenarioColumn,
  ScenariosSheetError,
  SCENARIOS_SHEET,
} from "../host/scenariosSheetPlan";
import type { PlannedColumnBlock } from "../host/scenariosSheetPlan";
import type { WriteScenarioSummary } from "../host/workbookHost";
import { editUserSheet, replaceSheetData } from "./userSheetEdits";
import type { LoadedWorkbook } from "./previewWorkbook";

/**
 * Saves one scenario as a new column of the picked workbook's `Scenarios` sheet (added when absent).
 * @param loaded - the picked workbook (changed in place)
 * @param name - the scenario's name
 * @param proposed - practice code → proposed CCG code, for the practices that move
 * @returns where it went
 * @throws ScenariosSheetError when nothing can be saved (nothing is changed then)
 */
export async function writeScenarioToWorkbook(
  loaded: LoadedWorkbook,
  name: string,
  proposed: ReadonlyMap<string, string>
): Promise<WriteScenarioSummary> {
  const existing = loaded.data.sheets.find((sheet) => isScenariosSheetName(sheet.name));
  const plan = planScenarioColumn(existing ?? null, name, proposed);
  const cells = blockCells(plan.blocks);
  if (plan.createSheet) {
    const rows = new Map<number, CellValue[]>();
    for (const { row, column, value } of cells) {
      const values = rows.get(row) ?? [];
      values[column] = value;
      rows.set(row, values);
    }
    const sheet = sheetDataFromSparseRows(SCENARIOS_SHEET, rows);
    addPlainSheets(loaded.parts, [plainSheet(sheet)]);
    replaceSheetData(loaded, sheet);
  } else {
    editUserSheet(loaded, plan.sheetName, cells, (problem) => {
      throw new ScenariosSheetError(`The scenario was not saved: ${problem}.`);
    });
  }
  return {
    sheetName: plan.sheetName,
    scenarioName: plan.scenarioName,
    created: plan.createSheet,
    notices: plan.notices,
  };
}

/** The planned blocks as cells to write ("" leaves a cell blank, so it is not written). */
function blockCells(blocks: readonly PlannedColumnBlock[]): CellEdit[] {
  return blocks.flatMap((block) =>
    block.values.flatMap((value, i) =>
      value === "" ? [] : [{ row: block.row + i, column: block.column, value }]
    )
  );
}
