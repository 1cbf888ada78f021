/** Local-authority fit of each CCG (SPEC §3.3). */

/** How a CCG sits against local-authority boundaries. */
export type LocalAuthorityFit =
  "coterminous" | "coterminousSeveral" | "withinOne" | "crossesAtMargins" | "crossesSubstantially";

/** Words for each fit, for sheets and reasons. */
export const LOCAL_AUTHORITY_FIT_LABELS: Readonly<Record<LocalAuthorityFit, string>> = {
  coterminous: "Coterminous",
  coterminousSeveral: "Coterminous with several",
  withinOne: "Within one",
  crossesAtMargins: "Crosses at the margins",
  crossesSubstantially: "Crosses substantially",
};

/** One CCG's fit with the figures behind it. */
export interface LocalAuthorityFitResult {
  readonly fit: LocalAuthorityFit;
  /** The local authority holding most of the CCG's population. */
  readonly mainAuthority: string;
  /** Share of the CCG's population (practices with a local authority) in its main area: the main authority plus any it holds. */
  readonly mainShare: number;
  /** Local authorities the CCG's practices lie in. */
  readonly authorities: number;
  /**
   * Authorities the CCG holds: at least `coterminosity_margin_share` of each lies in this CCG (in name
   * order). With a practice column that is the authority's practices' population; with a lookup, its count.
   */
  readonly wholeAuthorities: readonly string[];
  /** Share of the CCG in the authorities it holds (0 when it holds none). */
  readonly heldShare: number;
  /** Share of the authorities it holds that lies in this CCG, taken together (0 when it holds none). */
  readonly heldCoverage: number;
}

/** A practice as this classification needs it. */
export interface LocalAuthorityPractice {
  readonly group: number;
  readonly localAuthority: string | null;
  readonly listSize: number;
}

/**
 * Classify every CCG: coterminous (all in one authority, which it holds); coterminous with several (holds
 * each of its authorities); within one (one authority shared with other CCGs); crosses at the margins (at
 * least `marginShare` of its population in its main area: the largest authority plus any it holds);
 * otherwise crosses substantially. A CCG holds an authority when at least `marginShare` of the authority's
 * population (its practices' list sizes) is in that CCG.
 * Practices without a local authority are left out; a CCG with none gets null.
 * @param practices every practice with its CCG index
 * @param groupCount number of CCGs
 * @param marginShare SPEC §2.3 `coterminosity_margin_share`
 */
export function classifyLocalAuthorityFit(
  practices: readonly LocalAuthorityPractice[],
  groupCount: number,
  marginShare: number
): (LocalAuthorityFitResult | null)[] {
  return classifyLocalAuthorityFitOfColumns(
    {
      group: Int32Array.from(practices, (practice) => practice.group),
      localAuthority: practices.map((practice) => practice.localAuthority),
      listSize: Float64Array.from(practices, (practice) => practice.listSize),
    },
    groupCount,
    marginShare
  );
}

/** Practices column by column, as the analysis holds them: row `i` of each is practice `i`. */
export interface LocalAuthorityColumns {
  readonly group: Int32Array;
  readonly localAuthority: readonly (string | null)[];
  readonly listSize: Float64Array;
}

/**
 * {@link classifyLocalAuthorityFit} over columns: the same classification without an object per
 * practice (a million of them cost seconds of garbage collection).
 * @param practices CCG index, local authority and list size of every practice
 * @param groupCount number of CCGs
 * @param marginShare SPEC §2.3 `coterminosity_margin_share`
 * @returns one fit per CCG, null for a CCG without practices with a local authority
 * @example classifyLocalAuthorityFitOfColumns({ group, localAuthority, listSize }, codes.length, 0.9)
 */
export function classifyLocalAuthorityFitOfColumns(
  practices: LocalAuthorityColumns,
  groupCount: number,
  marginShare: number
): (LocalAuthorityFitResult | null)[] {
  const { group, localAuthority, listSize } = practices;
  const weights: Map<string, number>[] = Array.from({ length: groupCount }, () => new Map());
  for (let index = 0; index < group.length; index++) {
    const authority = localAuthority[index] ?? null;
    if (authority === null) continue;
    const populations = weights[group[index] as number];
    if (populations === undefined) continue;
    populations.set(authority, (populations.get(authority) ?? 0) + (listSize[index] ?? 0));
  }
  return classifyLocalAuthorityFitOfWeights(weights, marginShare);
}

