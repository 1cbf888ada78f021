/**
 * Benchmark of the CCG.SUMMARY custom function at England scale (SPEC §8.2, §9): the sample
 * workbook's Practices, CCGs and Assumptions sheets (7,500 practices in 210 CCGs by default, seeded)
 * passed as Excel passes ranges (2-D arrays, blanks as ""), timed from the call to the spilled
 * table, with warm-up runs, median and min. The analysis alone (analyseWorkbook + buildSummaryTable
 * on the same workbook data) is timed too, so the wrapper's own cost (reading the ranges, building
 * the spill) shows as the difference.
 *
 * Usage: `benchSummaryFunction(console.log)`; or compile and run this file on its own
 * (`npx tsc … && node --expose-gc …/summaryFunction.js`).
 */
import os from "os";
import { analyseWorkbook } from "../src/engine/analyse";
import { WorkbookData } from "../src/engine/cells";
import { buildSummaryTable } from "../src/output/report/summaryTable";
import { SUMMARY } from "../src/functions/functions";
import { SampleOptions, generateSampleWorkbook } from "../src/sample";

/** Options of the benchmark. */
export interface SummaryBenchOptions {
  /** The sample to generate (default: 7,500 practices, 210 CCGs, seed 1). */
  readonly sample?: SampleOptions;
  readonly warmups?: number;
  readonly runs?: number;
}

/** Median and min of one measure, in ms. */
export interface SummaryBenchTiming {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

/** What the benchmark measured. */
export interface SummaryBenchResult {
  readonly practiceRows: number;
  readonly ccgs: number;
  /** CCG.SUMMARY called with the three ranges. */
  readonly summaryFunction: SummaryBenchTiming;
  /** analyseWorkbook + buildSummaryTable on the same data, without the custom-function layer. */
  readonly analysisOnly: SummaryBenchTiming;
}

/** A sheet as Excel passes a range: its used rectangle, blanks as "". */
function excelRange(workbook: WorkbookData, name: string): unknown[][] {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`The sample workbook has no ${name} sheet`);
  const width = sheet.rows.reduce((most, row) => Math.max(most, row.length), 0);
  return sheet.rows.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? ""));
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}

/** Times `run`, returning median and min; `run` returns a number added to a sink. */
function time(
  run: () => number,
  warmups: number,
  runs: number
): SummaryBenchTiming & { sink: number } {
  let sink = 0;
  for (let i = 0; i < warmups; i++) sink += run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    sink += run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const medianMs =
    times.length % 2 === 1
      ? (times[middle] ?? Number.NaN)
      : ((times[middle - 1] ?? Number.NaN) + (times[middle] ?? Number.NaN)) / 2;
  return { medianMs, minMs: times[0] ?? Number.NaN, runs, sink };
}

/**
 * Times CCG.SUMMARY over England-scale ranges and logs one line per measure.
 * @param log where lines go (e.g. console.log)
 * @param options sample size, warm-up runs (default 2) and timed runs (default 9)
 * @returns the timings
 * @example benchSummaryFunction(console.log)
 */
export function benchSummaryFunction(
  log: (line: string) => void,
  options: SummaryBenchOptions = {}
): SummaryBenchResult {
  const warmups = options.warmups ?? 2;
  const runs = options.runs ?? 9;
  const workbook = generateSampleWorkbook(options.sample);
  const practices = excelRange(workbook, "Practices");
  const ccgs = excelRange(workbook, "CCGs");
  const assumptions = excelRange(workbook, "Assumptions");

  const summary = time(() => SUMMARY(practices, ccgs, assumptions).length, warmups, runs);
  const analysis = time(
    () => buildSummaryTable(analyseWorkbook(workbook)).rows.length,
    warmups,
    runs
  );
  const ccgCount = summary.sink / (warmups + runs) - 1;
  const result: SummaryBenchResult = {
    practiceRows: practices.length - 1,
    ccgs: ccgCount,
    summaryFunction: { medianMs: summary.medianMs, minMs: summary.minMs, runs },
    analysisOnly: { medianMs: analysis.medianMs, minMs: analysis.minMs, runs },
  };
  const shown = (t: SummaryBenchTiming) =>
    `median ${t.medianMs.toFixed(1)} ms, min ${t.minMs.toFixed(1)} ms`;
  log(
    `CCG.SUMMARY, ${result.practiceRows} practice rows → ${ccgCount} CCGs (${runs} runs after ${warmups} warm-ups)`
  );
  log(`  SUMMARY(practices, ccgs, assumptions): ${shown(result.summaryFunction)}`);
  log(`  analysis alone (analyseWorkbook + buildSummaryTable): ${shown(result.analysisOnly)}`);
  return result;
}

if (require.main === module) {
  const cpus = os.cpus();
  console.log(
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? "CPU"}, ${os.platform()}`
  );
  benchSummaryFunction((line) => console.log(line));
}
