import { errorCell, errorCellValue } from "./helpers/customFunctionsShim";
import {
  excelErrorCode,
  isBlankArgument,
  rangeRows,
  tableCells,
  toCellValue,
} from "../../src/functions/excelValues";
import { rangeArgument, requireSameShape } from "../../src/functions/arguments";

describe("values as Excel passes them", () => {
  test("error values in both shapes Excel may send, and nothing else, are errors", () => {
    expect(excelErrorCode(errorCell("#N/A"))).toBe("#N/A");
    expect(excelErrorCode(errorCellValue("#DIV/0!"))).toBe("#DIV/0!");
    for (const value of [
      "#N/A",
      0,
      null,
      undefined,
      { code: 5 },
      { type: "String", basicValue: "#x" },
    ]) {
      expect(excelErrorCode(value)).toBeNull();
    }
  });

  test("blanks: null (omitted), undefined and the empty text of an empty cell", () => {
    expect([null, undefined, ""].every(isBlankArgument)).toBe(true);
    expect([" ", 0, false].some(isBlankArgument)).toBe(false);
  });

  test("cells become engine values", () => {
    expect(toCellValue("")).toBeNull();
    expect(toCellValue(12.5)).toBe(12.5);
    expect(toCellValue(Number.NaN)).toEqual({ error: "#NUM!" });
    expect(toCellValue("07L")).toBe("07L");
    expect(toCellValue(true)).toBe(true);
    expect(toCellValue(errorCell("#REF!"))).toEqual({ error: "#REF!" });
    expect(toCellValue({ type: "Double", basicValue: 3 })).toBe(3);
  });

  test("a bare value is a 1 × 1 range; tables are padded to a rectangle", () => {
    expect(rangeRows(5)).toEqual([[5]]);
    expect(tableCells([["a", "b"], ["c"]])).toEqual([
      ["a", "b"],
      ["c", null],
    ]);
  });

  test("ranges: positions by shape; ragged rows and different shapes are refused", () => {
    expect(rangeArgument([[1], [2], [3]], "x").positionName(2)).toBe("row 3");
    expect(rangeArgument([[1, 2, 3]], "x").positionName(1)).toBe("column 2");
    expect(
      rangeArgument(
        [
          [1, 2],
          [3, 4],
        ],
        "x"
      ).positionName(3)
    ).toBe("row 2 column 2");
    expect(rangeArgument([[1]], "x").positionName(0)).toBe("");
    expect(() => rangeArgument([[1, 2], [3]], "x")).toThrow("x row 2 has 1 cells, not 2");
    expect(() => rangeArgument([], "x")).toThrow("x is empty");
    expect(() =>
      requireSameShape(rangeArgument([[1, 2]], "a"), rangeArgument([[1], [2]], "b"))
    ).toThrow("b is 2 rows × 1 column but a is 1 row × 2 columns: they must be the same shape");
  });
});
