/**
 * `Excel.Workbook`, `Application`, `WorksheetCollection`, `Worksheet` and `WorksheetFreezePanes`
 * in the in-memory host.
 */
import { parseAddress } from "../address";
import { invalidArgument, itemNotFound } from "../errors";
import { findSheet, validateSheetName } from "../model";
import { usedRect } from "../grid";
import type { SheetModel, WorkbookModel } from "../model";
import { HostCollection, HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";
import { addSheet, deleteSheet, moveSheet } from "../structure";
import { ChartCollectionProxy } from "./charts";
import { checkedRect } from "./common";
import { NamedItemCollectionProxy } from "./names";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./tables";

/** `context.workbook`. */
export class WorkbookProxy extends HostProxy<WorkbookModel> {
  constructor(context: HostRequestContext) {
    super(context, "workbook", () => context.model, "Workbook");
  }
  protected scalars(): Record<string, Getter<WorkbookModel>> {
    return { name: () => "Book1.xlsx" };
  }
  get worksheets(): WorksheetCollectionProxy {
    return this.nav("worksheets", () => new WorksheetCollectionProxy(this.context, "worksheets"));
  }
  get tables(): TableCollectionProxy {
    return this.nav(
      "tables",
      () =>
        new TableCollectionProxy(this.context, "tables", () => ({ workbook: this.context.model }))
    );
  }
  get names(): NamedItemCollectionProxy {
    return this.nav("names", () => new NamedItemCollectionProxy(this.context, "names"));
  }
  get application(): ApplicationProxy {
    return this.nav("application", () => new ApplicationProxy(this.context));
  }
}

/** `context.application` / `workbook.application`. */
export class ApplicationProxy extends HostProxy<WorkbookModel> {
  constructor(context: HostRequestContext) {
    super(context, "application", () => context.model, "Application");
  }
  protected scalars(): Record<string, Getter<WorkbookModel>> {
    return { calculationMode: () => "Automatic" };
  }
  /** Office.js: suspends calculation until the next sync. The host counts it for tests. */
  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], (m) => {
      m.calculationSuspendedSyncs = 1;
    });
  }
}

/** `workbook.worksheets`. */
export class WorksheetCollectionProxy extends HostCollection<
  WorkbookModel,
  SheetModel,
  WorksheetProxy
> {
  constructor(context: HostRequestContext, path: string) {
    super(context, path, () => context.model, "WorksheetCollection");
  }
  protected elements(t: WorkbookModel): SheetModel[] {
    return t.sheets;
  }
  protected itemProxy(model: SheetModel, index: number): WorksheetProxy {
    return new WorksheetProxy(this.context, `worksheets.items[${index}]`, () => model, model);
  }
  protected itemScalars(): Record<string, Getter<SheetModel>> {
    return worksheetScalars(this.context.model);
  }
  /** The sheet with this name (ItemNotFound at sync when there is none). */
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `worksheets.getItem(${JSON.stringify(name)})`, () => {
      const sheet = findSheet(this.context.model, name);
      if (!sheet) throw itemNotFound(`worksheet '${name}'`, "WorksheetCollection.getItem");
      return sheet;
    });
  }
  /** The sheet with this name, or a null object. */
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `worksheets.getItemOrNullObject(${JSON.stringify(name)})`,
      () => findSheet(this.context.model, name) ?? null
    );
  }
  /** The active sheet. */
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, "worksheets.getActiveWorksheet()", () => {
      const m = this.context.model;
      const sheet = m.sheets.find((s) => s.id === m.activeSheetId) ?? m.sheets[0];
      if (!sheet) throw itemNotFound("active worksheet", "WorksheetCollection.getActiveWorksheet");
      return sheet;
    });
  }
  /** Adds a sheet at the end (the name is checked at sync). */
  add(name?: string): WorksheetProxy {
    let created: SheetModel | undefined;
    this.context.enqueue({ p: this._path, k: "call", n: "add", a: [name] }, () => {
      created = addSheet(this.context.model, name);
      return undefined;
    });
    return new WorksheetProxy(this.context, `worksheets.add(${JSON.stringify(name)})`, () => {
      if (!created) throw invalidArgument("worksheet was not added", "WorksheetCollection.add");
      return created;
    });
  }
}

function worksheetScalars(workbook: WorkbookModel): Record<string, Getter<SheetModel>> {
  return {
    name: (s) => s.name,
    id: (s) => s.id,
    position: (s) => workbook.sheets.indexOf(s),
    visibility: (s) => s.visibility,
  };
}

