/**
 * Charts in the in-memory host: `worksheet.charts.add(type, sourceData, seriesBy)`, titles,
 * series (`setValues`, `setXAxisValues`, `add`), points and solid fills, axis titles, legend.
 */
import { parseAddress } from "../address";
import type { Rect } from "../address";
import { invalidArgument, itemNotFound } from "../errors";
import { cellKey, newId } from "../model";
import type { ChartModel, SeriesModel, SheetModel, SheetRect } from "../model";
import { HostCollection, HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";
import { sheetRectAddress } from "../structure";
import { ChartSeriesCollectionProxy } from "./chartSeries";
import { RangeProxy } from "./range";

/** Chart types the host accepts (a subset of `Excel.ChartType`). */
export const CHART_TYPES: readonly string[] = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "XYScatter",
  "Area",
];

function isText(sheet: SheetModel, row: number, column: number): boolean {
  return typeof sheet.cells.get(cellKey(row, column))?.value === "string";
}

/** Series Excel makes from a source range: a text first row names them, a text first column gives categories. */
export function seriesFromSource(source: SheetRect, seriesBy: string): SeriesModel[] {
  const { sheet, rect } = source;
  const byColumns =
    seriesBy === "Columns" || (seriesBy !== "Rows" && rect.rowCount >= rect.columnCount);
  const lines = byColumns ? rect.columnCount : rect.rowCount;
  const length = byColumns ? rect.rowCount : rect.columnCount;
  const at = (line: number, k: number): [number, number] =>
    byColumns ? [rect.row + k, rect.column + line] : [rect.row + line, rect.column + k];
  const header =
    length > 1 &&
    Array.from({ length: lines }, (_, line) => isText(sheet, ...at(line, 0))).some(Boolean);
  const first = header ? 1 : 0;
  const categories =
    lines > 1 &&
    Array.from({ length: length - first }, (_, k) => isText(sheet, ...at(0, first + k))).every(
      Boolean
    );
  const span = (line: number): Rect => {
    const [r, c] = at(line, first);
    return byColumns
      ? { row: r, column: c, rowCount: length - first, columnCount: 1 }
      : { row: r, column: c, rowCount: 1, columnCount: length - first };
  };
  const out: SeriesModel[] = [];
  for (let line = categories ? 1 : 0; line < lines; line += 1) {
    const name = header
      ? String(sheet.cells.get(cellKey(...at(line, 0)))?.value ?? "")
      : `Series${out.length + 1}`;
    out.push({
      name,
      values: { sheet, rect: span(line) },
      xValues: categories ? { sheet, rect: span(0) } : null,
      axisGroup: "Primary",
      pointFills: new Map(),
      deleted: false,
    });
  }
  return out;
}

function chartScalars(): Record<string, Getter<ChartModel>> {
  return { name: (c) => c.name, id: (c) => c.id, chartType: (c) => c.chartType };
}

/** `worksheet.charts`. */
export class ChartCollectionProxy extends HostCollection<SheetModel, ChartModel, ChartProxy> {
  constructor(context: HostRequestContext, path: string, resolver: () => SheetModel | null) {
    super(context, path, resolver, "ChartCollection");
  }
  protected elements(s: SheetModel): ChartModel[] {
    return s.charts.filter((c) => !c.deleted);
  }
  protected itemProxy(model: ChartModel, index: number): ChartProxy {
    return new ChartProxy(this.context, `${this._path}.items[${index}]`, () => model, model);
  }
  protected itemScalars(): Record<string, Getter<ChartModel>> {
    return chartScalars();
  }
  /** Adds a chart of a type over a source range. */
  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let created: ChartModel | undefined;
    this.context.enqueue(
      { p: this._path, k: "call", n: "add", a: [type, sourceData._path, seriesBy] },
      () => {
        const sheet = this._target("add");
        if (!CHART_TYPES.includes(type))
          throw invalidArgument(`chart type '${type}'`, "ChartCollection.add");
        if (!["Auto", "Columns", "Rows"].includes(seriesBy))
          throw invalidArgument(`seriesBy '${seriesBy}'`, "ChartCollection.add");
        const source = sourceData._target("ChartCollection.add");
        const n = sheet.charts.length + 1;
        created = {
          id: newId(this.context.model, "chart"),
          name: `Chart ${n}`,
          sheet,
          chartType: type,
          source,
          seriesBy,
          title: "",
          titleVisible: false,
          series: seriesFromSource(source, seriesBy),
          axisTitles: {},
          legend: { visible: true, position: "Right" },
          deleted: false,
        };
        sheet.charts.push(created);
        return undefined;
      }
    );
    return new ChartProxy(this.context, `${this._path}.add(${JSON.stringify(type)})`, () => {
      if (!created) throw invalidArgument("chart was not added", "ChartCollection.add");
      return created;
    });
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const s = this._targetOrNull();
      if (s === null) return null;
      const chart = this.elements(s).find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (!chart) throw itemNotFound(`chart '${name}'`, "ChartCollection.getItem");
      return chart;
    });
  }
  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => {
        const s = this._targetOrNull();
        return s === null
          ? null
          : (this.elements(s).find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null);
      }
    );
  }
}

