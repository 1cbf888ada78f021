/**
 * Running-cost sensitivity (SPEC §5, issue #13): each CCG's headroom across a range of allowances per
 * head, its break-even £ per head, and how many CCGs are red, amber and green at each step, on finance
 * and on the configuration rating (the other components unchanged).
 */
import { Assumptions } from "./assumptions";
import { CcgAnalysis } from "./analysis";
import { headroom as headroomAt } from "./finance";
import { COMPONENT_ORDER, financeRatingOf, worstRating } from "./ratings";
import { Rating } from "./types";

/** Most steps a sensitivity table may have (one worksheet column each). */
export const MAX_SENSITIVITY_STEPS = 1000;

/** A sensitivity range that cannot be used; the message names the assumption and its value. */
export class SensitivityRangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SensitivityRangeError";
  }
}

/** How many CCGs carry each rating. */
export interface RagCounts {
  red: number;
  amber: number;
  green: number;
}

/** Counts at one step. */
export interface SensitivityStepCounts {
  /** Allowance, £ per head. */
  readonly step: number;
  /** Finance rating at this allowance. */
  readonly finance: RagCounts;
  /** Configuration rating with finance at this allowance and every other component as analysed. */
  readonly configuration: RagCounts;
}

/** One CCG across the steps. */
export interface CcgSensitivity {
  readonly code: string;
  readonly name: string | null;
  readonly population: number;
  readonly fixedCosts: number;
  readonly supportPerHead: number;
  /** £ per head at which headroom is zero; null for a CCG with no population. */
  readonly breakEvenPerHead: number | null;
  /** Headroom in £ at each step. */
  readonly headroom: readonly number[];
}

/** The whole sensitivity table. */
export interface SensitivityResult {
  /** Allowances, £ per head, from `sensitivity_from` to `sensitivity_to`. */
  readonly steps: readonly number[];
  readonly ccgs: readonly CcgSensitivity[];
  readonly counts: readonly SensitivityStepCounts[];
}

/** Rounds away the binary noise of `from + i × step` (steps are pounds and pence, not 1e-10ths). */
function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * The allowances of the sensitivity table: `from`, `from + step`, … and always `to` last, even when the
 * step does not divide the range.
 * @param from `sensitivity_from`, £ per head
 * @param to `sensitivity_to`, £ per head (not below `from`)
 * @param step `sensitivity_step`, £ per head (more than 0)
 * @throws SensitivityRangeError naming the assumption when the step is not positive, the range runs
 *   backwards or there would be more than {@link MAX_SENSITIVITY_STEPS} steps
 * @example sensitivitySteps(20, 35, 4) // [20, 24, 28, 32, 35]
 */
export function sensitivitySteps(from: number, to: number, step: number): number[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || !Number.isFinite(step)) {
    throw new SensitivityRangeError(
      `the sensitivity range must be numbers (sensitivity_from ${from}, sensitivity_to ${to}, sensitivity_step ${step})`
    );
  }
  if (!(step > 0)) {
    throw new SensitivityRangeError(
      `sensitivity_step ${step} must be more than 0: the table would never reach sensitivity_to ${to}`
    );
  }
  if (from > to) {
    throw new SensitivityRangeError(
      `sensitivity_from ${from} is above sensitivity_to ${to}: the sensitivity range runs backwards`
    );
  }
  const count = Math.floor(tidy((to - from) / step)) + 1;
  if (count > MAX_SENSITIVITY_STEPS) {
    throw new SensitivityRangeError(
      `sensitivity_step ${step} makes more than ${MAX_SENSITIVITY_STEPS} steps from ${from} to ${to}; choose a larger step`
    );
  }
  const steps: number[] = [];
  for (let index = 0; index < count; index++) steps.push(tidy(from + index * step));
  if ((steps[steps.length - 1] as number) < to) steps.push(to);
  return steps;
}

/**
 * The allowance per head at which a CCG's headroom is zero: fixed costs ÷ population + support per head.
 * @returns null when the population is 0 (no allowance covers fixed costs)
 * @example breakEvenPerHead(200_000, 1_000_000, 9) // 14
 */
export function breakEvenPerHead(
  population: number,
  fixedCosts: number,
  supportPerHead: number
): number | null {
  if (!(population > 0)) return null;
  return fixedCosts / population + supportPerHead;
}

/** Costs that replace the analysis's own for a what-if; CCG-table figures always win. */
export interface CostOverrides {
  /** Fixed costs per CCG, £, for CCGs whose fixed costs came from the assumptions. */
  readonly fixedCosts?: number;
  /** Commissioning support, £ per head, for CCGs whose support came from the assumptions. */
  readonly supportPerHead?: number;
}

