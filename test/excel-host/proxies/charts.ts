/**
 * Charts in the in-memory host: `worksheet.charts.add(type, sourceData, seriesBy)`, titles,
 * series (`setValues`, `setXAxisValues`, `add`), points and solid fills, axis titles, legend.
 */
import { parseAddress } from "../address";
import type { Rect } from "../address";
import { invalidArgument, itemNotFound } from "../errors";
import { cellKey, newId } from "../model";
import type { ChartModel, SeriesModel, SheetModel, SheetRect } from "../model";
import { HostCollection, HostProxy } from "../runtime";
import type { Getter, HostRequestContext } from "../runtime";
import { sheetRectAddress } from "../structure";
import { checkIndex, normalizeColour } from "./common";
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

/** A series with its chart. */
export interface SeriesTarget {
  readonly chart: ChartModel;
  readonly series: SeriesModel;
}

/** `chart.series`. */
export class ChartSeriesCollectionProxy extends HostCollection<
  ChartModel,
  SeriesTarget,
  ChartSeriesProxy
> {
  constructor(context: HostRequestContext, path: string, resolver: () => ChartModel | null) {
    super(context, path, resolver, "ChartSeriesCollection");
  }
  protected elements(c: ChartModel): SeriesTarget[] {
    return c.series.filter((s) => !s.deleted).map((series) => ({ chart: c, series }));
  }
  protected itemProxy(model: SeriesTarget, index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this._path}.items[${index}]`, () => model, model);
  }
  protected itemScalars(): Record<string, Getter<SeriesTarget>> {
    return seriesScalars();
  }
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this._path}.getItemAt(${index})`, () => {
      const c = this._targetOrNull();
      if (c === null) return null;
      const all = this.elements(c);
      return (
        all[checkIndex(index, all.length, "series index", "ChartSeriesCollection.getItemAt")] ??
        null
      );
    });
  }
  /** Adds an empty series (values come from `setValues`). */
  add(name?: string, index?: number): ChartSeriesProxy {
    let created: SeriesTarget | undefined;
    this.context.enqueue({ p: this._path, k: "call", n: "add", a: [name, index] }, () => {
      const c = this._target("add");
      const series: SeriesModel = {
        name: name ?? `Series${c.series.length + 1}`,
        values: null,
        xValues: null,
        axisGroup: "Primary",
        pointFills: new Map(),
        deleted: false,
      };
      if (index === undefined) c.series.push(series);
      else c.series.splice(index, 0, series);
      created = { chart: c, series };
      return undefined;
    });
    return new ChartSeriesProxy(this.context, `${this._path}.add(${JSON.stringify(name)})`, () => {
      if (!created) throw invalidArgument("series was not added", "ChartSeriesCollection.add");
      return created;
    });
  }
}

function seriesScalars(): Record<string, Getter<SeriesTarget>> {
  return {
    name: (t) => t.series.name,
    axisGroup: (t) => t.series.axisGroup,
    chartType: (t) => t.series.chartType ?? t.chart.chartType,
  };
}

function pointCount(series: SeriesModel): number {
  return series.values ? series.values.rect.rowCount * series.values.rect.columnCount : 0;
}

/** One series. */
export class ChartSeriesProxy extends HostProxy<SeriesTarget> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => SeriesTarget | null,
    bound?: SeriesTarget
  ) {
    super(context, path, resolver, "ChartSeries", bound);
  }
  protected scalars(): Record<string, Getter<SeriesTarget>> {
    return seriesScalars();
  }
  protected override alive(t: SeriesTarget): boolean {
    return !t.chart.deleted && !t.series.deleted && !t.chart.sheet.deleted;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t, v) => {
      t.series.name = String(v);
    });
  }
  get axisGroup(): string {
    return this.get("axisGroup");
  }
  set axisGroup(value: string) {
    this.set("axisGroup", value, (t, v) => {
      if (v !== "Primary" && v !== "Secondary")
        throw invalidArgument(`axis group '${String(v)}'`, "ChartSeries.axisGroup");
      t.series.axisGroup = v;
    });
  }
  /** The values of the series. */
  setValues(source: RangeProxy): void {
    this.call("setValues", [source._path], (t) => {
      t.series.values = source._target("ChartSeries.setValues");
    });
  }
  /** The category (x axis) values of the series. */
  setXAxisValues(source: RangeProxy): void {
    this.call("setXAxisValues", [source._path], (t) => {
      t.series.xValues = source._target("ChartSeries.setXAxisValues");
    });
  }
  delete(): void {
    this.call("delete", [], (t) => {
      t.series.deleted = true;
    });
  }
  get points(): ChartPointsProxy {
    return this.nav(
      "points",
      () => new ChartPointsProxy(this.context, this.child("points"), () => this._targetOrNull())
    );
  }
  get format(): ChartFormatProxy {
    return this.nav(
      "format",
      () =>
        new ChartFormatProxy(this.context, this.child("format"), () => {
          const t = this._targetOrNull();
          return t === null ? null : { ...t, index: -1 };
        })
    );
  }
}

