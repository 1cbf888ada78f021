/** Assumptions: SPEC §2.3 defaults, the workbook's `Assumptions` sheet, and overrides. */

/** Every assumption key. */
export type AssumptionKey =
  | "rca_per_head"
  | "fixed_costs"
  | "support_per_head"
  | "population_red_below"
  | "population_amber_below"
  | "headroom_amber_share"
  | "detached_amber_share"
  | "detached_red_share"
  | "embedded_amber_share"
  | "bridge_km"
  | "dispersion_amber_km"
  | "dispersion_red_km"
  | "coterminosity_margin_share"
  | "membership_red_below"
  | "sensitivity_from"
  | "sensitivity_to"
  | "sensitivity_step"
  | "directions_not_met_share"
  | "refuse_not_met_share"
  | "include_non_ccg";

/** The values in force for one analysis. */
export type Assumptions = Readonly<Record<AssumptionKey, number>>;

interface AssumptionDefinition {
  readonly value: number;
  readonly description: string;
  /** Allowed range, inclusive. */
  readonly min: number;
  readonly max: number;
  /** True when the value must be greater than min (not equal). */
  readonly aboveMin?: boolean;
  /** True when the value is a switch: 0 or 1. */
  readonly switch?: boolean;
}

const SHARE = { min: 0, max: 1 } as const;
const AMOUNT = { min: 0, max: Number.MAX_SAFE_INTEGER } as const;

/** Defaults and descriptions of SPEC §2.3, in the order of the `Assumptions` sheet. */
export const ASSUMPTION_DEFINITIONS: Readonly<Record<AssumptionKey, AssumptionDefinition>> = {
  rca_per_head: { value: 25, description: "Running cost allowance, £ per head", ...AMOUNT },
  fixed_costs: {
    value: 1_000_000,
    description: "Fixed governance and statutory costs per CCG, £ (when the CCG table has none)",
    ...AMOUNT,
  },
  support_per_head: {
    value: 9,
    description: "Commissioning support, £ per head (when the CCG table has none)",
    ...AMOUNT,
  },
  population_red_below: {
    value: 50_000,
    description: "Size is red below this population",
    ...AMOUNT,
  },
  population_amber_below: {
    value: 100_000,
    description: "Size is amber below this population",
    ...AMOUNT,
  },
  headroom_amber_share: {
    value: 0.1,
    description: "Finance is amber when headroom is below this share of the allowance",
    ...SHARE,
  },
  detached_amber_share: {
    value: 0.05,
    description:
      "Geography is amber when more than this share of the population lies outside the main territory",
    ...SHARE,
  },
  detached_red_share: {
    value: 0.2,
    description:
      "Geography is red when more than this share of the population lies outside the main territory",
    ...SHARE,
  },
  embedded_amber_share: {
    value: 0.02,
    description:
      "Geography is amber when embedded practices hold more than this share of the population",
    ...SHARE,
  },
  bridge_km: {
    value: 0,
    description: "Territory pieces closer than this (km) are joined",
    ...AMOUNT,
  },
  dispersion_amber_km: {
    value: 25,
    description: "Geography is amber when the weighted standard distance exceeds this (km)",
    ...AMOUNT,
  },
  dispersion_red_km: {
    value: 50,
    description: "Geography is red when the weighted standard distance exceeds this (km)",
    ...AMOUNT,
  },
  coterminosity_margin_share: {
    value: 0.9,
    description:
      "Crosses local authorities only at the margins when at least this share lives in the main one",
    ...SHARE,
  },
  membership_red_below: {
    value: 0.75,
    description:
      "Membership is red when member practices hold less than this share of the list (amber below 1)",
    ...SHARE,
  },
  sensitivity_from: {
    value: 20,
    description: "Sensitivity table: lowest allowance, £ per head",
    ...AMOUNT,
  },
  sensitivity_to: {
    value: 35,
    description: "Sensitivity table: highest allowance, £ per head",
    ...AMOUNT,
  },
  sensitivity_step: {
    value: 2.5,
    description: "Sensitivity table: step, £ per head",
    ...AMOUNT,
    aboveMin: true,
  },
  directions_not_met_share: {
    value: 0.25,
    description: "A domain with more than this share of criteria not met brings directions",
    ...SHARE,
  },
  refuse_not_met_share: {
    value: 0.5,
    description: "A domain with more than this share of criteria not met refuses authorisation",
    ...SHARE,
  },
  include_non_ccg: {
    value: 0,
    description:
      "1 = rate codes that are not CCGs (area teams, councils, trusts) as CCGs; 0 = set them aside",
    ...SHARE,
    switch: true,
  },
};

/** Every key, in sheet order. */
export const ASSUMPTION_KEYS = Object.keys(ASSUMPTION_DEFINITIONS) as AssumptionKey[];

/** The SPEC §2.3 defaults. */
export const DEFAULT_ASSUMPTIONS: Assumptions = Object.fromEntries(
  ASSUMPTION_KEYS.map((key) => [key, ASSUMPTION_DEFINITIONS[key].value])
) as Record<AssumptionKey, number>;

/** True when the text is an assumption key. */
export function isAssumptionKey(key: string): key is AssumptionKey {
  return Object.prototype.hasOwnProperty.call(ASSUMPTION_DEFINITIONS, key);
}

/**
 * Why a value cannot be used for a key, in plain words, or null when it can.
 * @example assumptionValueProblem("headroom_amber_share", 1.5) // "must be between 0 and 1"
 */
export function assumptionValueProblem(key: AssumptionKey, value: number): string | null {
  const definition = ASSUMPTION_DEFINITIONS[key];
  if (!Number.isFinite(value)) return "must be a number";
  if (definition.switch === true && value !== 0 && value !== 1) return "must be 0 or 1";
  if (definition.aboveMin === true && value <= definition.min)
    return `must be greater than ${definition.min}`;
  if (value < definition.min || value > definition.max) {
    return definition.max === 1 ? "must be between 0 and 1" : `must not be negative`;
  }
  return null;
}

/**
 * Pairs of assumptions whose order matters, as plain-words problems (e.g. a red line above the amber line).
 */
export function assumptionOrderProblems(assumptions: Assumptions): string[] {
  const problems: string[] = [];
  const pairs: [AssumptionKey, AssumptionKey, string][] = [
    ["population_red_below", "population_amber_below", "the size red line is above the amber line"],
    [
      "detached_amber_share",
      "detached_red_share",
      "the detached-share amber line is above the red line",
    ],
    ["dispersion_amber_km", "dispersion_red_km", "the dispersion amber line is above the red line"],
    ["sensitivity_from", "sensitivity_to", "the sensitivity range runs backwards"],
    [
      "directions_not_met_share",
      "refuse_not_met_share",
      "the directions share is above the refusal share",
    ],
  ];
  for (const [lower, upper, problem] of pairs) {
    if (assumptions[lower] > assumptions[upper]) {
      problems.push(`${problem} (${lower} ${assumptions[lower]} > ${upper} ${assumptions[upper]})`);
    }
  }
  return problems;
}
