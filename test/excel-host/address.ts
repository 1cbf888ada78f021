/**
 * A1 addresses for the in-memory host: parse `'Sheet'!$A$1:B2`, `A:C`, `3:5`; format them back the
 * way Office.js reports `Range.address`. Rows and columns here are 0-based.
 */
import { invalidArgument } from "./errors";

/** Excel's grid size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** An address split into its optional sheet name and its rectangle. */
export interface ParsedAddress {
  readonly sheetName?: string;
  readonly rect: Rect;
}

/**
 * Column letters for a 0-based column index.
 * @example columnName(27) // "AB"
 */
export function columnName(column: number): string {
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters, or -1 when they are not letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** True when text would be read as a cell reference (A1 or R1C1 style), which names may not be. */
export function looksLikeCellReference(text: string): boolean {
  const a1 = /^([A-Za-z]{1,3})([0-9]+)$/.exec(text);
  if (a1) {
    const column = columnIndex(a1[1] ?? "");
    const row = Number(a1[2]);
    if (column >= 0 && column < MAX_COLUMNS && row >= 1 && row <= MAX_ROWS) return true;
  }
  return /^[Rr][0-9]*[Cc]?[0-9]*$/.test(text) || /^[Cc][0-9]*$/.test(text);
}

/** The sheet name as it appears in an address: quoted when Excel would quote it. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !looksLikeCellReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function cellPart(part: string, location: string): { row?: number; column?: number } {
  const match = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/.exec(part);
  if (!match || (match[1] === "" && match[2] === ""))
    throw invalidArgument(`address part '${part}'`, location);
  const column = match[1] === "" ? undefined : columnIndex(match[1] ?? "");
  const row = match[2] === "" ? undefined : Number(match[2]) - 1;
  if (column !== undefined && (column < 0 || column >= MAX_COLUMNS))
    throw invalidArgument(`column in '${part}'`, location);
  if (row !== undefined && (row < 0 || row >= MAX_ROWS))
    throw invalidArgument(`row in '${part}'`, location);
  return { row, column };
}

/**
 * Parses an A1 address with an optional sheet prefix.
 * @param address - e.g. `A1`, `'CCG Summary'!$A$1:$C$10`, `A:A`, `2:2`
 * @param location - API member for the error message
 * @returns the sheet name (if any) and the rectangle
 * @throws HostError InvalidArgument when the address cannot be read
 */
export function parseAddress(address: string, location = "Worksheet.getRange"): ParsedAddress {
  let rest = address.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const sheetPart = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    sheetName =
      sheetPart.startsWith("'") && sheetPart.endsWith("'") && sheetPart.length >= 2
        ? sheetPart.slice(1, -1).replace(/''/g, "'")
        : sheetPart;
  }
  const parts = rest.split(":");
  if (parts.length < 1 || parts.length > 2 || rest === "")
    throw invalidArgument(`address '${address}'`, location);
  const first = cellPart(parts[0] ?? "", location);
  const second = parts.length === 2 ? cellPart(parts[1] ?? "", location) : first;
  if (parts.length === 1 && (first.row === undefined || first.column === undefined)) {
    throw invalidArgument(`address '${address}'`, location);
  }
  const wholeRows = first.column === undefined && second.column === undefined;
  const wholeColumns = first.row === undefined && second.row === undefined;
  if (
    !wholeRows &&
    !wholeColumns &&
    (first.row === undefined ||
      second.row === undefined ||
      first.column === undefined ||
      second.column === undefined)
  ) {
    throw invalidArgument(`address '${address}'`, location);
  }
  const r1 = wholeColumns ? 0 : Math.min(first.row ?? 0, second.row ?? 0);
  const r2 = wholeColumns ? MAX_ROWS - 1 : Math.max(first.row ?? 0, second.row ?? 0);
  const c1 = wholeRows ? 0 : Math.min(first.column ?? 0, second.column ?? 0);
  const c2 = wholeRows ? MAX_COLUMNS - 1 : Math.max(first.column ?? 0, second.column ?? 0);
  const rect = { row: r1, column: c1, rowCount: r2 - r1 + 1, columnCount: c2 - c1 + 1 };
  return sheetName === undefined ? { rect } : { sheetName, rect };
}

/**
 * The address of a rectangle, without sheet, the way Excel writes it (`A1`, `A1:C3`, `A:C`, `2:4`).
 * @param rect - the rectangle
 * @param absolute - true for `$A$1` style
 */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  if (rect.row === 0 && rect.rowCount === MAX_ROWS) {
    return `${d}${columnName(rect.column)}:${d}${columnName(lastColumn)}`;
  }
  if (rect.column === 0 && rect.columnCount === MAX_COLUMNS)
    return `${d}${rect.row + 1}:${d}${lastRow + 1}`;
  const start = `${d}${columnName(rect.column)}${d}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${d}${columnName(lastColumn)}${d}${lastRow + 1}`;
}

/** `Sheet!A1:B2` with the sheet quoted when needed. */
export function formatAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

/** True when a rectangle spans whole rows or whole columns (an "unbounded" range in Office.js terms). */
export function isUnbounded(rect: Rect): boolean {
  return rect.rowCount === MAX_ROWS || rect.columnCount === MAX_COLUMNS;
}

/** True when the two rectangles share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** True when cell (row, column) lies in the rectangle. */
export function contains(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}
