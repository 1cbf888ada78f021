/**
 * `npm run hashes`: a SHA-256 of every result the engine produces, for fixed inputs, compared with the
 * golden file bench/result-hashes.json (`npm run hashes -- --write` records the current ones).
 *
 * Hashed per input: every CCG figure (the whole `CcgAnalysis`, numbers by their bits, so -0, NaN and
 * the last bit count), every per-practice value (the practice table, each practice's CCG and
 * geography), Data Quality, the output tables and the JSON report. Inputs: the real England file
 * (when ../shared/data/england is present), the generated sample, seeded 100,000-practice layouts
 * through the whole engine, and seeded 100,000-practice layouts with co-located practices and
 * rounded coordinates (many equal distances) through `analyseGeography` alone.
 * `--large` adds the 1,000,000-practice engine layouts.
 */
import { createHash, type Hash } from "crypto";
import fs from "fs";
import path from "path";
import { analyseWorkbook } from "../src/engine/analyse";
import type { AnalysisResult } from "../src/engine/analysis";
import type { WorkbookData } from "../src/engine/cells";
import { analyseGeography } from "../src/engine/geo/coherence";
import type { GeographyResult } from "../src/engine/geo/types";
import { buildJsonReport } from "../src/output/report/jsonReport";
import { buildOutputTables } from "../src/output/report/outputTables";
import { generateSampleWorkbook } from "../src/sample/generateSample";
import { parseCsv } from "../src/xlsx/csv";
import { randomLayout } from "../test/engine/geo/helpers/seededLayouts";
import { workbookFromLayout } from "./engine";
import { makeBenchLayout } from "./geography";

const GOLDEN = path.resolve(__dirname, "../../bench/result-hashes.json");
const ENGLAND_CSV = path.resolve(__dirname, "../../../shared/data/england/practices-2016q1.csv");

/** Feeds a value to the hash in a canonical form: numbers by their 8 bytes, object keys sorted. */
function feed(hash: Hash, value: unknown): void {
  if (value === null || value === undefined) {
    hash.update(value === null ? "N" : "U");
  } else if (typeof value === "number") {
    const bytes = Buffer.alloc(9);
    bytes.write("n");
    bytes.writeDoubleLE(value, 1);
    hash.update(bytes);
  } else if (typeof value === "string") {
    hash.update(`s${value.length}:`);
    hash.update(value);
  } else if (typeof value === "boolean") {
    hash.update(value ? "T" : "F");
  } else if (ArrayBuffer.isView(value)) {
    hash.update(`${value.constructor.name}${value.byteLength}:`);
    hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  } else if (Array.isArray(value)) {
    hash.update(`a${value.length}:`);
    for (const item of value) feed(hash, item);
  } else if (value instanceof Map) {
    feed(hash, [...value.entries()]);
  } else if (typeof value === "object") {
    const keys = Object.keys(value).sort();
    hash.update(`o${keys.length}:`);
    for (const key of keys) {
      feed(hash, key);
      feed(hash, (value as Record<string, unknown>)[key]);
    }
  } else {
    throw new Error(`Cannot hash a ${typeof value}.`);
  }
}

function sha256(value: unknown): string {
  const hash = createHash("sha256");
  feed(hash, value);
  return hash.digest("hex");
}

/** The first `count` entries of an array or typed array (columns may be longer than their practices). */
function head<T extends ArrayLike<unknown>>(column: T | null, count: number): unknown {
  if (column === null) return null;
  if (ArrayBuffer.isView(column)) return (column as unknown as Uint8Array).subarray(0, count);
  return Array.from(column).slice(0, count);
}

function geographyHash(geography: GeographyResult, count: number): string {
  const practices = Object.fromEntries(
    Object.entries(geography.practices).map(([key, column]) => [key, head(column, count)])
  );
  return sha256({ groups: geography.groups, practices });
}

