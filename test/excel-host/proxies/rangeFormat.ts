/**
 * `Range.format` (column width, wrap, autofit) and its `font` and `fill` in the in-memory host.
 * Styles are kept as layers over rectangles, so formatting whole columns stays cheap.
 */
import type { Rect } from "../address";
import { invalidArgument } from "../errors";
import { cellKey } from "../model";
import { checkShape, shownValue, styleAt } from "../grid";
import type { SheetModel, SheetRect, StyleProperty } from "../model";
import { HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";
import { normalizeColour } from "./common";

/** Adds a style layer for a broadcast value or a matching matrix. */
export function setStyle(
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
