import { analyseWorkbook } from "../../src/engine/analyse";
import { assumptionValueProblem } from "../../src/engine/assumptions";
import { CellValue } from "../../src/engine/cells";
import { isOnGreatBritain, looksLikeKilometres } from "../../src/engine/geo/greatBritainOutline";
import { wgs84ToBritishNationalGrid } from "../../src/engine/geo/projection";
import { withoutForbiddenCharacters, xmlSafeText } from "../../src/engine/xmlText";
import { sheet, workbook } from "../helpers/sheets";

const GRID_HEADERS = [
  "Practice code",
  "Practice name",
  "CCG code",
  "List size",
  "Easting",
  "Northing",
];

function analyseGrid(rows: CellValue[][], assumptions = {}) {
  return analyseWorkbook(workbook(sheet("Practices", [GRID_HEADERS, ...rows])), { assumptions });
}

describe("plausibility checks (SPEC §2.4)", () => {
  test("a list size above list_size_max is a warning naming the cell, and is still counted", () => {
    const result = analyseGrid([
      ["A81001", "One", "07L", 1_000_000_000_000, 530000, 180000],
      ["A81002", "Two", "07L", 6000, 531000, 181000],
    ]);
    const warning = result.dataQuality.find((f) => f.message.includes("list_size_max"));
    expect(warning).toMatchObject({ severity: "warning", row: 2, column: "List size" });
    expect(warning?.message).toContain("Practices!D2");
    expect(result.totalPopulation).toBe(1_000_000_006_000);
    const raised = analyseGrid([["A81001", "One", "07L", 150_000, 530000, 180000]], {
      list_size_max: 200_000,
    });
    expect(raised.dataQuality.some((f) => f.message.includes("list_size_max"))).toBe(false);
  });

  test("eastings/northings in kilometres are left out of the geography with an offer to convert", () => {
    const result = analyseGrid([
      ["A81001", "One", "07L", 5000, 450.1, 200.2],
      ["A81002", "Two", "07L", 6000, 450000, 200000],
    ]);
    const warning = result.dataQuality.find((f) => f.message.includes("kilometres"));
    expect(warning?.message).toContain("multiply both by 1,000 (450.1 → 450100)");
    expect(result.ccgs[0]?.practicesWithCoordinates).toBe(1);
  });

  test("a grid position at sea and a latitude/longitude outside Great Britain are reported", () => {
    const atSea = analyseGrid([
      ["A81001", "One", "07L", 5000, 656000, 575000], // North Sea
      ["A81002", "Two", "07L", 6000, 450000, 200000],
    ]);
    expect(
      atSea.dataQuality.some((f) => f.message.includes("at sea or outside Great Britain"))
    ).toBe(true);
    const degrees = analyseWorkbook(
      workbook(
        sheet("Practices", [
          ["Practice code", "CCG code", "List size", "Latitude", "Longitude"],
          ["A81001", "07L", 5000, 53.35, -6.26], // Dublin: inside the box, outside Great Britain
          ["A81002", "07L", 5000, 53.48, -2.24],
        ])
      )
    );
    const finding = degrees.dataQuality.find((f) => f.row === 2);
    expect(finding?.message).toContain("at sea or outside Great Britain");
    expect(degrees.ccgs[0]?.practicesWithCoordinates).toBe(1);
  });

  test("a CCG whose practices are all at one point gets one warning", () => {
    const result = analyseGrid([
      ["A81001", "One", "07L", 5000, 450000, 200000],
      ["A81002", "Two", "07L", 6000, 450000, 200000],
      ["A81003", "Three", "08M", 6000, 450000, 200000],
      ["A81004", "Four", "09A", 6000, 451000, 200000],
      ["A81005", "Five", "09A", 6000, 452000, 201000],
    ]);
    const warnings = result.dataQuality.filter((f) => f.message.includes("at one point"));
    expect(warnings.map((f) => f.value)).toEqual(["07L"]);
  });

  test("control and XML-forbidden characters are removed with a warning", () => {
    const result = analyseGrid([["A81001", "Bad\u0001name\uFFFE", "07L", 5000, 530000, 180000]]);
    const warning = result.dataQuality.find((f) => f.message.includes("cannot store"));
    expect(warning).toMatchObject({ row: 2, column: "Practice name", value: "Badname" });
    expect(result.practices.name?.[0]).toBe("Badname");
  });
});

describe("helpers", () => {
  test.each([
    ["Lerwick", 60.155, -1.145, true],
    ["St Mary's, Scilly", 49.92, -6.3, true],
    ["Lowestoft", 52.48, 1.75, true],
    ["Stornoway", 58.21, -6.39, true],
    ["Holyhead", 53.31, -4.63, true],
    ["Dover", 51.13, 1.31, true],
    ["Belfast", 54.6, -5.93, false],
    ["Calais", 50.95, 1.86, false],
    ["North Sea", 55, 2, false],
  ])("%s is on Great Britain: %s", (_name, latitude, longitude, expected) => {
    const grid = wgs84ToBritishNationalGrid(latitude, longitude);
    expect(isOnGreatBritain(grid.easting, grid.northing)).toBe(expected);
  });

  test("kilometres and forbidden characters", () => {
    expect(looksLikeKilometres(450.1, 200.2)).toBe(true);
    expect(looksLikeKilometres(450100, 200200)).toBe(false);
    expect(withoutForbiddenCharacters("A\u0000B\uFFFFC\uD800")).toEqual({
      text: "ABC",
      removed: 3,
    });
    expect(xmlSafeText("tab\there\nok 😀")).toBe("tab\there\nok 😀");
  });

  test("an assumption too large says so (not 'must not be negative')", () => {
    expect(assumptionValueProblem("population_amber_below", 1e308)).toMatch(/^is too large/);
    expect(assumptionValueProblem("population_amber_below", -1)).toBe("must not be negative");
    expect(assumptionValueProblem("headroom_amber_share", 1.5)).toBe("must be between 0 and 1");
  });
});
