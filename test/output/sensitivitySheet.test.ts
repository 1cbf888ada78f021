import { analyseWorkbook } from "../../src/engine/analyse";
import { analyseSensitivity } from "../../src/engine/sensitivity";
import {
  FIRST_STEP_COLUMN,
  SENSITIVITY_LABELS,
  SENSITIVITY_ROWS,
  buildSensitivitySheet,
  countRows,
  stepHeader,
} from "../../src/output/sensitivitySheet";
import { PlanCell, isPlanFormula } from "../../src/output/sheetPlan";
import { generateSmallSample } from "../../src/sample";

const result = analyseWorkbook(generateSmallSample());
const assumptions = result.assumptions.assumptions;
const sensitivity = analyseSensitivity(result.ccgs, assumptions);
const arrangements = result.ccgs.map((ccg) => ccg.collaborativeArrangement);
const sheet = buildSensitivitySheet(sensitivity, arrangements, assumptions);
const cell = (row: number, column: number): PlanCell | undefined =>
  sheet.cells[row - 1]?.[column - 1];
const formulaOf = (row: number, column: number): string => {
  const value = cell(row, column);
  if (!isPlanFormula(value)) throw new Error(`row ${row} column ${column} is not a formula`);
  return value.formula;
};

describe("the Sensitivity sheet plan (SPEC §6.2)", () => {
  const steps = sensitivity.steps;
  const ccgCount = result.ccgs.length;

  test("the £ per head row holds the steps as numbers above the step columns", () => {
    expect(cell(SENSITIVITY_ROWS.steps, 1)).toBe(SENSITIVITY_LABELS.stepRow);
    steps.forEach((step, s) =>
      expect(cell(SENSITIVITY_ROWS.steps, FIRST_STEP_COLUMN + s)).toBe(step)
    );
  });

  test("the headroom_amber_share is in a labelled cell", () => {
    expect(cell(SENSITIVITY_ROWS.amberShare, 1)).toBe("Headroom amber share");
    expect(cell(SENSITIVITY_ROWS.amberShare, 2)).toBe(assumptions.headroom_amber_share);
  });

  test("the table headers, in order, with one text header per step", () => {
    expect(sheet.cells[SENSITIVITY_ROWS.header - 1]).toEqual([
      "CCG code",
      "CCG name",
      "Population",
      "Fixed costs",
      "Support per head",
      "Break-even £/head",
      ...steps.map(stepHeader),
      "Collaborative arrangement",
    ]);
    expect(stepHeader(20)).toBe("At £20.00");
    expect(sheet.tables).toHaveLength(1);
    const lastColumn = String.fromCharCode(64 + FIRST_STEP_COLUMN + steps.length);
    expect(sheet.tables[0]?.range).toBe(`A5:${lastColumn}${5 + ccgCount}`);
    expect(sheet.frozenRows).toBe(5);
  });

  test("one row per CCG: values, and step cells that are formulas of that row and the step above", () => {
    result.ccgs.forEach((ccg, index) => {
      const row = SENSITIVITY_ROWS.firstCcg + index;
      expect(sheet.cells[row - 1]?.slice(0, 5)).toEqual([
        ccg.code,
        ccg.name,
        ccg.population,
        ccg.fixedCosts,
        ccg.supportPerHead,
      ]);
      expect(formulaOf(row, 6)).toBe(`IF($C${row}>0,$D${row}/$C${row}+$E${row},"")`);
      expect(cell(row, FIRST_STEP_COLUMN + steps.length)).toBe(
        ccg.collaborativeArrangement ? "Y" : "N"
      );
      steps.forEach((_, s) => {
        const column = String.fromCharCode(64 + FIRST_STEP_COLUMN + s);
        expect(formulaOf(row, FIRST_STEP_COLUMN + s)).toBe(
          `$C${row}*${column}$4-$D${row}-$C${row}*$E${row}`
        );
        const value = cell(row, FIRST_STEP_COLUMN + s);
        expect(isPlanFormula(value) && value.result).toBe(sensitivity.ccgs[index]?.headroom[s]);
      });
    });
  });

  test("Red, Amber, Green rows under the table count per step column, cached with the engine's counts", () => {
    const where = countRows(ccgCount);
    expect(where.red).toBe(SENSITIVITY_ROWS.firstCcg + ccgCount + 1);
    expect([cell(where.red, 1), cell(where.amber, 1), cell(where.green, 1)]).toEqual([
      "Red",
      "Amber",
      "Green",
    ]);
    steps.forEach((_, s) => {
      for (const key of ["red", "amber", "green"] as const) {
        const value = cell(where[key], FIRST_STEP_COLUMN + s);
        expect(isPlanFormula(value) && value.result).toBe(sensitivity.counts[s]?.finance[key]);
      }
    });
    // The counts read the amber share cell and the step number above the column.
    expect(formulaOf(where.green, FIRST_STEP_COLUMN)).toContain("$B$2");
    expect(formulaOf(where.green, FIRST_STEP_COLUMN)).toContain("G$4");
  });

  test("formulas use only functions Excel 2010 and LibreOffice both calculate", () => {
    const functions = new Set<string>();
    for (const row of sheet.cells) {
      for (const value of row) {
        if (isPlanFormula(value))
          for (const match of value.formula.matchAll(/([A-Z.]+)\(/g)) functions.add(match[1] ?? "");
      }
    }
    expect([...functions].sort()).toEqual(["IF", "SUMPRODUCT"]);
  });

  test("negative headroom red and thin headroom amber, over every step cell", () => {
    const format = sheet.conditionalFormats[0];
    const lastColumn = String.fromCharCode(64 + FIRST_STEP_COLUMN + steps.length - 1);
    expect(format?.range).toBe(`G6:${lastColumn}${5 + ccgCount}`);
    expect(format?.rules[0]).toMatchObject({
      kind: "cellValue",
      operator: "lessThan",
      formula: "0",
      fill: "FFC7CE",
    });
    expect(format?.rules[1]).toMatchObject({
      kind: "expression",
      formula: "G6<$B$2*$C6*G$4",
      fill: "FFEB9C",
    });
  });
});
