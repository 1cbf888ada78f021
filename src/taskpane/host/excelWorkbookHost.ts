/**
 * The open Excel workbook as a WorkbookHost: each function is one `Excel.run` around the Excel adapter
 * (src/taskpane/excel/). Nothing else in the pane touches Office.js.
 */
import type { OutputSheetName } from "../../output/sheetPlan";
import { readWorkbookFromExcel, runExcel, writeOutputsToExcel } from "../excel";
import { writeAssumptionsToExcel } from "../excel/writeAssumptions";
import { writeScenarioToExcel } from "../excel/writeScenario";
import type { ExcelWorkbookHost } from "./workbookHost";

/**
 * Our output sheets that are never read. An `Assumptions` sheet is input, so it is read; so are the
 * `Scoring <code>` sheets, whose statuses, support and evidence a re-run carries over (SPEC §7).
 */
export const OUTPUTS_NOT_READ: readonly OutputSheetName[] = [
  "CCG Summary",
  "Practice Detail",
  "Data Quality",
  "Sensitivity",
  "Domain Summary",
];

/**
 * Creates the Excel host.
 * @param run - runs a batch (default `Excel.run`; tests pass an in-memory host's `run`)
 * @returns the host
 * @example const host = createExcelWorkbookHost(); const data = await host.readWorkbook();
 */
export function createExcelWorkbookHost(run: typeof runExcel = runExcel): ExcelWorkbookHost {
  return {
    kind: "excel",
    readWorkbook: () =>
      run((context) => readWorkbookFromExcel(context, { skipOwnedOutputs: OUTPUTS_NOT_READ })),
    writeOutputs: async (contents) => {
      const result = await run((context) => writeOutputsToExcel(context, contents));
      return { written: result.written, notices: result.notices };
    },
    writeAssumptions: (assumptions) =>
      run((context) => writeAssumptionsToExcel(context, assumptions)),
    writeScenario: (name, proposed) =>
      run((context) => writeScenarioToExcel(context, name, proposed)),
  };
}
