/**
 * A scenario's whole analysis (SPEC §5): the baseline's practices re-coded to their proposed CCGs and
 * analysed again, with the CCGs the moves touched compared baseline → scenario.
 */
import { AnalysisResult, CcgAnalysis } from "../analysis";
import {
  geographyOfGroups,
  GroupGeographyStage,
  practiceGeographyFields,
  rateGroups,
} from "../analyseGroups";
import { ccgTotals } from "../groupByCcg";
import { CcgComparison, ccgDiffers, compareCcg } from "./compare";
import { reusedScenarioGeography } from "./baselineGeometry";
import { baselineRecord, recodePractices, RecodedPractices, ScenarioMoves } from "./recode";
import { scenarioLocalAuthorityFits, localAuthoritySourceOf } from "./scenarioLocalAuthorities";

/** A scenario's analysis and its comparison with the baseline. */
export interface ScenarioOutcome {
  /** The whole analysis after the moves, in the shape of `analyseWorkbook`'s result. */
  readonly result: AnalysisResult;
  /**
   * Codes of the CCGs touched, in code order: every CCG that gained or lost a practice, and every CCG whose
   * figures, ratings or reasons changed because a neighbour's did.
   */
  readonly changed: readonly string[];
  /** Baseline → scenario figures of each touched CCG, in the order of `changed`. */
  readonly comparison: readonly CcgComparison[];
}

/** How the geography of the re-coded practices is found (the full analysis, or a faster equal one). */
export type ScenarioGeography = (
  baseline: AnalysisResult,
  recoded: RecodedPractices
) => GroupGeographyStage;

/** The geography of the re-coded practices, analysed from scratch. */
export const fullScenarioGeography: ScenarioGeography = (baseline, recoded) =>
  geographyOfGroups(
    baseline.practices,
    recoded.practiceCcg,
    recoded.codes.length,
    baseline.assumptions.assumptions.bridge_km
  );

/**
 * Analyse the baseline's practices after the moves: every CCG's population, costs, geography,
 * local-authority fit and ratings, from the baseline result alone (its practices, CCG table figures and
 * assumptions; no workbook). Moves of unknown practices, and moves to a practice's own CCG, change nothing;
 * a code found nowhere in the baseline is a new CCG (a split); a CCG left without practices disappears.
 * Re-coding every practice to its baseline CCG gives the baseline's figures exactly.
 * @param baseline the analysis the scenario starts from
 * @param moves practice code → proposed CCG code
 * @param geographyOf how the geography is found: by default on the baseline's triangulation, reused (tests
 *   compare it with `fullScenarioGeography`, which analyses from scratch)
 * @returns the scenario's result, the codes touched and their comparison
 * @example analyseScenario(result, mergeMoves(result, "10C", "10G")).comparison
 */
export function analyseScenario(
  baseline: AnalysisResult,
  moves: ScenarioMoves,
  geographyOf: ScenarioGeography = reusedScenarioGeography
): ScenarioOutcome {
  const recoded = recodePractices(baseline, moves);
  const { codes, practiceCcg } = recoded;
  const practices = baseline.practices;
  const totals = ccgTotals(practices, practiceCcg, codes.length);
  const geography = geographyOf(baseline, recoded);
  const records = recoded.baselineCcgs.map(baselineRecord);
  const ccgs = rateGroups({
    codes,
    names: records.map((record) => record?.name ?? null),
    records,
    totals,
    geography,
    laFits: scenarioLocalAuthorityFits(baseline, recoded),
    laSource: localAuthoritySourceOf(baseline),
    hasMember: baseline.input.columns.member !== undefined,
    assumptions: baseline.assumptions.assumptions,
  });
  const result: AnalysisResult = {
    ...baseline,
    ccgs,
    practiceCcg,
    ...practiceGeographyFields(geography),
    localAuthorityWeights: baseline.localAuthorityWeights ?? null,
  };
  const { changed, comparison } = compareWithBaseline(baseline, recoded, ccgs);
  return { result, changed, comparison };
}

function compareWithBaseline(
  baseline: AnalysisResult,
  recoded: RecodedPractices,
  ccgs: readonly CcgAnalysis[]
): { changed: string[]; comparison: CcgComparison[] } {
  const gained = new Map<string, number>();
  const lost = new Map<string, number>();
  for (const index of recoded.movedPractices) {
    const from = baseline.ccgs[baseline.practiceCcg[index] as number]?.code ?? "";
    const to = recoded.codes[recoded.practiceCcg[index] as number] ?? "";
    lost.set(from, (lost.get(from) ?? 0) + 1);
    gained.set(to, (gained.get(to) ?? 0) + 1);
  }
  const before = new Map(baseline.ccgs.map((ccg) => [ccg.code, ccg]));
  const after = new Map(ccgs.map((ccg) => [ccg.code, ccg]));
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changed: string[] = [];
  const comparison: CcgComparison[] = [];
  for (const code of codes) {
    const was = before.get(code);
    const is = after.get(code);
    const moved = gained.has(code) || lost.has(code);
    if (!moved && was !== undefined && is !== undefined && !ccgDiffers(was, is)) continue;
    changed.push(code);
    comparison.push(compareCcg(code, was, is, gained.get(code) ?? 0, lost.get(code) ?? 0));
  }
  return { changed, comparison };
}
