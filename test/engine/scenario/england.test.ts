// Issue #12 on the real England 2016 list (with the ONS local-authority lookup): 05Q's detached practices
// moved to the CCG around them; a merge; the baseline back bit for bit; suggestions.
import { analyseWorkbook } from "../../../src/engine/analyse";
import { AnalysisResult } from "../../../src/engine/analysis";
import { buildTerritoryAdjacency, practiceAdjacency } from "../../../src/engine/geo/coherence";
import {
  analyseScenario,
  fullScenarioGeography,
  mergeMoves,
  ScenarioMoves,
  suggestMerges,
} from "../../../src/engine/scenario";
import { describeWithEnglandData } from "../../helpers/realData";
import { ENGLAND_FILES, englandWorkbook } from "./englandWorkbook";

/** Each detached piece of a CCG moved whole to the CCG holding most of the piece's territory neighbours. */
function detachedPiecesToSurroundingCcg(result: AnalysisResult, code: string): Map<string, string> {
  const group = result.ccgs.findIndex((ccg) => ccg.code === code);
  const located: number[] = [];
  result.practiceGeographyIndex.forEach((at, practice) => {
    if (at >= 0) located[at] = practice;
  });
  const x = Float64Array.from(located, (p) => result.practices.easting[p] as number);
  const y = Float64Array.from(located, (p) => result.practices.northing[p] as number);
  const { offsets, neighbours } = practiceAdjacency(buildTerritoryAdjacency(x, y));
  const { piece, detached } = result.practiceGeography;
  const tallies = new Map<number, Map<number, number>>();
  located.forEach((practice, at) => {
    if (result.practiceCcg[practice] !== group || detached[at] !== 1) return;
    const tally = tallies.get(piece[at] as number) ?? new Map<number, number>();
    for (let k = offsets[at] as number; k < (offsets[at + 1] as number); k++) {
      const other = result.practiceCcg[located[neighbours[k] as number] as number] as number;
      if (other !== group) tally.set(other, (tally.get(other) ?? 0) + 1);
    }
    tallies.set(piece[at] as number, tally);
  });
  const moves = new Map<string, string>();
  located.forEach((practice, at) => {
    if (result.practiceCcg[practice] !== group || detached[at] !== 1) return;
    const tally = [...(tallies.get(piece[at] as number) ?? new Map<number, number>()).entries()];
    tally.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    moves.set(result.practices.code[practice] ?? "", result.ccgs[tally[0]?.[0] ?? -1]?.code ?? "");
  });
  return moves;
}

