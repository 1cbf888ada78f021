/**
 * One worksheet part's XML → the engine's plain cells (SheetData), scanning the `<row>` and `<c>`
 * elements of `<sheetData>` directly. Values as ExcelJS gave them before this reader replaced it:
 * shared and inline strings as text (rich text joined), numbers, booleans, errors as `{ error }`,
 * numbers in a date style as dates, formulas as their cached result (none: empty), the covered
 * cells of a merged range empty. Pure and browser-safe.
 */
import type { CellValue, SheetData } from "../engine/cells";
import { columnLetters, sheetDataFromSparseRows } from "../engine/cells";
import { excelSerialToDate } from "./dateStyles";
import { stringItemText } from "./sharedStrings";
import { cellTextFromXml, unescapeXml } from "./xmlText";
import { PackageError } from "./workbookPart";

/** What cells refer to outside their sheet. */
export interface CellContext {
  readonly sharedStrings: readonly string[];
  /** True at the index of each cell style that shows numbers as dates. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** Excel's limits: 1,048,576 rows and 16,384 columns (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const ROW_OR_CELL = /<([\w.-]+:)?(row|c)(\s[^>]*?)?(\/?)>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const FORMULA = /<(?:[\w.-]+:)?f(\s[^>]*?)?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?f>)/;
const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?v>/;
const INLINE_STRING = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
const MERGE =
  /<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref\s*=\s*["']([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?["']/g;

/** The `r`, `s` and `t` attributes of a `<row>` or `<c>` start tag. */
interface CellAttributes {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
}

function readAttributes(text: string | undefined): CellAttributes {
  const found: CellAttributes = { r: undefined, s: undefined, t: undefined };
  if (text === undefined) return found;
  if (SPACED_EQUALS.test(text)) {
    // Rare: spaces around "=". The general attribute pattern, slower.
    ATTRIBUTE.lastIndex = 0;
    for (let match = ATTRIBUTE.exec(text); match !== null; match = ATTRIBUTE.exec(text)) {
      const name = match[1];
      if (name === "r" || name === "s" || name === "t") found[name] = match[2] ?? match[3] ?? "";
    }
    return found;
  }
  found.r = quotedAttribute(text, "r");
  found.s = quotedAttribute(text, "s");
  found.t = quotedAttribute(text, "t");
  return found;
}

const SPACED_EQUALS = /\s=|=\s/;

/** The value of attribute `name` written as `name="…"` or `name='…'` after white space. */
function quotedAttribute(text: string, name: string): string | undefined {
  for (let at = text.indexOf(`${name}=`); at >= 0; at = text.indexOf(`${name}=`, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    const quote = text[at + name.length + 1];
    if (quote !== '"' && quote !== "'") continue;
    const start = at + name.length + 2;
    const end = text.indexOf(quote, start);
    if (end < 0) return undefined;
    const value = text.slice(start, end);
    return value.includes("&") ? unescapeXml(value) : value;
  }
  return undefined;
}

/** 1-based column number of column letters (any case); 0 when they are not letters. */
function columnNumber(letters: string): number {
  let column = 0;
  for (let i = 0; i < letters.length; i += 1) {
    const code = letters.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) return 0;
    column = column * 26 + (code - 0x60);
  }
  return column;
}

/**
 * Reads one worksheet's cells.
 * @param xml - the worksheet part's text
 * @param sheetName - the sheet's name (for the data and for messages)
 * @param context - shared strings and date styles of the workbook
 * @returns the sheet's used range of plain values
 * @throws PackageError naming the sheet and cell when a cell cannot be read
 */
export function readWorksheetCells(
  xml: string,
  sheetName: string,
  context: CellContext
): SheetData {
  const valuesByRow = new Map<number, (CellValue | undefined)[]>();
  const opening = /<(?:[\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (opening === null || opening[1] === "/")
    return sheetDataFromSparseRows(sheetName, valuesByRow);
  const start = opening.index;
  const end = xml.indexOf("sheetData>", start + opening[0].length);
  const place = (row: number, column: number): string =>
    `'${sheetName}'!${columnLetters(column)}${row}`;

  let rowNumber = 0;
  let column = 0;
  let values: (CellValue | undefined)[] | undefined;
  ROW_OR_CELL.lastIndex = start;
  for (let tag = ROW_OR_CELL.exec(xml); tag !== null; tag = ROW_OR_CELL.exec(xml)) {
    if (end >= 0 && tag.index > end) break;
    const attributes = readAttributes(tag[3]);
    if (tag[2] === "row") {
      rowNumber = attributes.r === undefined ? rowNumber + 1 : parseInt(attributes.r, 10);
      if (!(rowNumber >= 1 && rowNumber <= MAX_ROW))
        throw new PackageError(
          `sheet '${sheetName}' has a row numbered '${attributes.r ?? ""}', outside Excel's 1 to ${MAX_ROW.toLocaleString("en-GB")}`
        );
      column = 0;
      values = undefined;
      continue;
    }
    column =
      attributes.r === undefined
        ? column + 1
        : columnNumber(/^[A-Za-z]*/.exec(attributes.r)?.[0] ?? "");
    if (!(column >= 1 && column <= MAX_COLUMN))
      throw new PackageError(
        `sheet '${sheetName}' row ${rowNumber} has a cell at '${attributes.r ?? ""}', which is not a cell reference within Excel's columns A to XFD`
      );
    let content = "";
    if (tag[4] !== "/") {
      const close = `</${tag[1] ?? ""}c>`;
      const contentEnd = xml.indexOf(close, ROW_OR_CELL.lastIndex);
      if (contentEnd < 0)
        throw new PackageError(
          `${place(rowNumber, column)} is not closed (the sheet's XML is cut short)`
        );
      content = xml.slice(ROW_OR_CELL.lastIndex, contentEnd);
      ROW_OR_CELL.lastIndex = contentEnd + close.length;
    }
    const value = cellValue(content, attributes, context, () => place(rowNumber, column));
    if (value === null) continue;
    if (values === undefined) {
      values = valuesByRow.get(rowNumber);
      if (values === undefined) valuesByRow.set(rowNumber, (values = []));
    }
    values[column] = value;
  }
  if (end >= 0) clearMergedCells(xml.slice(end), valuesByRow);
  return sheetDataFromSparseRows(sheetName, valuesByRow);
}

/** One cell's plain value from its `<c>` element's attributes and content. */
function cellValue(
  content: string,
  attributes: CellAttributes,
  context: CellContext,
  place: () => string
): CellValue {
  const type = attributes.t ?? "n";
  // Most cells are `<v>…</v>` alone: no pattern needed.
  const plain = content.startsWith("<v>") && content.indexOf("<", 3) === content.length - 4;
  if (plain && type !== "inlineStr")
    return plainValue(content.slice(3, -4), type, attributes, context, place);
  if (type === "inlineStr" && content.startsWith("<is>") && content.endsWith("</is>")) {
    const text = stringItemText(content.slice(4, -5));
    return text === "" ? null : text;
  }
  const raw = content === "" ? undefined : VALUE.exec(content)?.[1];
  const formula = content.includes("<") ? FORMULA.exec(content) : null;
  const isFormula =
    formula !== null && ((formula[2] ?? "") !== "" || (readAttributes(formula[1]).t ?? "") !== "");
  if (type === "inlineStr" && !isFormula) {
    const item = INLINE_STRING.exec(content)?.[1];
    const text = item === undefined ? "" : stringItemText(item);
    return text === "" ? null : text;
  }
  if (isFormula && type === "s")
    return raw === undefined || raw === "" ? null : number(parseFloat(raw), attributes, context);
  return plainValue(raw, type, attributes, context, place);
}

/** A value cell's plain value from its `<v>` text and type. */
function plainValue(
  raw: string | undefined,
  type: string,
  attributes: CellAttributes,
  context: CellContext,
  place: () => string
): CellValue {
  if (raw === undefined || raw === "") return null;
  switch (type) {
    case "s": {
      const index = parseInt(raw, 10);
      const text = context.sharedStrings[index];
      if (text === undefined)
        throw new PackageError(
          `${place()} refers to shared string ${raw.trim()}, but the workbook has ${context.sharedStrings.length.toLocaleString("en-GB")}`
        );
      return text;
    }
    case "str":
      return cellTextFromXml(raw);
    case "b":
      return parseInt(raw, 10) !== 0;
    case "e":
      return { error: raw };
    case "d": {
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? { error: "#VALUE!" } : date;
    }
    default:
      return number(parseFloat(raw), attributes, context);
  }
}

/** A number, or a date when the cell's style shows dates; `#NUM!` for what is not a finite number. */
function number(value: number, attributes: CellAttributes, context: CellContext): CellValue {
  if (!Number.isFinite(value)) return { error: "#NUM!" };
  const style = attributes.s === undefined ? 0 : parseInt(attributes.s, 10);
  if (context.dateStyles[style] !== true) return value;
  const date = excelSerialToDate(value, context.date1904);
  return Number.isNaN(date.getTime()) ? { error: "#NUM!" } : date;
}

/** Empties every cell of a merged range but its top-left one (which holds the merge's value). */
function clearMergedCells(
  afterSheetData: string,
  valuesByRow: Map<number, (CellValue | undefined)[]>
): void {
  for (const merge of afterSheetData.matchAll(MERGE)) {
    const firstColumn = columnNumber(merge[1] ?? "");
    const firstRow = parseInt(merge[2] ?? "0", 10);
    const lastColumn = merge[3] === undefined ? firstColumn : columnNumber(merge[3]);
    const lastRow = merge[4] === undefined ? firstRow : parseInt(merge[4], 10);
    for (const [rowNumber, values] of valuesByRow) {
      if (rowNumber < firstRow || rowNumber > lastRow) continue;
      const stop = Math.min(lastColumn, values.length - 1);
      for (let column = firstColumn; column <= stop; column += 1) {
        if (rowNumber === firstRow && column === firstColumn) continue;
        values[column] = undefined;
      }
    }
  }
}
