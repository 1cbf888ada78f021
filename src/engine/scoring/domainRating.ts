/** The rating of one authorisation domain from its criteria's statuses (SPEC §4). */
import { CriterionStatus, countStatuses } from "./status";

/** A domain's rating: RAG, or INCOMPLETE while criteria that would decide it are not assessed. */
export type DomainRating = "GREEN" | "AMBER" | "RED" | "INCOMPLETE";

/**
 * The domain rating: RED when any criterion is Not met; AMBER when none is Not met but some are
 * Partially met; INCOMPLETE when every assessed criterion is Met but some are Not assessed; GREEN
 * when all are Met.
 * @param statuses the statuses of the domain's criteria (at least one)
 * @returns the rating
 * @throws Error when there are no statuses (a domain without criteria cannot be rated)
 * @example domainRating(["Met", "Partially met", "Not assessed"]) // "AMBER"
 * @example domainRating(["Met", "Not assessed"]) // "INCOMPLETE"
 */
export function domainRating(statuses: readonly CriterionStatus[]): DomainRating {
  if (statuses.length === 0) throw new Error("A domain with no criteria cannot be rated.");
  const counts = countStatuses(statuses);
  if (counts["Not met"] > 0) return "RED";
  if (counts["Partially met"] > 0) return "AMBER";
  if (counts["Not assessed"] > 0) return "INCOMPLETE";
  return "GREEN";
}
