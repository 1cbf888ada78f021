/**
 * Edits of values in a sheet of the user's (their own `Assumptions` or `Scenarios` sheet), made in
 * the package itself: only the cells edited change in that sheet's XML (their style kept), every other
 * part and every other cell stays byte for byte, and Excel is asked to recalculate on opening (a
 * formula may read an edited cell). Text is written as inline strings, so the shared strings are
 * untouched. Pure and browser-safe.
 */
import {
  cellAddress,
  columnNumber,
  MAX_COLUMNS,
  MAX_ROWS,
  parseRange,
  rangeAddress,
} from "../output/addresses";
import { cellXml } from "./cellXml";
import { cellFormats } from "./dateStyles";
import { editWorkbookXml } from "./packageEdits";
import { PackageError, readPackageWorkbook, workbookRelatedPart } from "./workbookPart";
import type { PackageWorkbook } from "./workbookPart";
import { partText, setPartText } from "./zipPackage";
import type { PackageParts } from "./zipPackage";
import { tagAttributes } from "./xmlText";

/** One value to write: text (always as text) or a number, at a 1-based row and column. */
export interface CellEdit {
  readonly row: number;
  readonly column: number;
  readonly value: string | number;
}

/** A `<row>` or `<c>` element found in the sheet's XML. */
interface Element {
  /** Its row or column number (counted on from the one before when it has no `r`). */
  readonly number: number;
  readonly start: number;
  /** Where its start tag ends. */
  readonly openEnd: number;
  /** Where the element ends (after `/>` or its end tag). */
  readonly end: number;
  /** The start tag's attributes text, e.g. ` r="3" spans="1:2"`. */
  readonly attributes: string;
  readonly selfClosing: boolean;
  /** The element's content (between its start and end tags). */
  readonly content: string;
}

const FORMULA = /<(?:[\w.-]+:)?f[\s/>]/;

/** The worksheet part of a sheet, by its name as the workbook lists it. */
function worksheetPart(
  parts: PackageParts,
  sheetName: string
): { workbook: PackageWorkbook; part: string; xml: string } {
  const workbook = readPackageWorkbook(parts);
  const sheet = workbook.sheets.find((candidate) => candidate.name === sheetName);
  const part = sheet?.worksheet === true ? sheet.part : undefined;
  const xml = part === undefined ? undefined : partText(parts, part);
  if (part === undefined || xml === undefined)
    throw new PackageError(`sheet '${sheetName}' is not a worksheet of the workbook`);
  return { workbook, part, xml };
}

/** The `<row>` (or `<c>`) elements between `from` and `to`, in order. */
function elements(xml: string, tag: "row" | "c", from: number, to: number): Element[] {
  const found: Element[] = [];
  const pattern = new RegExp(`<([\\w.-]+:)?${tag}(\\s[^>]*?)?(/?)>`, "g");
  pattern.lastIndex = from;
  let number = 0;
  for (
    let match = pattern.exec(xml);
    match !== null && match.index < to;
    match = pattern.exec(xml)
  ) {
    const attributes = match[2] ?? "";
    const reference = tagAttributes(attributes).get("r");
    number =
      reference === undefined
        ? number + 1
        : tag === "row"
          ? parseInt(reference, 10)
          : columnNumber(/^[A-Za-z]*/.exec(reference)?.[0] ?? "");
    const openEnd = pattern.lastIndex;
    const selfClosing = match[3] === "/";
    let end = openEnd;
    let content = "";
    if (!selfClosing) {
      const close = `</${match[1] ?? ""}${tag}>`;
      const at = xml.indexOf(close, openEnd);
      if (at < 0)
        throw new PackageError(`a <${tag}> element is not closed (the sheet's XML is cut short)`);
      content = xml.slice(openEnd, at);
      end = at + close.length;
      pattern.lastIndex = end;
    }
    found.push({ number, start: match.index, openEnd, end, attributes, selfClosing, content });
  }
  return found;
}

