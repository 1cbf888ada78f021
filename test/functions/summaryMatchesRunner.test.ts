// CCG.SUMMARY over a workbook's ranges gives the numbers the built runner writes to its CCG Summary
// sheet for the same workbook (SPEC §6, §8.1, §8.2). Needs the runner in dist/ (`npm run build`).
import "./helpers/customFunctionsShim";
import fs from "fs";
import path from "path";
import { Workbook } from "exceljs";
import { SUMMARY } from "../../src/functions/functions";
import { CellValue, WorkbookData } from "../../src/engine/cells";
import { generateSampleWorkbook, generateSmallSample } from "../../src/sample";
import { parseCsv } from "../../src/xlsx/csv";
import { describeWithEnglandData, englandDataFile } from "../helpers/realData";
import { sheetDataFromWorksheet } from "../helpers/excelJs";
import { RUNNER, runRunner, temporaryDirectory } from "../helpers/runner";
import { writeXlsxFile } from "../helpers/workbookFiles";

/** A sheet's used range as Excel passes a range to a custom function: a rectangle, blanks as "". */
function asExcelRange(data: WorkbookData, name: string): unknown[][] {
  const sheet = data.sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`The sample has no sheet ${name}`);
  const width = sheet.rows.reduce((most, row) => Math.max(most, row.length), 0);
  return sheet.rows.map((row) =>
    Array.from({ length: width }, (_, j) => {
      const value: CellValue | undefined = row[j];
      if (value === null || value === undefined) return "";
      if (value instanceof Date || typeof value === "object") {
        throw new Error(`The sample holds ${JSON.stringify(value)}: extend asExcelRange`);
      }
      return value;
    })
  );
}

/** The runner's CCG Summary sheet, rows of plain values (the header row first). */
async function runnersSummary(data: WorkbookData): Promise<CellValue[][]> {
  const folder = temporaryDirectory("ccg-summary-function-");
  try {
    const input = path.join(folder, "sample.xlsx");
    const output = path.join(folder, "sample.analysed.xlsx");
    writeXlsxFile(input, data);
    const run = runRunner(["analyse", input, "-o", output], folder);
    if (run.status !== 0)
      throw new Error(`The runner failed (${String(run.status)}): ${run.stderr}`);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(output);
    const worksheet = workbook.getWorksheet("CCG Summary");
    if (worksheet === undefined) throw new Error("The runner's output has no CCG Summary sheet");
    const sheet = sheetDataFromWorksheet(worksheet);
    expect([sheet.firstRow, sheet.firstColumn]).toEqual([1, 1]);
    return sheet.rows.map((row) => [...row]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Cell-by-cell differences: numbers within 1e-9 relative, a blank cell equal to "". */
function differences(expected: CellValue[][], actual: unknown[][]): string[] {
  const found: string[] = [];
  const rows = Math.max(expected.length, actual.length);
  for (let r = 0; r < rows; r++) {
    const want = expected[r] ?? [];
    const got = actual[r] ?? [];
    const header = String(expected[0]?.[0] ?? "");
    for (let c = 0; c < Math.max(want.length, got.length); c++) {
      const w = want[c] ?? "";
      const g = got[c] ?? "<missing>";
      const same =
        typeof w === "number" && typeof g === "number"
          ? Math.abs(w - g) <= 1e-9 * Math.max(1, Math.abs(w))
          : w === g;
      if (!same) {
        found.push(
          `row ${r + 1} (${String(want[0] ?? header)}) column ${String(expected[0]?.[c])}: runner ${JSON.stringify(w)}, SUMMARY ${JSON.stringify(g)}`
        );
      }
    }
  }
  return found;
}

describe("CCG.SUMMARY equals the runner's CCG Summary", () => {
  beforeAll(() => {
    if (!fs.existsSync(RUNNER))
      throw new Error(`${RUNNER} is missing: run \`npm run build\` first`);
  });

  test.each([
    ["the small sample (300 practices, 12 CCGs)", () => generateSmallSample()],
    [
      "a sample of 400 practices in 15 CCGs, seed 3",
      () => generateSampleWorkbook({ practices: 400, ccgs: 15, seed: 3 }),
    ],
  ])("%s: cell by cell, header row included", async (_name, makeSample) => {
    const data = makeSample();
    const expected = await runnersSummary(data);
    const actual = SUMMARY(
      asExcelRange(data, "Practices"),
      asExcelRange(data, "CCGs"),
      asExcelRange(data, "Assumptions")
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(actual.length).toBe(expected.length);
    expect(differences(expected, actual)).toEqual([]);
  });
});

describeWithEnglandData(
  "CCG.SUMMARY with a local-authority lookup range equals the runner on the workbook with that sheet",
  ["practices-2016q1.csv", "ccg-lad-2016.csv"],
  () => {
    test("England 2016 and the ONS lookup: cell by cell, set-aside codes and council splits included", async () => {
      const practices = parseCsv(
        fs.readFileSync(englandDataFile("practices-2016q1.csv"), "utf8"),
        "Practices"
      );
      const lookup = parseCsv(
        fs.readFileSync(englandDataFile("ccg-lad-2016.csv"), "utf8"),
        "CCG to LAD"
      );
      const data: WorkbookData = { sheets: [practices, lookup] };
      const expected = await runnersSummary(data);
      const actual = SUMMARY(
        asExcelRange(data, "Practices"),
        undefined,
        undefined,
        asExcelRange(data, "CCG to LAD")
      );
      expect(actual.length).toBe(214);
      expect(differences(expected, actual)).toEqual([]);
      const header = expected[0] ?? [];
      const fit = header.indexOf("Local-authority fit");
      const kind = header.indexOf("Kind");
      const row = (code: string) => actual.find((r) => r[0] === code) ?? [];
      expect(row("05G")[fit]).toBe("Coterminous with several");
      expect(row("Q59")[kind]).toBe("Area team");
    }, 120_000);
  }
);
