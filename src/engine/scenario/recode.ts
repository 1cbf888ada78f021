/**
 * A scenario's practices under their proposed CCG codes (SPEC §5): the CCGs after the moves, each practice's
 * CCG index among them, and what each CCG brings from the baseline (name, CCG table record).
 */
import { AnalysisResult, CcgAnalysis } from "../analysis";
import { normaliseCcgCode, normalisePracticeCode } from "../codes";
import { CcgRecord } from "../types";

/** Practice code → proposed CCG code. */
export type ScenarioMoves = ReadonlyMap<string, string>;

/** The practices of a scenario grouped by their proposed CCGs. */
export interface RecodedPractices {
  /** CCG codes that hold a practice after the moves, in code order. */
  readonly codes: readonly string[];
  /** CCG index (into `codes`) of each practice. */
  readonly practiceCcg: Int32Array;
  /** The baseline CCG of each scenario CCG (undefined for a code new in the scenario). */
  readonly baselineCcgs: readonly (CcgAnalysis | undefined)[];
  /** Practices whose CCG differs from the baseline, by practice index. */
  readonly movedPractices: readonly number[];
}

const practiceIndexes = new WeakMap<AnalysisResult, ReadonlyMap<string, number>>();

/**
 * Index of each practice by its (normalised) code, built once per baseline.
 * @example practiceIndexByCode(result).get("A81001") // 0
 */
export function practiceIndexByCode(baseline: AnalysisResult): ReadonlyMap<string, number> {
  let byCode = practiceIndexes.get(baseline);
  if (byCode === undefined) {
    const map = new Map<string, number>();
    const codes = baseline.practices.code;
    for (let index = 0; index < baseline.practices.count; index++) {
      const code = normalisePracticeCode(codes[index] ?? "");
      if (!map.has(code)) map.set(code, index);
    }
    byCode = map;
    practiceIndexes.set(baseline, byCode);
  }
  return byCode;
}

/**
 * Apply the moves to the baseline's practices. Codes are normalised (`07l00` → `07L`); a practice code not
 * in the baseline, or a move to the practice's own CCG, changes nothing.
 * @param baseline the analysis the moves start from
 * @param moves practice code → proposed CCG code
 * @example recodePractices(result, new Map([["A81001", "00K"]])).movedPractices // [0]
 */
export function recodePractices(baseline: AnalysisResult, moves: ScenarioMoves): RecodedPractices {
  const byCode = practiceIndexByCode(baseline);
  const baselineCodes = baseline.ccgs.map((ccg) => ccg.code);
  const target = new Map<number, string>();
  for (const [practiceCode, ccgCode] of moves) {
    const index = byCode.get(normalisePracticeCode(practiceCode));
    if (index === undefined) continue;
    const code = normaliseCcgCode(ccgCode);
    if (code === "") continue;
    if (code === baselineCodes[baseline.practiceCcg[index] ?? -1]) target.delete(index);
    else target.set(index, code);
  }
  const count = baseline.practices.count;
  const holding = new Int32Array(baselineCodes.length);
  for (let index = 0; index < count; index++) {
    const group = baseline.practiceCcg[index] as number;
    holding[group] = (holding[group] as number) + 1;
  }
  const newCodes = new Set<string>();
  for (const [index, code] of target) {
    const group = baseline.practiceCcg[index] as number;
    holding[group] = (holding[group] as number) - 1;
    newCodes.add(code);
  }
  const codeSet = new Set(newCodes);
  baselineCodes.forEach((code, group) => {
    if ((holding[group] as number) > 0) codeSet.add(code);
  });
  const codes = [...codeSet].sort();
  const groupOfCode = new Map(codes.map((code, group) => [code, group]));
  const groupOfBaseline = Int32Array.from(baselineCodes, (code) => groupOfCode.get(code) ?? -1);
  const practiceCcg = new Int32Array(count);
  for (let index = 0; index < count; index++)
    practiceCcg[index] = groupOfBaseline[baseline.practiceCcg[index] as number] as number;
  for (const [index, code] of target) practiceCcg[index] = groupOfCode.get(code) as number;
  const baselineByCode = new Map(baseline.ccgs.map((ccg) => [ccg.code, ccg]));
  return {
    codes,
    practiceCcg,
    baselineCcgs: codes.map((code) => baselineByCode.get(code)),
    movedPractices: [...target.keys()].sort((a, b) => a - b),
  };
}

/**
 * The CCG table's row for a CCG, as far as the baseline analysis carries it (name, planned running costs,
 * fixed costs and support per head when the table gave them, collaborative arrangement, kind).
 * @example baselineRecord(ccg)?.fixedCosts // null when the `fixed_costs` assumption applied
 */
export function baselineRecord(ccg: CcgAnalysis | undefined): CcgRecord | undefined {
  if (ccg === undefined) return undefined;
  return {
    code: ccg.code,
    name: ccg.name,
    plannedRunningCosts: ccg.plannedRunningCosts,
    fixedCosts: ccg.fixedCostsFromCcgTable ? ccg.fixedCosts : null,
    supportPerHead: ccg.supportFromCcgTable ? ccg.supportPerHead : null,
    collaborativeArrangement: ccg.collaborativeArrangement,
    kind: ccg.kind,
  };
}
