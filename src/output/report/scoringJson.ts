/** The `scoring[]` part of the runner's `--json` report (SPEC §8.1). */
import { DomainRating } from "../../engine/scoring/domainRating";
import { AuthorisationOutcome } from "../../engine/scoring/outcome";
import { WorkbookScoring } from "../../engine/scoring/scoreWorkbook";

/** One scored CCG in the JSON report. */
export interface ScoringJson {
  code: string;
  /** Domains 1–6; null for a domain without criteria. */
  domains: (DomainRating | null)[];
  outcome: AuthorisationOutcome;
  /** The sentences that justify the outcome. */
  reasons: string[];
}

/**
 * Per scored CCG, the domain ratings and outcome the engine computes from its scoring sheet's rows.
 * @param scoring the workbook's scoring
 * @returns one entry per scored CCG, in code order
 * @example scoringJson(scoreWorkbook(workbook, analysis, "all"))[0]?.outcome // "Authorised with conditions"
 */
export function scoringJson(scoring: WorkbookScoring): ScoringJson[] {
  return scoring.ccgs.map((ccg) => ({
    code: ccg.code,
    domains: [...ccg.domainRatings],
    outcome: ccg.assessment.outcome,
    reasons: [...ccg.assessment.reasons],
  }));
}
