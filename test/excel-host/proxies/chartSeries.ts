/**
 * Chart series, points and their fills in the in-memory host: `series.getItemAt`, `series.add`,
 * `setValues`, `setXAxisValues`, `axisGroup`, `points.getItemAt(i).format.fill.setSolidColor`.
 */
import { invalidArgument } from "../errors";
import { cellKey } from "../model";
import type { ChartModel, SeriesModel } from "../model";
import { HostCollection, HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";
import { checkIndex, normalizeColour } from "./common";
import { RangeProxy } from "./range";

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
