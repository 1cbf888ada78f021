/**
 * `Excel.Range` and its format objects in the in-memory host.
 */
import { MAX_ROWS, formatAddress } from "../address";
import type { Rect } from "../address";
import { cellKey } from "../model";
import { clearRect, mapRect, shownValue, styleAt, valueType, writeCells } from "../grid";
import type { SheetRect } from "../model";
import { HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";
import { checkIndex, checkedRect } from "./common";
import { invalidArgument } from "../errors";
import { ConditionalFormatCollectionProxy } from "./conditionalFormats";
import { DataValidationProxy } from "./dataValidation";
import { RangeFormatProxy, setStyle } from "./rangeFormat";
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
      columnHidden: (t) => {
        let hidden = 0;
        for (let j = 0; j < t.rect.columnCount; j += 1)
          if (t.sheet.hiddenColumns.has(t.rect.column + j)) hidden += 1;
        return hidden === 0 ? false : hidden === t.rect.columnCount ? true : null;
      },
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
  /** Office.js: true when every column of the range is hidden; setting it hides or shows whole columns. */
  get columnHidden(): boolean {
    return this.get("columnHidden");
  }
  set columnHidden(value: boolean) {
    this.set("columnHidden", value, (t, v) => {
      if (typeof v !== "boolean")
        throw invalidArgument(`columnHidden ${String(v)}`, "Range.columnHidden");
      for (let j = 0; j < t.rect.columnCount; j += 1) {
        if (v) t.sheet.hiddenColumns.add(t.rect.column + j);
        else t.sheet.hiddenColumns.delete(t.rect.column + j);
      }
    });
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
  get dataValidation(): DataValidationProxy {
    return this.nav(
      "dataValidation",
      () =>
        new DataValidationProxy(this.context, this.child("dataValidation"), () =>
          this._targetOrNull()
        )
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
