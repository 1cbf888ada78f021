/**
 * Plain sheets (WorkbookData) → a new ExcelJS workbook: used for CSV input and by the `sample`
 * command. Browser-safe (ExcelJS itself runs in the browser; the task pane imports this lazily).
 */
import { xmlSafeText } from "../engine/xmlText";
import type { CellErrorValue, CellValue as ExcelJsCellValue, Workbook, Worksheet } from "exceljs";
import { columnLetters, isCellError } from "../engine/cells";
import type { CellValue, SheetData, WorkbookData } from "../engine/cells";
import { columnWidthFor } from "../output/columnWidths";
import { newExcelJsWorkbook } from "./excelJs";

/**
 * A workbook with one plain sheet per SheetData: values as given (text always as text, never a
 * formula), the first row bold and frozen with filter buttons, and column widths that fit.
 * @param data - the sheets to write, in tab order
 * @returns a new ExcelJS workbook
 * @throws Error when a sheet name cannot be used in Excel
 * @example workbookFromData({ sheets: [parseCsv(text, "practices")] }).xlsx.writeBuffer()
 */
export function workbookFromData(data: WorkbookData): Workbook {
  const workbook = newExcelJsWorkbook();
  workbook.creator = "CCG Footprint";
  for (const sheet of data.sheets) writePlainSheet(workbook, sheet);
  return workbook;
}

/**
 * Adds one plain sheet to a workbook.
 * @param workbook - the workbook to add to
 * @param sheet - the sheet's data
 * @returns the new worksheet
 */
export function writePlainSheet(workbook: Workbook, sheet: SheetData): Worksheet {
  let worksheet: Worksheet;
  try {
    worksheet = workbook.addWorksheet(sheet.name);
  } catch (error) {
    throw new Error(
      `Sheet name '${sheet.name}' cannot be used in Excel: ${(error as Error).message}`
    );
  }
  const { rows, firstRow, firstColumn } = sheet;
  let width = 0;
  rows.forEach((values, i) => {
    if (values.length === 0) return;
    width = Math.max(width, values.length);
    const row = worksheet.getRow(firstRow + i);
    values.forEach((value, j) => {
      if (value !== null) row.getCell(firstColumn + j).value = excelJsValue(value);
    });
  });
  if (rows.length === 0 || width === 0) return worksheet;

  const headerRow = worksheet.getRow(firstRow);
  headerRow.font = { bold: true };
  worksheet.views = [
    {
      state: "frozen",
      xSplit: 0,
      ySplit: firstRow,
      topLeftCell: `A${firstRow + 1}`,
      activeCell: `A${firstRow + 1}`,
    },
  ];
  const lastRow = firstRow + rows.length - 1;
  worksheet.autoFilter = `${columnLetters(firstColumn)}${firstRow}:${columnLetters(firstColumn + width - 1)}${lastRow}`;

  const header = rows[0] ?? [];
  for (let j = 0; j < width; j += 1) {
    const headerValue = header[j];
    worksheet.getColumn(firstColumn + j).width = columnWidthFor(
      headerValue === null ? undefined : headerValue,
      columnValues(rows, j)
    );
  }
  return worksheet;
}

/** Values of column `j` below the header row. */
function* columnValues(
  rows: readonly (readonly CellValue[])[],
  j: number
): Generator<CellValue | undefined> {
  for (let i = 1; i < rows.length; i += 1) yield rows[i]?.[j];
}

/**
 * A plain value as an ExcelJS cell value. Strings stay strings (ExcelJS writes them as text, never
 * as formulas); errors become error values.
 * @param value - a plain cell value
 * @returns the ExcelJS value
 */
export function excelJsValue(value: CellValue): ExcelJsCellValue {
  if (isCellError(value)) return { error: value.error as CellErrorValue["error"] };
  if (typeof value === "number" && !Number.isFinite(value)) return { error: "#NUM!" };
  return typeof value === "string" ? xmlSafeText(value) : value;
}
