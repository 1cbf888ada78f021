// Issue #15: codes that are not CCGs are set aside (Data Quality, Kind, not rated) unless include_non_ccg is 1.
import { analyseWorkbook } from "../../../src/engine/analyse";
import { assumptionValueProblem } from "../../../src/engine/assumptions";
import { CellValue } from "../../../src/engine/cells";
import { isRated, organisationKind } from "../../../src/engine/organisationKind";
import { buildJsonReport } from "../../../src/output/report/jsonReport";
import { buildSummaryTable } from "../../../src/output/report/summaryTable";
import { sheet, workbook } from "../../helpers/sheets";

describe("the kind of a commissioner code", () => {
  test("CCG codes are CCGs; other ODS shapes get their kind", () => {
    expect(organisationKind("07L", null)).toBe("CCG");
    expect(organisationKind("E38000056", null)).toBe("CCG");
    expect(organisationKind("Q59", null)).toBe("Area team");
    expect(organisationKind("RY6", null)).toBe("NHS trust");
    expect(organisationKind("112", null)).toBe("Local authority");
    expect(organisationKind("NI300", null)).toBe("Other organisation");
  });
  test("the CCG table's kind column wins", () => {
    expect(organisationKind("07L", "Council")).toBe("Council");
    expect(organisationKind("Q59", "clinical commissioning group")).toBe("CCG");
    expect(organisationKind("Q59", "  ")).toBe("Area team");
  });
  test("rated: CCGs always; others only with include_non_ccg 1, which must be 0 or 1", () => {
    expect(isRated("CCG", 0)).toBe(true);
    expect(isRated("Area team", 0)).toBe(false);
    expect(isRated("Area team", 1)).toBe(true);
    expect(assumptionValueProblem("include_non_ccg", 0.5)).toBe("must be 0 or 1");
    expect(assumptionValueProblem("include_non_ccg", 1)).toBeNull();
  });
});

describe("a practice list with an area team and a council marked in the CCG table", () => {
  const practices: CellValue[][] = [
    ["Practice code", "CCG code", "List size", "Latitude", "Longitude"],
    ["A00001", "07L", 60000, 51.54, 0.08],
    ["A00002", "07L", 70000, 51.55, 0.1],
    ["A00003", "08A", 120000, 51.6, 0.2],
    ["A00004", "Q59", 59, 51.58, 0.15],
  ];
  const ccgs: CellValue[][] = [
    ["CCG code", "Kind"],
    ["08A", "Council"],
  ];
  const analyse = (include?: number) =>
    analyseWorkbook(
      workbook(sheet("Practices", practices), sheet("CCGs", ccgs)),
      include === undefined ? {} : { assumptions: { include_non_ccg: include } }
    );

  test("set aside by default: Data Quality with practices and population, Kind column, blank ratings, null in JSON", () => {
    const result = analyse();
    const q59 = result.ccgs.find((ccg) => ccg.code === "Q59");
    expect(q59).toMatchObject({ kind: "Area team", rated: false, population: 59 });
    expect(result.ccgs.find((ccg) => ccg.code === "08A")).toMatchObject({
      kind: "Council",
      rated: false,
    });
    expect(result.ccgs.find((ccg) => ccg.code === "07L")).toMatchObject({
      kind: "CCG",
      rated: true,
    });
    const finding = result.dataQuality.find((f) => f.value === "Q59" && f.row === null);
    expect(finding).toMatchObject({ severity: "warning", sheet: "Practices", column: "CCG code" });
    expect(finding?.message).toContain(
      "'Q59' is not a CCG (area team): 1 practice, population 59; set aside"
    );
    expect(q59?.reasons).toEqual([
      "Set aside: Q59 is not a CCG (area team); not rated (include_non_ccg is 0)",
    ]);
    const table = buildSummaryTable(result);
    const kindColumn = table.columns.findIndex((c) => c.header === "Kind");
    const ratingColumn = table.columns.findIndex((c) => c.header === "Configuration rating");
    const sizeColumn = table.columns.findIndex((c) => c.header === "Size");
    const row = table.rows.find((r) => r[0] === "Q59") ?? [];
    expect([row[kindColumn], row[ratingColumn], row[sizeColumn]]).toEqual([
      "Area team",
      null,
      null,
    ]);
    expect(table.rows.find((r) => r[0] === "07L")?.[ratingColumn]).toBe("GREEN");
    const json = buildJsonReport(result).ccgs.find((c) => c.code === "Q59");
    expect(json).toMatchObject({
      kind: "Area team",
      rating: null,
      ratings: { size: null, finance: null },
    });
  });

  test("include_non_ccg 1 rates them as CCGs (Q59 is then RED on size) and says so in Data Quality", () => {
    const result = analyse(1);
    const q59 = result.ccgs.find((ccg) => ccg.code === "Q59");
    expect(q59).toMatchObject({ kind: "Area team", rated: true, rating: "RED" });
    expect(q59?.reasons[0]).toContain("Population 59 is below the 50,000 red line");
    const finding = result.dataQuality.find((f) => f.value === "Q59" && f.row === null);
    expect(finding?.message).toContain("rated as a CCG because include_non_ccg is 1");
    expect(buildJsonReport(result).ccgs.find((c) => c.code === "Q59")?.rating).toBe("RED");
  });
});
