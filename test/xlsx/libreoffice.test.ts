// The LibreOffice check other tests reuse (test/helpers/libreoffice.ts): LibreOffice recalculates
// formulas on load (cached results in the file are NOT what is read) and every sheet comes back.
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import {
  parseCsv,
  recalculateInLibreOffice,
  RecalculatedWorkbook,
  valueAt,
} from "../helpers/libreoffice";
import { temporaryDirectory } from "../helpers/runner";

describe("parseCsv", () => {
  test("quoted fields are text, unquoted are numbers, booleans, percentages or blanks", () => {
    expect(parseCsv('"123",123,"a\nb","say ""hi""",TRUE,10%,-5.5,,1E-07\n"x",\n')).toEqual([
      ["123", 123, "a\nb", 'say "hi"', true, 0.1, -5.5, null, 1e-7],
      ["x", null],
    ]);
  });
});

describe("recalculateInLibreOffice", () => {
  let folder = "";
  let books: RecalculatedWorkbook[] = [];

  beforeAll(async () => {
    folder = temporaryDirectory("ccg-libreoffice-test-");
    const first = new ExcelJS.Workbook();
    const numbers = first.addWorksheet("Two Numbers");
    numbers.getCell("A1").value = 6;
    numbers.getCell("A2").value = 7;
    // Deliberately wrong cached results: only a recalculation gives 42 and 1.
    numbers.getCell("A3").value = { formula: "A1*A2", result: 999 };
    numbers.getCell("B1").value = "123";
    numbers.getCell("B2").value = { formula: "1/0", result: 0 };
    const other = first.addWorksheet("Other sheet");
    other.getCell("A1").value = { formula: "SUMPRODUCT(('Two Numbers'!A1:A2>6)*1)", result: 5 };
    other.getCell("B1").value = 0.1;
    other.getCell("B1").numFmt = "0%";
    other.getCell("C1").value = 1234567.891;
    other.getCell("C1").numFmt = "£#,##0";
    await first.xlsx.writeFile(path.join(folder, "first.xlsx"));
    const second = new ExcelJS.Workbook();
    second.addWorksheet("Only").getCell("C2").value = {
      formula: 'IF(1>0,"yes","no")',
      result: "cached",
    };
    await second.xlsx.writeFile(path.join(folder, "second.xlsx"));
    books = await recalculateInLibreOffice([
      path.join(folder, "first.xlsx"),
      path.join(folder, "second.xlsx"),
    ]);
  }, 180_000);

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  test("formulas are recalculated, not read from the cached results", () => {
    const [first, second] = books;
    expect(valueAt(first?.["Two Numbers"], "A3")).toBe(42);
    expect(valueAt(first?.["Other sheet"], "A1")).toBe(1);
    expect(valueAt(second?.["Only"], "C2")).toBe("yes");
    expect(valueAt(first?.["Two Numbers"], "B2")).toBe("#DIV/0!");
  });

  test("every sheet of every workbook, text kept apart from numbers, numbers unformatted", () => {
    expect(Object.keys(books[0] ?? {}).sort()).toEqual(["Other sheet", "Two Numbers"]);
    expect(Object.keys(books[1] ?? {})).toEqual(["Only"]);
    expect(valueAt(books[0]?.["Two Numbers"], "B1")).toBe("123");
    expect(valueAt(books[0]?.["Other sheet"], "B1")).toBe(0.1);
    expect(valueAt(books[0]?.["Other sheet"], "C1")).toBe(1234567.891);
    expect(valueAt(books[1]?.["Only"], "A1")).toBeNull();
  });
});
