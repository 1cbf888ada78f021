/**
 * Preview mode: saving a scenario into the picked workbook's `Scenarios` sheet, as planned by
 * scenariosSheetPlan.ts. A new sheet goes into the package as a plain sheet (every other part kept byte
 * for byte); a column added to the user's own sheet is an edit of a user sheet, which the package writer
 * does not make, so the copy is then saved through ExcelJS, as after saving assumptions into the user's
 * own sheet. The ExcelJS workbook always gets the edit too, so either way of saving holds it; and the
 * workbook's data is updated, so reading the workbook again (to load a scenario back) sees it.
 */
import type { SheetData } from "../../engine/cells";
import { addPlainSheets, plainSheet } from "../../package";
import { sheetDataFromWorksheet } from "../../xlsx/fromExcelJs";
import {
  isScenariosSheetName,
  planScenarioColumn,
  SCENARIOS_SHEET,
} from "../host/scenariosSheetPlan";
import type { WriteScenarioSummary } from "../host/workbookHost";
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
  const workbook = await loaded.excelJs();
  const existing = workbook.worksheets.find((sheet) => isScenariosSheetName(sheet.name));
  const plan = planScenarioColumn(
    existing === undefined ? null : sheetDataFromWorksheet(existing),
    name,
    proposed
  );
  const sheet = existing ?? workbook.addWorksheet(SCENARIOS_SHEET);
  for (const block of plan.blocks) {
    block.values.forEach((value, i) => {
      if (value !== "") sheet.getCell(block.row + i, block.column).value = value;
    });
  }
  const written: SheetData = sheetDataFromWorksheet(sheet);
  if (plan.createSheet) addPlainSheets(loaded.parts, [plainSheet(written)]);
  else loaded.editedUserSheet = true;
  const others = loaded.data.sheets.filter((s) => s.name !== sheet.name);
  loaded.data = { ...loaded.data, sheets: [...others, written] };
  return {
    sheetName: plan.sheetName,
    scenarioName: plan.scenarioName,
    created: plan.createSheet,
    notices: plan.notices,
  };
}
