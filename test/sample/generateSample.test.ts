import { isBlankCell } from "../../src/engine/cells";
import {
  MAX_SAMPLE_CCGS,
  MAX_SAMPLE_PRACTICES,
  PRACTICE_HEADERS,
  SAMPLE_DEFAULTS,
  generateSample,
  generateSampleWorkbook,
  generateSmallSample,
} from "../../src/sample";
import { CCG_HEADERS } from "../../src/sample/sheets";
import { practiceRecords, sheet } from "./sampleSheets";

const defaultWorkbook = generateSampleWorkbook();

describe("generateSampleWorkbook", () => {
  test("the same options give byte-identical data", () => {
    expect(JSON.stringify(generateSampleWorkbook())).toBe(JSON.stringify(defaultWorkbook));
    const options = { practices: 400, ccgs: 15, seed: 42 };
    expect(JSON.stringify(generateSampleWorkbook(options))).toBe(
      JSON.stringify(generateSampleWorkbook(options))
    );
  });

  test("a different seed gives different data", () => {
    const other = generateSampleWorkbook({ seed: 2 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(defaultWorkbook));
    expect(practiceRecords(other).map((r) => r.latitude)).not.toEqual(
      practiceRecords(defaultWorkbook).map((r) => r.latitude)
    );
  });

  test("defaults are about England: 7,500 practice rows in 210 CCGs", () => {
    expect(SAMPLE_DEFAULTS).toEqual({ practices: 7500, ccgs: 210, seed: 1 });
    expect(JSON.stringify(generateSampleWorkbook({ practices: 7500, ccgs: 210, seed: 1 }))).toBe(
      JSON.stringify(defaultWorkbook)
    );
  });

  test("has the sheets Practices, CCGs and Assumptions, each at A1 with its headers", () => {
    expect(defaultWorkbook.sheets.map((s) => s.name)).toEqual([
      "Practices",
      "CCGs",
      "Assumptions",
      "Scenarios",
    ]);
    for (const s of defaultWorkbook.sheets) {
      expect([s.name, s.firstRow, s.firstColumn]).toEqual([s.name, 1, 1]);
    }
    expect(sheet(defaultWorkbook, "Practices").rows[0]).toEqual([
      "Practice code",
      "Practice name",
      "CCG code",
      "CCG name",
      "List size",
      "Postcode",
      "Latitude",
      "Longitude",
      "Local authority",
      "Member",
    ]);
    expect(PRACTICE_HEADERS).toEqual(sheet(defaultWorkbook, "Practices").rows[0]);
    expect(sheet(defaultWorkbook, "CCGs").rows[0]).toEqual([
      "CCG code",
      "CCG name",
      "Planned running costs",
      "Fixed costs",
      "Commissioning support per head",
      "Collaborative arrangement",
    ]);
    expect(CCG_HEADERS).toEqual(sheet(defaultWorkbook, "CCGs").rows[0]);
    expect(sheet(defaultWorkbook, "Assumptions").rows[0]).toEqual(["Key", "Value", "Description"]);
  });

  test("the Practices sheet holds exactly the requested number of non-blank rows, plus one blank row", () => {
    const records = practiceRecords(defaultWorkbook);
    const blank = records.filter((r) => r.cells.every((c) => isBlankCell(c)));
    expect(records.length - blank.length).toBe(7500);
    expect(blank.length).toBe(1);
    for (const r of records) expect(r.cells.length).toBe(10);
  });

  test("one CCGs row per CCG, and the practices use exactly those CCG codes", () => {
    const ccgRows = sheet(defaultWorkbook, "CCGs").rows.slice(1);
    expect(ccgRows.length).toBe(210);
    const codes = ccgRows.map((r) => r[0]);
    expect(new Set(codes).size).toBe(210);
    const used = new Set(
      practiceRecords(defaultWorkbook)
        .map((r) => r.ccgCode)
        .filter((c) => typeof c === "string")
    );
    expect([...used].sort()).toEqual([...codes].sort());
  });

  test("CCG names agree between the two sheets", () => {
    const names = new Map(
      sheet(defaultWorkbook, "CCGs")
        .rows.slice(1)
        .map((r) => [r[0], r[1]])
    );
    for (const r of practiceRecords(defaultWorkbook)) {
      if (typeof r.ccgCode === "string") expect(r.ccgName).toBe(names.get(r.ccgCode));
    }
    for (const name of names.values()) expect(name).toMatch(/^NHS [A-Z][A-Za-z' ]+ CCG$/);
    expect(new Set(names.values()).size).toBe(names.size);
  });

  test("the Assumptions sheet holds every SPEC §2.3 key at its default with a description", () => {
    const rows = sheet(defaultWorkbook, "Assumptions").rows.slice(1);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["rca_per_head", 25],
      ["fixed_costs", 1000000],
      ["support_per_head", 9],
      ["population_red_below", 50000],
      ["population_amber_below", 100000],
      ["headroom_amber_share", 0.1],
      ["detached_amber_share", 0.05],
      ["detached_red_share", 0.2],
      ["embedded_amber_share", 0.02],
      ["bridge_km", 0],
      ["dispersion_amber_km", 25],
      ["dispersion_red_km", 50],
      ["coterminosity_margin_share", 0.9],
      ["membership_red_below", 0.75],
      ["sensitivity_from", 20],
      ["sensitivity_to", 35],
      ["sensitivity_step", 2.5],
      ["directions_not_met_share", 0.25],
      ["refuse_not_met_share", 0.5],
      ["include_non_ccg", 0],
      ["list_size_max", 100000],
    ]);
    for (const r of rows) expect(typeof r[2] === "string" && r[2].length > 10).toBe(true);
  });
});

describe("options", () => {
  test.each([
    [{ practices: 0 }, "0"],
    [{ practices: -5 }, "-5"],
    [{ practices: 2.5 }, "2.5"],
    [{ practices: Number.NaN }, "NaN"],
    [{ practices: MAX_SAMPLE_PRACTICES + 1 }, String(MAX_SAMPLE_PRACTICES + 1)],
    [{ ccgs: 0 }, "0"],
    [{ ccgs: -1 }, "-1"],
    [{ ccgs: 3.5 }, "3.5"],
    [{ practices: 10, ccgs: 11 }, "11"],
    [{ seed: Infinity }, "Infinity"],
    [{ practices: 200_000, ccgs: MAX_SAMPLE_CCGS + 1 }, String(MAX_SAMPLE_CCGS + 1)],
  ])("%j is refused with the bad value in the message", (options, value) => {
    expect(() => generateSampleWorkbook(options)).toThrow(value);
  });

  test("names the field that is wrong", () => {
    expect(() => generateSampleWorkbook({ practices: 0 })).toThrow("Number of practices 0");
    expect(() => generateSampleWorkbook({ ccgs: 0 })).toThrow("Number of CCGs 0");
    expect(() => generateSampleWorkbook({ practices: 5, ccgs: 6 })).toThrow(
      "Number of CCGs 6 is more than the number of practices 5"
    );
  });

  test.each([
    [1, 1],
    [2, 1],
    [3, 3],
    [19, 5],
    [20, 9],
    [20, 10],
    [20, 19],
    [50, 3],
    [200, 10],
  ])(
    "%i practices in %i CCGs work: every CCG has a practice, codes are unique",
    (practices, ccgs) => {
      const workbook = generateSampleWorkbook({ practices, ccgs, seed: 3 });
      const records = practiceRecords(workbook).filter(
        (r) => !r.cells.every((c) => isBlankCell(c))
      );
      expect(records.length).toBe(practices);
      expect(sheet(workbook, "CCGs").rows.length - 1).toBe(ccgs);
      const used = new Set(records.map((r) => r.ccgCode).filter((c) => typeof c === "string"));
      expect(used.size).toBe(ccgs);
      const codes = records.map((r) => r.code);
      const withProblems = practices >= 20 && practices > 2 * ccgs;
      expect(new Set(codes).size).toBe(withProblems ? practices - 1 : practices);
    }
  );

  test("the planted problems need 20 practices and more than two per CCG", () => {
    expect(generateSample({ practices: 19, ccgs: 2 }).cases.dataQuality).toEqual([]);
    expect(generateSample({ practices: 20, ccgs: 10 }).cases.dataQuality).toEqual([]);
    expect(generateSample({ practices: 20, ccgs: 9 }).cases.dataQuality.length).toBe(9);
  });

  test("a large sample beyond the short CCG codes uses ONS-style E38 codes and still works", () => {
    const workbook = generateSampleWorkbook({ practices: 250_000, ccgs: 3_000, seed: 5 });
    const ccgCodes = sheet(workbook, "CCGs")
      .rows.slice(1)
      .map((r) => r[0]);
    expect(ccgCodes.length).toBe(3000);
    expect(ccgCodes.every((c) => typeof c === "string" && /^E38[0-9]{6}$/.test(c))).toBe(true);
    expect(new Set(ccgCodes).size).toBe(3000);
    const practices = sheet(workbook, "Practices").rows.slice(1);
    expect(practices.length).toBe(250_001);
    const codes = new Set(practices.map((r) => r[0]));
    expect(codes.size).toBe(250_000 - 1 + 1); // one duplicate row, one blank row (null code)
  });
});

describe("generateSmallSample", () => {
  test("is a 300-practice, 12-CCG sample, deterministic by seed", () => {
    const small = generateSmallSample();
    expect(JSON.stringify(small)).toBe(
      JSON.stringify(generateSampleWorkbook({ practices: 300, ccgs: 12, seed: 1 }))
    );
    expect(sheet(small, "CCGs").rows.length).toBe(13);
    expect(practiceRecords(small).filter((r) => !r.cells.every((c) => isBlankCell(c))).length).toBe(
      300
    );
    expect(JSON.stringify(generateSmallSample(2))).not.toBe(JSON.stringify(small));
  });

  test.each([1, 2, 3, 4, 5])("seed %i holds every deliberate case", (seed) => {
    const { cases } = generateSample({ practices: 300, ccgs: 12, seed });
    expect(cases.enclosed).not.toBeNull();
    expect(cases.exclave).not.toBeNull();
    expect(cases.mosaic).not.toBeNull();
    expect(cases.underRedLine.length).toBeGreaterThan(0);
    expect(cases.underAmberLine.length).toBeGreaterThan(0);
    expect(cases.membershipBelowRedLine.length).toBe(1);
    expect(cases.dataQuality.length).toBe(9);
  });
});
