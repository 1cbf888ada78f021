/**
 * Cells of the in-memory host's sheets: writing values as Excel parses them, reading values,
 * value types and styles, used ranges, clearing.
 */
import { MAX_COLUMNS, MAX_ROWS, contains, formatAddress, isUnbounded } from "./address";
import type { Rect } from "./address";
import { ERROR_CODES, isErrorValue, storedCell } from "./cellInput";
import type { CellModel, ErrorValue } from "./cellInput";
import { invalidArgument, shapeMismatch } from "./errors";
import { STYLE_DEFAULTS, cellKey } from "./model";
import type { SheetModel, StyleProperty } from "./model";

/** A style property of one cell (the last layer that covers it wins). */
export function styleAt(
  sheet: SheetModel,
  row: number,
  column: number,
  property: StyleProperty
): unknown {
  for (let i = sheet.styles.length - 1; i >= 0; i -= 1) {
    const layer = sheet.styles[i];
    if (!layer || layer.property !== property || !contains(layer.rect, row, column)) continue;
    if (!layer.matrix) return layer.value;
    return ((layer.value as unknown[][])[row - layer.rect.row] ?? [])[column - layer.rect.column];
  }
  return STYLE_DEFAULTS[property];
}

/**
 * Checks that `input` fits `rect` the way Office.js does: the exact shape, or a single value
 * (bare or `[[x]]`) that is copied to every cell.
 * @returns the matrix, or `{ single }` for a broadcast value
 * @throws HostError InvalidArgument
 */
export function checkShape(
  rect: Rect,
  input: unknown,
  property: string
): { matrix: unknown[][] } | { single: unknown } {
  if (!Array.isArray(input)) {
    if (isUnbounded(rect))
      throw invalidArgument(`cannot set ${property} on an unbounded range`, `Range.${property}`);
    return { single: input };
  }
  const rows = input as unknown[];
  const first = rows[0];
  if (
    rows.length === 1 &&
    Array.isArray(first) &&
    first.length === 1 &&
    !(rect.rowCount === 1 && rect.columnCount === 1)
  ) {
    if (isUnbounded(rect))
      throw invalidArgument(`cannot set ${property} on an unbounded range`, `Range.${property}`);
    return { single: first[0] };
  }
  const widths = rows.map((row) => (Array.isArray(row) ? row.length : -1));
  const width = widths[0] ?? 0;
  if (rows.length !== rect.rowCount || widths.some((w) => w !== rect.columnCount)) {
    throw shapeMismatch(property, rect.rowCount, rect.columnCount, rows.length, width);
  }
  return { matrix: rows as unknown[][] };
}

/**
 * Writes `values` (or `formulas`) into a rectangle, parsing each element as Excel would.
 * @throws HostError InvalidArgument for a wrong shape or an element that is not a scalar
 */
export function writeCells(
  sheet: SheetModel,
  rect: Rect,
  input: unknown,
  property: "values" | "formulas"
): void {
  const shaped = checkShape(rect, input, property);
  const textLayers = sheet.styles.some((l) => l.property === "numberFormat");
  for (let i = 0; i < rect.rowCount; i += 1) {
    const row = "matrix" in shaped ? (shaped.matrix[i] as unknown[]) : undefined;
    for (let j = 0; j < rect.columnCount; j += 1) {
      const element = row ? row[j] : (shaped as { single: unknown }).single;
      const r = rect.row + i;
      const c = rect.column + j;
      const textFormat = textLayers && styleAt(sheet, r, c, "numberFormat") === "@";
      let cell: CellModel | null | undefined;
      try {
        cell = storedCell(element, textFormat);
      } catch (error) {
        throw invalidArgument(
          `${(error as Error).message} at ${formatAddress(sheet.name, { row: r, column: c, rowCount: 1, columnCount: 1 })}`,
          `Range.${property}`
        );
      }
      if (cell === undefined) continue;
      if (cell === null) sheet.cells.delete(cellKey(r, c));
      else sheet.cells.set(cellKey(r, c), cell);
    }
  }
}

/** What `Range.values` reports for a cell: errors as their code, empty as "". */
export function shownValue(cell: CellModel | undefined): string | number | boolean {
  if (!cell) return "";
  return isErrorValue(cell.value) ? cell.value.error : cell.value;
}

/** What `Range.valueTypes` reports for a cell. */
export function valueType(cell: CellModel | undefined): string {
  if (!cell) return "Empty";
  const v = cell.value;
  if (isErrorValue(v)) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return v === "" ? "Empty" : "String";
}

/** A matrix of `fn(row, column)` over a rectangle. */
export function mapRect<T>(rect: Rect, fn: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rect.rowCount; i += 1) {
    const row: T[] = [];
    for (let j = 0; j < rect.columnCount; j += 1) row.push(fn(rect.row + i, rect.column + j));
    out.push(row);
  }
  return out;
}

/** Bounding rectangle of cells with values (and, unless valuesOnly, formatted cells); null when blank. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  for (const key of sheet.cells.keys()) {
    const r = Math.floor(key / MAX_COLUMNS);
    const c = key % MAX_COLUMNS;
    r1 = Math.min(r1, r);
    c1 = Math.min(c1, c);
    r2 = Math.max(r2, r);
    c2 = Math.max(c2, c);
  }
  if (!valuesOnly) {
    for (const layer of sheet.styles) {
      if (isUnbounded(layer.rect)) continue;
      r1 = Math.min(r1, layer.rect.row);
      c1 = Math.min(c1, layer.rect.column);
      r2 = Math.max(r2, layer.rect.row + layer.rect.rowCount - 1);
      c2 = Math.max(c2, layer.rect.column + layer.rect.columnCount - 1);
    }
  }
  if (r2 < 0) return null;
  return { row: r1, column: c1, rowCount: r2 - r1 + 1, columnCount: c2 - c1 + 1 };
}

/** Removes values (and formats, for "All"/"Formats") from a rectangle. */
export function clearRect(sheet: SheetModel, rect: Rect, applyTo: string): void {
  if (applyTo === "All" || applyTo === "Contents") {
    for (const key of [...sheet.cells.keys()]) {
      if (contains(rect, Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS)) sheet.cells.delete(key);
    }
  }
  if (applyTo === "All" || applyTo === "Formats") {
    for (const property of Object.keys(STYLE_DEFAULTS) as StyleProperty[]) {
      if (sheet.styles.some((l) => l.property === property)) {
        sheet.styles.push({ rect, property, value: STYLE_DEFAULTS[property], matrix: false });
      }
    }
  }
}

/** Initial cell value accepted by `createExcelHost`: scalars, null, or `{ error: "#N/A" }`. */
export type InitialValue = string | number | boolean | null | ErrorValue;

/** Stores an initial value as given (no parsing: it is what the cell already holds). */
export function initialCell(
  value: InitialValue,
  formula: string | null | undefined
): CellModel | undefined {
  if (value === null || value === "") {
    return formula ? { value: "", formula } : undefined;
  }
  if (isErrorValue(value) && !ERROR_CODES.includes(value.error))
    throw new Error(`Unknown Excel error '${value.error}'`);
  return formula ? { value, formula } : { value };
}

/** True when a rectangle lies inside the grid. */
export function inGrid(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS &&
    rect.rowCount > 0 &&
    rect.columnCount > 0
  );
}
