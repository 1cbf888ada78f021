/**
 * `TableCollection`, `Table`, `TableColumnCollection` and `TableColumn` in the in-memory host.
 */
import { parseAddress } from "../address";
import { invalidArgument, itemNotFound } from "../errors";
import { findSheet } from "../model";
import type { SheetModel, SheetRect, TableModel, WorkbookModel } from "../model";
import { HostCollection, HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";
import { addTable, deleteTable, renameTable } from "../structure";
import { checkIndex } from "./common";
import { RangeProxy } from "./range";
import { TableColumnCollectionProxy } from "./tableColumns";
import { WorksheetProxy } from "./worksheet";

/** Where a table collection lives: the workbook, or one sheet. */
export interface TableScope {
  readonly workbook: WorkbookModel;
  readonly sheet?: SheetModel;
}

function tableScalars(): Record<string, Getter<TableModel>> {
  return {
    name: (t) => t.name,
    id: (t) => t.id,
    showFilterButton: (t) => t.showFilterButton,
    showHeaders: (t) => t.showHeaders,
    showBandedRows: (t) => t.showBandedRows,
    showTotals: () => false,
    style: (t) => t.style,
  };
}

/** `workbook.tables` or `worksheet.tables`. */
export class TableCollectionProxy extends HostCollection<TableScope, TableModel, TableProxy> {
  constructor(context: HostRequestContext, path: string, resolver: () => TableScope | null) {
    super(context, path, resolver, "TableCollection");
  }
  protected elements(scope: TableScope): TableModel[] {
    return scope.workbook.tables.filter(
      (t) => scope.sheet === undefined || t.sheet === scope.sheet
    );
  }
  protected itemProxy(model: TableModel, index: number): TableProxy {
    return new TableProxy(this.context, `${this._path}.items[${index}]`, () => model, model);
  }
  protected itemScalars(): Record<string, Getter<TableModel>> {
    return tableScalars();
  }

  /**
   * Adds a table over a range (a Range, or an address; on `workbook.tables` the address must name its sheet).
   * @param hasHeaders - the first row holds the headers (the host supports only true)
   */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: TableModel | undefined;
    const shown = typeof address === "string" ? address : address._path;
    this.context.enqueue({ p: this._path, k: "call", n: "add", a: [shown, hasHeaders] }, () => {
      const scope = this._target("add");
      const where = this.locate(scope, address);
      created = addTable(scope.workbook, where.sheet, where.rect, hasHeaders);
      return undefined;
    });
    return new TableProxy(this.context, `${this._path}.add(${JSON.stringify(shown)})`, () => {
      if (!created) throw invalidArgument("table was not added", "TableCollection.add");
      return created;
    });
  }

  private locate(scope: TableScope, address: string | RangeProxy): SheetRect {
    if (address instanceof RangeProxy) {
      const target = address._target("TableCollection.add");
      if (scope.sheet && target.sheet !== scope.sheet)
        throw invalidArgument("range is on another sheet", "TableCollection.add");
      return target;
    }
    const parsed = parseAddress(address, "TableCollection.add");
    const sheet =
      parsed.sheetName === undefined ? scope.sheet : findSheet(scope.workbook, parsed.sheetName);
    if (!sheet)
      throw invalidArgument(
        `address '${address}' names no sheet of this workbook`,
        "TableCollection.add"
      );
    if (scope.sheet && sheet !== scope.sheet)
      throw invalidArgument(`address '${address}' is on another sheet`, "TableCollection.add");
    return { sheet, rect: parsed.rect };
  }

  private find(scope: TableScope, name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.elements(scope).find((t) => t.name.toLowerCase() === lower || t.id === name);
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const scope = this._targetOrNull();
      if (scope === null) return null;
      const table = this.find(scope, name);
      if (!table) throw itemNotFound(`table '${name}'`, "TableCollection.getItem");
      return table;
    });
  }
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => {
        const scope = this._targetOrNull();
        return scope === null ? null : (this.find(scope, name) ?? null);
      }
    );
  }
  getItemAt(index: number): TableProxy {
    return new TableProxy(this.context, `${this._path}.getItemAt(${index})`, () => {
      const scope = this._targetOrNull();
      if (scope === null) return null;
      const tables = this.elements(scope);
      return (
        tables[checkIndex(index, tables.length, "table index", "TableCollection.getItemAt")] ?? null
      );
    });
  }
}

/** One table. */
export class TableProxy extends HostProxy<TableModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => TableModel | null,
    bound?: TableModel
  ) {
    super(context, path, resolver, "Table", bound);
  }
  protected scalars(): Record<string, Getter<TableModel>> {
    return tableScalars();
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t, v) => renameTable(this.context.model, t, v as string));
  }
  get id(): string {
    return this.get("id");
  }
  get showFilterButton(): boolean {
    return this.get("showFilterButton");
  }
  set showFilterButton(value: boolean) {
    this.set("showFilterButton", value, (t, v) => {
      t.showFilterButton = Boolean(v);
    });
  }
  get showBandedRows(): boolean {
    return this.get("showBandedRows");
  }
  set showBandedRows(value: boolean) {
    this.set("showBandedRows", value, (t, v) => {
      t.showBandedRows = Boolean(v);
    });
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.set("style", value, (t, v) => {
      if (typeof v !== "string" || !/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v))
        throw invalidArgument(`table style '${String(v)}'`, "Table.style");
      t.style = v;
    });
  }
  /** Deletes the table and its cells. */
  delete(): void {
    this.call("delete", [], (t) => deleteTable(this.context.model, t));
  }
  private part(name: string, pick: (t: TableModel) => SheetRect["rect"]): RangeProxy {
    return new RangeProxy(this.context, this.child(`${name}()`), () => {
      const t = this._targetOrNull();
      return t === null ? null : { sheet: t.sheet, rect: pick(t) };
    });
  }
  getRange(): RangeProxy {
    return this.part("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange", (t) => ({ ...t.rect, rowCount: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange", (t) => ({
      ...t.rect,
      row: t.rect.row + 1,
      rowCount: t.rect.rowCount - 1,
    }));
  }
  get columns(): TableColumnCollectionProxy {
    return this.nav(
      "columns",
      () =>
        new TableColumnCollectionProxy(this.context, this.child("columns"), () =>
          this._targetOrNull()
        )
    );
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
}