describeWithEnglandData("scenarios on England 2016", ENGLAND_FILES, () => {
  let baseline: AnalysisResult;
  beforeAll(() => {
    baseline = analyseWorkbook(englandWorkbook());
  }, 60_000);
  const ccg = (result: AnalysisResult, code: string) => {
    const found = result.ccgs.find((c) => c.code === code);
    if (found === undefined) throw new Error(`${code} missing`);
    return found;
  };

  test("05Q's detached practices moved to the CCGs around them: 05Q in one piece, geography no longer RED", () => {
    const before = ccg(baseline, "05Q");
    expect(before.geography).toMatchObject({
      pieces: 3,
      detachedPractices: 9,
      embeddedPractices: 2,
    });
    expect(before.geography?.detachedShare).toBeCloseTo(0.2498, 4);
    expect(before.components.geography.rating).toBe("RED");

    const moves = detachedPiecesToSurroundingCcg(baseline, "05Q");
    // The 8-practice piece lies among Wolverhampton's practices; the single detached practice by Cannock Chase.
    const targets = [...moves.values()].reduce<Record<string, number>>(
      (tally, code) => ({ ...tally, [code]: (tally[code] ?? 0) + 1 }),
      {}
    );
    expect(targets).toEqual({ "06A": 8, "04Y": 1 });
    const outcome = analyseScenario(baseline, moves);
    const after = ccg(outcome.result, "05Q");
    const movedPopulation = [...moves.keys()].reduce((sum, code) => {
      const index = baseline.practices.code.indexOf(code);
      return sum + (baseline.practices.listSize[index] as number);
    }, 0);
    expect(movedPopulation).toBe(52439);
    expect(after.population).toBe(216776 - 52439);
    expect(after.practices).toBe(22);
    expect(after.geography).toMatchObject({
      pieces: 1,
      detachedShare: 0,
      detachedPractices: 0,
      embeddedPractices: 0,
    });
    expect(after.geography?.standardDistanceKm).toBeLessThan(before.geography!.standardDistanceKm);
    expect(after.components.geography.rating).toBe("GREEN");
    expect(after.components.geography.reason).toMatch(
      /^One territory; weighted standard distance \d+\.\d km$/
    );
    expect(ccg(outcome.result, "06A").population).toBe(
      ccg(baseline, "06A").population + movedPopulation - 4733
    );
    expect(ccg(outcome.result, "04Y").population).toBe(ccg(baseline, "04Y").population + 4733);
    expect(outcome.changed).toEqual(expect.arrayContaining(["04Y", "05Q", "06A"]));
    const row = outcome.comparison.find((c) => c.code === "05Q");
    expect([row?.baseline?.ratings.geography, row?.scenario?.ratings.geography]).toEqual([
      "RED",
      "GREEN",
    ]);
    expect([row?.baseline?.pieces, row?.scenario?.pieces]).toEqual([3, 1]);
  });

  test("a merge of two Reading CCGs: population and allowance are the sums", () => {
    const outcome = analyseScenario(baseline, mergeMoves(baseline, "10N", "10W"));
    const merged = ccg(outcome.result, "10W");
    expect(merged.population).toBe(
      ccg(baseline, "10N").population + ccg(baseline, "10W").population
    );
    expect(merged.runningCostAllowance).toBe(
      ccg(baseline, "10N").runningCostAllowance + ccg(baseline, "10W").runningCostAllowance
    );
    expect(outcome.result.ccgs).toHaveLength(baseline.ccgs.length - 1);
  });

  test("re-coding every practice to its own CCG gives the baseline bit for bit", () => {
    const moves = new Map<string, string>();
    for (let i = 0; i < baseline.practices.count; i++)
      moves.set(
        baseline.practices.code[i] ?? "",
        baseline.ccgs[baseline.practiceCcg[i] ?? 0]?.code ?? ""
      );
    const outcome = analyseScenario(baseline, moves);
    expect(outcome.result).toEqual(baseline);
    expect(outcome.changed).toEqual([]);
  });

  test("suggestions: every CCG red or amber on size or finance, partners adjacent, best first", () => {
    const suggestions = suggestMerges(baseline);
    const flagged = baseline.ccgs.filter(
      (c) =>
        c.rated &&
        [c.components.size.rating, c.components.finance.rating].some((r) => r !== "GREEN")
    );
    expect(suggestions.map((s) => s.code)).toEqual(flagged.map((c) => c.code));
    for (const suggestion of suggestions) {
      expect(suggestion.partners.length).toBeGreaterThan(0);
      expect(suggestion.partners.length).toBeLessThanOrEqual(3);
    }
    console.log(
      JSON.stringify(
        suggestions.map((s) => [
          s.code,
          s.rating,
          s.partners.map((p) => `${p.code} ${p.rating} ${p.standardDistanceKm?.toFixed(1)}`),
        ])
      )
    );
  });

  test("the reused triangulation gives the same analysis as a full recompute over 240 seeded moves and merges", () => {
    let seed = 12;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const codes = baseline.ccgs.map((c) => c.code);
    const fast: number[] = [];
    for (let round = 0; round < 240; round++) {
      let moves: ScenarioMoves;
      if (round % 2 === 0) {
        const map = new Map<string, string>();
        const count = 1 + Math.floor(random() * 8);
        for (let k = 0; k < count; k++)
          map.set(pick(baseline.practices.code), random() < 0.1 ? "99Z" : pick(codes));
        moves = map;
      } else {
        moves = mergeMoves(baseline, pick(codes), pick(codes));
      }
      const started = performance.now();
      const reused = analyseScenario(baseline, moves);
      fast.push(performance.now() - started);
      const full = analyseScenario(baseline, moves, fullScenarioGeography);
      expect(reused.result).toEqual(full.result);
      expect(reused.changed).toEqual(full.changed);
    }
    fast.sort((a, b) => a - b);
    console.log(`reused-triangulation scenario: median ${fast[120]?.toFixed(1)} ms over 240`);
  }, 300_000);
});
