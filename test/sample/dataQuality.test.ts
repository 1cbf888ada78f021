import type { WorkbookData } from "../../src/engine/cells";
import { isBlankCell } from "../../src/engine/cells";
import {
  MIN_PRACTICES_FOR_DATA_QUALITY_CASES,
  SAMPLE_DATA_QUALITY_CASES,
  generateSample,
  generateSmallSample,
} from "../../src/sample";
import { plantDataQualityCases } from "../../src/sample/dataQuality";
import { practiceRecords } from "./sampleSheets";

const samples: [string, WorkbookData][] = [
  ["default sample", generateSample().workbook],
  ["small sample", generateSmallSample()],
  ["small sample, seed 4", generateSmallSample(4)],
];

function caseAt(row: number) {
  const found = SAMPLE_DATA_QUALITY_CASES.find((c) => c.row === row);
  if (found === undefined) throw new Error(`No planted case at row ${row}`);
  return found;
}

describe("SAMPLE_DATA_QUALITY_CASES", () => {
  test("documents each planted problem once (two rows without coordinates), at rows 3–21", () => {
    expect(SAMPLE_DATA_QUALITY_CASES.map((c) => [c.kind, c.row, c.column])).toEqual([
      ["list-size-not-a-number", 5, "List size"],
      ["list-size-not-whole", 7, "List size"],
      ["missing-ccg-code", 9, "CCG code"],
      ["coordinates-swapped", 11, "Latitude"],
      ["no-coordinates", 13, "Latitude"],
      ["no-coordinates", 14, "Latitude"],
      ["malformed-practice-code", 16, "Practice code"],
      ["duplicate-practice-code", 18, "Practice code"],
      ["blank-row", 21, null],
    ]);
    expect(MIN_PRACTICES_FOR_DATA_QUALITY_CASES).toBe(20);
  });
});

describe.each(samples)("the %s", (_name, workbook) => {
  const records = practiceRecords(workbook);
  const at = (row: number) => {
    const record = records.find((r) => r.row === row);
    if (record === undefined) throw new Error(`No row ${row}`);
    return record;
  };

  test("row 5 has list size 'n/a' and is the only row with a text list size", () => {
    expect(at(5).listSize).toBe(caseAt(5).value);
    expect(records.filter((r) => typeof r.listSize === "string").map((r) => r.row)).toEqual([5]);
  });

  test("row 7 has list size 4871.5 and is the only non-whole list size", () => {
    expect(at(7).listSize).toBe(4871.5);
    expect(
      records
        .filter((r) => typeof r.listSize === "number" && !Number.isInteger(r.listSize))
        .map((r) => r.row)
    ).toEqual([7]);
    expect(records.filter((r) => typeof r.listSize === "number" && r.listSize < 0)).toEqual([]);
  });

  test("row 9 has no CCG code but keeps its CCG name; no other row lacks a CCG code", () => {
    expect(at(9).ccgCode).toBeNull();
    expect(at(9).ccgName).toMatch(/^NHS .+ CCG$/);
    expect(records.filter((r) => r.ccgCode === null).map((r) => r.row)).toEqual([9, 21]);
  });

  test("row 11 has latitude and longitude swapped; it is the only such row", () => {
    const { latitude, longitude } = at(11);
    expect(typeof latitude === "number" && latitude > -6 && latitude < 2).toBe(true);
    expect(typeof longitude === "number" && longitude > 49.9 && longitude < 55.9).toBe(true);
    expect(
      records.filter((r) => typeof r.latitude === "number" && r.latitude < 45).map((r) => r.row)
    ).toEqual([11]);
  });

  test("rows 13 and 14 have no coordinates; only they (and the blank row) lack them", () => {
    for (const row of [13, 14]) expect([at(row).latitude, at(row).longitude]).toEqual([null, null]);
    expect(
      records.filter((r) => r.latitude === null || r.longitude === null).map((r) => r.row)
    ).toEqual([13, 14, 21]);
  });

  test("row 16 has the malformed code 'A8100'; every other code is well formed", () => {
    expect(at(16).code).toBe("A8100");
    const malformed = records.filter(
      (r) => typeof r.code === "string" && !/^[A-Z][0-9]{5}$/.test(r.code)
    );
    expect(malformed.map((r) => r.row)).toEqual([16]);
  });

  test("row 18 repeats row 3 entirely; no other code repeats", () => {
    expect(at(18).cells).toEqual(at(3).cells);
    expect(caseAt(18).duplicateOfRow).toBe(3);
    const seen = new Map<unknown, number>();
    const repeats: number[] = [];
    for (const r of records) {
      if (r.code === null) continue;
      if (seen.has(r.code)) repeats.push(r.row);
      seen.set(r.code, r.row);
    }
    expect(repeats).toEqual([18]);
  });

  test("row 21 is the only blank row, with practices after it", () => {
    expect(records.filter((r) => r.cells.every((c) => isBlankCell(c))).map((r) => r.row)).toEqual([
      21,
    ]);
    expect(records.length).toBeGreaterThan(21);
  });
});

describe("the resolved cases reported with a sample", () => {
  test("name the practice code found in each planted row", () => {
    const { workbook, cases } = generateSample({ practices: 300, ccgs: 12, seed: 2 });
    const records = practiceRecords(workbook);
    expect(cases.dataQuality.map((c) => c.row)).toEqual(
      SAMPLE_DATA_QUALITY_CASES.map((c) => c.row)
    );
    for (const c of cases.dataQuality) {
      const code = records.find((r) => r.row === c.row)?.code ?? null;
      expect(c.practiceCode).toBe(typeof code === "string" ? code : null);
    }
    expect(cases.dataQuality.find((c) => c.kind === "malformed-practice-code")?.practiceCode).toBe(
      "A8100"
    );
    expect(cases.dataQuality.find((c) => c.kind === "blank-row")?.practiceCode).toBeNull();
  });

  test("a sample too small for them has none and no blank row", () => {
    const { workbook, cases } = generateSample({ practices: 15, ccgs: 3 });
    expect(cases.dataQuality).toEqual([]);
    const records = practiceRecords(workbook);
    expect(records.length).toBe(15);
    expect(
      records.every(
        (r) =>
          typeof r.listSize === "number" &&
          typeof r.latitude === "number" &&
          typeof r.ccgCode === "string"
      )
    ).toBe(true);
  });
});

describe("plantDataQualityCases", () => {
  test("plants into given rows without touching the others", () => {
    const rows = Array.from({ length: 25 }, (_, i) => [
      `A8${String(1000 + i)}`,
      "Name",
      "07L",
      "NHS X CCG",
      1000 + i,
      "LS1 1AA",
      53 + i / 100,
      -1.5,
      "E08000035",
      "Y",
    ]);
    const planted = plantDataQualityCases(rows.map((r) => [...r]));
    expect(planted.length).toBe(27);
    expect(planted[0]).toEqual(rows[0]);
    expect(planted[3]?.[4]).toBe("n/a");
    expect(planted[16]).toEqual(planted[1]);
    expect(planted[19]?.every((c) => c === null)).toBe(true);
    expect(planted[20]).toEqual(rows[18]);
  });

  test("refuses rows too few to plant into, naming the row", () => {
    expect(() => plantDataQualityCases([["A81001"]])).toThrow("row 5");
  });
});