/** Where `<sheetData>`'s content is, and the namespace prefix of the sheet's elements. */
function sheetData(
  xml: string,
  sheetName: string
): { xml: string; from: number; to: number; prefix: string } {
  const opening = /<([\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (opening === null)
    throw new PackageError(`sheet '${sheetName}' has no cell data (no <sheetData> element)`);
  const prefix = opening[1] ?? "";
  if (opening[2] === "/") {
    const open = `<${prefix}sheetData>`;
    const expanded = `${xml.slice(0, opening.index)}${open}</${prefix}sheetData>${xml.slice(opening.index + opening[0].length)}`;
    const from = opening.index + open.length;
    return { xml: expanded, from, to: from, prefix };
  }
  const from = opening.index + opening[0].length;
  const to = xml.indexOf(`</${prefix}sheetData>`, from);
  if (to < 0)
    throw new PackageError(`sheet '${sheetName}' is cut short (its cell data is not closed)`);
  return { xml, from, to, prefix };
}

/**
 * Which cells of a sheet hold a formula (edits leave those alone, as in Excel).
 * @param parts - the package
 * @param sheetName - the sheet's name as the workbook lists it
 * @returns a test of a 1-based row and column
 * @throws PackageError when the sheet is not a worksheet of the package
 */
export function formulaCellsOf(
  parts: PackageParts,
  sheetName: string
): (row: number, column: number) => boolean {
  const data = sheetData(worksheetPart(parts, sheetName).xml, sheetName);
  const formulas = new Set<string>();
  for (const row of elements(data.xml, "row", data.from, data.to)) {
    if (!FORMULA.test(row.content)) continue;
    for (const cell of elements(data.xml, "c", row.openEnd, row.end))
      if (FORMULA.test(cell.content)) formulas.add(`${row.number}:${cell.number}`);
  }
  return (row, column) => formulas.has(`${row}:${column}`);
}

/**
 * Writes values into cells of one of the user's sheets, in place. Each edited cell keeps its style;
 * a new cell takes its row's style when the row has one. Rows and cells without a reference get one
 * (Excel always writes them), and an edited row's optional `spans` hint is dropped.
 * @param parts - the package (changed in place)
 * @param sheetName - the sheet's name as the workbook lists it
 * @param edits - the values to write (a formula cell among them is refused)
 * @throws PackageError in plain words (the sheet is protected and a cell is locked, a cell holds a formula, the sheet is not a worksheet)
 * @example editSheetCells(parts, "Assumptions", [{ row: 2, column: 2, value: 22.07 }])
 */
export function editSheetCells(
  parts: PackageParts,
  sheetName: string,
  edits: readonly CellEdit[]
): void {
  if (edits.length === 0) return;
  const { workbook, part, xml: original } = worksheetPart(parts, sheetName);
  const byRow = new Map<number, Map<number, string | number>>();
  for (const { row, column, value } of edits) {
    if (!(row >= 1 && row <= MAX_ROWS && column >= 1 && column <= MAX_COLUMNS))
      throw new PackageError(`row ${row}, column ${column} is outside Excel's sheet`);
    let columns = byRow.get(row);
    if (columns === undefined) byRow.set(row, (columns = new Map()));
    columns.set(column, value);
  }
  const locked = protectedCellTest(parts, workbook.workbookPart, original);
  const { xml, from, to, prefix } = sheetData(original, sheetName);
  const place = (row: number, column: number) => `'${sheetName}'!${cellAddress(row, column)}`;
  const newRows = [...byRow.keys()].sort((a, b) => a - b);
  let out = xml.slice(0, from);
  let at = from;
  let next = 0;
  const writeNewRowsBefore = (limit: number) => {
    for (; next < newRows.length && (newRows[next] ?? 0) < limit; next += 1) {
      const number = newRows[next] ?? 0;
      const cells = [...(byRow.get(number) ?? [])].sort(([a], [b]) => a - b);
      for (const [column] of cells) if (locked(undefined)) throw lockedCell(place(number, column));
      out += `<${prefix}row r="${number}">${cells.map(([column, value]) => newCell(prefix, number, column, value, undefined)).join("")}</${prefix}row>`;
    }
  };
  for (const row of elements(xml, "row", from, to)) {
    writeNewRowsBefore(row.number);
    out += xml.slice(at, row.start);
    at = row.end;
    const columns = byRow.get(row.number);
    if (columns === undefined) {
      out += withReference(
        xml.slice(row.start, row.end),
        row.attributes,
        String(row.number),
        "row",
        prefix
      );
      continue;
    }
    if (newRows[next] === row.number) next += 1;
    out += editedRow(xml, row, columns, prefix, locked, (column) => place(row.number, column));
  }
  writeNewRowsBefore(Number.POSITIVE_INFINITY);
  out += xml.slice(at);
  setPartText(parts, part, withDimension(out, edits));
  setPartText(
    parts,
    workbook.workbookPart,
    editWorkbookXml(partText(parts, workbook.workbookPart) ?? "", [], new Map(), true)
  );
}

/** One edited row: its cells with the edits in place and new cells in column order. */
function editedRow(
  xml: string,
  row: Element,
  columns: ReadonlyMap<number, string | number>,
  prefix: string,
  locked: (style: string | undefined) => boolean,
  place: (column: number) => string
): string {
  const rowAttributes = tagAttributes(row.attributes);
  const rowStyle = rowAttributes.get("customFormat") === "1" ? rowAttributes.get("s") : undefined;
  const wanted = [...columns.keys()].sort((a, b) => a - b);
  let next = 0;
  let cells = "";
  const writeNewCellsBefore = (limit: number) => {
    for (; next < wanted.length && (wanted[next] ?? 0) < limit; next += 1) {
      const column = wanted[next] ?? 0;
      if (locked(rowStyle)) throw lockedCell(place(column));
      cells += newCell(prefix, row.number, column, columns.get(column) ?? "", rowStyle);
    }
  };
  for (const cell of row.selfClosing ? [] : elements(xml, "c", row.openEnd, row.end)) {
    writeNewCellsBefore(cell.number);
    const value = columns.get(cell.number);
    if (value === undefined) {
      cells += withReference(
        xml.slice(cell.start, cell.end),
        cell.attributes,
        cellAddress(row.number, cell.number),
        "c",
        prefix
      );
      continue;
    }
    if (wanted[next] === cell.number) next += 1;
    if (FORMULA.test(cell.content))
      throw new PackageError(`${place(cell.number)} holds a formula, which is left as it is`);
    const style = tagAttributes(cell.attributes).get("s");
    if (locked(style)) throw lockedCell(place(cell.number));
    cells += newCell(prefix, row.number, cell.number, value, style);
  }
  writeNewCellsBefore(Number.POSITIVE_INFINITY);
  const attributes = withoutAttribute(row.attributes, "spans");
  const open = `<${prefix}row${/\sr\s*=/.test(attributes) ? attributes : ` r="${row.number}"${attributes}`}>`;
  return `${open}${cells}</${prefix}row>`;
}

/** The refusal to write a locked cell of a protected sheet (Excel refuses it too). */
function lockedCell(place: string): PackageError {
  return new PackageError(
    `${place} is locked and the sheet is protected: unprotect the sheet in Excel (Review > Unprotect Sheet) and try again`
  );
}

/** A new `<c>` element, in the sheet's namespace prefix. */
function newCell(
  prefix: string,
  row: number,
  column: number,
  value: string | number,
  style: string | undefined
): string {
  const s = style === undefined || style === "0" ? "" : ` s="${style}"`;
  const xml = cellXml(`<c r="${cellAddress(row, column)}"${s}`, value);
  return prefix === "" ? xml : xml.replace(/<(\/?)(c|v|is|t)(?=[\s/>])/g, `<$1${prefix}$2`);
}

/** An element's text with an `r` attribute added when it has none. */
function withReference(
  text: string,
  attributes: string,
  reference: string,
  tag: "row" | "c",
  prefix: string
): string {
  if (/\sr\s*=/.test(attributes)) return text;
  const head = `<${prefix}${tag}`;
  return `${head} r="${reference}"${text.slice(head.length)}`;
}

/** Attributes text without one attribute. */
function withoutAttribute(attributes: string, name: string): string {
  return attributes.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/** The sheet's `<dimension>` grown to cover the edited cells. */
function withDimension(xml: string, edits: readonly CellEdit[]): string {
  return xml.replace(
    /<((?:[\w.-]+:)?)dimension\b([^>]*?)\/>/,
    (tag, prefix: string, attributes: string) => {
      const range = parseRange(tagAttributes(attributes).get("ref") ?? "");
      if (range === undefined) return tag;
      let { top, left, bottom, right } = range;
      for (const { row, column } of edits) {
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
        left = Math.min(left, column);
        right = Math.max(right, column);
      }
      return `<${prefix}dimension ref="${rangeAddress({ top, left, bottom, right })}"/>`;
    }
  );
}

/**
 * Whether a cell of the given style is locked on a protected sheet (always false when the sheet is
 * not protected). Cells are locked unless their style says `locked="0"`, as in Excel.
 */
function protectedCellTest(
  parts: PackageParts,
  workbookPart: string,
  sheetXml: string
): (style: string | undefined) => boolean {
  const protection = /<(?:[\w.-]+:)?sheetProtection\b[^>]*>/.exec(sheetXml)?.[0];
  const sheet = protection === undefined ? undefined : tagAttributes(protection).get("sheet");
  if (sheet !== "1" && sheet !== "true") return () => false;
  const stylesPart = workbookRelatedPart(parts, workbookPart, "styles");
  const stylesXml = stylesPart === undefined ? "" : (partText(parts, stylesPart) ?? "");
  const unlocked = cellFormats(stylesXml).map(({ content }) =>
    /<(?:[\w.-]+:)?protection\b[^>]*\blocked\s*=\s*["'](?:0|false)["']/.test(content)
  );
  return (style) => unlocked[style === undefined ? 0 : parseInt(style, 10)] !== true;
}
