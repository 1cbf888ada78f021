/**
 * A1 addresses of the sheet plan: one parser and one formatter for every renderer. Addresses name
 * cells on the plan's own sheet (`B2`, `B2:D40`), never another sheet and never whole columns.
 */
import { columnLetters } from "../engine/cells";

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/**
 * The 1-based number of a column's letters.
 * @param letters - e.g. "A", "AB"
 * @returns e.g. 1, 28
 * @example columnNumber("AB") // 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Reads an A1 address of the plan.
 * @param address - `D7` or `B2:D40` (whole columns such as `C:E` are not plan addresses)
 * @returns the rectangle, or undefined when the address cannot be read or leaves Excel's grid
 * @example parseRange("B2:C10") // { top: 2, left: 2, bottom: 10, right: 3 }
 */
export function parseRange(address: string): CellRange | undefined {
  const parts = address.trim().split(":");
  if (parts.length === 1 || parts.length === 2) {
    const first = CELL.exec(parts[0] ?? "");
    const second = CELL.exec(parts[parts.length - 1] ?? "");
    if (first && second) {
      const r1 = Number(first[2]);
      const r2 = Number(second[2]);
      const c1 = columnNumber(first[1] ?? "");
      const c2 = columnNumber(second[1] ?? "");
      return checked({
        top: Math.min(r1, r2),
        left: Math.min(c1, c2),
        bottom: Math.max(r1, r2),
        right: Math.max(c1, c2),
      });
    }
  }
  return undefined;
}

function checked(range: CellRange): CellRange | undefined {
  return range.top >= 1 && range.left >= 1 && range.bottom <= MAX_ROWS && range.right <= MAX_COLUMNS
    ? range
    : undefined;
}

/**
 * Reads an address that the plan's validation has already accepted.
 * @param address - an A1 address
 * @returns the rectangle
 * @throws Error naming the address when it cannot be read
 */
export function rangeOf(address: string): CellRange {
  const range = parseRange(address);
  if (!range) throw new Error(`'${address}' is not a cell address such as B2 or B2:D40`);
  return range;
}

/**
 * The A1 address of one cell.
 * @param row - 1-based row
 * @param column - 1-based column
 * @returns e.g. `C7`
 * @example cellAddress(7, 3) // "C7"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * The A1 address of a rectangle (`C7` for one cell).
 * @param range - the rectangle
 * @returns e.g. `B2:D40`
 * @example rangeAddress({ top: 2, left: 2, bottom: 40, right: 4 }) // "B2:D40"
 */
export function rangeAddress(range: CellRange): string {
  const first = cellAddress(range.top, range.left);
  const last = cellAddress(range.bottom, range.right);
  return first === last ? first : `${first}:${last}`;
}

/**
 * True when two rectangles share a cell.
 * @param a - one rectangle
 * @param b - another
 */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
