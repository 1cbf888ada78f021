/**
 * Scenario mode's warm-up (issue #12: a scenario recomputed within 20 ms, the first move included). The
 * analysis runs in a Web Worker, so when scenario mode turns on the scenario code has never run in the
 * pane's thread, and the JavaScript engine runs code slowly until it has run a few times: the first three
 * moves took 80–250 ms each in the browser, against 11–20 ms once warm (bench/README.md, lab notes). So
 * when the mode turns on, while the user selects practices, the pane analyses a few real scenarios of the
 * baseline, one per task, and discards them.
 */
/* global clearTimeout, performance, setTimeout */
import type { AnalysisResult } from "../../engine/analysis";
import { analyseScenario, mergeMoves } from "../../engine/scenario";
import type { ScenarioMoves } from "../../engine/scenario";
import { freeCcgCode } from "./scenarioEdits";

/** The performance.measure that spans the warm-up, from its first scenario to its last (browser tests wait for it). */
export const WARM_UP_MEASURE = "ccg-footprint:scenario-warm-up";

/** How many times the warm-up analyses each of its scenarios. */
export const WARM_UP_ROUNDS = 3;

/**
 * The scenarios analysed to warm up, of the kinds a user starts with, {@link WARM_UP_ROUNDS} times: the first
 * practice with coordinates moved to a new CCG code, and the first CCG merged into the second (with three
 * analyses instead of six, the next moves still got quicker move on move).
 * @param baseline the analysis scenario mode starts from
 * @returns the moves of each scenario (none for an analysis without practices)
 * @example warmUpScenarios(result).length // 6
 */
export function warmUpScenarios(baseline: AnalysisResult): ScenarioMoves[] {
  const located = baseline.practiceGeographyIndex.findIndex((at) => at >= 0);
  const practice = baseline.practices.code[Math.max(located, 0)];
  if (practice === undefined) return [];
  const split = new Map([[practice, freeCcgCode(new Set(baseline.ccgs.map((ccg) => ccg.code)))]]);
  const [first, second] = baseline.ccgs;
  const merge =
    first !== undefined && second !== undefined
      ? [mergeMoves(baseline, first.code, second.code)]
      : [];
  return Array.from({ length: WARM_UP_ROUNDS }, () => [split, ...merge]).flat();
}

/**
 * Analyses {@link warmUpScenarios} one per timer task (input and drawing are not held up for longer than one
 * analysis), then calls `onDone`.
 * @param baseline the analysis scenario mode starts from
 * @param onDone called once every scenario has been analysed
 * @returns stops the warm-up where it is (scenario mode turned off, a new analysis)
 * @example const stop = startScenarioWarmUp(result, () => {}); stop();
 */
export function startScenarioWarmUp(baseline: AnalysisResult, onDone: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let scenarios: ScenarioMoves[] | undefined;
  let next = 0;
  let start = 0;
  const step = (): void => {
    if (scenarios === undefined) {
      start = performance.now();
      scenarios = warmUpScenarios(baseline);
    }
    const moves = scenarios[next++];
    if (moves !== undefined) {
      analyseScenario(baseline, moves);
      timer = setTimeout(step, 0);
      return;
    }
    performance.measure?.(WARM_UP_MEASURE, { start, end: performance.now() });
    onDone();
  };
  timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
}
