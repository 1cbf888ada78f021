/**
 * One OutputTable → a real Excel table on an empty worksheet: header row frozen, filter buttons,
 * a table style, column widths, number formats and RAG conditional formats. Browser-safe.
 */
import type { Workbook, Worksheet } from "exceljs";
import { columnLetters } from "../engine/cells";
import { NUMBER_FORMATS, RAG_COLOURS } from "../engine/output";
import type { OutputTable, OutputValue } from "../engine/output";
import { columnWidthFor } from "./columnWidths";
import { tableNames } from "./workbookRepairs";

/** The table style of every output (Excel's default blue, banded rows). */
export const OUTPUT_TABLE_STYLE = "TableStyleMedium2";

/** Excel table names: a letter, `_` or `\` first, then letters, digits, `_` and `.`; at most 255. */
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;
/** Table names Excel refuses because they read as cell references (A1, R1C1) or are R/C. */
const CELL_REFERENCE_LIKE = /^(?:[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$/;

/**
 * Writes one output table at A1 of an empty worksheet.
 * @param workbook - the workbook (to keep table names unique)
 * @param worksheet - the empty worksheet to write to
 * @param output - the table to write
 * @returns the Excel table name used (the OutputTable's, or with `_2`, `_3`… if a user table has it)
 * @throws Error when the table has no columns, duplicate or empty headers, an invalid table name,
 *   a row longer than the header, or a number that is not finite
 */
export function writeOutputTable(
  workbook: Workbook,
  worksheet: Worksheet,
  output: OutputTable
): string {
  validateOutputTable(output);
  const { columns } = output;
  const tableName = uniqueTableName(workbook, output.tableName);
  // Excel needs at least one data row under the header: an empty output gets one blank row.
  const rows: OutputValue[][] =
    output.rows.length > 0
      ? output.rows.map((row) => columns.map((_, j) => row[j] ?? null))
      : [columns.map(() => null)];
  const lastRow = rows.length + 1;

  worksheet.addTable({
    name: tableName,
    displayName: tableName,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: OUTPUT_TABLE_STYLE, showRowStripes: true, showColumnStripes: false },
    columns: columns.map((column) => ({ name: column.header, filterButton: true })),
    rows,
  });
  worksheet.views = [
    { state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" },
  ];

  let priority = 1;
  columns.forEach((column, j) => {
    const letters = columnLetters(j + 1);
    const numberFormat = NUMBER_FORMATS[column.format];
    if (numberFormat !== "General") {
      for (let rowNumber = 2; rowNumber <= lastRow; rowNumber += 1)
        worksheet.getCell(rowNumber, j + 1).numFmt = numberFormat;
    }
    worksheet.getColumn(j + 1).width =
      column.width ??
      columnWidthFor(column.header, rowValues(rows, j, column.format === "percent"));
    if (column.format === "rating") {
      worksheet.addConditionalFormatting({
        ref: `${letters}2:${letters}${lastRow}`,
        rules: (["GREEN", "AMBER", "RED"] as const).map((rating) => ({
          type: "expression" as const,
          priority: priority++,
          formulae: [`ISNUMBER(SEARCH("${rating}",${letters}2))`],
          style: {
            fill: {
              type: "pattern" as const,
              pattern: "solid" as const,
              bgColor: { argb: `FF${RAG_COLOURS[rating].fill}` },
            },
            font: { color: { argb: `FF${RAG_COLOURS[rating].font}` } },
          },
        })),
      });
    }
  });
  return tableName;
}

/** Column `j`'s values as shown (percentages as their displayed text, e.g. `12.3%`). */
function* rowValues(
  rows: readonly (readonly OutputValue[])[],
  j: number,
  isPercent: boolean
): Generator<OutputValue | undefined> {
  for (const row of rows) {
    const value = row[j];
    yield isPercent && typeof value === "number" ? `${(value * 100).toFixed(1)}%` : value;
  }
}

/**
 * Checks an output table before anything is written.
 * @param output - the table
 * @throws Error naming the output and the problem
 */
export function validateOutputTable(output: OutputTable): void {
  const where = `Output '${output.sheetName}'`;
  if (!TABLE_NAME.test(output.tableName) || CELL_REFERENCE_LIKE.test(output.tableName)) {
    throw new Error(`${where}: '${output.tableName}' is not a valid Excel table name`);
  }
  if (output.columns.length === 0) throw new Error(`${where} has no columns`);
  const headers = new Set<string>();
  for (const column of output.columns) {
    const key = column.header.trim().toLowerCase();
    if (key === "") throw new Error(`${where} has a column without a header`);
    if (headers.has(key)) throw new Error(`${where} has the header '${column.header}' twice`);
    headers.add(key);
  }
  output.rows.forEach((row, i) => {
    if (row.length > output.columns.length) {
      throw new Error(
        `${where} row ${i + 1} has ${row.length} values for ${output.columns.length} columns`
      );
    }
    row.forEach((value, j) => {
      if (typeof value === "number" && !Number.isFinite(value)) {
        throw new Error(
          `${where} row ${i + 1}, column '${output.columns[j]?.header}' is ${value}; outputs must be finite numbers or empty`
        );
      }
    });
  });
}

/**
 * The table name, or the first of `name_2`, `name_3`, … that no table or defined name in the
 * workbook uses (Excel compares them case-insensitively, in one namespace).
 * @param workbook - the workbook
 * @param name - the wanted name
 * @returns a free table name
 */
export function uniqueTableName(workbook: Workbook, name: string): string {
  const taken = new Set<string>();
  for (const tableName of tableNames(workbook)) taken.add(tableName.toLowerCase());
  for (const definedName of workbook.definedNames.model) taken.add(definedName.name.toLowerCase());
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
