/** The authorisation outcome from criteria statuses (SPEC §4). */
import { DEFAULT_ASSUMPTIONS } from "../assumptions";
import { formatShare, formatThresholdShare, plural } from "../format";
import { Rating } from "../types";
import { DomainRating, domainRating } from "./domainRating";
import { CriterionStatus, countStatuses } from "./status";

/** The four outcomes, best first. */
export type AuthorisationOutcome =
  | "Fully authorised"
  | "Authorised with conditions"
  | "Authorised with conditions and directions"
  | "Not authorised";

/** Every outcome, best first. */
export const AUTHORISATION_OUTCOMES: readonly AuthorisationOutcome[] = [
  "Fully authorised",
  "Authorised with conditions",
  "Authorised with conditions and directions",
  "Not authorised",
];

/** One criterion as scored. */
export interface ScoredCriterion {
  /** Domain number (1–6). */
  readonly domain: number;
  readonly status: CriterionStatus;
  /** A critical criterion that is Not met brings directions on its own. */
  readonly critical?: boolean;
  /** Criterion id such as `1.1A`, used in reasons when given. */
  readonly id?: string;
}

/** Shares of unmet criteria in a domain that bring directions or refusal (SPEC §2.3). */
export interface OutcomeThresholds {
  /** `directions_not_met_share`: directions when a domain's unmet share is above this. */
  readonly directionsNotMetShare: number;
  /** `refuse_not_met_share`: not authorised when a domain's unmet share is above this. */
  readonly refuseNotMetShare: number;
}

/** The SPEC §2.3 defaults: 0.25 and 0.50. */
export const DEFAULT_OUTCOME_THRESHOLDS: OutcomeThresholds = {
  directionsNotMetShare: DEFAULT_ASSUMPTIONS.directions_not_met_share,
  refuseNotMetShare: DEFAULT_ASSUMPTIONS.refuse_not_met_share,
};

/** Choices for an assessment. */
export interface OutcomeOptions {
  /** The CCG's configuration rating (SPEC §3.4); RED brings directions. Null or absent: not considered. */
  readonly configurationRating?: Rating | null;
  /** Thresholds; each one absent takes its default. */
  readonly thresholds?: Partial<OutcomeThresholds>;
}

/** One domain's figures. */
export interface DomainResult {
  readonly domain: number;
  readonly criteria: number;
  readonly notMet: number;
  /** Not met ÷ all the domain's criteria (Not assessed ones included). */
  readonly notMetShare: number;
  readonly rating: DomainRating;
}

/** The outcome, the sentences that justify it and every domain's figures. */
export interface AuthorisationAssessment {
  readonly outcome: AuthorisationOutcome;
  readonly reasons: readonly string[];
  /** Domains that have criteria, in domain order. */
  readonly domains: readonly DomainResult[];
}

function checkThresholds(thresholds: OutcomeThresholds): void {
  for (const [name, share] of Object.entries(thresholds)) {
    if (!(share >= 0 && share <= 1))
      throw new Error(`Threshold ${name} ${share} must be between 0 and 1.`);
  }
  if (thresholds.directionsNotMetShare > thresholds.refuseNotMetShare) {
    throw new Error(
      `The directions share ${thresholds.directionsNotMetShare} is above the refusal share ${thresholds.refuseNotMetShare}.`
    );
  }
}

function domainResults(criteria: readonly ScoredCriterion[]): DomainResult[] {
  const statusesByDomain = new Map<number, CriterionStatus[]>();
  for (const criterion of criteria) {
    if (!Number.isFinite(criterion.domain))
      throw new Error(`Domain ${criterion.domain} is not a number.`);
    const statuses = statusesByDomain.get(criterion.domain);
    if (statuses === undefined) statusesByDomain.set(criterion.domain, [criterion.status]);
    else statuses.push(criterion.status);
  }
  return [...statusesByDomain.entries()]
    .sort(([a], [b]) => a - b)
    .map(([domain, statuses]) => {
      const notMet = countStatuses(statuses)["Not met"];
      return {
        domain,
        criteria: statuses.length,
        notMet,
        notMetShare: notMet / statuses.length,
        rating: domainRating(statuses),
      };
    });
}

