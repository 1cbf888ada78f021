/**
 * The sample workbook and what the headless runner says about it: the reference the browser tests
 * compare the pane with.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { columnLetters } from "../../../src/engine/cells";
import type { JsonReport } from "../../../src/output/report/jsonReport";
import type { OutputSheetName } from "../../../src/output/report/outputTable";
import type { Rating } from "../../../src/engine/types";
import { workbookDataFromExcelJs } from "../../helpers/excelJs";
import { runRunner } from "../../helpers/runner";

/** The sample and the runner's results for it. */
export interface RunnerReference {
  /** The sample workbook (`ccg-footprint sample`). */
  readonly file: string;
  /** `ccg-footprint analyse <file> --json`. */
  readonly report: JsonReport;
  /** CCGs by configuration rating, from the report. */
  readonly counts: Readonly<Record<Rating, number>>;
  /** `ccg-footprint analyse <file> -o <outputFile>`: the runner's analysed workbook. */
  readonly outputFile: string;
}

function run(args: readonly string[], cwd: string): string {
  const result = runRunner(args, cwd);
  if (result.status !== 0) {
    throw new Error(`ccg-footprint ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Makes the sample workbook in `directory` and analyses it with the built runner.
 * @param directory - a temporary directory
 * @returns the files and the runner's report
 */
export function sampleWithRunnerReference(directory: string): RunnerReference {
  const file = path.join(directory, "sample.xlsx");
  run(["sample", "-o", file], directory);
  const report = JSON.parse(run(["analyse", file, "--json"], directory)) as JsonReport;
  const counts: Record<Rating, number> = { RED: 0, AMBER: 0, GREEN: 0 };
  for (const ccg of report.ccgs) if (ccg.rating !== null) counts[ccg.rating] += 1;
  const outputFile = path.join(directory, "runner-output.xlsx");
  run(["analyse", file, "-o", outputFile], directory);
  if (!fs.existsSync(outputFile)) throw new Error(`The runner did not write ${outputFile}`);
  return { file, report, counts, outputFile };
}

/** Reads an .xlsx file with ExcelJS. */
export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A cell value as the in-memory Excel host takes it. */
export type PlainValue = string | number | boolean | null | { error: string };

/** One sheet as plain values from A1 (what the in-memory Excel host starts from). */
export interface PlainSheet {
  readonly name: string;
  readonly values: PlainValue[][];
  readonly start: string;
}

/** Excel's serial number of a date (the 1900 date system). */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/**
 * The sheets of an .xlsx file as plain values (dates as serial numbers, errors as `{ error }`), each
 * starting at its first used cell; ragged rows are padded so every sheet is a rectangle.
 * @param file - the workbook
 */
export async function plainSheets(file: string): Promise<PlainSheet[]> {
  const data = workbookDataFromExcelJs(await readXlsx(file));
  return data.sheets.map((sheet) => {
    const width = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
    const values = sheet.rows.map((row) =>
      Array.from({ length: width }, (_, j): PlainValue => {
        const value = row[j] ?? null;
        return value instanceof Date ? excelSerial(value) : value;
      })
    );
    return {
      name: sheet.name,
      values,
      start: `${columnLetters(sheet.firstColumn)}${sheet.firstRow}`,
    };
  });
}

/**
 * The first cell where two sheets differ, or null when they match. Numbers match within a relative
 * tolerance: the pane runs the engine in Chromium's V8 and the runner in Node's, whose Math functions
 * may differ in the last bits (hull areas and distances differ around 1e-14). Empty text matches a
 * blank cell (Excel blanks a cell written with "", an .xlsx file may keep it).
 * @param actual - the sheet found
 * @param expected - the sheet wanted
 * @param relativeTolerance - largest |a - b| / max(|a|, |b|) taken as equal
 * @returns e.g. "CCG Summary!Q7: 5.49 instead of 5.51", or null
 */
export function firstDifference(
  actual: PlainSheet | undefined,
  expected: PlainSheet | undefined,
  relativeTolerance = 1e-9
): string | null {
  if (!actual || !expected) return `sheet missing: ${actual ? "expected" : "actual"}`;
  if (actual.start !== expected.start)
    return `${actual.name} starts at ${actual.start} instead of ${expected.start}`;
  if (actual.values.length !== expected.values.length) {
    return `${actual.name} has ${actual.values.length} rows instead of ${expected.values.length}`;
  }
  for (let i = 0; i < expected.values.length; i += 1) {
    const a = actual.values[i] ?? [];
    const e = expected.values[i] ?? [];
    for (let j = 0; j < Math.max(a.length, e.length); j += 1) {
      const x = a[j] === "" ? null : (a[j] ?? null);
      const y = e[j] === "" ? null : (e[j] ?? null);
      const same =
        typeof x === "number" && typeof y === "number"
          ? x === y || Math.abs(x - y) <= relativeTolerance * Math.max(Math.abs(x), Math.abs(y))
          : JSON.stringify(x) === JSON.stringify(y);
      if (!same)
        return `${actual.name}!${columnLetters(j + 1)}${i + 1}: ${JSON.stringify(x)} instead of ${JSON.stringify(y)}`;
    }
  }
  return null;
}

/**
 * Office.js's own logging endpoint: an iframe it opens a few seconds after starting, which the page's
 * Content-Security-Policy refuses (a violation reports its origin alone, a request its full address).
 */
export const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com(\/|$)/;

/** The sample workbook's own sheets, which must come back unchanged. */
export const INPUT_SHEETS: readonly string[] = ["Practices", "CCGs", "Assumptions", "Scenarios"];

/** The output sheets compared with the runner's (the sample has its own Assumptions). */
export const OUTPUT_SHEETS: readonly OutputSheetName[] = [
  "CCG Summary",
  "Practice Detail",
  "Data Quality",
  "Sensitivity",
];
