/**
 * Full-engine benchmark (SPEC §9): `analyseWorkbook` from plain cells to every CCG's results, with the time of
 * each stage (read and validate rows, costs, geography, ratings) and the process's peak memory.
 */
import { analyseWorkbook, AnalysisStage } from "../src/engine/analyse";
import { CellValue, WorkbookData } from "../src/engine/cells";
import { BenchLayout, GeographyBenchSize, makeBenchLayout } from "./geography";

/** Result sink: every timed run feeds it, so nothing can be optimised away. */
let sink = 0;

/** Median and minimum of a list of milliseconds. */
export function medianAndMin(values: readonly number[]): { medianMs: number; minMs: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { medianMs, minMs: sorted[0] ?? 0 };
}

/** Milliseconds, readable. */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/**
 * How garbage is collected before each timed run.
 * - `young`: a minor collection. The run starts with an empty young generation, and the optimised code and
 *   type feedback of the warm-up runs survive: the engine warm, as when analysing again straight away.
 * - `full`: a full collection. It also discards optimised code whose hidden classes died with the last run
 *   (V8 logs "deoptimization, reason: weak objects" under `--trace-deopt`), so the run re-optimises as it
 *   goes, and freed pages go back to the system to be faulted in again: the engine half cold, as after
 *   the add-in has been idle. Needed for large layouts, whose runs leave hundreds of MB of old garbage.
 */
export type Collection = "young" | "full";

function collectGarbage(collection: Collection): void {
  const gc = (globalThis as { gc?: (options?: { type: "minor" }) => void }).gc;
  if (gc === undefined) return;
  // Node 20's gc() takes { type: "minor" }; any other option object is a minor collection too, so a full
  // collection is gc() without options.
  if (collection === "young") gc({ type: "minor" });
  else gc();
}

/**
 * A practice list sheet from a seeded layout: code, CCG, list size, latitude, longitude. Codes follow the NHS
 * patterns (A00000…, 00A…), which allow at most 2,600 CCGs, so layouts here keep to that.
 */
export function workbookFromLayout(layout: BenchLayout): WorkbookData {
  const rows: CellValue[][] = [["Practice code", "CCG code", "List size", "Latitude", "Longitude"]];
  const { points } = layout;
  if (points.groupCount > 2600)
    throw new Error(`${points.groupCount} CCGs: NHS-style codes allow at most 2,600`);
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));
  const ccgCodes = Array.from(
    { length: points.groupCount },
    (_, g) => `${String(g % 100).padStart(2, "0")}${letter(Math.floor(g / 100))}`
  );
  for (let i = 0; i < points.count; i++) {
    const code = `${letter(Math.floor(i / 100000))}${String(i % 100000).padStart(5, "0")}`;
    rows.push([
      code,
      ccgCodes[points.group[i] ?? 0] ?? "",
      points.weight[i] ?? 0,
      layout.latitude[i] ?? 0,
      layout.longitude[i] ?? 0,
    ]);
  }
  return { sheets: [{ name: "Practices", rows, firstRow: 1, firstColumn: 1 }] };
}

/** Timings of one workbook. */
export interface EngineTiming {
  readonly name: string;
  readonly practices: number;
  readonly ccgs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly stages: Readonly<Record<AnalysisStage, number>>;
  readonly peakRssMb: number;
  /**
   * Median minor page faults per timed run: first touches of fresh memory (each array of results or
   * scratch the run allocates). On some virtual machines each costs microseconds, so this explains time.
   */
  readonly pageFaultsPerRun: number;
}

/** One timed analysis: total and stage times, counts. */
interface EngineRun {
  readonly totalMs: number;
  readonly stageMs: readonly { stage: AnalysisStage; ms: number }[];
  readonly practices: number;
  readonly ccgs: number;
  readonly pageFaults: number;
}

/**
 * One analysis, returning numbers only: nothing of its result outlives the call, so the collection before
 * the next run can free it (a result held in the caller's frame would survive that collection).
 */
function runEngineOnce(workbook: WorkbookData): EngineRun {
  const marks: { stage: AnalysisStage; at: number }[] = [];
  const faultsBefore = process.resourceUsage().minorPageFault;
  const start = performance.now();
  const result = analyseWorkbook(workbook, {
    onStage: (stage) => marks.push({ stage, at: performance.now() }),
  });
  const end = performance.now();
  const pageFaults = process.resourceUsage().minorPageFault - faultsBefore;
  sink += result.totalPopulation + result.ccgs.length;
  return {
    totalMs: end - start,
    stageMs: marks.map((mark, index) => ({
      stage: mark.stage,
      ms: (marks[index + 1]?.at ?? end) - mark.at,
    })),
    practices: result.practices.count,
    ccgs: result.ccgs.length,
    pageFaults,
  };
}

