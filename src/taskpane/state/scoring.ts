/**
 * The pane's Scoring section as plain steps: which CCGs to score, the sheets to write, and what the
 * section shows (each CCG's domain ratings and outcome with the reasons).
 */
import type { AnalysisResult } from "../../engine/analysis";
import type { WorkbookData } from "../../engine/cells";
import { DEFAULT_OUTCOME_THRESHOLDS } from "../../engine/scoring/outcome";
import type { AuthorisationOutcome } from "../../engine/scoring/outcome";
import type { DomainRating } from "../../engine/scoring/domainRating";
import { readScoringSheets } from "../../engine/scoring/existingScoring";
import { assessScoringSheet } from "../../engine/scoring/readBack";
import type { ScoringSelection } from "../../engine/scoring/scoreCcgs";
import type { WorkbookScoring } from "../../engine/scoring/scoreWorkbook";
export { scoringContents } from "../../output/scoring/scoringContents";

/** Which CCGs the user wants scored. */
export type ScoringChoice = "selected" | "flagged" | "all" | "picked";

/** One CCG's scoring as the section shows it. */
export interface ScoringResultRow {
  readonly code: string;
  /** The sheet it is on. */
  readonly sheetName: string;
  /** Domains 1–6 (null: no criteria in that domain). */
  readonly domains: readonly (DomainRating | null)[];
  /** Null when the sheet has no usable criteria. */
  readonly outcome: AuthorisationOutcome | null;
  readonly reasons: readonly string[];
}

/**
 * The engine's selection for a choice.
 * @param choice the radio button chosen
 * @param selectedCcg the CCG selected in the results
 * @param picked the codes ticked in the pick list
 * @returns the selection, or null when it names no CCG (nothing selected or picked)
 * @example scoringSelection("selected", "07L", []) // ["07L"]
 */
export function scoringSelection(
  choice: ScoringChoice,
  selectedCcg: string | null,
  picked: readonly string[]
): ScoringSelection | null {
  if (choice === "flagged" || choice === "all") return choice;
  if (choice === "selected") return selectedCcg === null ? null : [selectedCcg];
  return picked.length === 0 ? null : picked;
}

/**
 * What the section shows after a write: the engine's results for the rows it wrote.
 * @param scoring the workbook's scoring
 * @param sheetNameOf the sheet each CCG went to
 */
export function resultRowsOfScoring(
  scoring: WorkbookScoring,
  sheetNameOf: (code: string) => string
): ScoringResultRow[] {
  return scoring.ccgs.map((ccg) => ({
    code: ccg.code,
    sheetName: sheetNameOf(ccg.code),
    domains: ccg.domainRatings,
    outcome: ccg.assessment.outcome,
    reasons: ccg.assessment.reasons,
  }));
}

/**
 * The scoring sheets of a workbook read back as they stand (statuses edited in Excel or elsewhere),
 * each assessed by the engine's rules with the sheet's own threshold cells.
 * @param workbook the workbook as read (owned sheets marked)
 * @param result the analysis (for the thresholds in force where a sheet's cells are unusable)
 * @returns one row per scoring sheet, in code order
 */
export function resultRowsOfWorkbook(
  workbook: WorkbookData,
  result: AnalysisResult | null
): ScoringResultRow[] {
  const assumptions = result?.assumptions.assumptions;
  const thresholds =
    assumptions === undefined
      ? DEFAULT_OUTCOME_THRESHOLDS
      : {
          directionsNotMetShare: assumptions.directions_not_met_share,
          refuseNotMetShare: assumptions.refuse_not_met_share,
        };
  return [...readScoringSheets(workbook).values()]
    .map((sheet) => assessScoringSheet(sheet, thresholds))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((read) => ({
      code: read.code,
      sheetName: read.sheetName,
      domains: read.domainRatings,
      outcome: read.assessment?.outcome ?? null,
      reasons: read.assessment?.reasons ?? ["The sheet has no criteria with a domain 1 to 6."],
    }));
}
