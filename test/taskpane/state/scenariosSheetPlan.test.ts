// Saving a scenario as a column of the user's Scenarios sheet: a new sheet when there is none, a new
// column after the used range otherwise, practices not listed added below, never a used cell.
import type { SheetData } from "../../../src/engine/cells";
import {
  freeScenarioName,
  planScenarioColumn,
  scenarioNamesIn,
  ScenariosSheetError,
} from "../../../src/taskpane/host/scenariosSheetPlan";

const moves = new Map([
  ["B86002", "02W"],
  ["C81001", "99Z"],
]);

describe("planScenarioColumn", () => {
  test("without a Scenarios sheet: a new one with Practice code and the scenario's column", () => {
    const plan = planScenarioColumn(null, "Move two", moves);
    expect(plan).toMatchObject({
      sheetName: "Scenarios",
      createSheet: true,
      scenarioName: "Move two",
    });
    expect(plan.blocks).toEqual([
      { row: 1, column: 1, values: ["Practice code", "B86002", "C81001"] },
      { row: 1, column: 2, values: ["Move two", "02W", "99Z"] },
    ]);
  });

  test("with one: a column after the used range, listed practices in their rows, others below", () => {
    // A title row, then the header in row 3 starting at column B; the sheet's last used column is D.
    const sheet: SheetData = {
      name: "scenarios",
      firstRow: 2,
      firstColumn: 2,
      rows: [
        ["My scenarios", null, null],
        ["Practice code", "Merge", "Note"],
        ["b86002", "02V", null],
        ["A81001", null, "keep"],
      ],
    };
    const plan = planScenarioColumn(sheet, "merge", moves);
    expect(plan.sheetName).toBe("scenarios");
    expect(plan.createSheet).toBe(false);
    expect(plan.scenarioName).toBe("merge (2)");
    expect(plan.notices[0]).toContain("saved as 'merge (2)'");
    // Header row 3, column E (5): B86002 is in row 4; C81001 is new, in row 6.
    expect(plan.blocks).toEqual([
      { row: 3, column: 5, values: ["merge (2)", "02W", "", "99Z"] },
      { row: 6, column: 2, values: ["C81001"] },
    ]);
    const used = new Set<string>();
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null) used.add(`${sheet.firstRow + r},${sheet.firstColumn + c}`);
      })
    );
    for (const block of plan.blocks) {
      block.values.forEach((value, i) => {
        if (value !== "") expect(used.has(`${block.row + i},${block.column}`)).toBe(false);
      });
    }
  });

  test("refuses a blank name, an empty scenario and a sheet without a practice code header", () => {
    expect(() => planScenarioColumn(null, "  ", moves)).toThrow(ScenariosSheetError);
    expect(() => planScenarioColumn(null, "x", new Map())).toThrow("moves no practice");
    const bad: SheetData = {
      name: "Scenarios",
      firstRow: 1,
      firstColumn: 1,
      rows: [["Code", "A"]],
    };
    expect(() => planScenarioColumn(bad, "x", moves)).toThrow("no 'Practice code' header");
  });

  test("names in a sheet and free names", () => {
    const sheet: SheetData = {
      name: "Scenarios",
      firstRow: 1,
      firstColumn: 1,
      rows: [["Practice code", "One", null, "Two"]],
    };
    expect(scenarioNamesIn(sheet)).toEqual(["One", "Two"]);
    expect(freeScenarioName("one", ["One", "one (2)"])).toBe("one (3)");
    expect(freeScenarioName("Three", ["One"])).toBe("Three");
  });
});
