import fs from "fs";
import { parseCsv } from "../../src/xlsx/csv";
import { describeWithEnglandData, englandDataFile } from "../helpers/realData";
import { runRunner, temporaryDirectory } from "../helpers/runner";

interface Report {
  practices: number;
  population: number;
  ccgs: { code: string; practices: number; population: number; pieces: number | null; standardDistanceKm: number | null; purity: number | null }[];
  dataQuality: { severity: string; row: number; column: string; value: string; message: string }[];
}

function analyseJson(file: string): Report {
  const result = runRunner(["analyse", englandDataFile(file), "--json"], temporaryDirectory());
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Report;
}

describeWithEnglandData("real England practices, 2016 Q1", ["practices-2016q1.csv"], () => {
  let report: Report;
  beforeAll(() => {
    report = analyseJson("practices-2016q1.csv");
  });

  test("7,705 practices, 213 CCG codes, population 57,543,937 exactly", () => {
    expect(report.practices).toBe(7705);
    expect(report.ccgs).toHaveLength(213);
    expect(report.population).toBe(57543937);
    expect(report.ccgs.reduce((sum, ccg) => sum + ccg.population, 0)).toBe(57543937);
  });

  test("no practice is rejected; the 352 without coordinates are warnings", () => {
    expect(report.dataQuality.filter((f) => f.severity === "error")).toEqual([]);
    const noCoordinates = report.dataQuality.filter((f) => f.message.includes("no coordinates"));
    expect(noCoordinates).toHaveLength(352);
  });

  test("every CCG with coordinates has its geography filled", () => {
    for (const ccg of report.ccgs) {
      expect(ccg.pieces).not.toBeNull();
      expect(ccg.pieces).toBeGreaterThanOrEqual(1);
      expect(ccg.standardDistanceKm).not.toBeNull();
      expect(ccg.purity).not.toBeNull();
    }
  });

  test("the input file is untouched (read-only data directory, nothing written)", () => {
    const before = fs.statSync(englandDataFile("practices-2016q1.csv")).mtimeMs;
    analyseJson("practices-2016q1.csv");
    expect(fs.statSync(englandDataFile("practices-2016q1.csv")).mtimeMs).toBe(before);
  });
});

describeWithEnglandData("raw NHS BSA list-size file, 2014 Q2", ["nhsbsa-list-size-2014q2.csv"], () => {
  let report: Report;
  let bandTotal = 0;
  let rows = 0;
  beforeAll(() => {
    report = analyseJson("nhsbsa-list-size-2014q2.csv");
    const sheet = parseCsv(fs.readFileSync(englandDataFile("nhsbsa-list-size-2014q2.csv"), "utf8"), "x");
    const header = sheet.rows[0] ?? [];
    const bands = header.flatMap((cell, index) => (/^(Male|Female) /.test(String(cell)) ? [index] : []));
    expect(bands).toHaveLength(18);
    for (const row of sheet.rows.slice(1)) {
      rows++;
      for (const index of bands) bandTotal += Number(row[index] ?? 0);
    }
  });

  test("is analysed with list size = the sum of the 18 age/sex bands", () => {
    expect(rows).toBe(9475);
    expect(report.practices).toBe(9475 - report.dataQuality.filter((f) => f.severity === "error").length);
    expect(report.population).toBe(bandTotal);
  });

  test("PCO codes become CCG codes (07L00 → 07L, 99E00 → 99E)", () => {
    const codes = new Set(report.ccgs.map((ccg) => ccg.code));
    expect(codes.has("07L")).toBe(true);
    expect(codes.has("99E")).toBe(true);
    expect(codes.has("10E")).toBe(true);
    expect([...codes].some((code) => code.endsWith("00") && /^[0-9]{2}[A-Z]00$/.test(code))).toBe(false);
  });

  test("non-CCG cost centres are Data Quality warnings, not a crash", () => {
    const oddities = report.dataQuality.filter((f) => f.column === "PCO Code" && f.message.includes("is not a CCG code"));
    expect(oddities.length).toBeGreaterThan(100);
    expect(oddities.every((f) => f.severity === "warning")).toBe(true);
    expect(report.ccgs.find((ccg) => ccg.code === "NI300")?.population).toBe(0);
  });
});
