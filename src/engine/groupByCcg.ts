/** Practices grouped by CCG code (SPEC §3): the CCGs of an analysis, in code order. */
import { PracticeTable } from "./practiceTable";

/**
 * CCG codes in code order, the first CCG name seen for each, and each practice's CCG index.
 * @param practices the practice table
 * @returns codes, names (by CCG index) and the CCG index of each practice
 * @example groupByCcg(practices).codes // ["00C", "07L", …]
 */
export function groupByCcg(practices: PracticeTable): {
  codes: string[];
  names: (string | null)[];
  practiceCcg: Int32Array;
} {
  // Lists usually run CCG by CCG: a practice of the same CCG as the one before needs no lookup.
  const { ccgCode, ccgName } = practices;
  const nameByCode = new Map<string, string | null>();
  let lastCode: string | null = null;
  let lastName: string | null = null;
  for (let index = 0; index < practices.count; index++) {
    const code = ccgCode[index] as string;
    const name = ccgName?.[index] ?? null;
    if (code === lastCode && (lastName !== null || name === null)) continue;
    const known = nameByCode.get(code);
    lastName = known === undefined || (known === null && name !== null) ? name : known;
    if (lastName !== known) nameByCode.set(code, lastName);
    lastCode = code;
  }
  const codes = [...nameByCode.keys()].sort();
  const indexByCode = new Map(codes.map((code, index) => [code, index]));
  const practiceCcg = new Int32Array(practices.count);
  let lastIndex = 0;
  lastCode = null;
  for (let index = 0; index < practices.count; index++) {
    const code = ccgCode[index] as string;
    if (code !== lastCode) {
      lastIndex = indexByCode.get(code) ?? 0;
      lastCode = code;
    }
    practiceCcg[index] = lastIndex;
  }
  return { codes, names: codes.map((code) => nameByCode.get(code) ?? null), practiceCcg };
}

/** Per-CCG sums over the practice table (SPEC §3.1). */
export interface CcgTotals {
  /** Σ list size of each CCG's practices. */
  readonly populations: Float64Array;
  /** Practices of each CCG. */
  readonly practiceCounts: Int32Array;
  /** Σ list size of each CCG's signed-up practices (0 without a member column). */
  readonly memberPopulations: Float64Array;
}

/**
 * Each CCG's population, practices and signed-up population.
 * @param practices the practice table
 * @param practiceCcg CCG index of each practice ({@link groupByCcg})
 * @param ccgCount number of CCGs
 * @returns the sums, indexed by CCG
 * @example ccgTotals(practices, practiceCcg, codes.length).populations[0]
 */
export function ccgTotals(
  practices: PracticeTable,
  practiceCcg: Int32Array,
  ccgCount: number
): CcgTotals {
  const populations = new Float64Array(ccgCount);
  const practiceCounts = new Int32Array(ccgCount);
  const memberPopulations = new Float64Array(ccgCount);
  for (let index = 0; index < practices.count; index++) {
    const group = practiceCcg[index] as number;
    const listSize = practices.listSize[index] as number;
    populations[group] = (populations[group] as number) + listSize;
    practiceCounts[group] = (practiceCounts[group] as number) + 1;
    if (practices.member?.[index] === 1)
      memberPopulations[group] = (memberPopulations[group] as number) + listSize;
  }
  return { populations, practiceCounts, memberPopulations };
}
