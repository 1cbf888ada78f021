/**
 * Today's report tables (src/output/report) as sheet contents: one real Excel table at A1 with a
 * frozen header row, and on `CCG Summary` the population/headroom chart.
 */
import type { AnalysisResult } from "../engine/analysis";
import type { OutputSheetName as ReportSheetName, OutputTable } from "./report/outputTable";
import { buildOutputTables } from "./report/outputTables";
import { composeSheet, tableBlock } from "./blocks";
import type { SheetContent } from "./sheetPlan";
import { sensitivitySheetOf } from "./sensitivitySheet";
import { summaryChart } from "./summaryChart";

/**
 * One report table as the content of its sheet.
 * @param table - the table (rows may be shorter than the columns: missing cells are blank)
 * @returns the content: header row, formats, widths, frozen header, filters, RAG fills, chart
 * @example planOutputs([tableSheet(buildSummaryTable(result))], inventory)
 */
export function tableSheet(table: OutputTable): SheetContent {
  const chart = table.sheetName === "CCG Summary" ? summaryChart(table) : undefined;
  return composeSheet(
    table.sheetName,
    [
      tableBlock({ at: "A1", name: table.tableName, columns: table.columns, rows: table.rows }),
      { charts: chart === undefined ? [] : [chart] },
    ],
    { frozenRows: 1 }
  );
}

/**
 * The contents of SPEC §6's sheets for one analysis (`Assumptions` only when the workbook has none;
 * `Sensitivity` last).
 * @throws SensitivityRangeError naming the assumption when the sensitivity range cannot be used
 * @param result - the analysis
 * @param only - limit to these outputs (the task pane's choice of sheets)
 * @returns the contents, in sheet order
 */
export function buildOutputContents(
  result: AnalysisResult,
  only?: readonly ReportSheetName[]
): SheetContent[] {
  const contents = buildOutputTables(result, only).map(tableSheet);
  if (only === undefined || only.includes("Sensitivity")) contents.push(sensitivitySheetOf(result));
  return contents;
}