/** One worksheet. */
export class WorksheetProxy extends HostProxy<SheetModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => SheetModel | null,
    bound?: SheetModel
  ) {
    super(context, path, resolver, "Worksheet", bound);
  }
  protected scalars(): Record<string, Getter<SheetModel>> {
    return worksheetScalars(this.context.model);
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (s, v) => {
      validateSheetName(this.context.model, v as string, s);
      s.name = v as string;
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.set("position", value, (s, v) => moveSheet(this.context.model, s, v as number));
  }
  get id(): string {
    return this.get("id");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: string) {
    this.set("visibility", value, (s, v) => {
      s.visibility = String(v);
    });
  }
  /** Deletes the sheet with its tables, charts and formats. */
  delete(): void {
    this.call("delete", [], (s) => deleteSheet(this.context.model, s));
  }
  /** Makes it the active sheet. */
  activate(): void {
    this.call("activate", [], (s) => {
      this.context.model.activeSheetId = s.id;
    });
  }
  /** A range by address (the whole sheet without one). */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.getRange(${JSON.stringify(address ?? "")})`,
      () => {
        const s = this._targetOrNull();
        if (s === null) return null;
        const parsed = parseAddress(address ?? "A:XFD", "Worksheet.getRange");
        if (
          parsed.sheetName !== undefined &&
          parsed.sheetName.toLowerCase() !== s.name.toLowerCase()
        ) {
          throw invalidArgument(`address '${address}' is on another sheet`, "Worksheet.getRange");
        }
        return { sheet: s, rect: parsed.rect };
      }
    );
  }
  /** A range by 0-based indexes. */
  getRangeByIndexes(
    row: number,
    column: number,
    rowCount: number,
    columnCount: number
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.getRangeByIndexes(${row},${column},${rowCount},${columnCount})`,
      () => {
        const s = this._targetOrNull();
        return s === null
          ? null
          : {
              sheet: s,
              rect: checkedRect(row, column, rowCount, columnCount, "Worksheet.getRangeByIndexes"),
            };
      }
    );
  }
  /** One cell by 0-based indexes. */
  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  /** The used range; A1 when the sheet is blank (as Office.js). */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getUsedRange(${valuesOnly})`, () => {
      const s = this._targetOrNull();
      if (s === null) return null;
      return {
        sheet: s,
        rect: usedRect(s, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      };
    });
  }
  /** The used range, or a null object when the sheet is blank. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const s = this._targetOrNull();
        if (s === null) return null;
        const rect = usedRect(s, valuesOnly);
        return rect === null ? null : { sheet: s, rect };
      }
    );
  }
  get tables(): TableCollectionProxy {
    return this.nav(
      "tables",
      () =>
        new TableCollectionProxy(this.context, this.child("tables"), () => {
          const s = this._targetOrNull();
          return s === null ? null : { workbook: this.context.model, sheet: s };
        })
    );
  }
  get charts(): ChartCollectionProxy {
    return this.nav(
      "charts",
      () => new ChartCollectionProxy(this.context, this.child("charts"), () => this._targetOrNull())
    );
  }
  get freezePanes(): FreezePanesProxy {
    return this.nav(
      "freezePanes",
      () =>
        new FreezePanesProxy(this.context, this.child("freezePanes"), () => this._targetOrNull())
    );
  }
}

/** `worksheet.freezePanes`. */
export class FreezePanesProxy extends HostProxy<SheetModel> {
  constructor(context: HostRequestContext, path: string, resolver: () => SheetModel | null) {
    super(context, path, resolver, "WorksheetFreezePanes");
  }
  protected scalars(): Record<string, Getter<SheetModel>> {
    return {};
  }
  /** Freezes the top rows. */
  freezeRows(count = 1): void {
    this.call("freezeRows", [count], (s) => {
      if (!Number.isInteger(count) || count < 0)
        throw invalidArgument(`row count ${count}`, "WorksheetFreezePanes.freezeRows");
      s.frozenRows = count;
      s.frozenColumns = 0;
    });
  }
  /** Freezes the left columns. */
  freezeColumns(count = 1): void {
    this.call("freezeColumns", [count], (s) => {
      s.frozenColumns = count;
      s.frozenRows = 0;
    });
  }
  /** Removes frozen panes. */
  unfreeze(): void {
    this.call("unfreeze", [], (s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
}
