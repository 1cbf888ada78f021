/** Local-authority fit of a scenario's CCGs (SPEC §3.3), from the practices' column or the lookup's weights. */
import { AnalysisResult } from "../analysis";
import { ccgTotals } from "../groupByCcg";
import { classifyLocalAuthorityFitOfColumns, LocalAuthorityFitResult } from "../localAuthorityFit";
import { fitsFromLocalAuthorityWeights } from "../localAuthorityLookup";
import { RecodedPractices } from "./recode";

/** Where the baseline's local-authority fit came from. */
export function localAuthoritySourceOf(baseline: AnalysisResult): "column" | "lookup" | null {
  if (baseline.input.columns.localAuthority !== undefined) return "column";
  return (baseline.input.localAuthorityLookupSheet ?? null) !== null ? "lookup" : null;
}

/**
 * Each scenario CCG's fit. With a practice column it is classified again from the practices. With a
 * CCG → local-authority lookup, which knows CCGs and not practices, a scenario CCG takes each baseline CCG's
 * weights in proportion to the share of that CCG's population it receives: exact for merges and for
 * CCGs that keep all their practices, proportional for a CCG that is split.
 * @param baseline the baseline analysis
 * @param recoded the scenario's practices
 * @returns one fit per scenario CCG
 */
export function scenarioLocalAuthorityFits(
  baseline: AnalysisResult,
  recoded: RecodedPractices
): (LocalAuthorityFitResult | null)[] {
  const { codes, practiceCcg } = recoded;
  const margin = baseline.assumptions.assumptions.coterminosity_margin_share;
  const source = localAuthoritySourceOf(baseline);
  const practices = baseline.practices;
  if (source === "column") {
    if (practices.localAuthority === null) return codes.map(() => null);
    return classifyLocalAuthorityFitOfColumns(
      {
        group: practiceCcg,
        localAuthority: practices.localAuthority,
        listSize: practices.listSize,
      },
      codes.length,
      margin
    );
  }
  const weights = baseline.localAuthorityWeights ?? null;
  if (source === null || weights === null) return codes.map(() => null);
  // Population (and practices) each scenario CCG receives from each baseline CCG.
  const received = codes.map(() => new Map<number, { population: number; practices: number }>());
  for (let index = 0; index < practices.count; index++) {
    const from = baseline.practiceCcg[index] as number;
    const share = received[practiceCcg[index] as number]?.get(from) ?? {
      population: 0,
      practices: 0,
    };
    share.population += practices.listSize[index] as number;
    share.practices += 1;
    received[practiceCcg[index] as number]?.set(from, share);
  }
  const baselineTotals = ccgTotals(practices, baseline.practiceCcg, baseline.ccgs.length);
  const byCcg = received.map((sources) => {
    const map = new Map<string, number>();
    for (const [from, share] of [...sources.entries()].sort((a, b) => a[0] - b[0])) {
      const population = baselineTotals.populations[from] as number;
      const fraction =
        population > 0
          ? share.population / population
          : share.practices / (baselineTotals.practiceCounts[from] as number);
      for (const [authority, weight] of weights.byCcg[from] ?? []) {
        const part = fraction === 1 ? weight : weight * fraction;
        map.set(authority, (map.get(authority) ?? 0) + part);
      }
    }
    return map;
  });
  return fitsFromLocalAuthorityWeights(byCcg, weights, margin);
}