/** Hashes of one analysis, part by part. */
function analysisHashes(result: AnalysisResult): Record<string, string> {
  const count = result.practices.count;
  const practices = Object.fromEntries(
    Object.entries(result.practices).map(([key, column]) => [
      key,
      typeof column === "object" ? head(column as ArrayLike<unknown> | null, count) : column,
    ])
  );
  let located = 0;
  for (let i = 0; i < count; i++) if ((result.practiceGeographyIndex[i] as number) >= 0) located++;
  return {
    ccgs: sha256(result.ccgs),
    practices: sha256({
      table: practices,
      ccg: head(result.practiceCcg, count),
      geographyIndex: head(result.practiceGeographyIndex, count),
    }),
    practiceGeography: sha256(
      Object.fromEntries(
        Object.entries(result.practiceGeography).map(([key, column]) => [
          key,
          head(column, located),
        ])
      )
    ),
    dataQuality: sha256(result.dataQuality),
    input: sha256({
      input: result.input,
      assumptions: result.assumptions,
      total: result.totalPopulation,
    }),
    outputTables: sha256(buildOutputTables(result)),
    jsonReport: sha256(JSON.stringify(buildJsonReport(result))),
  };
}

/** Every input and its hashes. */
function computeHashes(
  large: boolean,
  log: (line: string) => void
): Record<string, Record<string, string>> {
  const hashes: Record<string, Record<string, string>> = {};
  const engine = (name: string, workbook: () => WorkbookData): void => {
    const start = performance.now();
    hashes[name] = analysisHashes(analyseWorkbook(workbook()));
    log(`  ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  };
  if (fs.existsSync(ENGLAND_CSV)) {
    engine("england-2016", () => ({
      sheets: [parseCsv(fs.readFileSync(ENGLAND_CSV, "utf8"), "practices-2016q1")],
    }));
  } else {
    log(`  (England data not found at ${ENGLAND_CSV}: skipped)`);
  }
  engine("sample", () => generateSampleWorkbook());
  const sizes = [100000, ...(large ? [1000000] : [])];
  for (const count of sizes) {
    for (const kind of ["uniform", "clustered"] as const) {
      const groupCount = count >= 1000000 ? 2600 : 1300;
      engine(`engine-${kind}-${count}`, () =>
        workbookFromLayout(makeBenchLayout({ kind, count, groupCount }))
      );
    }
  }
  for (const kind of ["uniform", "clustered"] as const) {
    for (const [roundM, bridgeKm] of [
      [0, 0],
      [100, 0],
      [50, 1.5],
    ] as const) {
      const name = `geography-${kind}-100000-round${roundM}-bridge${bridgeKm}`;
      const points = randomLayout({
        count: 100000,
        groupCount: 900,
        seed: 77 + roundM,
        kind,
        roundM,
        duplicateShare: 0.08,
      });
      const start = performance.now();
      const geography = analyseGeography(points, { bridgeKm, neighbourCount: 6 });
      hashes[name] = { geography: geographyHash(geography, points.count) };
      log(`  ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
    }
  }
  return hashes;
}

const args = process.argv.slice(2);
const write = args.includes("--write");
const log = (line: string): void => console.log(line);
log(`Result hashes (${write ? "writing" : "checking against"} ${GOLDEN})`);
const current = computeHashes(args.includes("--large"), log);
if (write) {
  const previous = fs.existsSync(GOLDEN)
    ? (JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as Record<string, unknown>)
    : {};
  fs.writeFileSync(GOLDEN, `${JSON.stringify({ ...previous, ...current }, null, 2)}\n`);
  log("written");
} else {
  const golden = JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as Record<
    string,
    Record<string, string>
  >;
  let differences = 0;
  for (const [name, parts] of Object.entries(current)) {
    for (const [part, hash] of Object.entries(parts)) {
      const expected = golden[name]?.[part];
      if (expected !== hash) {
        differences++;
        log(
          `  DIFFERENT ${name} ${part}: ${hash.slice(0, 16)}… (golden ${expected?.slice(0, 16) ?? "none"}…)`
        );
      }
    }
  }
  log(differences === 0 ? "all equal to the golden hashes" : `${differences} differences`);
  process.exitCode = differences === 0 ? 0 : 1;
}
