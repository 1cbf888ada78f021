/**
 * The `Scoring <CCG code>` sheet layout (SPEC §6.1), shared by the sheet writer and the reader that
 * carries a user's edits over to a re-run. Labels and headers are a contract: people and formulas
 * outside the add-in rely on them.
 */

/** Labels of the header block, the thresholds and the results (column A; value in column B). */
export const SCORING_LABELS = {
  code: "CCG code",
  name: "CCG name",
  population: "Population",
  headroom: "Headroom",
  configurationRating: "Configuration rating",
  reasons: "Reasons",
  directionsShare: "Directions share",
  refusalShare: "Refusal share",
  outcome: "Outcome",
  /** The hidden record of the thresholds CCG Footprint wrote (label in H, value in I, rows 7 and 8). */
  directionsShareWritten: "Directions share written",
  refusalShareWritten: "Refusal share written",
} as const;

/** The criteria table's columns: the SPEC §6.1 seven, then the hidden record of what the tool wrote. */
export const SCORING_COLUMNS = [
  "Domain",
  "Id",
  "Criterion",
  "Critical",
  "Status",
  "Support",
  "Evidence",
  "Status written",
  "Support written",
  "Evidence written",
] as const;

/** Header of one criteria-table column. */
export type ScoringColumn = (typeof SCORING_COLUMNS)[number];

/** Number of visible criteria-table columns (A–G); the rest are hidden. */
export const VISIBLE_SCORING_COLUMNS = 7;

/** Support levels offered for a criterion (the Support dropdown). */
export const SUPPORT_LEVELS: readonly string[] = [
  "None",
  "Development support",
  "Specific conditions",
  "Directions",
];

/** Name of the sheet that scores one CCG. */
export function scoringSheetName(code: string): `Scoring ${string}` {
  return `Scoring ${code}`;
}

/**
 * 1-based columns of the hidden record of the two thresholds CCG Footprint wrote, on their rows: the
 * label in H (8), the value in I (9), both hidden with the criteria table's record columns H–J.
 */
export const THRESHOLD_RECORD_COLUMNS = { label: 8, value: 9 } as const;

/** 1-based rows of the fixed part of the sheet. */
export const SCORING_ROWS = {
  code: 1,
  name: 2,
  population: 3,
  headroom: 4,
  configurationRating: 5,
  reasons: 6,
  directionsShare: 7,
  refusalShare: 8,
  /** `Domain ratings | Rating | Not met share` */
  resultsHeader: 9,
  /** Domain 1's row; domain d is on `firstDomain + d - 1`. */
  firstDomain: 10,
  outcome: 16,
  /** The criteria table's header row; criteria follow from the next row. */
  tableHeader: 18,
} as const;
