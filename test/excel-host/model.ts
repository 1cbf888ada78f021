/**
 * The in-memory workbook behind the host: sheets of cells, style layers, tables, defined names,
 * charts and conditional formats, with Excel's rules on names. No Office.js here: the proxies in
 * ./proxies translate queued API calls into calls on this model at `sync`.
 */
import { MAX_COLUMNS, looksLikeCellReference } from "./address";
import type { Rect } from "./address";
import type { CellModel } from "./cellInput";
import { HostError, invalidArgument } from "./errors";

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

/** A data-validation rule on a rectangle (later layers win where they overlap; `rule` null clears). */
export interface ValidationLayer {
  readonly rect: Rect;
  /** The rule as set through `dataValidation.rule`, e.g. `{ list: { inCellDropDown, source } }`. */
  rule: Record<string, unknown> | null;
  errorAlert?: Record<string, unknown>;
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
  /** 0-based indexes of hidden columns. */
  readonly hiddenColumns: Set<number>;
  readonly validations: ValidationLayer[];
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
    hiddenColumns: new Set(),
    validations: [],
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
