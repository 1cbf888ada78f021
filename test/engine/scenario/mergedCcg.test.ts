// The merged CCG found for itself alone (mergedCcg) against the whole scenario analysis (analyseScenario of
// mergeMoves), for every merge suggestMerges considers: each CCG red or amber on size or finance with each
// territory-adjacent rated partner. On the real England 2016 list (the CSV alone, as the runner reads it, and
// with the ONS local-authority lookup) and on the sample workbook (a local-authority column, members, CCG
// table figures), with and without bridges between pieces.
import fs from "fs";
import { analyseWorkbook, AnalysisOptions } from "../../../src/engine/analyse";
import { AnalysisResult } from "../../../src/engine/analysis";
import { WorkbookData } from "../../../src/engine/cells";
import {
  adjacentCcgs,
  adjacentCcgsOf,
  MergedCcg,
  mergedCcg,
  scenarioMergedCcg,
  suggestMerges,
} from "../../../src/engine/scenario";
import { generateSampleWorkbook } from "../../../src/sample/generateSample";
import { parseCsv } from "../../../src/xlsx/csv";
import { describeWithEnglandData, englandDataFile } from "../../helpers/realData";
import { ENGLAND_FILES, englandWorkbook } from "./englandWorkbook";

/** Every (short CCG, adjacent rated partner) pair suggestMerges tries. */
function candidates(baseline: AnalysisResult): [string, string][] {
  const adjacent = adjacentCcgs(baseline);
  const pairs: [string, string][] = [];
  baseline.ccgs.forEach((ccg, group) => {
    const short = [ccg.components.size.rating, ccg.components.finance.rating].some(
      (rating) => rating === "RED" || rating === "AMBER"
    );
    if (!ccg.rated || !short) return;
    for (const other of adjacent[group] ?? []) {
      const partner = baseline.ccgs[other];
      if (partner?.rated === true) pairs.push([ccg.code, partner.code]);
    }
  });
  return pairs;
}

/** Checks every candidate merge and returns the merged CCGs. */
function expectEveryCandidateEqual(baseline: AnalysisResult): MergedCcg[] {
  const pairs = candidates(baseline);
  const merged: MergedCcg[] = [];
  for (const [from, into] of pairs) {
    const cheap = mergedCcg(baseline, from, into);
    if (cheap !== null) merged.push(cheap);
    const whole = scenarioMergedCcg(baseline, from, into);
    expect(cheap).not.toBeNull();
    // toEqual tells 0 from -0 and compares numbers exactly.
    expect({ from, into, merged: cheap }).toEqual({ from, into, merged: whole });
  }
  expect(suggestMerges(baseline)).toEqual(suggestMerges(baseline, scenarioMergedCcg));
  // The partners are found from each CCG's own practices: the same as the whole adjacency's.
  const adjacent = adjacentCcgs(baseline);
  baseline.ccgs.forEach((_, group) =>
    expect(adjacentCcgsOf(baseline, group)).toEqual(adjacent[group])
  );
  return merged;
}

/** The merges cover split territories, embedded practices and every rating. */
function expectVariety(merged: readonly MergedCcg[]): void {
  expect(merged.some((ccg) => (ccg.geography?.pieces ?? 0) > 1)).toBe(true);
  expect(new Set(merged.map((ccg) => ccg.rating)).size).toBeGreaterThan(1);
}

function analyse(workbook: WorkbookData, options: AnalysisOptions = {}): AnalysisResult {
  return analyseWorkbook(workbook, options);
}

describe("a merged CCG found alone equals the whole scenario's", () => {
  test("sample workbook (local-authority column, members, CCG table), bridges of 0 and 3 km", () => {
    const workbook = generateSampleWorkbook();
    for (const bridge_km of [0, 3]) {
      const baseline = analyse(workbook, { assumptions: { bridge_km } });
      expect(baseline.input.columns.localAuthority).toBeDefined();
      const merged = expectEveryCandidateEqual(baseline);
      console.log(`sample, bridge ${bridge_km} km: ${merged.length} candidate merges equal`);
      expect(merged.length).toBeGreaterThan(10);
      expectVariety(merged);
    }
  }, 120_000);

  test("unknown or equal codes give null", () => {
    const baseline = analyse(generateSampleWorkbook());
    const code = baseline.ccgs[0]?.code ?? "";
    expect(mergedCcg(baseline, code, code)).toBeNull();
    expect(mergedCcg(baseline, "99Z", code)).toBeNull();
    expect(mergedCcg(baseline, code, "99Z")).toBeNull();
  });
});

describeWithEnglandData("merged CCGs on England 2016", ENGLAND_FILES, () => {
  test("the practice list alone (as `analyse practices-2016q1.csv` reads it): every candidate", () => {
    const csv = fs.readFileSync(englandDataFile("practices-2016q1.csv"), "utf8");
    const baseline = analyse({ sheets: [parseCsv(csv, "practices-2016q1")] });
    const merged = expectEveryCandidateEqual(baseline);
    console.log(`England 2016 (CSV): ${merged.length} candidate merges equal`);
    expect(merged.length).toBeGreaterThan(10);
    expectVariety(merged);
  }, 300_000);

  test("with the local-authority lookup: every candidate", () => {
    const baseline = analyse(englandWorkbook());
    expect(baseline.localAuthorityWeights).not.toBeNull();
    const merged = expectEveryCandidateEqual(baseline);
    console.log(`England 2016 (with lookup): ${merged.length} candidate merges equal`);
    expect(merged.length).toBeGreaterThan(10);
    expectVariety(merged);
  }, 300_000);
});
