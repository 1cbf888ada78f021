/**
 * ExcelJS in tests only, as an independent second implementation: it builds input workbooks that
 * need what the package writer never writes into a user's sheet (formulas, styles, merges), and
 * reads files back into plain cells to compare with the package reader and the renderers.
 */
import ExcelJS from "exceljs";
import type { Cell, Worksheet } from "exceljs";
import { isCellError, sheetDataFromSparseRows } from "../../src/engine/cells";
import type { CellValue, SheetData, WorkbookData } from "../../src/engine/cells";
import { ownedSheetNames } from "../../src/output/planOutputs";

/**
 * A new ExcelJS workbook with one sheet per SheetData, values as given (no styles).
 * @param data - the sheets, in tab order
 * @returns the workbook, to change further before writing it
 */
export function excelJsWorkbookOf(data: WorkbookData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of data.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null) return;
        worksheet.getCell(sheet.firstRow + i, sheet.firstColumn + j).value = isCellError(value)
          ? ({ error: value.error } as ExcelJS.CellErrorValue)
          : value;
      })
    );
  }
  return workbook;
}

/**
 * A workbook's bytes as ExcelJS writes them.
 * @param workbook - the workbook
 * @returns the .xlsx bytes
 */
export async function excelJsBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A file's bytes loaded by ExcelJS.
 * @param bytes - the .xlsx bytes
 * @returns the workbook as ExcelJS read it
 */
export async function loadByExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/**
 * What ExcelJS reads from a file: every sheet's used range of plain values, and the sheets our
 * ownership names point at.
 * @param bytes - the .xlsx bytes
 * @returns the workbook's data
 */
export async function readByExcelJs(bytes: Uint8Array): Promise<WorkbookData> {
  return workbookDataFromExcelJs(await loadByExcelJs(bytes));
}

/**
 * Every worksheet in tab order as its used range of plain values, plus the sheets this product
 * wrote in an earlier run.
 * @param workbook - a loaded ExcelJS workbook
 * @returns the workbook's data
 */
export function workbookDataFromExcelJs(workbook: ExcelJS.Workbook): WorkbookData {
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  const definedNames = workbook.definedNames.model.flatMap((definedName) =>
    definedName.ranges.map((reference) => ({ name: definedName.name, reference }))
  );
  return {
    sheets: workbook.worksheets.map(sheetDataFromWorksheet),
    ownedSheets: ownedSheetNames({ sheetNames, definedNames }),
  };
}

/**
 * One worksheet's used range (the smallest rectangle holding every non-empty cell).
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
 * One cell's plain value: rich text and hyperlinks as their text, formulas as their cached result
 * (null when there is none), errors as `{ error }`, the covered cells of a merge as null.
 */
function cellValueFromExcelJs(cell: Cell): CellValue {
  if (cell.master !== cell) return null;
  const value: unknown = cell.value;
  if (
    typeof value === "object" &&
    value !== null &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    // `cell.value.result` drops falsy results (0, false); `cell.result` keeps them.
    return plainValue(cell.result as unknown, cell);
  }
  return plainValue(value, cell);
}

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
  return cell.text;
}

function richTextToString(runs: unknown): string {
  if (!Array.isArray(runs)) return "";
  let text = "";
  for (const run of runs as unknown[]) {
    if (typeof run === "object" && run !== null && "text" in run) text += String(run.text);
  }
  return text;
}