function unmetSentence(result: DomainResult, line: number, lineName: string): string {
  return (
    `Domain ${result.domain}: ${result.notMet} of ${plural(result.criteria, "criterion", "criteria")} not met ` +
    `(${formatShare(result.notMetShare)}), above the ${formatThresholdShare(line)} ${lineName} line`
  );
}

/**
 * Assess the authorisation outcome:
 * - Not authorised when a domain's unmet share is above `refuseNotMetShare`;
 * - otherwise Authorised with conditions and directions when a domain's unmet share is above
 *   `directionsNotMetShare`, a critical criterion is Not met, or the configuration rating is RED;
 * - otherwise Fully authorised when every criterion is Met;
 * - otherwise Authorised with conditions (some criteria Partially met, Not met or Not assessed).
 * A domain's unmet share is its Not met criteria ÷ all its criteria, Not assessed ones included.
 * @param criteria every criterion with its domain and status (at least one)
 * @param options the configuration rating and thresholds
 * @returns the outcome with reasons and per-domain figures
 * @throws Error when there are no criteria or the thresholds are unusable
 * @example assessAuthorisation([{ domain: 1, status: "Met" }, { domain: 1, status: "Not met" }]).outcome
 *   // "Authorised with conditions and directions": 50% unmet is above 25%, not above 50%
 */
export function assessAuthorisation(
  criteria: readonly ScoredCriterion[],
  options: OutcomeOptions = {}
): AuthorisationAssessment {
  if (criteria.length === 0) throw new Error("There are no criteria to assess.");
  const thresholds: OutcomeThresholds = { ...DEFAULT_OUTCOME_THRESHOLDS, ...options.thresholds };
  checkThresholds(thresholds);
  const domains = domainResults(criteria);

  const refusals = domains.filter((d) => d.notMetShare > thresholds.refuseNotMetShare);
  if (refusals.length > 0) {
    return {
      outcome: "Not authorised",
      reasons: refusals.map((d) => unmetSentence(d, thresholds.refuseNotMetShare, "refusal")),
      domains,
    };
  }

  const directions = domains
    .filter((d) => d.notMetShare > thresholds.directionsNotMetShare)
    .map((d) => unmetSentence(d, thresholds.directionsNotMetShare, "directions"));
  for (const criterion of criteria) {
    if (criterion.critical === true && criterion.status === "Not met") {
      const name = criterion.id === undefined ? `in domain ${criterion.domain}` : criterion.id;
      directions.push(`Critical criterion ${name} is not met`);
    }
  }
  if (options.configurationRating === "RED") directions.push("The configuration rating is RED");
  if (directions.length > 0) {
    return { outcome: "Authorised with conditions and directions", reasons: directions, domains };
  }

  const counts = countStatuses(criteria.map((criterion) => criterion.status));
  if (counts.Met === criteria.length) return { outcome: "Fully authorised", reasons: [], domains };
  const open: string[] = [];
  if (counts["Not met"] > 0)
    open.push(`${plural(counts["Not met"], "criterion", "criteria")} not met`);
  if (counts["Partially met"] > 0) {
    open.push(`${plural(counts["Partially met"], "criterion", "criteria")} partially met`);
  }
  if (counts["Not assessed"] > 0) {
    open.push(`${plural(counts["Not assessed"], "criterion", "criteria")} not assessed`);
  }
  return { outcome: "Authorised with conditions", reasons: [open.join(", ")], domains };
}

/**
 * The authorisation outcome alone (see {@link assessAuthorisation} for the rules).
 * @param criteria every criterion with its domain and status
 * @param options the configuration rating and thresholds
 * @returns the outcome
 * @example authorisationOutcome([{ domain: 1, status: "Met" }, { domain: 2, status: "Partially met" }])
 *   // "Authorised with conditions"
 */
export function authorisationOutcome(
  criteria: readonly ScoredCriterion[],
  options: OutcomeOptions = {}
): AuthorisationOutcome {
  return assessAuthorisation(criteria, options).outcome;
}
