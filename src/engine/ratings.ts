/** Component ratings with reasons, and the configuration rating (SPEC §3.4). */
import { Assumptions } from "./assumptions";
import { formatCount, formatPounds, formatShare, formatThresholdShare } from "./format";
import { ComponentAssessment, ComponentName, Rating } from "./types";

/** Severity order: higher is worse. */
export const RATING_SEVERITY: Readonly<Record<Rating, number>> = { GREEN: 0, AMBER: 1, RED: 2 };

/** The worse of two ratings. */
export function worstRating(a: Rating, b: Rating): Rating {
  return RATING_SEVERITY[b] > RATING_SEVERITY[a] ? b : a;
}

const ARRANGEMENT_NOTE = "amber, not red, because the CCG has a collaborative arrangement";

/** A red softened to amber when the CCG has identified a future arrangement (SPEC §3.4). */
function softenForArrangement(
  assessment: ComponentAssessment,
  hasArrangement: boolean
): ComponentAssessment {
  if (assessment.rating !== "RED" || !hasArrangement) return assessment;
  return { rating: "AMBER", reason: `${assessment.reason}; ${ARRANGEMENT_NOTE}` };
}

/**
 * Size: red below `population_red_below`, amber below `population_amber_below`.
 * @example rateSize(48210, DEFAULT_ASSUMPTIONS, false).reason // "Population 48,210 is below the 50,000 red line"
 */
export function rateSize(
  population: number,
  assumptions: Assumptions,
  hasArrangement: boolean
): ComponentAssessment {
  const red = assumptions.population_red_below;
  const amber = assumptions.population_amber_below;
  const shown = formatCount(population);
  let assessment: ComponentAssessment;
  if (population < red)
    assessment = {
      rating: "RED",
      reason: `Population ${shown} is below the ${formatCount(red)} red line`,
    };
  else if (population < amber) {
    assessment = {
      rating: "AMBER",
      reason: `Population ${shown} is below the ${formatCount(amber)} amber line`,
    };
  } else
    assessment = {
      rating: "GREEN",
      reason: `Population ${shown} is at or above the ${formatCount(amber)} amber line`,
    };
  return softenForArrangement(assessment, hasArrangement);
}

/**
 * Finance: red when headroom is negative, amber when it is below `headroom_amber_share` of the allowance.
 * @param headroom £ left of the allowance after fixed costs and support
 * @param allowance the running cost allowance, £
 */
export function rateFinance(
  headroom: number,
  allowance: number,
  assumptions: Assumptions,
  hasArrangement: boolean
): ComponentAssessment {
  const share = assumptions.headroom_amber_share;
  const amberLine = share * allowance;
  const rating = financeRatingOf(headroom, allowance, share, false);
  let assessment: ComponentAssessment;
  if (rating === "RED") {
    assessment = {
      rating: "RED",
      reason: `Headroom ${formatPounds(headroom)} is negative: fixed costs and commissioning support exceed the ${formatPounds(allowance)} running cost allowance`,
    };
  } else if (rating === "AMBER") {
    assessment = {
      rating: "AMBER",
      reason: `Headroom ${formatPounds(headroom)} is below ${formatThresholdShare(share)} of the ${formatPounds(allowance)} allowance (${formatPounds(amberLine)})`,
    };
  } else {
    const ofAllowance =
      allowance > 0
        ? ` (${formatShare(headroom / allowance)} of the ${formatPounds(allowance)} allowance)`
        : "";
    assessment = { rating: "GREEN", reason: `Headroom ${formatPounds(headroom)}${ofAllowance}` };
  }
  return softenForArrangement(assessment, hasArrangement);
}

/**
 * The finance rating alone, without its reason (for the many ratings of a sensitivity table): red when
 * headroom is negative, amber below `amberShare` of the allowance, a red softened to amber by a
 * collaborative arrangement. {@link rateFinance} decides with this same rule.
 * @example financeRatingOf(-1, 5_000_000, 0.1, true) // "AMBER"
 */
export function financeRatingOf(
  headroom: number,
  allowance: number,
  amberShare: number,
  hasArrangement: boolean
): Rating {
  if (headroom < 0) return hasArrangement ? "AMBER" : "RED";
  if (headroom < amberShare * allowance) return "AMBER";
  return "GREEN";
}

/**
 * Membership: red when member practices hold less than `membership_red_below` of the list, amber below all of it.
 * @param memberShare share of list size in signed-up practices, or null without a member column
 */
export function rateMembership(
  memberShare: number | null,
  assumptions: Assumptions
): ComponentAssessment {
  if (memberShare === null)
    return { rating: null, reason: "No member column: membership not assessed" };
  const red = assumptions.membership_red_below;
  const shown = formatShare(memberShare);
  if (memberShare < red) {
    return {
      rating: "RED",
      reason: `Member practices hold ${shown} of the list, below the ${formatThresholdShare(red)} red line`,
    };
  }
  if (memberShare < 1)
    return {
      rating: "AMBER",
      reason: `Member practices hold ${shown} of the list: not every practice has signed up`,
    };
  return { rating: "GREEN", reason: "Every practice has signed up" };
}

/** Components in the order reasons are listed. */
export const COMPONENT_ORDER: readonly ComponentName[] = [
  "size",
  "finance",
  "geography",
  "localAuthority",
  "membership",
];

/**
 * The configuration rating (the worst component that could be rated) and the reasons for it:
 * the sentences of red components, then amber ones, in component order.
 */
export function configurationRating(
  components: Readonly<Record<ComponentName, ComponentAssessment>>
): {
  rating: Rating;
  reasons: string[];
} {
  let rating: Rating = "GREEN";
  for (const name of COMPONENT_ORDER) {
    const component = components[name].rating;
    if (component !== null) rating = worstRating(rating, component);
  }
  const reasons: string[] = [];
  for (const wanted of ["RED", "AMBER"] as const) {
    for (const name of COMPONENT_ORDER) {
      if (components[name].rating === wanted) reasons.push(components[name].reason);
    }
  }
  return { rating, reasons };
}
