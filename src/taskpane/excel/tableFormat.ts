/* global Excel */
/**
 * How an output table looks in Excel: a real table with a header row, number formats per column,
 * widths, a frozen header row with filter buttons, and RAG conditional formats on rating columns.
 * These functions only queue operations; the caller decides when to sync.
 */
import { columnLetters } from "../../engine/cells";
import { NUMBER_FORMATS, RAG_COLOURS } from "../../engine/output";
import type { OutputTable } from "../../engine/output";
import { columnWidthFor } from "../../xlsx/columnWidths";
import { OPERATION_OVERHEAD_BYTES } from "./requestBatcher";

/** The table style of every output table. */
export const OUTPUT_TABLE_STYLE = "TableStyleMedium2";

/** The three RAG ratings, in the order their conditional formats are added. */
export const RAG_RATINGS = ["RED", "AMBER", "GREEN"] as const;

/**
 * Last worksheet row of an output table: the header is row 1, data from row 2. A table with no
 * rows still gets one (empty) data row, as Excel tables need one.
 */
export function lastTableRow(table: OutputTable): number {
  return Math.max(2, table.rows.length + 1);
}

/** Address of the data cells of column `j` (0-based), e.g. `C2:C201`. */
export function columnBodyAddress(table: OutputTable, j: number): string {
  const letters = columnLetters(j + 1);
  return `${letters}2:${letters}${lastTableRow(table)}`;
}

/**
 * Column width in points for a width in characters (Calibri 11: about 7 pixels a character plus
 * 5 pixels of padding; 0.75 points a pixel). 8.43 characters → 48 points, Excel's default.
 * @example columnWidthPoints(8.43) // 48
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 4) / 4;
}

/** Estimated request bytes of {@link queueTableFormat} for this table. */
export function tableFormatBytes(table: OutputTable): number {
  const ratingColumns = table.columns.filter((c) => c.format === "rating").length;
  const operations = 8 + table.columns.length * 4 + ratingColumns * RAG_RATINGS.length * 8;
  return operations * OPERATION_OVERHEAD_BYTES;
}

function* columnValues(table: OutputTable, j: number): Generator<unknown> {
  for (const row of table.rows) yield row[j];
}

/**
 * Queues the table, formats, widths, frozen header and RAG formats of one output on its sheet.
 * Call after the values are queued (Excel applies operations in order).
 * @param sheet - the output's worksheet
 * @param table - the output
 * @param tableName - the Excel table name to use (already made unique)
 * @returns the Excel table proxy
 */
export function queueTableFormat(
  sheet: Excel.Worksheet,
  table: OutputTable,
  tableName: string
): Excel.Table {
  const lastColumn = columnLetters(table.columns.length);
  const lastRow = lastTableRow(table);
  table.columns.forEach((column, j) => {
    const body = sheet.getRange(columnBodyAddress(table, j));
    body.numberFormat = [[NUMBER_FORMATS[column.format]]];
    const width = column.width ?? columnWidthFor(column.header, columnValues(table, j));
    sheet.getRange(`${columnLetters(j + 1)}1`).format.columnWidth = columnWidthPoints(width);
    if (column.format === "rating") queueRagFormats(body);
  });
  const excelTable = sheet.tables.add(`A1:${lastColumn}${lastRow}`, true);
  excelTable.name = tableName;
  excelTable.style = OUTPUT_TABLE_STYLE;
  excelTable.showFilterButton = true;
  sheet.freezePanes.freezeRows(1);
  return excelTable;
}

/**
 * Queues RED / AMBER / GREEN conditional formats (Excel's Bad / Neutral / Good colours) on a
 * range of rating cells.
 * @param range - the rating cells
 */
export function queueRagFormats(range: Excel.Range): void {
  for (const rating of RAG_RATINGS) {
    const format = range.conditionalFormats.add("ContainsText");
    format.textComparison.format.fill.color = `#${RAG_COLOURS[rating].fill}`;
    format.textComparison.format.font.color = `#${RAG_COLOURS[rating].font}`;
    format.textComparison.rule = { operator: "Contains", text: rating };
  }
}
