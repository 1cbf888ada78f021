/** The sheets of a workbook's scoring, in the order they are written. */
import type { WorkbookScoring } from "../../engine/scoring/scoreWorkbook";
import type { SheetContent } from "../sheetPlan";
import { domainSummaryContent } from "./domainSummaryContent";
import { scoringSheetContent } from "./scoringSheetContent";

/**
 * One `Scoring <code>` sheet per scored CCG, then the `Domain Summary` (its formulas refer to the
 * scoring sheets, so it comes after them).
 * @param scoring the workbook's scoring
 * @returns the contents to write (none when no CCG is scored)
 * @example planOutputs([...buildOutputContents(result), ...scoringContents(scoring)], inventory)
 */
export function scoringContents(scoring: WorkbookScoring): SheetContent[] {
  if (scoring.ccgs.length === 0) return [];
  return [...scoring.ccgs.map(scoringSheetContent), domainSummaryContent(scoring.ccgs)];
}
