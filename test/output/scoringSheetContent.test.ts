import { analyseWorkbook } from "../../src/engine/analyse";
import { scoreWorkbook } from "../../src/engine/scoring/scoreWorkbook";
import { isPlanFormula, PlanCell } from "../../src/output/sheetPlan";
import { domainSummaryContent } from "../../src/output/scoring/domainSummaryContent";
import { scoringSheetContent } from "../../src/output/scoring/scoringSheetContent";
import { scoringWorkbook } from "../engine/scoring/helpers/scoringWorkbook";

const workbook = scoringWorkbook();
const scoring = scoreWorkbook(workbook, analyseWorkbook(workbook), "all");
const beta = scoring.ccgs.find((c) => c.code === "02B");
if (beta === undefined) throw new Error("02B not scored");
const content = scoringSheetContent(beta);

function at(cells: readonly (readonly PlanCell[])[], address: string): PlanCell | undefined {
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (match === null) throw new Error(address);
  return cells[Number(match[2]) - 1]?.[(match[1] ?? "A").charCodeAt(0) - 65];
}

describe("scoring sheet content (SPEC §6.1 layout)", () => {
  test("header block, thresholds, domain and outcome rows: labels in A, values and formulas in B", () => {
    expect(content.output).toBe("Scoring 02B");
    const labels = content.cells.slice(0, 16).map((row) => row[0]);
    expect(labels).toEqual([
      "CCG code",
      "CCG name",
      "Population",
      "Headroom",
      "Configuration rating",
      "Reasons",
      "Directions share",
      "Refusal share",
      "Domain ratings",
      "Domain 1",
      "Domain 2",
      "Domain 3",
      "Domain 4",
      "Domain 5",
      "Domain 6",
      "Outcome",
    ]);
    expect(at(content.cells, "B1")).toBe("02B");
    expect(at(content.cells, "B3")).toBe(40000);
    expect(at(content.cells, "B5")).toBe("RED");
    expect(at(content.cells, "B7")).toBe(0.25);
    expect(at(content.cells, "B8")).toBe(0.5);
    for (let row = 10; row <= 16; row++)
      expect(isPlanFormula(at(content.cells, `B${row}`))).toBe(true);
    const outcome = at(content.cells, "B16");
    expect(isPlanFormula(outcome) && outcome.result).toBe(beta.assessment.outcome);
  });

  test("the criteria table: the seven columns, then the hidden record; prefilled statuses in it", () => {
    expect(content.cells[17]).toEqual([
      "Domain",
      "Id",
      "Criterion",
      "Critical",
      "Status",
      "Support",
      "Evidence",
      "Status written",
      "Support written",
      "Evidence written",
    ]);
    expect(content.hiddenColumns).toEqual([8, 9, 10]);
    const last = 18 + beta.rows.length;
    expect(content.tables).toEqual([
      expect.objectContaining({ range: `A18:J${last}`, name: "Criteria_02B" }),
    ]);
    const finance = content.cells.find((row) => row[1] === "3.2A");
    expect(finance?.slice(3, 5)).toEqual(["Y", "Not met"]);
    expect(finance?.[7]).toBe("Not met");
  });

  test("Status and Support are dropdowns over the table's rows", () => {
    const last = 18 + beta.rows.length;
    expect(content.validations.map((v) => [v.range, v.list])).toEqual([
      [`E19:E${last}`, ["Met", "Partially met", "Not met", "Not assessed"]],
      [`F19:F${last}`, ["None", "Development support", "Specific conditions", "Directions"]],
    ]);
  });

  test("formulas use only COUNTIF, COUNTIFS, SUMPRODUCT and IF, and read the threshold cells", () => {
    const formulas = content.cells
      .flat()
      .filter(isPlanFormula)
      .map((cell) => cell.formula);
    expect(formulas).toHaveLength(13);
    for (const formula of formulas) {
      const functions = formula.replace(/"[^"]*"/g, "").match(/[A-Z]+(?=\()/g) ?? [];
      for (const name of functions)
        expect(["COUNTIF", "COUNTIFS", "SUMPRODUCT", "IF"]).toContain(name);
    }
    const outcome = at(content.cells, "B16");
    expect(isPlanFormula(outcome) && outcome.formula).toContain("$B$7");
    expect(isPlanFormula(outcome) && outcome.formula).toContain("$B$8");
  });

  test("text from the input stays text", () => {
    const hostile = scoringSheetContent({ ...beta, name: '=HYPERLINK("x")' });
    expect(at(hostile.cells, "B2")).toBe('=HYPERLINK("x")');
  });
});

describe("Domain Summary content", () => {
  test("one row per scored CCG; every rating a formula into that CCG's sheet, quoted", () => {
    const summary = domainSummaryContent(scoring.ccgs, (code) =>
      code === "02B" ? "Scoring 02B (2)" : `Scoring ${code}`
    );
    expect(summary.output).toBe("Domain Summary");
    expect(summary.cells[0]).toEqual([
      "CCG code",
      "CCG name",
      "Configuration rating",
      "Domain 1",
      "Domain 2",
      "Domain 3",
      "Domain 4",
      "Domain 5",
      "Domain 6",
      "Outcome",
    ]);
    const row = summary.cells[2] ?? [];
    expect(row.slice(0, 2)).toEqual(["02B", "Beta CCG"]);
    expect(row.slice(2).map((cell) => (isPlanFormula(cell) ? cell.formula : cell))).toEqual([
      "'Scoring 02B (2)'!$B$5",
      ...[10, 11, 12, 13, 14, 15].map((r) => `'Scoring 02B (2)'!$B$${r}`),
      "'Scoring 02B (2)'!$B$16",
    ]);
    expect(summary.tables[0]?.range).toBe("A1:J3");
  });
});