/** A point (index ≥ 0) or a whole series (index -1). */
export interface PointTarget extends SeriesTarget {
  readonly index: number;
}

/** `series.points`. */
export class ChartPointsProxy extends HostCollection<SeriesTarget, PointTarget, ChartPointProxy> {
  constructor(context: HostRequestContext, path: string, resolver: () => SeriesTarget | null) {
    super(context, path, resolver, "ChartPointsCollection");
  }
  protected elements(t: SeriesTarget): PointTarget[] {
    return Array.from({ length: pointCount(t.series) }, (_, index) => ({ ...t, index }));
  }
  protected itemProxy(model: PointTarget, index: number): ChartPointProxy {
    return new ChartPointProxy(this.context, `${this._path}.items[${index}]`, () => model, model);
  }
  protected itemScalars(): Record<string, Getter<PointTarget>> {
    return pointScalars();
  }
  getItemAt(index: number): ChartPointProxy {
    return new ChartPointProxy(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._targetOrNull();
      if (t === null) return null;
      return {
        ...t,
        index: checkIndex(
          index,
          pointCount(t.series),
          "point index",
          "ChartPointsCollection.getItemAt"
        ),
      };
    });
  }
}

function pointScalars(): Record<string, Getter<PointTarget>> {
  return {
    value: (p) => {
      const v = p.series.values;
      if (!v) return null;
      const r = v.rect.columnCount === 1 ? v.rect.row + p.index : v.rect.row;
      const c = v.rect.columnCount === 1 ? v.rect.column : v.rect.column + p.index;
      return v.sheet.cells.get(cellKey(r, c))?.value ?? null;
    },
  };
}

/** One point. */
export class ChartPointProxy extends HostProxy<PointTarget> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => PointTarget | null,
    bound?: PointTarget
  ) {
    super(context, path, resolver, "ChartPoint", bound);
  }
  protected scalars(): Record<string, Getter<PointTarget>> {
    return pointScalars();
  }
  protected override alive(t: PointTarget): boolean {
    return !t.chart.deleted && !t.series.deleted && !t.chart.sheet.deleted;
  }
  get value(): unknown {
    return this.get("value");
  }
  get format(): ChartFormatProxy {
    return this.nav(
      "format",
      () => new ChartFormatProxy(this.context, this.child("format"), () => this._targetOrNull())
    );
  }
}

/** `format` of a series or a point. */
export class ChartFormatProxy extends HostProxy<PointTarget> {
  constructor(context: HostRequestContext, path: string, resolver: () => PointTarget | null) {
    super(context, path, resolver, "ChartPointFormat");
  }
  protected scalars(): Record<string, Getter<PointTarget>> {
    return {};
  }
  get fill(): ChartFillProxy {
    return this.nav(
      "fill",
      () => new ChartFillProxy(this.context, this.child("fill"), () => this._targetOrNull())
    );
  }
}

/** `ChartFill`: `setSolidColor`, `clear`. */
export class ChartFillProxy extends HostProxy<PointTarget> {
  constructor(context: HostRequestContext, path: string, resolver: () => PointTarget | null) {
    super(context, path, resolver, "ChartFill");
  }
  protected scalars(): Record<string, Getter<PointTarget>> {
    return {};
  }
  setSolidColor(color: string): void {
    this.call("setSolidColor", [color], (t) => {
      const colour = normalizeColour(color, "ChartFill.setSolidColor");
      if (t.index < 0) t.series.fillColor = colour;
      else t.series.pointFills.set(t.index, colour);
    });
  }
  clear(): void {
    this.call("clear", [], (t) => {
      if (t.index < 0) delete t.series.fillColor;
      else t.series.pointFills.delete(t.index);
    });
  }
}