/**
 * Time `analyseWorkbook` on a workbook: warm-up runs, then timed runs, each after a collection; stage medians
 * from `onStage`.
 */
export function timeEngine(
  name: string,
  workbook: WorkbookData,
  warmups: number,
  runs: number,
  collection: Collection = "full"
): EngineTiming {
  const order: AnalysisStage[] = ["read", "costs", "geography", "ratings"];
  const stageTimes: Record<AnalysisStage, number[]> = {
    read: [],
    costs: [],
    geography: [],
    ratings: [],
  };
  const totals: number[] = [];
  const pageFaults: number[] = [];
  let practices = 0;
  let ccgs = 0;
  for (let run = 0; run < warmups + runs; run++) {
    collectGarbage(collection);
    const timed = runEngineOnce(workbook);
    practices = timed.practices;
    ccgs = timed.ccgs;
    if (run < warmups) continue;
    totals.push(timed.totalMs);
    pageFaults.push(timed.pageFaults);
    for (const { stage, ms } of timed.stageMs) stageTimes[stage].push(ms);
  }
  const stages = Object.fromEntries(
    order.map((stage) => [stage, medianAndMin(stageTimes[stage]).medianMs])
  ) as Record<AnalysisStage, number>;
  return {
    name,
    practices,
    ccgs,
    ...medianAndMin(totals),
    stages,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    pageFaultsPerRun: medianAndMin(pageFaults).medianMs, // a count: the helper is for any numbers
  };
}

/** Layouts of the full-engine benchmark. */
export const ENGINE_BENCH_SIZES: readonly GeographyBenchSize[] = [
  { kind: "uniform", count: 100000, groupCount: 1300 },
  { kind: "clustered", count: 100000, groupCount: 1300 },
  { kind: "uniform", count: 1000000, groupCount: 2600 },
  { kind: "clustered", count: 1000000, groupCount: 2600 },
];

/** Log one timing as a table row. */
export function logEngineTiming(timing: EngineTiming, log: (line: string) => void): void {
  const s = timing.stages;
  log(
    `  ${timing.name.padEnd(62)} ${formatMs(timing.medianMs).padStart(9)} / ${formatMs(timing.minMs).padStart(9)}` +
      `   read ${formatMs(s.read)}, costs ${formatMs(s.costs)}, geography ${formatMs(s.geography)}, ratings ${formatMs(s.ratings)}` +
      `   peak RSS ${timing.peakRssMb.toFixed(0)} MB, ${Math.round(timing.pageFaultsPerRun).toLocaleString("en-GB")} page faults/run`
  );
}

/** Run the full-engine benchmark on seeded layouts (and any extra named workbooks first). */
export function runEngineBench(
  extra: readonly { name: string; workbook: WorkbookData }[],
  sizes: readonly GeographyBenchSize[],
  log: (line: string) => void
): EngineTiming[] {
  log(`\nFull engine: analyseWorkbook, cells → results (median / min)`);
  log(
    `  England scale: a minor collection before each run (engine warm); the row marked "full GC" collects everything (half cold)`
  );
  const timings: EngineTiming[] = [];
  for (const { name, workbook } of extra) {
    const timing = timeEngine(name, workbook, 5, 20, "young");
    logEngineTiming(timing, log);
    timings.push(timing);
  }
  for (const { name, workbook } of extra.slice(0, 1)) {
    logEngineTiming(
      timeEngine(`${name}, full GC before each run (re-optimises)`, workbook, 5, 20, "full"),
      log
    );
  }
  if (sizes.length > 0) log(`  Large layouts: a full collection before each run`);
  for (const size of sizes) {
    const workbook = workbookFromLayout(makeBenchLayout(size));
    const [warmups, runs] = size.count >= 1000000 ? [1, 5] : [2, 7];
    const timing = timeEngine(
      `${size.kind} ${size.count.toLocaleString("en-GB")} practices / ${size.groupCount.toLocaleString("en-GB")} CCGs`,
      workbook,
      warmups,
      runs,
      "full"
    );
    logEngineTiming(timing, log);
    timings.push(timing);
  }
  const at = (count: number) =>
    timings.filter((t) => t.practices === count && t.name.startsWith("clustered"));
  const k100 = at(100000)[0];
  const m1 = at(1000000)[0];
  if (k100 !== undefined && m1 !== undefined) {
    const nlogn = (1e6 * Math.log(1e6)) / (1e5 * Math.log(1e5));
    log(
      `  growth 100k → 1M (clustered): ×${(m1.medianMs / k100.medianMs).toFixed(1)} (n log n would be ×${nlogn.toFixed(1)})`
    );
  }
  log(`  (sink ${sink.toPrecision(3)})`);
  return timings;
}
