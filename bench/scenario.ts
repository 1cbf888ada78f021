/**
 * Scenario recompute (issue #12): the whole analysis again after one practice moves, and after two CCGs
 * merge, on the baseline's reused triangulation (`analyseScenario`), against a full recompute from scratch
 * (`fullScenarioGeography`); and every merge suggestion, each merged CCG found alone (`suggestMerges`, as the
 * `Suggested merge` column of CCG Summary does) against a whole scenario per candidate. Seeded choices;
 * warm-up runs, then the median and minimum of the timed runs.
 */
import { analyseWorkbook } from "../src/engine/analyse";
import { WorkbookData } from "../src/engine/cells";
import {
  analyseScenario,
  fullScenarioGeography,
  mergeMoves,
  MergedCcgOf,
  scenarioMergedCcg,
  ScenarioMoves,
  suggestMerges,
} from "../src/engine/scenario";
import { formatMs, medianAndMin } from "./engine";

const WARMUPS = 5;
const RUNS = 40;

/**
 * Time the scenario recomputes on one workbook and log a row each.
 * @param name the workbook's label
 * @param workbook its cells
 * @param log where rows go
 */
export function benchScenarios(
  name: string,
  workbook: WorkbookData,
  log: (line: string) => void
): void {
  const baseline = analyseWorkbook(workbook);
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const codes = baseline.ccgs.map((ccg) => ccg.code);
  const oneMove = (): ScenarioMoves => {
    const index = Math.floor(random() * baseline.practices.count);
    return new Map([
      [baseline.practices.code[index] ?? "", codes[Math.floor(random() * codes.length)] ?? ""],
    ]);
  };
  const oneMerge = (): ScenarioMoves =>
    mergeMoves(
      baseline,
      codes[Math.floor(random() * codes.length)] ?? "",
      codes[Math.floor(random() * codes.length)] ?? ""
    );
  const time = (label: string, moves: () => ScenarioMoves, full: boolean): void => {
    const times: number[] = [];
    let sink = 0;
    for (let run = 0; run < WARMUPS + RUNS; run++) {
      const chosen = moves();
      const started = performance.now();
      const outcome = full
        ? analyseScenario(baseline, chosen, fullScenarioGeography)
        : analyseScenario(baseline, chosen);
      const elapsed = performance.now() - started;
      sink += outcome.changed.length;
      if (run >= WARMUPS) times.push(elapsed);
    }
    const { medianMs, minMs } = medianAndMin(times);
    log(
      `  ${`${name}: ${label}`.padEnd(70)} ${formatMs(medianMs).padStart(9)} / ${formatMs(minMs).padStart(9)}  (${sink > 0 ? "ok" : "-"})`
    );
  };
  time("one practice moved", oneMove, false);
  time("two CCGs merged", oneMerge, false);
  time("one practice moved, full recompute", oneMove, true);
  time("two CCGs merged, full recompute", oneMerge, true);
  const suggestions = (label: string, mergedOf?: MergedCcgOf, runs = RUNS): void => {
    const times: number[] = [];
    let partners = 0;
    for (let run = 0; run < WARMUPS + runs; run++) {
      // A copy of the result, as the runner makes one: only what the analysis keeps is reused.
      const copy = { ...baseline };
      const started = performance.now();
      const found = suggestMerges(copy, mergedOf);
      const elapsed = performance.now() - started;
      if (run >= WARMUPS) times.push(elapsed);
      partners = found.reduce((sum, suggestion) => sum + suggestion.partners.length, 0);
    }
    const { medianMs, minMs } = medianAndMin(times);
    log(
      `  ${`${name}: ${label}`.padEnd(70)} ${formatMs(medianMs).padStart(9)} / ${formatMs(minMs).padStart(9)}  (${partners} partners)`
    );
  };
  suggestions("merge suggestions (CCG Summary column, suggest)");
  suggestions("merge suggestions, a whole scenario per candidate", scenarioMergedCcg, 5);
}
