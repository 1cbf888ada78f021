/**
 * A scoring sheet read back as it stands (after people edited it, anywhere): the domain ratings and
 * outcome its formulas show, with the reasons, by the engine's rules.
 */
import { Rating } from "../types";
import { DomainRating } from "./domainRating";
import { thresholdsAsFormulasRead } from "./carryThresholds";
import { ExistingScoringSheet } from "./existingScoring";
import {
  AuthorisationAssessment,
  OutcomeThresholds,
  ScoredCriterion,
  assessAuthorisation,
} from "./outcome";
import { sixDomainRatings } from "./scoreCcgs";
import { readCriterionStatus } from "./status";

/** One scoring sheet's results as it stands. */
export interface SheetAssessment {
  readonly code: string;
  readonly sheetName: string;
  /** Null when the sheet has no usable criteria row. */
  readonly assessment: AuthorisationAssessment | null;
  readonly domainRatings: readonly (DomainRating | null)[];
}

function isRating(text: string): text is Rating {
  return text === "GREEN" || text === "AMBER" || text === "RED";
}

/**
 * Assess a scoring sheet as it stands: its own statuses, critical flags, configuration rating and
 * threshold cells (the thresholds given where a cell is unusable), as its formulas do. Rows without
 * a domain 1–6 are left out, as the formulas leave them out.
 * @param sheet the sheet as read
 * @param thresholds used where the sheet's threshold cells are not shares
 * @returns the assessment
 * @example assessScoringSheet(readScoringSheets(workbook).get("07L")!, DEFAULT_OUTCOME_THRESHOLDS).assessment?.outcome
 */
export function assessScoringSheet(
  sheet: ExistingScoringSheet,
  thresholds: OutcomeThresholds
): SheetAssessment {
  const criteria: ScoredCriterion[] = [];
  for (const row of sheet.rows) {
    if (row.domain === null) continue;
    const status = readCriterionStatus(row.status);
    criteria.push({
      domain: row.domain,
      id: row.id,
      critical: /^y$/i.test(row.critical), // as COUNTIFS(…,"Y",…) counts it
      status: status.kind === "value" ? status.value : "Not assessed",
    });
  }
  const cells: OutcomeThresholds = {
    directionsNotMetShare:
      sheet.thresholds.directionsNotMetShare.share ?? thresholds.directionsNotMetShare,
    refuseNotMetShare: sheet.thresholds.refuseNotMetShare.share ?? thresholds.refuseNotMetShare,
  };
  const assessment =
    criteria.length > 0
      ? assessAuthorisation(criteria, {
          configurationRating: isRating(sheet.configurationRating)
            ? sheet.configurationRating
            : null,
          thresholds: thresholdsAsFormulasRead(cells),
        })
      : null;
  return {
    code: sheet.code,
    sheetName: sheet.sheetName,
    assessment,
    domainRatings: assessment === null ? Array(6).fill(null) : sixDomainRatings(assessment),
  };
}
