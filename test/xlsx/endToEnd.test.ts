// The fixture workbook and the England list through the built runner (`analyse … -o …`), whose
// analysed copies the package writer writes: the packages are consistent as Excel requires (checked
// with JSZip, independently of our reader), a re-run on an analysed copy replaces our sheets, and the
// input is never changed. Needs the runner in dist/ (`npm run build:cli`).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runRunner } from "../helpers/runner";
import { PRACTICE_LIST_FIXTURE } from "./fixtureWorkbooks";
import { inspectPackage } from "./packageInspection";

const ENGLAND = path.resolve(__dirname, "../../../shared/data/england");

let scratch: string;
beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-footprint-e2e-"));
});
afterEach(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** The runner's `analyse <input> -o <output>`: its notices (stderr lines) and the sheets written. */
async function analyseFile(inputPath: string, outputPath: string): Promise<{ notices: string[]; sheets: string[] }> {
  const run = runRunner(["analyse", inputPath, "-o", outputPath], scratch);
  if (run.status !== 0) throw new Error(`The runner failed (${String(run.status)}): ${run.stderr}`);
  const notices = run.stderr.split("\n").filter((line) => line.startsWith("note: "));
  return { notices, sheets: (await inspectPackage(fs.readFileSync(outputPath))).sheetNames };
}

describe("engine output tables through the runner", () => {
  test("the fixture workbook analysed, then the analysed workbook analysed again", async () => {
    const inputBytes = fs.readFileSync(PRACTICE_LIST_FIXTURE);
    const firstOutput = path.join(scratch, "first.xlsx");
    const first = await analyseFile(PRACTICE_LIST_FIXTURE, firstOutput);
    expect(first.notices).toEqual([]);
    expect(first.sheets).toEqual(expect.arrayContaining(["CCG Summary", "Practice Detail", "Data Quality"]));
    expect(fs.readFileSync(PRACTICE_LIST_FIXTURE).equals(inputBytes)).toBe(true);

    const secondOutput = path.join(scratch, "second.xlsx");
    const second = await analyseFile(firstOutput, secondOutput);
    expect(second.notices).toEqual([]);
    const pkg = await inspectPackage(fs.readFileSync(secondOutput));
    expect(pkg.problems).toEqual([]);
    expect(pkg.sheetNames.slice(0, 2)).toEqual(["Practices", "CCGs"]);
    expect(pkg.sheetNames.filter((name) => name.startsWith("CCG Summary"))).toEqual(["CCG Summary"]);
    expect(pkg.tables.filter((table) => table.sheetName === "CCG Summary")).toHaveLength(1);
    expect(fs.readdirSync(scratch).sort()).toEqual(["first.xlsx", "second.xlsx"]);
  });

  test("the England practice list (CSV) analysed into an .xlsx", async () => {
    const csvPath = path.join(ENGLAND, "practices-2016q1.csv");
    const hasData = fs.existsSync(csvPath);
    if (!hasData) {
      console.warn(`England data not found at ${csvPath}: only checking that it is absent.`);
      expect(hasData).toBe(false);
      return;
    }
    const outputPath = path.join(scratch, "england.analysed.xlsx");
    const result = await analyseFile(csvPath, outputPath);
    expect(result.notices).toEqual([]);
    const pkg = await inspectPackage(fs.readFileSync(outputPath));
    expect(pkg.problems).toEqual([]);
    expect(pkg.sheetNames[0]).toBe("practices-2016q1");
    const detail = pkg.tables.find((table) => table.sheetName === "Practice Detail");
    expect(Number(/\d+$/.exec(detail?.ref ?? "")?.[0])).toBeGreaterThan(7000);
  }, 120_000);
});
