/**
 * Issue #12: the `Scenario Comparison` sheet, one more sheet plan, through both writers: Office.js (the
 * in-memory Excel host) and the package writer (read back through ExcelJS) give the same sheet.
 */
import { analyseWorkbook } from "../../src/engine/analyse";
import { analyseScenario, mergeMoves } from "../../src/engine/scenario";
import { scenarioComparisonContents } from "../../src/output/scenarioComparisonSheet";
import { addOutputsToPackage, openPackage, savePackage } from "../../src/package";
import { writeOutputsToExcel } from "../../src/taskpane/excel/writeOutputs";
import { createExcelHost } from "../excel-host";
import { loadByExcelJs } from "../helpers/excelJs";
import { sheet, workbook } from "../helpers/sheets";
import { xlsxBytesOf } from "../helpers/workbookFiles";
import { renderedByOfficeJs, renderedByPackage } from "./helpers/renderedSheets";

const rows: (string | number)[][] = [
  ["Practice code", "CCG code", "CCG name", "List size", "Easting", "Northing"],
];
for (let i = 0; i < 24; i++) {
  const ccg = i < 12 ? "01A" : i < 20 ? "02B" : "03C";
  rows.push([
    `P${1000 + i}`,
    ccg,
    `CCG ${ccg}`,
    9000 + i,
    400000 + (i % 6) * 2000,
    300000 + Math.floor(i / 6) * 2000,
  ]);
}
const data = workbook(sheet("Practices", rows));
const baseline = analyseWorkbook(data);
const scenarios = [
  {
    name: "Merge 03C into 02B",
    outcome: analyseScenario(baseline, mergeMoves(baseline, "03C", "02B")),
  },
  { name: "One move", outcome: analyseScenario(baseline, new Map([["P1000", "02B"]])) },
];
const contents = scenarioComparisonContents(baseline, scenarios);
const extent = { rows: 20, columns: 40 };

describe("the Scenario Comparison sheet", () => {
  test("a summary line per scenario, then one row per touched CCG with before and after", () => {
    expect(contents).toHaveLength(1);
    const cells = contents[0]!.cells;
    expect(cells[0]?.slice(0, 2)).toEqual([
      "Merge 03C into 02B",
      `${scenarios[0]!.outcome.changed.length} CCGs touched; ${3 - scenarios[0]!.outcome.comparison.filter((r) => r.baseline !== null).length} not touched (left out)`,
    ]);
    const header = cells[3] ?? [];
    expect(header.slice(0, 9)).toEqual([
      "Scenario",
      "CCG code",
      "CCG name",
      "Practices gained",
      "Practices lost",
      "Practices before",
      "Practices after",
      "Population before",
      "Population after",
    ]);
    const merged = cells.find((row) => row[0] === "Merge 03C into 02B" && row[1] === "03C") ?? [];
    // Merged away: its after side is blank.
    expect(merged[7]).toBe(baseline.ccgs.find((c) => c.code === "03C")?.population);
    expect(merged[8]).toBeNull();
    expect(scenarioComparisonContents(baseline, [])).toEqual([]);
  });

  test("Office.js and the package writer write the same sheet, changes highlighted", async () => {
    const host = createExcelHost({ sheets: [{ name: "Practices", start: "A1", values: rows }] });
    await host.run((context) => writeOutputsToExcel(context, contents));
    const parts = openPackage(xlsxBytesOf(data));
    addOutputsToPackage(parts, contents);
    const packaged = renderedByPackage(
      await loadByExcelJs(savePackage(parts)),
      "Scenario Comparison",
      extent
    );

    const office = renderedByOfficeJs(host, "Scenario Comparison", extent);
    expect(packaged.cells).toEqual(office.cells);
    expect(packaged.numberFormats).toEqual(office.numberFormats);
    expect(packaged.tables).toEqual(office.tables);
    expect(packaged.frozenRows).toEqual(office.frozenRows);
    expect(packaged.rules).toEqual(office.rules);
    // The changed-figure rules are there (one per non-rating figure), besides the RAG fills.
    expect(office.rules.filter((rule) => JSON.stringify(rule).includes("DDEBF7")).length).toBe(7);
    expect(office.tables.map((t) => t.name)).toEqual(["ScenarioComparison"]);
  });
});