/** A CCG's fixed costs and support per head after overrides. */
export function costsOf(
  ccg: CcgAnalysis,
  overrides: CostOverrides = {}
): { fixedCosts: number; supportPerHead: number } {
  return {
    fixedCosts:
      ccg.fixedCostsFromCcgTable || overrides.fixedCosts === undefined
        ? ccg.fixedCosts
        : overrides.fixedCosts,
    supportPerHead:
      ccg.supportFromCcgTable || overrides.supportPerHead === undefined
        ? ccg.supportPerHead
        : overrides.supportPerHead,
  };
}

/** Worst rating of every component but finance (null when none could be rated). */
export function otherComponentsRating(ccg: CcgAnalysis): Rating | null {
  let worst: Rating | null = null;
  for (const name of COMPONENT_ORDER) {
    if (name === "finance") continue;
    const rating = ccg.components[name].rating;
    if (rating !== null) worst = worst === null ? rating : worstRating(worst, rating);
  }
  return worst;
}

/** One CCG's finance at one allowance. */
export interface FinanceAtAllowance {
  readonly headroom: number;
  readonly headroomPerHead: number | null;
  readonly finance: Rating;
  readonly rating: Rating;
}

/**
 * A CCG's headroom, finance rating and configuration rating at another allowance per head, with the
 * same rules as the analysis (a collaborative arrangement softens red to amber).
 * @param otherRating {@link otherComponentsRating} of the CCG (passed in so a caller can compute it once)
 */
export function financeAtAllowance(
  ccg: CcgAnalysis,
  rcaPerHead: number,
  assumptions: Assumptions,
  overrides: CostOverrides = {},
  otherRating: Rating | null = otherComponentsRating(ccg)
): FinanceAtAllowance {
  const { fixedCosts, supportPerHead } = costsOf(ccg, overrides);
  const population = ccg.population;
  const headroom = headroomAt(population, fixedCosts, supportPerHead, rcaPerHead);
  const finance = financeRating(headroom, population * rcaPerHead, assumptions, ccg);
  return {
    headroom,
    headroomPerHead: population > 0 ? headroom / population : null,
    finance,
    rating: otherRating === null ? finance : worstRating(otherRating, finance),
  };
}

function financeRating(
  headroom: number,
  allowance: number,
  assumptions: Assumptions,
  ccg: CcgAnalysis
): Rating {
  return financeRatingOf(
    headroom,
    allowance,
    assumptions.headroom_amber_share,
    ccg.collaborativeArrangement
  );
}

function addTo(counts: RagCounts, rating: Rating): void {
  if (rating === "RED") counts.red++;
  else if (rating === "AMBER") counts.amber++;
  else counts.green++;
}

/**
 * Counts of CCGs red, amber and green on finance and on the configuration rating at one allowance.
 * @param others {@link otherComponentsRating} of each CCG, in the same order (computed once per analysis)
 */
export function countsAtAllowance(
  ccgs: readonly CcgAnalysis[],
  rcaPerHead: number,
  assumptions: Assumptions,
  overrides: CostOverrides = {},
  others: readonly (Rating | null)[] = ccgs.map(otherComponentsRating)
): SensitivityStepCounts {
  const finance: RagCounts = { red: 0, amber: 0, green: 0 };
  const configuration: RagCounts = { red: 0, amber: 0, green: 0 };
  ccgs.forEach((ccg, index) => {
    const at = financeAtAllowance(ccg, rcaPerHead, assumptions, overrides, others[index] ?? null);
    addTo(finance, at.finance);
    addTo(configuration, at.rating);
  });
  return { step: rcaPerHead, finance, configuration };
}

/**
 * The sensitivity table of an analysis: headroom of every CCG at each step from `sensitivity_from` to
 * `sensitivity_to`, break-even £ per head, and counts per step.
 * @throws SensitivityRangeError naming the assumption when the range cannot be used
 * @example analyseSensitivity(result.ccgs, result.assumptions.assumptions).counts[2].finance.red
 */
export function analyseSensitivity(
  ccgs: readonly CcgAnalysis[],
  assumptions: Assumptions,
  overrides: CostOverrides = {}
): SensitivityResult {
  const steps = sensitivitySteps(
    assumptions.sensitivity_from,
    assumptions.sensitivity_to,
    assumptions.sensitivity_step
  );
  const others = ccgs.map(otherComponentsRating);
  const rows = ccgs.map((ccg) => {
    const { fixedCosts, supportPerHead } = costsOf(ccg, overrides);
    return {
      code: ccg.code,
      name: ccg.name,
      population: ccg.population,
      fixedCosts,
      supportPerHead,
      breakEvenPerHead: breakEvenPerHead(ccg.population, fixedCosts, supportPerHead),
      headroom: steps.map((step) => headroomAt(ccg.population, fixedCosts, supportPerHead, step)),
    };
  });
  const counts = steps.map((step) => countsAtAllowance(ccgs, step, assumptions, overrides, others));
  return { steps, ccgs: rows, counts };
}
