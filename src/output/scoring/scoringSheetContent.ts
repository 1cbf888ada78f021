/** The `Scoring <CCG code>` sheet as plain data (SPEC §6.1 layout; STYLE 13: one plan, several renderers). */
import { NUMBER_FORMATS, RAG_COLOURS } from "../report/outputTable";
import { columnLetters } from "../../engine/cells";
import { LAST_DOMAIN } from "../../engine/scoring/domain";
import { ScoredCcg } from "../../engine/scoring/scoreCcgs";
import {
  SCORING_COLUMNS,
  SCORING_LABELS,
  SCORING_ROWS,
  SUPPORT_LEVELS,
  THRESHOLD_RECORD_COLUMNS,
  VISIBLE_SCORING_COLUMNS,
  scoringSheetName,
} from "../../engine/scoring/sheetLayout";
import { CRITERION_STATUSES } from "../../engine/scoring/status";
import { AUTHORISATION_OUTCOMES } from "../../engine/scoring/outcome";
import type { PlanCell, PlanConditionalRule, SheetContent } from "../sheetPlan";
import {
  criteriaRanges,
  domainRatingFormula,
  notMetShareFormula,
  outcomeFormula,
} from "./scoringFormulas";

/** Grey for INCOMPLETE and Not assessed. */
export const GREY = { fill: "EDEDED", font: "595959" } as const;

/** Fills of the domain ratings and the configuration rating. */
export const RATING_RULES: readonly PlanConditionalRule[] = [
  { kind: "cellValue", operator: "equal", formula: '"GREEN"', ...RAG_COLOURS.GREEN },
  { kind: "cellValue", operator: "equal", formula: '"AMBER"', ...RAG_COLOURS.AMBER },
  { kind: "cellValue", operator: "equal", formula: '"RED"', ...RAG_COLOURS.RED },
  { kind: "cellValue", operator: "equal", formula: '"INCOMPLETE"', ...GREY },
];

/** Fills of the outcomes, best green to worst red. */
const OUTCOME_COLOURS = [RAG_COLOURS.GREEN, RAG_COLOURS.AMBER, RAG_COLOURS.RED, RAG_COLOURS.RED];
export const OUTCOME_RULES: readonly PlanConditionalRule[] = AUTHORISATION_OUTCOMES.map(
  (outcome, index) => ({
    kind: "cellValue",
    operator: "equal",
    formula: `"${outcome}"`,
    ...(OUTCOME_COLOURS[index] ?? RAG_COLOURS.RED),
  })
);

const STATUS_RULES: readonly PlanConditionalRule[] = [
  { kind: "cellValue", operator: "equal", formula: '"Met"', ...RAG_COLOURS.GREEN },
  { kind: "cellValue", operator: "equal", formula: '"Partially met"', ...RAG_COLOURS.AMBER },
  { kind: "cellValue", operator: "equal", formula: '"Not met"', ...RAG_COLOURS.RED },
  { kind: "cellValue", operator: "equal", formula: '"Not assessed"', ...GREY },
];

/**
 * An Excel table name for a CCG's criteria (letters, digits and underscores).
 * @example criteriaTableName("07L") // "Criteria_07L"
 */
export function criteriaTableName(code: string): string {
  return `Criteria_${code.replace(/[^A-Za-z0-9]+/g, "_")}`;
}

/** A threshold's row: label | value, then (hidden, in H | I) the record of what the tool wrote. */
function thresholdRow(label: string, share: number, writtenLabel: string, written: number) {
  const row: PlanCell[] = [label, share];
  while (row.length < THRESHOLD_RECORD_COLUMNS.label - 1) row.push(null);
  row.push(writtenLabel, written);
  return row;
}

/**
 * One CCG's scoring sheet: the header block, the two thresholds, each domain's rating and not-met
 * share and the outcome as native formulas (their cached results the engine's), then the criteria
 * as an Excel table with Status and Support dropdowns; hidden columns H–J record what the tool wrote
 * (the criteria's values, and the two thresholds beside their rows).
 * @param scored the scored CCG
 * @returns the sheet's content
 * @example scoringSheetContent(scoreWorkbook(workbook, analysis, ["07L"]).ccgs[0]).output // "Scoring 07L"
 */
