/** All output tables of one analysis, in sheet order. */
import { AnalysisResult } from "../../engine/analysis";
import { OutputSheetName, OutputTable } from "./outputTable";
import { buildAssumptionsTable } from "./assumptionsTable";
import { buildDataQualityTable } from "./dataQualityTable";
import { buildPracticeDetailTable } from "./practiceDetailTable";
import { buildSummaryTable } from "./summaryTable";

/**
 * The output tables of SPEC §6 for this analysis. `Assumptions` is included only when the workbook has no
 * assumptions sheet of its own.
 * @param only limit to these outputs (the task pane's choice of sheets)
 */
export function buildOutputTables(
  result: AnalysisResult,
  only?: readonly OutputSheetName[]
): OutputTable[] {
  const wanted = (name: OutputSheetName) => only === undefined || only.includes(name);
  const tables: OutputTable[] = [];
  if (wanted("CCG Summary")) tables.push(buildSummaryTable(result));
  if (wanted("Practice Detail")) tables.push(buildPracticeDetailTable(result));
  if (wanted("Data Quality")) tables.push(buildDataQualityTable(result.dataQuality));
  if (wanted("Assumptions") && result.assumptions.sheetName === null) {
    tables.push(buildAssumptionsTable(result.assumptions.assumptions));
  }
  return tables;
}
