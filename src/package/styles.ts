/**
 * Our styles appended to a package's `styles.xml`: number formats, a bold font, cell formats
 * (number format × bold) and the fills of conditional formats (dxf). The user's entries keep
 * their order and indexes (cells refer to them by index); an entry we need that is already there
 * (e.g. from an earlier run) is reused, so re-runs do not grow the file. Pure and browser-safe.
 */
import { escapeXml } from "./xmlText";
import type { PlanColours } from "../output/sheetPlan";

/** Built-in number formats Excel knows by id (no numFmt entry needed). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** A minimal styles part for a new package. */
export const NEW_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

/** The items of one list element (`<numFmts>`, `<fonts>`, `<cellXfs>`, `<dxfs>`) of styles.xml. */
interface StyleList {
  readonly items: string[];
  readonly added: string[];
}

/** Elements after which a missing list goes, nearest first (schema order of CT_Stylesheet). */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
];

/** Collects our styles, then writes them into styles.xml in one go. */
export class StyleBook {
  private xml: string;
  private readonly lists = new Map<string, StyleList>();
  private readonly numberFormatIds = new Map<string, number>();
  private nextNumberFormatId = 164;
  private boldFontId: number | undefined;
  private readonly cellStyleIds = new Map<string, number>();
  private readonly dxfIds = new Map<string, number>();

  /** @param stylesXml - the package's styles.xml (or {@link NEW_STYLES_XML}) */
  constructor(stylesXml: string) {
    this.xml = stylesXml;
    for (const item of this.list("numFmts").items) {
      const id = Number(/numFmtId="(\d+)"/.exec(item)?.[1] ?? 0);
      const code = /formatCode="([^"]*)"/.exec(item)?.[1];
      if (code !== undefined && !this.numberFormatIds.has(code)) this.numberFormatIds.set(code, id);
      this.nextNumberFormatId = Math.max(this.nextNumberFormatId, id + 1);
    }
  }

  /**
   * The cell format (index into cellXfs) for a number format and weight.
   * @param numberFormat - an Excel format code, or undefined for General
   * @param bold - bold text
   * @returns the `s` attribute of the cell (0 for plain General)
   */
  cellStyle(numberFormat: string | undefined, bold: boolean): number {
    const key = `${bold ? "b" : ""}|${numberFormat ?? ""}`;
    const known = this.cellStyleIds.get(key);
    if (known !== undefined) return known;
    let id = 0;
    if (numberFormat !== undefined || bold) {
      const formatId = this.numberFormatId(numberFormat ?? "General");
      const fontId = bold ? this.boldFont() : 0;
      const xf =
        `<xf numFmtId="${formatId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"` +
        `${formatId === 0 ? "" : ' applyNumberFormat="1"'}${bold ? ' applyFont="1"' : ""}/>`;
      id = this.indexOf("cellXfs", xf);
    }
    this.cellStyleIds.set(key, id);
    return id;
  }

  /**
   * The differential format (index into dxfs) of a conditional format's colours.
   * @param colours - fill and font, hex RRGGBB
   * @returns the `dxfId` of the rule
   */
  dxf(colours: PlanColours): number {
    const key = `${colours.fill}|${colours.font}`;
    const known = this.dxfIds.get(key);
    if (known !== undefined) return known;
    const xml =
      `<dxf><font><color rgb="FF${colours.font.toUpperCase()}"/></font>` +
      `<fill><patternFill patternType="solid"><bgColor rgb="FF${colours.fill.toUpperCase()}"/></patternFill></fill></dxf>`;
    const id = this.indexOf("dxfs", xml);
    this.dxfIds.set(key, id);
    return id;
  }

  /**
   * styles.xml with our entries appended (unchanged text when nothing was added).
   * @returns the part's XML
   */
  toXml(): string {
    for (const name of ORDER) {
      const list = this.lists.get(name);
      if (list === undefined || list.added.length === 0) continue;
      const count = list.items.length;
      const found = elementOf(this.xml, name);
      if (found === undefined) {
        const element = `<${name} count="${count}">${list.added.join("")}</${name}>`;
        this.xml = insertAfterPredecessor(this.xml, name, element);
      } else {
        const open = found.open.replace(/\bcount="\d+"/, "").replace(/\s*\/?>$/, "");
        const element = `${open} count="${count}">${found.inner}${list.added.join("")}</${found.prefix}${name}>`;
        this.xml = this.xml.slice(0, found.start) + element + this.xml.slice(found.end);
      }
    }
    return this.xml;
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const escaped = escapeXml(code);
    const known = this.numberFormatIds.get(escaped);
    if (known !== undefined) return known;
    const id = this.nextNumberFormatId++;
    this.list("numFmts").added.push(`<numFmt numFmtId="${id}" formatCode="${escaped}"/>`);
    this.list("numFmts").items.push("");
    this.numberFormatIds.set(escaped, id);
    return id;
  }

  private boldFont(): number {
    if (this.boldFontId !== undefined) return this.boldFontId;
    const fonts = this.list("fonts");
    const first = fonts.items[0] ?? "<font/>";
    const inner = /^<(?:\w+:)?font\b[^>]*\/>$/.test(first)
      ? ""
      : first.replace(/^<(?:\w+:)?font\b[^>]*>/, "").replace(/<\/(?:\w+:)?font>$/, "");
    const bold = `<font><b/>${inner.replace(/<(?:\w+:)?b(?:\s[^>]*)?\/>/, "")}</font>`;
    this.boldFontId = this.indexOf("fonts", bold);
    return this.boldFontId;
  }

  /** Index of an item in a list, appending it when it is not there. */
  private indexOf(name: string, item: string): number {
    const list = this.list(name);
    const index = list.items.indexOf(item);
    if (index >= 0) return index;
    list.items.push(item);
    list.added.push(item);
    return list.items.length - 1;
  }

  private list(name: string): StyleList {
    let list = this.lists.get(name);
    if (list === undefined) {
      const found = elementOf(this.xml, name);
      const child = name === "numFmts" ? "numFmt" : name.replace(/s$/, "").replace(/Xf$/, "Xf");
      const tag = name === "cellXfs" || name === "cellStyleXfs" ? "xf" : child;
      const pattern = new RegExp(
        `<(?:\\w+:)?${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${tag}>)`,
        "g"
      );
      list = { items: found === undefined ? [] : (found.inner.match(pattern) ?? []), added: [] };
      this.lists.set(name, list);
    }
    return list;
  }
}

/** Where a top-level list element of styles.xml is. */
function elementOf(
  xml: string,
  name: string
): { start: number; end: number; open: string; inner: string; prefix: string } | undefined {
  const match = new RegExp(
    `<(\\w+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`
  ).exec(xml);
  if (match === null) return undefined;
  const open = /^<[^>]*>/.exec(match[0])?.[0] ?? "";
  return {
    start: match.index,
    end: match.index + match[0].length,
    open,
    inner: match[2] ?? "",
    prefix: match[1] ?? "",
  };
}

/** Inserts a missing list element after the nearest earlier list that exists (or first). */
function insertAfterPredecessor(xml: string, name: string, element: string): string {
  for (let k = ORDER.indexOf(name) - 1; k >= 0; k -= 1) {
    const found = elementOf(xml, ORDER[k] ?? "");
    if (found !== undefined) return xml.slice(0, found.end) + element + xml.slice(found.end);
  }
  const open = /<(?:\w+:)?styleSheet\b[^>]*>/.exec(xml);
  if (open === null) return xml;
  const at = open.index + open[0].length;
  return xml.slice(0, at) + element + xml.slice(at);
}