export function scoringSheetContent(scored: ScoredCcg): SheetContent {
  const ranges = criteriaRanges(scored.rows.length);
  const cells: PlanCell[][] = [
    [SCORING_LABELS.code, scored.code],
    [SCORING_LABELS.name, scored.name ?? ""],
    [SCORING_LABELS.population, scored.population],
    [SCORING_LABELS.headroom, scored.headroom],
    [SCORING_LABELS.configurationRating, scored.configurationRating],
    [SCORING_LABELS.reasons, scored.reasons.length > 0 ? scored.reasons.join("; ") : "None"],
    thresholdRow(
      SCORING_LABELS.directionsShare,
      scored.thresholds.directionsNotMetShare,
      SCORING_LABELS.directionsShareWritten,
      scored.writtenThresholds.directionsNotMetShare
    ),
    thresholdRow(
      SCORING_LABELS.refusalShare,
      scored.thresholds.refuseNotMetShare,
      SCORING_LABELS.refusalShareWritten,
      scored.writtenThresholds.refuseNotMetShare
    ),
    ["Domain ratings", "Rating", "Not met share"],
  ];
  for (let domain = 1; domain <= LAST_DOMAIN; domain++) {
    const result = scored.assessment.domains.find((d) => d.domain === domain);
    cells.push([
      `Domain ${domain}`,
      { formula: domainRatingFormula(ranges, domain), result: result?.rating ?? "" },
      { formula: notMetShareFormula(ranges, domain), result: result?.notMetShare ?? 0 },
    ]);
  }
  cells.push([
    SCORING_LABELS.outcome,
    { formula: outcomeFormula(ranges), result: scored.assessment.outcome },
  ]);
  cells.push([]);
  cells.push([...SCORING_COLUMNS]);
  // Blank text is written as an empty cell (null), not as "": a blank and an empty string read back
  // alike, and thousands of empty strings would slow the write of many sheets.
  const orBlank = (text: string): string | null => (text === "" ? null : text);
  for (const row of scored.rows) {
    cells.push([
      row.domain,
      row.id,
      row.text,
      row.critical ? "Y" : "N",
      orBlank(row.status),
      orBlank(row.support),
      orBlank(row.evidence),
      orBlank(row.written.status),
      orBlank(row.written.support),
      orBlank(row.written.evidence),
    ]);
  }

  const first = SCORING_ROWS.tableHeader + 1;
  const last = SCORING_ROWS.tableHeader + scored.rows.length;
  const recordValue = columnLetters(THRESHOLD_RECORD_COLUMNS.value);
  const firstDomain = SCORING_ROWS.firstDomain;
  const lastDomain = firstDomain + LAST_DOMAIN - 1;
  return {
    output: scoringSheetName(scored.code),
    cells,
    numberFormats: [
      { range: `B${SCORING_ROWS.population}`, format: NUMBER_FORMATS.integer },
      { range: `B${SCORING_ROWS.headroom}`, format: NUMBER_FORMATS.gbp },
      {
        range: `B${SCORING_ROWS.directionsShare}:B${SCORING_ROWS.refusalShare}`,
        format: "0%",
      },
      {
        range: `${recordValue}${SCORING_ROWS.directionsShare}:${recordValue}${SCORING_ROWS.refusalShare}`,
        format: "0%",
      },
      { range: `C${firstDomain}:C${lastDomain}`, format: NUMBER_FORMATS.percent },
    ],
    tables: [
      {
        name: criteriaTableName(scored.code),
        range: `A${SCORING_ROWS.tableHeader}:J${last}`,
        style: "TableStyleLight9",
        showFilterButton: true,
      },
    ],
    validations: [
      {
        range: `E${first}:E${last}`,
        list: CRITERION_STATUSES,
        errorMessage: "Choose Met, Partially met, Not met or Not assessed.",
      },
      {
        range: `F${first}:F${last}`,
        list: SUPPORT_LEVELS,
        errorMessage: "Choose None, Development support, Specific conditions or Directions.",
      },
    ],
    conditionalFormats: [
      { range: `B${SCORING_ROWS.configurationRating}`, rules: RATING_RULES },
      { range: `B${firstDomain}:B${lastDomain}`, rules: RATING_RULES },
      { range: `B${SCORING_ROWS.outcome}`, rules: OUTCOME_RULES },
      { range: `E${first}:E${last}`, rules: STATUS_RULES },
    ],
    columnWidths: [22, 14, 64, 9, 15, 20, 64, 15, 15, 15],
    hiddenColumns: SCORING_COLUMNS.slice(VISIBLE_SCORING_COLUMNS).map(
      (_, index) => VISIBLE_SCORING_COLUMNS + index + 1
    ),
    frozenRows: 0,
    boldRanges: [
      `A1:A${SCORING_ROWS.outcome}`,
      `A${SCORING_ROWS.resultsHeader}:C${SCORING_ROWS.resultsHeader}`,
    ],
    charts: [],
  };
}
