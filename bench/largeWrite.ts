/**
 * `npm run bench` row for the largest CSV a workbook can hold (issue #16 item 4): the England list
 * repeated to 1,048,575 practice rows (codes made unique: a letter and five digits), analysed and
 * written to a workbook by the built runner in a child process, with wall and CPU time and peak
 * memory from `/usr/bin/time`. One run: it takes minutes.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

/** Practice rows of the CSV: an Excel sheet's 1,048,576 rows less the header. */
export const LARGE_WRITE_ROWS = 1_048_575;
/** The memory the run must stay within (issue #16): 2 GB. */
const MEMORY_LIMIT_KB = 2_000_000;

/**
 * Writes the England list repeated to `rows` practice rows, each code unique (A00000 … K48574).
 * @param englandCsv - the England practice list
 * @param destination - the CSV to write
 * @param rows - practice rows below the header
 */
export function writeRepeatedList(englandCsv: string, destination: string, rows: number): void {
  const lines = fs
    .readFileSync(englandCsv, "utf8")
    .split(/\r?\n/)
    .filter((line) => line !== "");
  const [header, ...body] = lines;
  const file = fs.openSync(destination, "w");
  try {
    let batch = `${header ?? ""}\r\n`;
    for (let i = 0; i < rows; i += 1) {
      const line = body[i % body.length] ?? "";
      const code = `${String.fromCharCode(65 + Math.floor(i / 100_000))}${String(i % 100_000).padStart(5, "0")}`;
      batch += `${code}${line.slice(line.indexOf(","))}\r\n`;
      if (batch.length > 1 << 20) {
        fs.writeSync(file, batch);
        batch = "";
      }
    }
    fs.writeSync(file, batch);
  } finally {
    fs.closeSync(file);
  }
}

/**
 * Times `analyse <1,048,575 rows>.csv -o out.xlsx` once and reports its peak memory.
 * @param log - where lines go
 * @param englandCsv - the England practice list (skipped when missing)
 * @param runner - the built runner (dist/cli/ccg-footprint.js)
 */
export function benchLargeWrite(
  log: (line: string) => void,
  englandCsv: string,
  runner: string
): void {
  log("");
  log(
    `Writing the largest CSV a sheet holds (${LARGE_WRITE_ROWS.toLocaleString("en-GB")} practice rows):`
  );
  if (!fs.existsSync(englandCsv) || !fs.existsSync("/usr/bin/time") || !fs.existsSync(runner)) {
    log(
      "  (England data, /usr/bin/time or the built runner (npm run build:cli) not found: skipped)"
    );
    return;
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-bench-large-"));
  try {
    const csv = path.join(folder, `practices-${LARGE_WRITE_ROWS}.csv`);
    writeRepeatedList(englandCsv, csv, LARGE_WRITE_ROWS);
    const load = os.loadavg()[0] ?? NaN;
    const out = spawnSync(
      "/usr/bin/time",
      [
        "-f",
        "%e %U %S %M",
        process.execPath,
        runner,
        "analyse",
        csv,
        "-o",
        path.join(folder, "out.xlsx"),
      ],
      { encoding: "utf8", maxBuffer: 1 << 26 }
    );
    const [wall, user, system, peak] = (out.stderr.trim().split("\n").pop() ?? "")
      .split(" ")
      .map(Number);
    if (
      out.status !== 0 ||
      wall === undefined ||
      user === undefined ||
      system === undefined ||
      peak === undefined
    )
      throw new Error(`runner failed: ${out.stderr.slice(-2000)}`);
    const size = fs.statSync(path.join(folder, "out.xlsx")).size;
    log(
      `  analyse ${path.basename(csv)} (${(fs.statSync(csv).size / 1e6).toFixed(0)} MB) -o out.xlsx (${(size / 1e6).toFixed(0)} MB): ` +
        `${wall.toFixed(1)} s wall, ${(user + system).toFixed(1)} s CPU, peak RSS ${peak.toLocaleString("en-GB")} KB ` +
        `(${peak <= MEMORY_LIMIT_KB ? "within" : "OVER"} 2 GB), load average ${load.toFixed(1)} at the start`
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
