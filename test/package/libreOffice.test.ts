/**
 * LibreOffice opens the runner's analysed copies (of the XlsxWriter .xlsm fixture, and of a CSV)
 * and sees our sheets, tables and chart: each copy is converted to .xlsx by `soffice --headless`
 * (LibreOffice's own writer) and the converted package is inspected.
 * Needs the built runner (npm test builds it) and /usr/bin/soffice.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { runRunner, temporaryDirectory } from "../helpers/runner";
import { malformedParts, packageParts, text, workbookSheets } from "./packageParts";

const FIXTURE = path.resolve(__dirname, "../fixtures/package/analyst-workbook.xlsm");
const CSV = path.resolve(__dirname, "../fixtures/workbooks/messy-practices.csv");
const OUR_SHEETS = ["CCG Summary", "Practice Detail", "Data Quality", "Assumptions", "Sensitivity"];

/** Converts files to .xlsx with LibreOffice (own profile, so parallel runs do not collide). */
function convertWithLibreOffice(files: readonly string[], folder: string): void {
  const result = spawnSync(
    "/usr/bin/soffice",
    [
      `-env:UserInstallation=file://${folder}/profile`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      path.join(folder, "lo"),
      ...files,
    ],
    { encoding: "utf8", timeout: 180_000 }
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
}

describe("LibreOffice and the analysed copies", () => {
  const folder = temporaryDirectory("ccg-package-lo-");
  let fromWorkbook: Map<string, Uint8Array>;
  let fromCsv: Map<string, Uint8Array>;

  beforeAll(async () => {
    fs.copyFileSync(FIXTURE, path.join(folder, "analyst.xlsm"));
    fs.copyFileSync(CSV, path.join(folder, "practices.csv"));
    for (const file of ["analyst.xlsm", "practices.csv"]) {
      const run = runRunner(["analyse", file], folder);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    }
    const outputs = ["analyst.analysed.xlsm", "practices.analysed.xlsx"].map((f) =>
      path.join(folder, f)
    );
    for (const output of outputs) expect(fs.existsSync(output)).toBe(true);
    convertWithLibreOffice(outputs, folder);
    fromWorkbook = await packageParts(
      fs.readFileSync(path.join(folder, "lo/analyst.analysed.xlsx"))
    );
    fromCsv = await packageParts(fs.readFileSync(path.join(folder, "lo/practices.analysed.xlsx")));
  }, 240_000);

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  test("sees the user's sheets (hidden state kept) and ours, in order", () => {
    expect(workbookSheets(text(fromWorkbook, "xl/workbook.xml"))).toEqual([
      { name: "Practices", state: "visible" },
      { name: "Notes", state: "visible" },
      { name: "Lookup", state: "hidden" },
      ...OUR_SHEETS.map((name) => ({ name, state: "visible" })),
    ]);
    expect(workbookSheets(text(fromCsv, "xl/workbook.xml")).map((s) => s.name)).toEqual([
      "practices",
      ...OUR_SHEETS,
    ]);
  });

  test("sees our tables and both charts (the user's and our summary chart)", () => {
    for (const parts of [fromWorkbook, fromCsv]) {
      const tables = [...parts.keys()]
        .filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))
        .map((n) => /displayName="([^"]*)"/.exec(text(parts, n))?.[1]);
      expect(tables.sort()).toEqual([
        "Assumptions",
        "CCGSummary",
        "DataQuality",
        "PracticeDetail",
        "SensitivityTable",
      ]);
      expect(malformedParts(parts)).toEqual([]);
    }
    const charts = [...fromWorkbook.keys()]
      .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => text(fromWorkbook, n));
    expect(charts.some((xml) => xml.includes("First practices by list size"))).toBe(true);
    const ours = charts.find((xml) => xml.includes("Population and headroom by CCG"));
    // Series refer to the sheet's cells (one row per CCG: 4 CCGs in rows 2–5).
    expect(ours?.replace(/&apos;/g, "'")).toMatch(
      /<c:f>'CCG Summary'!\$[A-Z]+\$2:\$[A-Z]+\$5<\/c:f>/
    );
    // Each CCG's population column keeps its rating colour.
    expect(ours?.match(/<c:dPt>/g)).toHaveLength(4);
    expect(
      [...fromCsv.keys()].some(
        (n) =>
          /^xl\/charts\/chart\d+\.xml$/.test(n) &&
          text(fromCsv, n).includes("Population and headroom by CCG")
      )
    ).toBe(true);
  });

  test("shows the values we wrote (CCG Summary as LibreOffice saved it)", async () => {
    const ours = new Workbook();
    await ours.xlsx.load(
      fs.readFileSync(path.join(folder, "analyst.analysed.xlsm")) as unknown as ArrayBuffer
    );
    const theirs = new Workbook();
    await theirs.xlsx.load(
      Buffer.from(
        await fs.promises.readFile(path.join(folder, "lo/analyst.analysed.xlsx"))
      ) as unknown as ArrayBuffer
    );
    const a = ours.getWorksheet("CCG Summary");
    const b = theirs.getWorksheet("CCG Summary");
    expect(a?.rowCount).toBeGreaterThan(1);
    for (let r = 1; r <= (a?.rowCount ?? 0); r += 1)
      for (let c = 1; c <= 6; c += 1) expect(b?.getCell(r, c).text).toBe(a?.getCell(r, c).text);
  });
});
