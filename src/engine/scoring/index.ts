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
