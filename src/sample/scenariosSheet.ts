/**
 * The sample's `Scenarios` sheet (SPEC §5, issue #12): a merge of the smallest CCG into its smallest
 * territory neighbour, and the exclave's island practices moved to the CCG around them.
 */
import { CellValue, SheetData } from "../engine/cells";
import { neighbouringCcgs, PracticeAdjacency } from "./contiguity";

/** What the two scenarios are made from. */
export interface ScenarioSources {
  readonly populations: Float64Array;
  readonly ccgCodes: readonly string[];
  readonly practiceCodes: readonly string[];
  readonly ccgOfPractice: Int32Array;
  readonly adjacency: PracticeAdjacency | null;
  readonly exclave: {
    readonly ccg: number;
    readonly host: number;
    readonly islandPractices: readonly number[];
  } | null;
}

/**
 * The sheet: `Practice code`, then one column per scenario (the proposed CCG code; blank = unchanged).
 * @returns the sheet, or null when the sample is too small for either scenario
 */
export function scenariosSheet(sources: ScenarioSources): SheetData | null {
  const { populations, ccgCodes, practiceCodes, ccgOfPractice } = sources;
  const columns: { name: string; moves: Map<number, string> }[] = [];
  const merge = smallestMerge(sources);
  if (merge !== null) {
    const moves = new Map<number, string>();
    ccgOfPractice.forEach((ccg, practice) => {
      if (ccg === merge.from) moves.set(practice, ccgCodes[merge.into] as string);
    });
    columns.push({ name: `Merge ${ccgCodes[merge.from]} into ${ccgCodes[merge.into]}`, moves });
  }
  if (sources.exclave !== null) {
    const { ccg, host, islandPractices } = sources.exclave;
    columns.push({
      name: `${ccgCodes[ccg]} exclave to ${ccgCodes[host]}`,
      moves: new Map(islandPractices.map((practice) => [practice, ccgCodes[host] as string])),
    });
  }
  if (columns.length === 0 || populations.length === 0) return null;
  const practices = [...new Set(columns.flatMap((column) => [...column.moves.keys()]))].sort(
    (a, b) => a - b
  );
  const rows: CellValue[][] = [
    ["Practice code", ...columns.map((column) => column.name)],
    ...practices.map((practice) => [
      practiceCodes[practice] as string,
      ...columns.map((column) => column.moves.get(practice) ?? null),
    ]),
  ];
  return { name: "Scenarios", rows, firstRow: 1, firstColumn: 1 };
}

/** The least populous CCG and its least populous territory neighbour, or null. */
function smallestMerge(sources: ScenarioSources): { from: number; into: number } | null {
  const { populations, ccgOfPractice, adjacency } = sources;
  if (adjacency === null || populations.length < 2) return null;
  let from = 0;
  populations.forEach((population, ccg) => {
    if (population < (populations[from] as number)) from = ccg;
  });
  const practices: number[] = [];
  ccgOfPractice.forEach((ccg, practice) => {
    if (ccg === from) practices.push(practice);
  });
  const neighbours = [...neighbouringCcgs(adjacency, ccgOfPractice, practices)].sort(
    (a, b) => (populations[a] as number) - (populations[b] as number) || a - b
  );
  const into = neighbours[0];
  return into === undefined ? null : { from, into };
}
