/** The `Domain Summary` sheet as plain data (SPEC §6.1): one row per scored CCG, every rating a formula. */
import { LAST_DOMAIN } from "../../engine/scoring/domain";
import { ScoredCcg } from "../../engine/scoring/scoreCcgs";
import { SCORING_ROWS, scoringSheetName } from "../../engine/scoring/sheetLayout";
import type { PlanCell, SheetContent } from "../sheetPlan";
import { sheetCellReference } from "./scoringFormulas";
import { OUTCOME_RULES, RATING_RULES } from "./scoringSheetContent";

/** The Domain Summary table's columns. */
export const DOMAIN_SUMMARY_COLUMNS: readonly string[] = [
  "CCG code",
  "CCG name",
  "Configuration rating",
  ...Array.from({ length: LAST_DOMAIN }, (_, index) => `Domain ${index + 1}`),
  "Outcome",
];

/**
 * The Domain Summary: code and name as values; the configuration rating, the six domain ratings and
 * the outcome as formulas referring to each CCG's scoring sheet, so the summary follows edits made
 * there. `sheetNameOf` gives the sheet each CCG's scoring went to (the plan may have diverted it).
 * @param scored the scored CCGs, in the order of the rows
 * @param sheetNameOf the scoring sheet's name for a CCG code (default `Scoring <code>`)
 * @returns the sheet's content (no rows when nothing is scored: not written then)
 */
export function domainSummaryContent(
  scored: readonly ScoredCcg[],
  sheetNameOf: (code: string) => string = scoringSheetName
): SheetContent {
  const cells: PlanCell[][] = [[...DOMAIN_SUMMARY_COLUMNS]];
  for (const ccg of scored) {
    const sheetName = sheetNameOf(ccg.code);
    const ref = (row: number) => sheetCellReference(sheetName, `$B$${row}`);
    cells.push([
      ccg.code,
      ccg.name ?? "",
      { formula: ref(SCORING_ROWS.configurationRating), result: ccg.configurationRating },
      ...ccg.domainRatings.map((rating, index) => ({
        formula: ref(SCORING_ROWS.firstDomain + index),
        result: rating ?? "",
      })),
      { formula: ref(SCORING_ROWS.outcome), result: ccg.assessment.outcome },
    ]);
  }
  const last = Math.max(scored.length + 1, 2);
  return {
    output: "Domain Summary",
    cells,
    numberFormats: [],
    tables: [
      {
        name: "DomainSummary",
        range: `A1:J${last}`,
        style: "TableStyleMedium2",
        showFilterButton: true,
      },
    ],
    validations: [],
    conditionalFormats: [
      { range: `C2:I${last}`, rules: RATING_RULES },
      { range: `J2:J${last}`, rules: OUTCOME_RULES },
    ],
    columnWidths: [10, 36, 14, 12, 12, 12, 12, 12, 12, 40],
    hiddenColumns: [],
    frozenRows: 1,
    boldRanges: [],
    charts: [],
  };
}
