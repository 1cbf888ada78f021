/**
 * The in-memory workbook behind the host: sheets of cells, style layers, tables, defined names,
 * charts and conditional formats, with Excel's rules on names. No Office.js here: the proxies in
 * ./proxies translate queued API calls into calls on this model at `sync`.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  contains,
  formatAddress,
  isUnbounded,
  looksLikeCellReference,
} from "./address";
import type { Rect } from "./address";
import { ERROR_CODES, isErrorValue, storedCell } from "./cellInput";
import type { CellModel, ErrorValue } from "./cellInput";
import { HostError, invalidArgument, shapeMismatch } from "./errors";

/** Formatting properties the host keeps per cell (as layers, so whole columns stay cheap). */
export type StyleProperty =
  "numberFormat" | "font.bold" | "font.color" | "fill.color" | "font.italic" | "wrapText";

/** Defaults Excel reports for an unformatted cell. */
export const STYLE_DEFAULTS: Readonly<Record<StyleProperty, unknown>> = {
  numberFormat: "General",
  "font.bold": false,
  "font.color": "#000000",
  "fill.color": "#FFFFFF",
  "font.italic": false,
  wrapText: false,
};

/** One formatting write: a value for every cell of `rect` (broadcast) or a matrix matching it. */
export interface StyleLayer {
  readonly rect: Rect;
  readonly property: StyleProperty;
  readonly value: unknown;
  readonly matrix: boolean;
}

/** A conditional format, as added through `Range.conditionalFormats.add`. */
export interface ConditionalFormatModel {
  readonly id: string;
  readonly sheet: SheetModel;
  readonly rect: Rect;
  readonly type: string;
  rule?: Record<string, unknown>;
  fillColor?: string;
  fontColor?: string;
  bold?: boolean;
  deleted: boolean;
}

/** A cell range on a sheet (chart series data, name references). */
export interface SheetRect {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** One chart series. */
export interface SeriesModel {
  name: string;
  values: SheetRect | null;
  xValues: SheetRect | null;
  axisGroup: string;
  chartType?: string;
  fillColor?: string;
  readonly pointFills: Map<number, string>;
  deleted: boolean;
}

/** A chart on a sheet. */
export interface ChartModel {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  chartType: string;
  readonly source: SheetRect;
  readonly seriesBy: string;
  title: string;
  titleVisible: boolean;
  readonly series: SeriesModel[];
  position?: { startCell: string; endCell?: string };
  axisTitles: Record<string, string>;
  legend: { visible: boolean; position: string };
  deleted: boolean;
}

/** A worksheet. */
export interface SheetModel {
  readonly id: string;
  name: string;
  deleted: boolean;
  visibility: string;
  readonly cells: Map<number, CellModel>;
  readonly styles: StyleLayer[];
  readonly columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  readonly conditionalFormats: ConditionalFormatModel[];
  readonly charts: ChartModel[];
}

/** An Excel table. */
export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  readonly rect: Rect;
  showFilterButton: boolean;
  showHeaders: boolean;
  showBandedRows: boolean;
  style: string;
  deleted: boolean;
}

/** A workbook-scoped defined name: a range on a sheet, or a formula (e.g. `=#REF!$A$1` once its sheet is gone). */
export interface NameModel {
  name: string;
  comment: string;
  visible: boolean;
  ref: SheetRect | { readonly formula: string };
  deleted: boolean;
}

/** The whole workbook. */
export interface WorkbookModel {
  readonly sheets: SheetModel[];
  readonly tables: TableModel[];
  readonly names: NameModel[];
  activeSheetId: string;
  nextId: number;
  /** Syncs for which calculation was suspended (suspendApiCalculationUntilNextSync). */
  calculationSuspendedSyncs: number;
}

/** Key of a cell in `SheetModel.cells`. */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/** A new id, unique in the workbook. */
export function newId(workbook: WorkbookModel, prefix: string): string {
  workbook.nextId += 1;
  return `{${prefix}-${workbook.nextId}}`;
}

/** The live sheet with this name (case-insensitive, as Excel compares sheet names). */
export function findSheet(workbook: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return workbook.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
}

/**
 * Checks a sheet name against Excel's rules: 1–31 characters, none of `: \ / ? * [ ]`, no
 * apostrophe at either end, not "History", unique ignoring case.
 * @throws HostError InvalidArgument or ItemAlreadyExists
 */
export function validateSheetName(workbook: WorkbookModel, name: string, self?: SheetModel): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 31) {
    throw invalidArgument(
      `sheet name '${String(name)}' must have 1 to 31 characters`,
      "Worksheet.name"
    );
  }
  if (
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    throw invalidArgument(`sheet name '${name}' is not allowed in Excel`, "Worksheet.name");
  }
  const existing = findSheet(workbook, name);
  if (existing && existing !== self) {
    throw new HostError(
      "ItemAlreadyExists",
      `A sheet named '${name}' already exists.`,
      "Worksheet.name"
    );
  }
}

/** A new empty sheet. */
export function createSheet(workbook: WorkbookModel, name: string): SheetModel {
  return {
    id: newId(workbook, "sheet"),
    name,
    deleted: false,
    visibility: "Visible",
    cells: new Map(),
    styles: [],
    columnWidths: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    conditionalFormats: [],
    charts: [],
  };
}

/**
 * Checks a table or defined name against Excel's rules: starts with a letter, `_` or `\`; then
 * letters, digits, `_`, `.`; at most 255 characters; not a cell reference; unique among tables
 * and names ignoring case.
 * @throws HostError InvalidArgument or ItemAlreadyExists
 */
export function validateObjectName(
  workbook: WorkbookModel,
  name: string,
  kind: "Table" | "NamedItem",
  self?: object
): void {
  const location = `${kind}.name`;
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)
  ) {
    throw invalidArgument(
      `'${String(name)}' is not a valid ${kind === "Table" ? "table" : "defined"} name`,
      location
    );
  }
  if (looksLikeCellReference(name))
    throw invalidArgument(`'${name}' looks like a cell reference`, location);
  const lower = name.toLowerCase();
  const clash =
    workbook.tables.find((t) => t !== self && t.name.toLowerCase() === lower) ??
    workbook.names.find((n) => n !== self && n.name.toLowerCase() === lower);
  if (clash)
    throw new HostError(
      "ItemAlreadyExists",
      `A table or defined name '${name}' already exists.`,
      location
    );
}

/** Number format of one cell (last layer that covers it wins). */
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
