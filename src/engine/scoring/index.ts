/** Authorisation domain scoring (SPEC §4): statuses, domain ratings and the outcome. */
export {
  CRITERION_STATUSES,
  countStatuses,
  readCriterionStatus,
  type CriterionStatus,
  type StatusCounts,
} from "./status";
export { FIRST_DOMAIN, LAST_DOMAIN, readDomainNumber } from "./domain";
export { domainRating, type DomainRating } from "./domainRating";
export {
  AUTHORISATION_OUTCOMES,
  DEFAULT_OUTCOME_THRESHOLDS,
  assessAuthorisation,
  authorisationOutcome,
  type AuthorisationAssessment,
  type AuthorisationOutcome,
  type DomainResult,
  type OutcomeOptions,
  type OutcomeThresholds,
  type ScoredCriterion,
} from "./outcome";
export {
  CRITERION_ID_PATTERN,
  DEFAULT_CRITERIA,
  PREFILLED_CRITERION_IDS,
  type Criterion,
} from "./criteria";
export { findCriteriaSheet, readCriteria, type CriteriaReading } from "./readCriteria";
export {
  SCORING_COLUMNS,
  SCORING_LABELS,
  SCORING_ROWS,
  SUPPORT_LEVELS,
  THRESHOLD_RECORD_COLUMNS,
  VISIBLE_SCORING_COLUMNS,
  scoringSheetName,
  type ScoringColumn,
} from "./sheetLayout";
export { prefillCriteria, statusForRating, type CriterionPrefill } from "./prefill";
export {
  readScoringSheet,
  readScoringSheets,
  type ExistingCriterionRow,
  type ExistingScoringSheet,
  type ExistingThreshold,
} from "./existingScoring";
export { carriedThresholds, thresholdsAsFormulasRead } from "./carryThresholds";
export {
  scoreCcg,
  scoredCriteria,
  scoringRows,
  selectScoredCcgs,
  sixDomainRatings,
  type ScoredCcg,
  type ScoringRow,
  type ScoringRowValues,
  type ScoringSelection,
} from "./scoreCcgs";
export { scoreWorkbook, type WorkbookScoring } from "./scoreWorkbook";
export { assessScoringSheet, type SheetAssessment } from "./readBack";
