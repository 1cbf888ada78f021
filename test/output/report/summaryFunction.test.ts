import { analyseWorkbook } from "../../../src/engine/analyse";
import { UnusableInputError } from "../../../src/engine/errors";
import { buildSummaryTable } from "../../../src/output/report/summaryTable";
import { summaryTableFromRanges, workbookFromRanges } from "../../../src/output/report/summaryFunction";
import { generateSmallSample } from "../../../src/sample";

function sheetRows(name: string) {
  const sheet = generateSmallSample(5).sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`The sample has no ${name} sheet`);
  return sheet.rows;
}

describe("summary from ranges", () => {
  test("the ranges become sheets Practices, CCGs and Assumptions, the last two only when given", () => {
    expect(workbookFromRanges({ practices: [["x"]] }).sheets.map((s) => s.name)).toEqual([
      "Practices",
    ]);
    const all = workbookFromRanges({ practices: [["x"]], ccgs: [["y"]], assumptions: [["z"]] });
    expect(all.sheets.map((s) => [s.name, s.firstRow, s.firstColumn])).toEqual([
      ["Practices", 1, 1],
      ["CCGs", 1, 1],
      ["Assumptions", 1, 1],
    ]);
  });

  test("the header row and then the CCG Summary rows of the same workbook, blanks as ''", () => {
    const practices = sheetRows("Practices");
    const ccgs = sheetRows("CCGs");
    const assumptions = sheetRows("Assumptions");
    const table = summaryTableFromRanges({ practices, ccgs, assumptions });
    const expected = buildSummaryTable(analyseWorkbook(generateSmallSample(5)));
    expect(table[0]).toEqual(expected.columns.map((c) => c.header));
    expect(table.slice(1)).toEqual(expected.rows.map((row) => row.map((v) => v ?? "")));
    expect(table.slice(1).every((row) => row.every((v) => v !== null))).toBe(true);
  });

  test("the CCG table and assumptions change the numbers", () => {
    const practices = sheetRows("Practices");
    const plain = summaryTableFromRanges({ practices });
    const dearer = summaryTableFromRanges({
      practices,
      assumptions: [
        ["Key", "Value"],
        ["rca_per_head", 30],
      ],
    });
    const allowance = (plain[0] ?? []).indexOf("Running cost allowance (£)");
    const population = (plain[0] ?? []).indexOf("Population");
    expect(dearer[1]?.[allowance]).toBe((plain[1]?.[population] as number) * 30);
    expect(plain[0]).not.toContain("Planned running costs (£)");
    expect(summaryTableFromRanges({ practices, ccgs: sheetRows("CCGs") })[0]).toContain(
      "Planned running costs (£)"
    );
  });

  test("a range without a practice list fails as the runner does", () => {
    expect(() =>
      summaryTableFromRanges({
        practices: [
          ["Name", "Value"],
          ["a", 1],
        ],
      })
    ).toThrow(UnusableInputError);
  });
});
