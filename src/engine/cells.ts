/**
 * Spreadsheet cells as the engine sees them: plain values, independent of Excel, the file format or CSV.
 * Adapters convert their own cell objects to these once, at the boundary.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!` found in a cell. */
export interface CellError {
  readonly error: string;
}

/** One cell's value. Dates stay dates; formulas arrive as their cached result. */
export type CellValue = string | number | boolean | Date | null | CellError;

/** The used range of one worksheet (or one CSV file). */
export interface SheetData {
  /** Worksheet name as the user sees it (for CSV: the file name without extension). */
  readonly name: string;
  /** `rows[i][j]` is the cell at Excel row `firstRow + i`, column `firstColumn + j`. Rows may be ragged. */
  readonly rows: readonly (readonly CellValue[])[];
  /** 1-based Excel row number of `rows[0]`. */
  readonly firstRow: number;
  /** 1-based Excel column number of `rows[i][0]`. */
  readonly firstColumn: number;
}

/** A whole input workbook, sheets in tab order. */
export interface WorkbookData {
  readonly sheets: readonly SheetData[];
  /**
   * Names of sheets this product wrote in an earlier run (SPEC §7 ownership), as the adapter found them.
   * They are never mistaken for input, except an `Assumptions` sheet, which the user may have edited.
   */
  readonly ownedSheets?: readonly string[];
}

/**
 * A sheet's used range from the values found in it (rows by 1-based row number, each a sparse
 * array indexed by 1-based column number, holding no nulls): the smallest rectangle holding every
 * value, rows trimmed after their last value, empty rows inside it as `[]`.
 * @param name - the sheet's name
 * @param valuesByRow - row number → values by column number
 * @returns the sheet's data (an empty sheet has no rows and starts at A1)
 * @example sheetDataFromSparseRows("S", new Map([[2, [, , 5]]])) // { name: "S", rows: [[5]], firstRow: 2, firstColumn: 2 }
 */
export function sheetDataFromSparseRows(
  name: string,
  valuesByRow: ReadonlyMap<number, readonly (CellValue | undefined)[]>
): SheetData {
  let firstRow = Number.POSITIVE_INFINITY;
  let lastRow = 0;
  let firstColumn = Number.POSITIVE_INFINITY;
  for (const [rowNumber, values] of valuesByRow) {
    const column = values.findIndex((value) => value !== undefined && value !== null);
    if (column < 0) continue;
    if (column < firstColumn) firstColumn = column;
    if (rowNumber < firstRow) firstRow = rowNumber;
    if (rowNumber > lastRow) lastRow = rowNumber;
  }
  if (lastRow === 0) return { name, rows: [], firstRow: 1, firstColumn: 1 };
  const rows: CellValue[][] = [];
  for (let rowNumber = firstRow; rowNumber <= lastRow; rowNumber += 1) {
    const sparse = valuesByRow.get(rowNumber);
    let end = sparse === undefined ? 0 : sparse.length;
    while (end > firstColumn && (sparse?.[end - 1] ?? null) === null) end -= 1;
    const dense: CellValue[] = new Array<CellValue>(Math.max(0, end - firstColumn)).fill(null);
    for (let column = firstColumn; column < end; column += 1) {
      const value = sparse?.[column];
      if (value !== undefined) dense[column - firstColumn] = value;
    }
    rows.push(dense);
  }
  return { name, rows, firstRow, firstColumn };
}

/** True when the value is an Excel error value. */
export function isCellError(value: CellValue | undefined): value is CellError {
  return (
    typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value
  );
}

/** True for empty cells: null, undefined or text made only of white space. */
export function isBlankCell(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * Column letters for a 1-based column number: 1 → A, 27 → AA.
 * @example columnLetters(5) // "E"
 */
export function columnLetters(column: number): string {
  let letters = "";
  let n = column;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The value as the user would read it in a message: text as is, errors as their code, dates as ISO dates. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.error;
}
