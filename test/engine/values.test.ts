import { CellValue } from "../../src/engine/cells";
import { isPlainNumber, isPlainWholeNumber, readNumber, readText, readWholeNumber, readYesNo, textOrBlank } from "../../src/engine/values";

describe("reading cell values", () => {
  test("numbers from numbers and numeric text", () => {
    expect(readNumber(6568)).toEqual({ kind: "value", value: 6568 });
    expect(readNumber(" 6,568 ")).toEqual({ kind: "value", value: 6568 });
    expect(readNumber("9.7267262637615204E-2")).toEqual({ kind: "value", value: 0.097267262637615204 });
    expect(readNumber("£1,000,000")).toEqual({ kind: "value", value: 1000000 });
    expect(readNumber("10%")).toEqual({ kind: "value", value: 0.1 });
    expect(readNumber("-2.5")).toEqual({ kind: "value", value: -2.5 });
  });
  test("blanks and problems", () => {
    expect(readNumber(null)).toEqual({ kind: "blank" });
    expect(readNumber("  ")).toEqual({ kind: "blank" });
    expect(readNumber("n/a")).toEqual({ kind: "problem", problem: "is not a number" });
    expect(readNumber("1,00")).toEqual({ kind: "problem", problem: "is not a number" });
    expect(readNumber({ error: "#N/A" })).toEqual({ kind: "problem", problem: "holds the Excel error #N/A" });
    expect(readNumber(true)).toEqual({ kind: "problem", problem: "is not a number" });
    expect(readNumber(Number.NaN)).toEqual({ kind: "problem", problem: "is not a number" });
  });
  test("whole numbers for list sizes", () => {
    expect(readWholeNumber(6568)).toEqual({ kind: "value", value: 6568 });
    expect(readWholeNumber("6568.0")).toEqual({ kind: "value", value: 6568 });
    expect(readWholeNumber(0)).toEqual({ kind: "value", value: 0 });
    expect(readWholeNumber(-5)).toEqual({ kind: "problem", problem: "is negative" });
    expect(readWholeNumber(12.5)).toEqual({ kind: "problem", problem: "is not a whole number" });
    expect(readWholeNumber("n/a")).toEqual({ kind: "problem", problem: "is not a whole number" });
  });
  test("yes/no answers", () => {
    for (const yes of ["Y", "yes", "TRUE", "1", true, 1]) expect(readYesNo(yes)).toEqual({ kind: "value", value: true });
    for (const no of ["N", "No", "false", "0", false, 0]) expect(readYesNo(no)).toEqual({ kind: "value", value: false });
    expect(readYesNo("maybe")).toEqual({ kind: "problem", problem: "is not Y or N" });
    expect(readYesNo(2)).toEqual({ kind: "problem", problem: "is not Y or N" });
    expect(readYesNo(null)).toEqual({ kind: "blank" });
  });
  test("text", () => {
    expect(readText("  A81001 ")).toEqual({ kind: "value", value: "A81001" });
    expect(readText(123)).toEqual({ kind: "value", value: "123" });
    expect(readText("")).toEqual({ kind: "blank" });
    expect(readText({ error: "#REF!" })).toEqual({ kind: "problem", problem: "holds the Excel error #REF!" });
  });
});

describe("reading without building a reading agrees with the readers", () => {
  const cells: (CellValue | undefined)[] = [
    undefined, null, "", "  ", " 07L ", "A81001", "6,568", "n/a", 0, -0, 7, -3, 12.5, 6568, 1e21, Number.NaN, Infinity, -Infinity,
    true, false, { error: "#N/A" }, { error: "#VALUE!" }, new Date(Date.UTC(2016, 0, 31)),
  ];
  test.each(cells.map((cell) => [cell]))("%p", (cell) => {
    const text = readText(cell);
    expect(textOrBlank(cell)).toBe(text.kind === "value" ? text.value : text.kind === "blank" ? "" : undefined);
    const number = readNumber(cell);
    if (isPlainNumber(cell)) expect(number).toEqual({ kind: "value", value: cell });
    expect(isPlainNumber(cell)).toBe(typeof cell === "number" && number.kind === "value");
    const whole = readWholeNumber(cell);
    if (isPlainWholeNumber(cell)) expect(whole).toEqual({ kind: "value", value: cell });
    expect(isPlainWholeNumber(cell)).toBe(typeof cell === "number" && whole.kind === "value");
  });
});
