/**
 * Small helpers shared by the host's proxies: colours, rectangle arithmetic, reading a range
 * argument.
 */
import { MAX_COLUMNS, MAX_ROWS } from "../address";
import type { Rect } from "../address";
import { invalidArgument } from "../errors";

const NAMED_COLOURS: Readonly<Record<string, string>> = {
  white: "#FFFFFF",
  black: "#000000",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
};

/**
 * A colour as Excel reports it (`#RRGGBB`, upper case).
 * @throws HostError InvalidArgument for anything else
 */
export function normalizeColour(value: unknown, location: string): string {
  if (typeof value === "string") {
    const named = NAMED_COLOURS[value.toLowerCase()];
    if (named) return named;
    if (/^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
  }
  throw invalidArgument(`colour ${JSON.stringify(value)} (use #RRGGBB or a colour name)`, location);
}

/**
 * A rectangle derived from another, checked against the grid.
 * @throws HostError InvalidArgument when it leaves the sheet or is empty
 */
export function checkedRect(
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
  location: string
): Rect {
  const ints = [row, column, rowCount, columnCount].every((n) => Number.isInteger(n));
  if (
    !ints ||
    row < 0 ||
    column < 0 ||
    rowCount < 1 ||
    columnCount < 1 ||
    row + rowCount > MAX_ROWS ||
    column + columnCount > MAX_COLUMNS
  ) {
    throw invalidArgument(
      `range at row ${row}, column ${column}, ${rowCount}x${columnCount} is outside the sheet`,
      location
    );
  }
  return { row, column, rowCount, columnCount };
}

/** Checks an index argument (e.g. `getCell(row, column)` within the range). */
export function checkIndex(index: unknown, count: number, what: string, location: string): number {
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= count) {
    throw invalidArgument(`${what} ${String(index)} is outside 0..${count - 1}`, location);
  }
  return index;
}
