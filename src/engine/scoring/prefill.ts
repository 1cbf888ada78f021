/**
 * Statuses the configuration analysis can judge (SPEC §4 prefill), each with an evidence sentence that
 * carries the figures: finance → plans within the allowance (domain 3); territory and local-authority
 * fit → a defined area, membership → member practices (domain 4); collaborative arrangement and
 * commissioning support → commissioning support secured (domain 5).
 */
import { CcgAnalysis } from "../analysis";
import {
  formatCount,
  formatKm,
  formatPounds,
  formatPoundsPerHead,
  formatShare,
  plural,
} from "../format";
import { Rating } from "../types";
import { PREFILLED_CRITERION_IDS } from "./criteria";
import { CriterionStatus } from "./status";

/** What the analysis writes into one criterion's row. */
export interface CriterionPrefill {
  readonly status: CriterionStatus;
  readonly evidence: string;
}

/** The status that follows a component's rating: GREEN → Met, AMBER → Partially met, RED → Not met. */
export function statusForRating(rating: Rating): CriterionStatus {
  return rating === "GREEN" ? "Met" : rating === "AMBER" ? "Partially met" : "Not met";
}

function worst(ratings: readonly (Rating | null)[]): Rating | null {
  const known = ratings.filter((rating): rating is Rating => rating !== null);
  if (known.length === 0) return null;
  if (known.includes("RED")) return "RED";
  return known.includes("AMBER") ? "AMBER" : "GREEN";
}

function financeEvidence(ccg: CcgAnalysis, rcaPerHead: number): string {
  const planned =
    ccg.plannedRunningCosts === null || ccg.plannedMinusAllowance === null
      ? ""
      : ` Planned running costs ${formatPounds(ccg.plannedRunningCosts)} are ${formatPounds(Math.abs(ccg.plannedMinusAllowance))} ${ccg.plannedMinusAllowance > 0 ? "above" : "within"} the allowance.`;
  return (
    `${ccg.components.finance.reason}. Allowance ${formatPounds(ccg.runningCostAllowance)} ` +
    `(${formatPoundsPerHead(rcaPerHead)} per head for ${formatCount(ccg.population)} people); ` +
    `fixed costs ${formatPounds(ccg.fixedCosts)}; commissioning support ${formatPounds(ccg.support)} ` +
    `(${formatPoundsPerHead(ccg.supportPerHead)} per head).${planned}`
  );
}

function definedAreaEvidence(ccg: CcgAnalysis): string {
  const parts: string[] = [];
  const g = ccg.geography;
  if (g !== null) {
    parts.push(
      `${plural(g.pieces, "territory piece")}, ${formatShare(g.detachedShare)} of the population outside the main one; ` +
        `weighted standard distance ${formatKm(g.standardDistanceKm)}; ` +
        `${plural(g.embeddedPractices, "embedded practice")}`
    );
    parts.push(ccg.components.geography.reason);
  }
  if (ccg.components.localAuthority.rating !== null)
    parts.push(ccg.components.localAuthority.reason);
  return `${parts.join(". ")}.`;
}

function commissioningSupportPrefill(ccg: CcgAnalysis): CriterionPrefill {
  const support = `commissioning support ${formatPounds(ccg.support)} (${formatPoundsPerHead(ccg.supportPerHead)} per head) is in the running-cost plan`;
  if (ccg.collaborativeArrangement) {
    return {
      status: "Met",
      evidence: `The CCG table records a collaborative arrangement; ${support}.`,
    };
  }
  const small = [ccg.components.size, ccg.components.finance].filter((c) => c.rating === "RED");
  if (small.length > 0) {
    return {
      status: "Not met",
      evidence:
        `No collaborative arrangement is recorded, and the CCG cannot secure its capacity alone: ` +
        `${small.map((c) => c.reason).join("; ")}.`,
    };
  }
  return {
    status: "Partially met",
    evidence: `No collaborative arrangement is recorded in the CCG table; ${support}.`,
  };
}

/**
 * The prefilled statuses and evidence for one CCG, by criterion id. A criterion whose component the
 * data cannot support (no member column, no coordinates and no local authority) is not prefilled.
 * @param ccg the CCG's analysis
 * @param rcaPerHead the running cost allowance in force, £ per head
 * @returns prefills by criterion id (ids of {@link PREFILLED_CRITERION_IDS})
 * @example prefillCriteria(ccg, 25).get("3.2A")?.status // "Met" when finance is GREEN
 */
export function prefillCriteria(
  ccg: CcgAnalysis,
  rcaPerHead: number
): ReadonlyMap<string, CriterionPrefill> {
  const prefills = new Map<string, CriterionPrefill>();
  const finance = ccg.components.finance.rating;
  if (finance !== null) {
    prefills.set(PREFILLED_CRITERION_IDS.plansWithinAllowance, {
      status: statusForRating(finance),
      evidence: financeEvidence(ccg, rcaPerHead),
    });
  }
  const membership = ccg.components.membership.rating;
  if (membership !== null) {
    prefills.set(PREFILLED_CRITERION_IDS.memberPractices, {
      status: statusForRating(membership),
      evidence: `${ccg.components.membership.reason}.`,
    });
  }
  const area = worst([ccg.components.geography.rating, ccg.components.localAuthority.rating]);
  if (area !== null) {
    prefills.set(PREFILLED_CRITERION_IDS.definedArea, {
      status: statusForRating(area),
      evidence: definedAreaEvidence(ccg),
    });
  }
  prefills.set(PREFILLED_CRITERION_IDS.commissioningSupport, commissioningSupportPrefill(ccg));
  return prefills;
}
