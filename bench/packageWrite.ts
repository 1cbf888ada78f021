/**
 * `npm run bench` rows for writing the analysed workbook of the England list (issue #17): the
 * package writer alone (in process, several runs, min / median), and the whole runner
 * (`analyse … -o out.xlsx` in a child process, from .csv and from an .xlsx made from it) with
 * wall time and peak memory from `/usr/bin/time`.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { analyseWorkbook } from "../src/engine/analyse";
import { buildOutputContents } from "../src/output/tableSheet";
import { addOutputsToPackage, newPackageFromSheets, savePackage } from "../src/package";
import { parseCsv } from "../src/xlsx/csv";
import { NODE_ZIP_CODEC } from "../src/xlsx/files";

const RUNS = 5;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

/**
 * Times the package writer and the whole runner on the England list.
 * @param log - where lines go
 * @param englandCsv - the England practice list (skipped when missing)
 * @param runner - the built runner (dist/cli/ccg-footprint.js)
 */
export async function benchPackageWrite(
  log: (line: string) => void,
  englandCsv: string,
  runner: string
): Promise<void> {
  if (!fs.existsSync(englandCsv)) return;
  log("");
  log("Writing the analysed workbook (England 2016, package writer):");
  const sheet = parseCsv(fs.readFileSync(englandCsv, "utf8"), "practices-2016q1");
  const result = analyseWorkbook({ sheets: [sheet] }, {});
  const times: number[] = [];
  let size = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const parts = newPackageFromSheets([sheet]);
    addOutputsToPackage(parts, buildOutputContents(result));
    size = savePackage(parts, NODE_ZIP_CODEC).length;
    times.push(performance.now() - start);
  }
  log(
    `  in process, list sheet + outputs: min ${ms(Math.min(...times))}, median ${ms(median(times))} (${RUNS} runs, ${(size / 1e6).toFixed(1)} MB file)`
  );

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-bench-write-"));
  try {
    const csv = path.join(folder, "practices-2016q1.csv");
    fs.copyFileSync(englandCsv, csv);
    const xlsx = path.join(folder, "practices-2016q1.xlsx");
    fs.writeFileSync(xlsx, savePackage(newPackageFromSheets([sheet]), NODE_ZIP_CODEC));
    if (!fs.existsSync("/usr/bin/time")) {
      log("  (/usr/bin/time not found: whole-runner rows skipped)");
      return;
    }
    for (const input of [csv, xlsx]) {
      const seconds: number[] = [];
      const peaks: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const out = spawnSync(
          "/usr/bin/time",
          [
            "-f",
            "%e %M",
            process.execPath,
            runner,
            "analyse",
            input,
            "-o",
            path.join(folder, "out.xlsx"),
          ],
          { encoding: "utf8" }
        );
        const [wall, peak] = (out.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
        if (out.status !== 0 || wall === undefined || peak === undefined)
          throw new Error(`runner failed: ${out.stderr}`);
        seconds.push(wall);
        peaks.push(peak / 1024);
      }
      log(
        `  analyse ${path.basename(input)} -o out.xlsx: min ${Math.min(...seconds).toFixed(2)} s, median ${median(seconds).toFixed(2)} s, peak ${Math.max(...peaks).toFixed(0)} MB (${RUNS} runs)`
      );
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