/**
 * {@link classifyLocalAuthorityFit} from each CCG's weight (population, or small areas of a lookup) in
 * each local authority. An authority is held by a CCG when at least `marginShare` of the authority's
 * weight (over every CCG given) lies in that CCG.
 * @param weightsByGroup one map per CCG: authority → weight
 * @param marginShare SPEC §2.3 `coterminosity_margin_share`
 * @returns one fit per CCG, null for a CCG with no weight in any authority
 * @example classifyLocalAuthorityFitOfWeights([new Map([["Knowsley", 98]])], 0.9)[0]?.fit // "coterminous"
 */
export function classifyLocalAuthorityFitOfWeights(
  weightsByGroup: readonly ReadonlyMap<string, number>[],
  marginShare: number
): (LocalAuthorityFitResult | null)[] {
  const authorityTotals = authorityTotalsOf(weightsByGroup);
  return weightsByGroup.map((populations) =>
    classifyWeightsOfOne(populations, authorityTotals, marginShare)
  );
}

/**
 * Each authority's weight over every CCG given, summed in the CCGs' order.
 * @example authorityTotalsOf([new Map([["Knowsley", 98]]), new Map([["Knowsley", 2]])]).get("Knowsley") // 100
 */
function authorityTotalsOf(
  weightsByGroup: readonly ReadonlyMap<string, number>[]
): Map<string, number> {
  const authorityTotals = new Map<string, number>();
  for (const weights of weightsByGroup) {
    for (const [authority, weight] of weights)
      authorityTotals.set(authority, (authorityTotals.get(authority) ?? 0) + weight);
  }
  return authorityTotals;
}

/**
 * One CCG's fit ({@link classifyLocalAuthorityFitOfWeights}) from its weights and every authority's total.
 * @param populations the CCG's weight in each authority
 * @param authorityTotals each authority's weight over every CCG ({@link authorityTotalsOf})
 * @param marginShare SPEC §2.3 `coterminosity_margin_share`
 * @returns the fit, or null when the CCG has no weight in any authority
 */
export function classifyWeightsOfOne(
  populations: ReadonlyMap<string, number>,
  authorityTotals: ReadonlyMap<string, number>,
  marginShare: number
): LocalAuthorityFitResult | null {
  if (populations.size === 0) return null;
  const holds = (authority: string, weight: number): boolean => {
    const total = authorityTotals.get(authority) ?? 0;
    return total > 0 ? weight / total >= marginShare : true;
  };
  let total = 0;
  let mainAuthority = "";
  let mainPopulation = -1;
  const sorted = [...populations.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [authority, population] of sorted) {
    total += population;
    if (population > mainPopulation) {
      mainPopulation = population;
      mainAuthority = authority;
    }
  }
  const held = sorted.filter(([authority, weight]) => holds(authority, weight));
  const wholeAuthorities = held.map(([authority]) => authority);
  let mainAreaPopulation = 0;
  for (const [authority, population] of sorted) {
    if (authority === mainAuthority || wholeAuthorities.includes(authority))
      mainAreaPopulation += population;
  }
  const heldWeight = held.reduce((sum, [, weight]) => sum + weight, 0);
  const heldTotal = held.reduce(
    (sum, [authority]) => sum + (authorityTotals.get(authority) ?? 0),
    0
  );
  const mainShare = total > 0 ? mainAreaPopulation / total : 1;
  const authorities = populations.size;
  let fit: LocalAuthorityFit;
  if (authorities === 1) fit = wholeAuthorities.length === 1 ? "coterminous" : "withinOne";
  else if (wholeAuthorities.length === authorities) fit = "coterminousSeveral";
  else if (mainShare >= marginShare) fit = "crossesAtMargins";
  else fit = "crossesSubstantially";
  return {
    fit,
    mainAuthority,
    mainShare,
    authorities,
    wholeAuthorities,
    heldShare: total > 0 ? heldWeight / total : 0,
    heldCoverage: heldTotal > 0 ? heldWeight / heldTotal : 0,
  };
}
