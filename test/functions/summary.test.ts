import { errorCell, errorCellValue, excelErrorOf } from "./helpers/customFunctionsShim";
import { SUMMARY } from "../../src/functions/functions";

const practices = [
  ["Practice code", "CCG code", "List size", "Latitude", "Longitude"],
  ["A81001", "07L", 60_000, 51.5, -0.12],
  ["A81002", "07L", 50_000, 51.52, -0.1],
  ["A81003", "08A", 40_000, 52.0, -1.0],
  ["", "", "", "", ""],
];

function columnOf(table: unknown[][], header: string): unknown[] {
  const index = (table[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`No column ${header}`);
  return table.slice(1).map((row) => row[index]);
}

describe("CCG.SUMMARY", () => {
  test("spills the header row and one row per CCG in code order; optional tables omitted as null", () => {
    const table = SUMMARY(
      practices,
      null as unknown as unknown[][],
      null as unknown as unknown[][]
    );
    expect(table[0]?.slice(0, 5)).toEqual(["Code", "Name", "Kind", "Practices", "Population"]);
    expect(columnOf(table, "Code")).toEqual(["07L", "08A"]);
    expect(columnOf(table, "Population")).toEqual([110_000, 40_000]);
    expect(columnOf(table, "Running cost allowance (£)")).toEqual([2_750_000, 1_000_000]);
    expect(columnOf(table, "Configuration rating")).toEqual(["GREEN", "RED"]);
    // Blanks are "" (no name column, no local authority), never null.
    expect(columnOf(table, "Name")).toEqual(["", ""]);
    expect(table.every((row) => row.every((cell) => cell !== null && cell !== undefined))).toBe(
      true
    );
    expect(SUMMARY(practices)).toEqual(table);
  });

  test("the CCG table and the assumption table are used", () => {
    const ccgs = [
      ["CCG code", "CCG name", "Fixed costs", "Collaborative arrangement"],
      ["08A", "Wessex", 500_000, "Y"],
    ];
    const assumptions = [
      ["Key", "Value", "Description"],
      ["rca_per_head", 30, ""],
    ];
    const table = SUMMARY(practices, ccgs, assumptions);
    expect(columnOf(table, "Name")).toEqual(["", "Wessex"]);
    expect(columnOf(table, "Fixed costs (£)")).toEqual([1_000_000, 500_000]);
    expect(columnOf(table, "Running cost allowance (£)")).toEqual([3_300_000, 1_200_000]);
    expect(columnOf(table, "Collaborative arrangement")).toEqual(["N", "Y"]);
    expect(columnOf(table, "Size")).toEqual(["GREEN", "AMBER"]);
  });

  test("an error value in the practice table is read as the runner reads it: that practice is left out", () => {
    const withErrors = practices.map((row) => [...row]);
    (withErrors[3] as unknown[])[2] = errorCell("#N/A");
    (withErrors[2] as unknown[])[3] = errorCellValue("#DIV/0!");
    const table = SUMMARY(withErrors);
    expect(columnOf(table, "Code")).toEqual(["07L"]);
    expect(columnOf(table, "Practices")).toEqual([2]);
    // The practice with an error latitude counts in population but not in the geography.
    expect(columnOf(table, "Population")).toEqual([110_000]);
  });

  test("a table without a practice list is #VALUE! with the engine's message", () => {
    const error = excelErrorOf(() =>
      SUMMARY([
        ["Name", "Value"],
        ["x", 1],
      ])
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^Unusable practice list: no practice list found/);
    expect(error.message).toContain("practice code, CCG code and list size");
  });

  test("a header row with no usable practice is #VALUE! naming the problem", () => {
    const error = excelErrorOf(() =>
      SUMMARY([practices[0] as unknown[], ["A81001", "07L", "n/a", 51.5, -0.1]])
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("no usable practice rows");
  });
});
