/**
 * `npm run bench`: seeded, repeatable benchmarks of the engine (SPEC §9).
 * Options: `--quick` (England scale only, no Turf baseline), `--no-turf`, `--engine` (the full-engine rows
 * only), `--scenarios` (the engine and scenario-recompute rows only), `--write` (only the analysed-workbook write rows), `--write-large` (only the 1,048,575-row CSV written to a workbook, which the full run ends with), `--practices=N` (only the large layouts of N practices, e.g. `--practices=1000000`).
 * Run with `node --expose-gc` (the npm script does) so garbage is collected before each timed run.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { parseCsv } from "../src/xlsx/csv";
import { generateSampleWorkbook } from "../src/sample/generateSample";
import { DEFAULT_GEOGRAPHY_BENCH_SIZES, runGeographyBench } from "./geography";
import { ENGINE_BENCH_SIZES, runEngineBench } from "./engine";
import { benchSummaryFunction } from "./summaryFunction";
import { benchPackageWrite } from "./packageWrite";
import { benchLargeWrite } from "./largeWrite";
import { benchScenarios } from "./scenario";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const turf = !quick && !args.includes("--no-turf");
const engineOnly = args.includes("--engine");
const practicesArg = args.find((arg) => arg.startsWith("--practices="));
const onlyPractices =
  practicesArg === undefined ? null : Number(practicesArg.slice("--practices=".length));
const largeSizes = ENGINE_BENCH_SIZES.filter(
  (size) => onlyPractices === null || size.count === onlyPractices
);
const log = (line: string): void => console.log(line);
const englandCsv = path.resolve(__dirname, "../../../shared/data/england/practices-2016q1.csv");

log(
  `CCG Footprint benchmark — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${os.platform()}`
);
const extra = [
  { name: "sample workbook (England-like, seed 1)", workbook: generateSampleWorkbook() },
];
if (fs.existsSync(englandCsv)) {
  extra.unshift({
    name: "England 2016 real practices (CSV)",
    workbook: { sheets: [parseCsv(fs.readFileSync(englandCsv, "utf8"), "practices-2016q1")] },
  });
} else {
  log(`(England data not found at ${englandCsv}: real-data rows skipped)`);
}
/** The built runner (`npm run build:cli`), beside this bundle's folder: dist/cli/. */
const runner = path.resolve(__dirname, "../cli/ccg-footprint.js");
if (args.includes("--write-large")) {
  benchLargeWrite(log, englandCsv, runner);
  process.exit(0);
}
const writeOnly = args.includes("--write");
if (!writeOnly) runEngineBench(onlyPractices === null ? extra : [], quick ? [] : largeSizes, log);
if (engineOnly) process.exit(0);
if (!writeOnly && onlyPractices === null) {
  log(`\nScenario recompute: analyseScenario after one move / one merge (median / min)`);
  for (const { name, workbook } of extra) benchScenarios(name, workbook, log);
}
if (args.includes("--scenarios")) process.exit(0);
void benchPackageWrite(log, englandCsv, runner).then(() => {
  if (writeOnly) process.exit(0);
  rest();
});
/** The benchmarks after the write rows. */
function rest(): void {
  benchSummaryFunction(log);
  log("");
  runGeographyBench(
    quick
      ? DEFAULT_GEOGRAPHY_BENCH_SIZES.filter((s) => s.count <= 10000)
      : DEFAULT_GEOGRAPHY_BENCH_SIZES,
    log,
    { englandCsv, turf }
  );
  if (!quick) benchLargeWrite(log, englandCsv, runner);
}