/** One chart. */
export class ChartProxy extends HostProxy<ChartModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => ChartModel | null,
    bound?: ChartModel
  ) {
    super(context, path, resolver, "Chart", bound);
  }
  protected scalars(): Record<string, Getter<ChartModel>> {
    return chartScalars();
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (c, v) => {
      if (typeof v !== "string" || v === "")
        throw invalidArgument(`chart name ${JSON.stringify(v)}`, "Chart.name");
      c.name = v;
    });
  }
  get chartType(): string {
    return this.get("chartType");
  }
  set chartType(value: string) {
    this.set("chartType", value, (c, v) => {
      if (!CHART_TYPES.includes(String(v)))
        throw invalidArgument(`chart type '${String(v)}'`, "Chart.chartType");
      c.chartType = String(v);
    });
  }
  delete(): void {
    this.call("delete", [], (c) => {
      c.deleted = true;
    });
  }
  /** Places the chart over cells of its sheet. */
  setPosition(startCell: string | RangeProxy, endCell?: string | RangeProxy): void {
    const text = (cell: string | RangeProxy | undefined): string | undefined =>
      cell instanceof RangeProxy ? cell._path : cell;
    this.call("setPosition", [text(startCell), text(endCell)], (c) => {
      const check = (cell: string | RangeProxy | undefined): string | undefined => {
        if (cell === undefined) return undefined;
        if (cell instanceof RangeProxy) return sheetRectAddress(cell._target("Chart.setPosition"));
        parseAddress(cell, "Chart.setPosition");
        return cell;
      };
      const start = check(startCell) ?? "";
      const end = check(endCell);
      c.position = end === undefined ? { startCell: start } : { startCell: start, endCell: end };
    });
  }
  get title(): ChartTextProxy {
    return this.nav(
      "title",
      () =>
        new ChartTextProxy(this.context, this.child("title"), () => this._targetOrNull(), "title")
    );
  }
  get series(): ChartSeriesCollectionProxy {
    return this.nav(
      "series",
      () =>
        new ChartSeriesCollectionProxy(this.context, this.child("series"), () =>
          this._targetOrNull()
        )
    );
  }
  get legend(): ChartLegendProxy {
    return this.nav(
      "legend",
      () => new ChartLegendProxy(this.context, this.child("legend"), () => this._targetOrNull())
    );
  }
  get axes(): ChartAxesProxy {
    return this.nav(
      "axes",
      () => new ChartAxesProxy(this.context, this.child("axes"), () => this._targetOrNull())
    );
  }
}

/** Chart title or an axis title: `text`, `visible`. */
export class ChartTextProxy extends HostProxy<ChartModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => ChartModel | null,
    private readonly which: string
  ) {
    super(context, path, resolver, which === "title" ? "ChartTitle" : "ChartAxisTitle");
  }
  protected scalars(): Record<string, Getter<ChartModel>> {
    return this.which === "title"
      ? { text: (c) => c.title, visible: (c) => c.titleVisible }
      : { text: (c) => c.axisTitles[this.which] ?? "", visible: (c) => this.which in c.axisTitles };
  }
  get text(): string {
    return this.get("text");
  }
  set text(value: string) {
    this.set("text", value, (c, v) => {
      if (this.which === "title") {
        c.title = String(v);
        c.titleVisible = true;
      } else c.axisTitles[this.which] = String(v);
    });
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.set("visible", value, (c, v) => {
      if (this.which === "title") c.titleVisible = Boolean(v);
    });
  }
}

/** `chart.legend`. */
export class ChartLegendProxy extends HostProxy<ChartModel> {
  constructor(context: HostRequestContext, path: string, resolver: () => ChartModel | null) {
    super(context, path, resolver, "ChartLegend");
  }
  protected scalars(): Record<string, Getter<ChartModel>> {
    return { position: (c) => c.legend.position, visible: (c) => c.legend.visible };
  }
  get position(): string {
    return this.get("position");
  }
  set position(value: string) {
    this.set("position", value, (c, v) => {
      if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom", "Invalid"].includes(String(v)))
        throw invalidArgument(`legend position '${String(v)}'`, "ChartLegend.position");
      c.legend.position = String(v);
    });
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.set("visible", value, (c, v) => {
      c.legend.visible = Boolean(v);
    });
  }
}

/** `chart.axes`. */
export class ChartAxesProxy extends HostProxy<ChartModel> {
  constructor(context: HostRequestContext, path: string, resolver: () => ChartModel | null) {
    super(context, path, resolver, "ChartAxes");
  }
  protected scalars(): Record<string, Getter<ChartModel>> {
    return {};
  }
  get categoryAxis(): ChartAxisProxy {
    return this.nav(
      "categoryAxis",
      () =>
        new ChartAxisProxy(
          this.context,
          this.child("categoryAxis"),
          () => this._targetOrNull(),
          "category"
        )
    );
  }
  get valueAxis(): ChartAxisProxy {
    return this.nav(
      "valueAxis",
      () =>
        new ChartAxisProxy(
          this.context,
          this.child("valueAxis"),
          () => this._targetOrNull(),
          "value"
        )
    );
  }
}

/** One axis: only its title in the host. */
export class ChartAxisProxy extends HostProxy<ChartModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => ChartModel | null,
    private readonly which: string
  ) {
    super(context, path, resolver, "ChartAxis");
  }
  protected scalars(): Record<string, Getter<ChartModel>> {
    return {};
  }
  get title(): ChartTextProxy {
    return this.nav(
      "title",
      () =>
        new ChartTextProxy(
          this.context,
          this.child("title"),
          () => this._targetOrNull(),
          this.which
        )
    );
  }
}
