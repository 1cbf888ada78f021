/**
 * ExcelJS workbook → the engine's plain cells (WorkbookData). Browser-safe: ExcelJS types only,
 * so the task pane can load ExcelJS lazily.
 */
import type { Cell, Workbook, Worksheet } from "exceljs";
import type { CellValue, SheetData, WorkbookData } from "../engine/cells";
import { sheetDataFromSparseRows } from "../engine/cells";
import { ownedSheetNames } from "./ownership";

/**
 * Every worksheet in tab order as its used range of plain values, plus the sheets this product
 * wrote in an earlier run.
 * @param workbook - a loaded ExcelJS workbook
 * @returns the workbook's data
 * @example workbookDataFromExcelJs(workbook).sheets.map((sheet) => sheet.name) // ["Practices", "CCGs"]
 */
export function workbookDataFromExcelJs(workbook: Workbook): WorkbookData {
  return {
    sheets: workbook.worksheets.map(sheetDataFromWorksheet),
    ownedSheets: ownedSheetNames(workbook),
  };
}

/**
 * One worksheet's used range (the smallest rectangle holding every non-empty cell).
 * Rows are trimmed after their last value; an empty sheet has no rows and starts at A1.
 * @param worksheet - an ExcelJS worksheet
 * @returns the sheet's data
 */
export function sheetDataFromWorksheet(worksheet: Worksheet): SheetData {
  const valuesByRow = new Map<number, CellValue[]>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = cellValueFromExcelJs(cell);
      if (value === null) return;
      let values = valuesByRow.get(rowNumber);
      if (!values) valuesByRow.set(rowNumber, (values = []));
      values[columnNumber] = value;
    });
  });
  return sheetDataFromSparseRows(worksheet.name, valuesByRow);
}

/**
 * One cell's plain value: numbers, text, booleans and dates as they are; rich text and hyperlinks
 * as their text; formulas as their cached result (null when there is none); error values and error
 * results as `{ error }`; the non-master cells of a merged range as null.
 * @param cell - an ExcelJS cell
 * @returns the plain value
 */
export function cellValueFromExcelJs(cell: Cell): CellValue {
  if (cell.master !== cell) return null; // covered by a merge: the value lives in the master only
  const value: unknown = cell.value;
  if (
    typeof value === "object" &&
    value !== null &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    // `cell.value.result` drops falsy results (0, false); `cell.result` keeps them.
    const result: unknown = cell.result;
    return plainValue(result, cell);
  }
  return plainValue(value, cell);
}

/** Converts a value (or a formula's result) from ExcelJS's model to a plain cell value. */
function plainValue(value: unknown, cell: Cell): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: "#NUM!" } : value;
  if (typeof value === "object") {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value) return richTextToString(value.richText);
    if ("text" in value) {
      const text: unknown = value.text;
      if (typeof text === "string") return text;
      if (typeof text === "object" && text !== null && "richText" in text)
        return richTextToString(text.richText);
      return text === null || text === undefined ? null : String(text);
    }
  }
  // Anything else ExcelJS might hold (e.g. a JSON value): what Excel would display.
  return cell.text;
}

/** Concatenated text of rich-text runs. */
function richTextToString(runs: unknown): string {
  if (!Array.isArray(runs)) return "";
  let text = "";
  for (const run of runs as unknown[]) {
    if (typeof run === "object" && run !== null && "text" in run) text += String(run.text);
  }
  return text;
}
