/**
 * A merged CCG's local-authority fit (issue #12), found for that CCG alone from the baseline's weights, as a
 * whole scenario analysis finds it (mergedCcg.test.ts).
 */
import { AnalysisResult } from "../analysis";
import { classifyWeightsOfOne, LocalAuthorityFitResult } from "../localAuthorityFit";
import { localAuthoritySourceOf } from "./scenarioLocalAuthorities";

/** Each baseline CCG's weight in each local authority, as the scenario's classification builds it. */
const baselineWeights = new WeakMap<AnalysisResult, readonly Map<string, number>[]>();

function weightsOfBaseline(baseline: AnalysisResult): readonly Map<string, number>[] {
  let weights = baselineWeights.get(baseline);
  if (weights === undefined) {
    weights = baseline.ccgs.map(() => new Map<string, number>());
    const source = localAuthoritySourceOf(baseline);
    const { practices } = baseline;
    if (source === "column" && practices.localAuthority !== null) {
      for (let index = 0; index < practices.count; index++) {
        const authority = practices.localAuthority[index] ?? null;
        if (authority === null) continue;
        const map = weights[baseline.practiceCcg[index] as number] as Map<string, number>;
        map.set(authority, (map.get(authority) ?? 0) + (practices.listSize[index] ?? 0));
      }
    } else if (source === "lookup") {
      baseline.localAuthorityWeights?.byCcg.forEach((pairs, group) => {
        const map = weights?.[group] as Map<string, number>;
        for (const [authority, weight] of pairs)
          map.set(authority, (map.get(authority) ?? 0) + weight);
      });
    }
    baselineWeights.set(baseline, weights);
  }
  return weights;
}

/**
 * The merged CCG's local-authority fit as `scenarioLocalAuthorityFits` finds it: its weights (the practices'
 * list sizes by authority, or the two CCGs' lookup weights), held authorities judged against each
 * authority's total over the scenario's CCGs (in code order) and the lookup's CCGs without practices.
 */
export function mergedLocalAuthorityFit(
  baseline: AnalysisResult,
  members: Int32Array,
  from: number,
  into: number
): LocalAuthorityFitResult | null {
  const source = localAuthoritySourceOf(baseline);
  const margin = baseline.assumptions.assumptions.coterminosity_margin_share;
  const { practices } = baseline;
  if (source === null) return null;
  if (source === "column" && practices.localAuthority === null) return null;
  if (source === "lookup" && (baseline.localAuthorityWeights ?? null) === null) return null;
  const weights = weightsOfBaseline(baseline);
  const merged = new Map<string, number>();
  if (source === "column") {
    for (let m = 0; m < members.length; m++) {
      const index = members[m] as number;
      const authority = practices.localAuthority?.[index] ?? null;
      if (authority === null) continue;
      merged.set(authority, (merged.get(authority) ?? 0) + (practices.listSize[index] ?? 0));
    }
  } else {
    for (const group of [Math.min(from, into), Math.max(from, into)]) {
      for (const [authority, weight] of baseline.localAuthorityWeights?.byCcg[group] ?? [])
        merged.set(authority, (merged.get(authority) ?? 0) + weight);
    }
  }
  // The scenario's CCGs in code order (the baseline's without `from`), then the lookup's others.
  const order = baseline.ccgs
    .map((ccg, group) => ({ code: ccg.code, group }))
    .filter(({ group }) => group !== from)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const maps: ReadonlyMap<string, number>[] = order.map(({ group }) =>
    group === into ? merged : (weights[group] as Map<string, number>)
  );
  if (source === "lookup")
    for (const pairs of baseline.localAuthorityWeights?.elsewhere ?? []) maps.push(new Map(pairs));
  const totals = authorityTotalsOfSome(maps, merged);
  return classifyWeightsOfOne(merged, totals, margin);
}

/** Each authority's weight over the maps (in their order), for the authorities of one CCG only. */
function authorityTotalsOfSome(
  maps: readonly ReadonlyMap<string, number>[],
  of: ReadonlyMap<string, number>
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const map of maps) {
    for (const authority of of.keys()) {
      const weight = map.get(authority);
      if (weight !== undefined) totals.set(authority, (totals.get(authority) ?? 0) + weight);
    }
  }
  return totals;
}
