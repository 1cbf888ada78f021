/**
 * Formula-safe text: which strings get Excel's leading apostrophe, and that the result reads back
 * as exactly the original text.
 */
import {
  cellInputForExcel,
  needsTextGuard,
  textForExcel,
} from "../../../src/taskpane/excel/cellInput";
import { createExcelHost } from "../../excel-host";

describe("needsTextGuard", () => {
  test.each([
    '=HYPERLINK("x")',
    "+44",
    "-2",
    "@SUM(A1)",
    "'quoted",
    "\tx",
    "\rx",
    "\nx",
    "007",
    "1-2",
    "3/4",
    ".5",
    "(5)",
    "£5",
    "#N/A",
    "50%",
    "TRUE",
    "false",
    "Jan-12",
    "may 2012",
    " 12",
  ])("guards %j", (text) => {
    expect(needsTextGuard(text)).toBe(true);
  });

  test.each([
    "",
    "Abbey Medical Centre",
    "NHS Hartlepool",
    "Mayfield Surgery",
    "Marches CCG",
    "Y",
    "GREEN",
    "A81001",
    "E38000001",
  ])("leaves %j alone", (text) => {
    expect(needsTextGuard(text)).toBe(false);
  });
});

describe("textForExcel / cellInputForExcel", () => {
  test("prefix one apostrophe only where needed; numbers, booleans and blanks pass through; formulas get their =", () => {
    expect(textForExcel("=1+1")).toBe("'=1+1");
    expect(textForExcel("Abbey")).toBe("Abbey");
    expect(cellInputForExcel(null)).toBe("");
    expect(cellInputForExcel(-3.5)).toBe(-3.5);
    expect(cellInputForExcel(false)).toBe(false);
    expect(cellInputForExcel("-2 practices")).toBe("'-2 practices");
    expect(cellInputForExcel({ formula: "SUM(A1:A3)", result: 6 })).toBe("=SUM(A1:A3)");
  });

  test("every guarded string reads back from Excel as the same text, never a formula", async () => {
    const texts = [
      '=HYPERLINK("x")',
      "+44 20",
      "-5",
      "@x",
      "'quoted",
      "''twice",
      "00123",
      "TRUE",
      "#DIV/0!",
      "2012-04-01",
      "12%",
      "1,234",
    ];
    const host = createExcelHost({ sheets: [{ name: "Data", values: [] }] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange(`A1:A${texts.length}`).values =
        texts.map((t) => [textForExcel(t)]);
      await context.sync();
    });
    expect(host.values("Data")).toEqual(texts.map((t) => [t]));
    expect(host.allFormulas("Data")).toEqual({});
  });
});
