/**
 * `Excel.Range` and its format objects in the in-memory host.
 */
import { MAX_ROWS, formatAddress } from "../address";
import type { Rect } from "../address";
import { invalidArgument } from "../errors";
import {
  cellKey,
  checkShape,
  clearRect,
  mapRect,
  shownValue,
  styleAt,
  valueType,
  writeCells,
} from "../model";
import type { SheetModel, SheetRect, StyleProperty } from "../model";
import { HostProxy } from "../runtime";
import type { Getter, HostRequestContext } from "../runtime";
import { checkIndex, checkedRect, normalizeColour } from "./common";
import { ConditionalFormatCollectionProxy } from "./conditionalFormats";
import { WorksheetProxy } from "./worksheet";

/** A range proxy: resolves to a sheet and a rectangle. */
export class RangeProxy extends HostProxy<SheetRect> {
  constructor(context: HostRequestContext, path: string, resolver: () => SheetRect | null) {
    super(context, path, resolver, "Range");
  }

  protected scalars(): Record<string, Getter<SheetRect>> {
    const cell = (t: SheetRect, r: number, c: number) => t.sheet.cells.get(cellKey(r, c));
    return {
      address: (t) => formatAddress(t.sheet.name, t.rect),
      addressLocal: (t) => formatAddress(t.sheet.name, t.rect),
      values: (t) => mapRect(t.rect, (r, c) => shownValue(cell(t, r, c))),
      valueTypes: (t) => mapRect(t.rect, (r, c) => valueType(cell(t, r, c))),
      formulas: (t) =>
        mapRect(t.rect, (r, c) => cell(t, r, c)?.formula ?? shownValue(cell(t, r, c))),
      text: (t) => mapRect(t.rect, (r, c) => String(shownValue(cell(t, r, c)))),
      numberFormat: (t) => mapRect(t.rect, (r, c) => styleAt(t.sheet, r, c, "numberFormat")),
      rowIndex: (t) => t.rect.row,
      columnIndex: (t) => t.rect.column,
      rowCount: (t) => t.rect.rowCount,
      columnCount: (t) => t.rect.columnCount,
      cellCount: (t) => t.rect.rowCount * t.rect.columnCount,
    };
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(value: unknown[][]) {
    this.set("values", value, (t, v) => writeCells(t.sheet, t.rect, v, "values"));
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(value: unknown[][]) {
    this.set("formulas", value, (t, v) => writeCells(t.sheet, t.rect, v, "formulas"));
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.set("numberFormat", value, (t, v) => setStyle(t, "numberFormat", v, (x) => x));
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }

  /** A range derived from this one at sync time. */
  private derived(method: string, args: unknown[], derive: (rect: Rect) => Rect): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.${method}(${args.map((a) => JSON.stringify(a)).join(",")})`,
      () => {
        const t = this._targetOrNull();
        return t === null ? null : { sheet: t.sheet, rect: derive(t.rect) };
      }
    );
  }

  getCell(row: number, column: number): RangeProxy {
    const location = "Range.getCell";
    return this.derived("getCell", [row, column], (r) =>
      checkedRect(r.row + row, r.column + column, 1, 1, location)
    );
  }
  getColumn(column: number): RangeProxy {
    return this.derived("getColumn", [column], (r) => {
      checkIndex(column, r.columnCount, "column", "Range.getColumn");
      return checkedRect(r.row, r.column + column, r.rowCount, 1, "Range.getColumn");
    });
  }
  getRow(row: number): RangeProxy {
    return this.derived("getRow", [row], (r) => {
      checkIndex(row, r.rowCount, "row", "Range.getRow");
      return checkedRect(r.row + row, r.column, 1, r.columnCount, "Range.getRow");
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], (r) =>
      checkedRect(
        r.row,
        r.column,
        r.rowCount + deltaRows,
        r.columnCount + deltaColumns,
        "Range.getResizedRange"
      )
    );
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], (r) =>
      checkedRect(
        r.row + rowOffset,
        r.column + columnOffset,
        r.rowCount,
        r.columnCount,
        "Range.getOffsetRange"
      )
    );
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.derived("getAbsoluteResizedRange", [numRows, numColumns], (r) =>
      checkedRect(r.row, r.column, numRows, numColumns, "Range.getAbsoluteResizedRange")
    );
  }
  getRowsBelow(count = 1): RangeProxy {
    return this.derived("getRowsBelow", [count], (r) =>
      checkedRect(r.row + r.rowCount, r.column, count, r.columnCount, "Range.getRowsBelow")
    );
  }
  getColumnsAfter(count = 1): RangeProxy {
    return this.derived("getColumnsAfter", [count], (r) =>
      checkedRect(r.row, r.column + r.columnCount, r.rowCount, count, "Range.getColumnsAfter")
    );
  }
  getLastRow(): RangeProxy {
    return this.derived("getLastRow", [], (r) =>
      checkedRect(r.row + r.rowCount - 1, r.column, 1, r.columnCount, "Range.getLastRow")
    );
  }
  getLastColumn(): RangeProxy {
    return this.derived("getLastColumn", [], (r) =>
      checkedRect(r.row, r.column + r.columnCount - 1, r.rowCount, 1, "Range.getLastColumn")
    );
  }
  getEntireColumn(): RangeProxy {
    return this.derived("getEntireColumn", [], (r) => ({
      row: 0,
      rowCount: MAX_ROWS,
      column: r.column,
      columnCount: r.columnCount,
    }));
  }

  /** Office.js `clear(applyTo)`: "All" (default), "Contents" or "Formats". */
  clear(applyTo: string = "All"): void {
    this.call("clear", [applyTo], (t) => clearRect(t.sheet, t.rect, applyTo));
  }
  /** Selecting does nothing in the host. */
  select(): void {
    this.call("select", [], () => undefined);
  }

  get worksheet(): WorksheetProxy {
    return this.nav(
      "worksheet",
      () =>
        new WorksheetProxy(
          this.context,
          this.child("worksheet"),
          () => this._targetOrNull()?.sheet ?? null
        )
    );
  }
  get format(): RangeFormatProxy {
    return this.nav(
      "format",
      () => new RangeFormatProxy(this.context, this.child("format"), () => this._targetOrNull())
    );
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this.nav(
      "conditionalFormats",
      () =>
        new ConditionalFormatCollectionProxy(this.context, this.child("conditionalFormats"), () =>
          this._targetOrNull()
        )
    );
  }
}

/** Adds a style layer for a broadcast value or a matching matrix. */
function setStyle(
  t: SheetRect,
  property: StyleProperty,
  value: unknown,
  normalise: (v: unknown) => unknown
): void {
  const shaped = checkShape(t.rect, value, property);
  if ("single" in shaped) {
    t.sheet.styles.push({ rect: t.rect, property, value: normalise(shaped.single), matrix: false });
  } else {
    t.sheet.styles.push({
      rect: t.rect,
      property,
      value: shaped.matrix.map((row) => row.map(normalise)),
      matrix: true,
    });
  }
}

/** The value of a style over a range: the common value, or null when cells differ (as Office.js). */
function uniformStyle(t: SheetRect, property: StyleProperty): unknown {
  let first: unknown;
  let seen = false;
  for (let i = 0; i < Math.min(t.rect.rowCount, 5000); i += 1) {
    for (let j = 0; j < Math.min(t.rect.columnCount, 500); j += 1) {
      const v = styleAt(t.sheet, t.rect.row + i, t.rect.column + j, property);
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  }
  return first;
}

/** Default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

function columnWidths(sheet: SheetModel, rect: Rect): number | null {
  const widths = new Set<number>();
  for (let j = 0; j < Math.min(rect.columnCount, 500); j += 1)
    widths.add(sheet.columnWidths.get(rect.column + j) ?? DEFAULT_COLUMN_WIDTH);
  return widths.size === 1 ? ([...widths][0] ?? null) : null;
}

/** `Range.format`. */
export class RangeFormatProxy extends HostProxy<SheetRect> {
  constructor(context: HostRequestContext, path: string, resolver: () => SheetRect | null) {
    super(context, path, resolver, "RangeFormat");
  }
  protected scalars(): Record<string, Getter<SheetRect>> {
    return {
      columnWidth: (t) => columnWidths(t.sheet, t.rect),
      wrapText: (t) => uniformStyle(t, "wrapText"),
    };
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.set("columnWidth", points, (t, v) => {
      if (typeof v !== "number" || !(v >= 0) || v > 1000)
        throw invalidArgument(`column width ${String(v)}`, "RangeFormat.columnWidth");
      for (let j = 0; j < t.rect.columnCount; j += 1)
        t.sheet.columnWidths.set(t.rect.column + j, v);
    });
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(value: boolean) {
    this.set("wrapText", value, (t, v) => setStyle(t, "wrapText", v, Boolean));
  }
  /** Widths that fit the text shown (about 7 px a character, in points). */
  autofitColumns(): void {
    this.call("autofitColumns", [], (t) => {
      for (let j = 0; j < t.rect.columnCount && j < 500; j += 1) {
        let longest = 0;
        for (let i = 0; i < Math.min(t.rect.rowCount, 5000); i += 1) {
          longest = Math.max(
            longest,
            String(shownValue(t.sheet.cells.get(cellKey(t.rect.row + i, t.rect.column + j)))).length
          );
        }
        t.sheet.columnWidths.set(t.rect.column + j, Math.round((longest * 7 + 5) * 0.75));
      }
    });
  }
  autofitRows(): void {
    this.call("autofitRows", [], () => undefined);
  }
  get font(): RangeStyleProxy {
    return this.nav(
      "font",
      () =>
        new RangeStyleProxy(
          this.context,
          this.child("font"),
          () => this._targetOrNull(),
          "RangeFont",
          "font"
        )
    );
  }
  get fill(): RangeStyleProxy {
    return this.nav(
      "fill",
      () =>
        new RangeStyleProxy(
          this.context,
          this.child("fill"),
          () => this._targetOrNull(),
          "RangeFill",
          "fill"
        )
    );
  }
}

/** `RangeFont` and `RangeFill`: colour, bold, italic as style layers. */
export class RangeStyleProxy extends HostProxy<SheetRect> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => SheetRect | null,
    typeName: string,
    private readonly prefix: "font" | "fill"
  ) {
    super(context, path, resolver, typeName);
  }
  protected scalars(): Record<string, Getter<SheetRect>> {
    if (this.prefix === "fill") return { color: (t) => uniformStyle(t, "fill.color") };
    return {
      color: (t) => uniformStyle(t, "font.color"),
      bold: (t) => uniformStyle(t, "font.bold"),
      italic: (t) => uniformStyle(t, "font.italic"),
    };
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    const property: StyleProperty = this.prefix === "fill" ? "fill.color" : "font.color";
    this.set("color", value, (t, v) =>
      setStyle(t, property, v, (x) => normalizeColour(x, `${this.typeName}.color`))
    );
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value, (t, v) => setStyle(t, "font.bold", v, Boolean));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(value: boolean) {
    this.set("italic", value, (t, v) => setStyle(t, "font.italic", v, Boolean));
  }
  /** `RangeFill.clear()`. */
  clear(): void {
    this.call("clear", [], (t) =>
      t.sheet.styles.push({ rect: t.rect, property: "fill.color", value: "#FFFFFF", matrix: false })
    );
  }
}
