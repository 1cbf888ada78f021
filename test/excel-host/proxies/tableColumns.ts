/**
 * `table.columns` (`TableColumnCollection`) and `TableColumn` in the in-memory host.
 */
import { itemNotFound } from "../errors";
import type { TableModel } from "../model";
import { HostCollection, HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";
import { headersOf } from "../structure";
import { checkIndex } from "./common";
import { RangeProxy } from "./range";

/** A table column as the host sees it. */
export interface TableColumnModel {
  readonly table: TableModel;
  readonly index: number;
  readonly deleted: boolean;
}

/** `table.columns`. */
export class TableColumnCollectionProxy extends HostCollection<
  TableModel,
  TableColumnModel,
  TableColumnProxy
> {
  constructor(context: HostRequestContext, path: string, resolver: () => TableModel | null) {
    super(context, path, resolver, "TableColumnCollection");
  }
  protected elements(t: TableModel): TableColumnModel[] {
    return Array.from({ length: t.rect.columnCount }, (_, index) => ({
      table: t,
      index,
      deleted: t.deleted,
    }));
  }
  protected itemProxy(model: TableColumnModel, index: number): TableColumnProxy {
    return new TableColumnProxy(this.context, `${this._path}.items[${index}]`, () => model, model);
  }
  protected itemScalars(): Record<string, Getter<TableColumnModel>> {
    return columnScalars();
  }
  /** A column by header name. */
  getItem(name: string): TableColumnProxy {
    return new TableColumnProxy(
      this.context,
      `${this._path}.getItem(${JSON.stringify(name)})`,
      () => {
        const t = this._targetOrNull();
        if (t === null) return null;
        const index = headersOf(t).findIndex((h) => h.toLowerCase() === name.toLowerCase());
        if (index < 0)
          throw itemNotFound(
            `column '${name}' of table '${t.name}'`,
            "TableColumnCollection.getItem"
          );
        return { table: t, index, deleted: false };
      }
    );
  }
  /** A column by 0-based position. */
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._targetOrNull();
      if (t === null) return null;
      return {
        table: t,
        index: checkIndex(
          index,
          t.rect.columnCount,
          "column index",
          "TableColumnCollection.getItemAt"
        ),
        deleted: false,
      };
    });
  }
}

function columnScalars(): Record<string, Getter<TableColumnModel>> {
  return {
    name: (c) => headersOf(c.table)[c.index] ?? "",
    index: (c) => c.index,
    id: (c) => c.index + 1,
  };
}

/** One table column. */
export class TableColumnProxy extends HostProxy<TableColumnModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => TableColumnModel | null,
    bound?: TableColumnModel
  ) {
    super(context, path, resolver, "TableColumn", bound);
  }
  protected scalars(): Record<string, Getter<TableColumnModel>> {
    return columnScalars();
  }
  protected override alive(c: TableColumnModel): boolean {
    return !c.table.deleted;
  }
  get name(): string {
    return this.get("name");
  }
  get index(): number {
    return this.get("index");
  }
  private part(
    name: string,
    rows: (t: TableModel) => { row: number; rowCount: number }
  ): RangeProxy {
    return new RangeProxy(this.context, this.child(`${name}()`), () => {
      const c = this._targetOrNull();
      if (c === null) return null;
      return {
        sheet: c.table.sheet,
        rect: { ...rows(c.table), column: c.table.rect.column + c.index, columnCount: 1 },
      };
    });
  }
  getRange(): RangeProxy {
    return this.part("getRange", (t) => ({ row: t.rect.row, rowCount: t.rect.rowCount }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange", (t) => ({ row: t.rect.row, rowCount: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange", (t) => ({
      row: t.rect.row + 1,
      rowCount: t.rect.rowCount - 1,
    }));
  }
}
