/**
 * One sheet's content → worksheet XML (SpreadsheetML), written directly: values with inline
 * strings (the user's shared strings are never touched), formulas with their cached results,
 * number formats and bold through {@link StyleBook}, widths, hidden columns, frozen rows, an
 * optional sheet filter, conditional formats, dropdowns, and references to the sheet's drawing and
 * table parts. Pure and browser-safe.
 */
import { columnLetters } from "../engine/cells";
import { cellAddress, rangeOf } from "../output/addresses";
import type { CellRange } from "../output/addresses";
import { DROPDOWN_ERROR_TITLE } from "../output/names";
import type { PlanConditionalRule, SheetContent } from "../output/sheetPlan";
import type { StyleBook } from "./styles";
import { escapeXml, XML_DECLARATION } from "./xmlText";
import { XmlBytes } from "./xmlBytes";
import { cellXml } from "./cellXml";
import type { WritableCell } from "./cellXml";

export type { WritableCell } from "./cellXml";

/** The worksheet's content in the plan's terms, with any cell type a CSV brings. */
export type WorksheetContent = Omit<SheetContent, "cells" | "output" | "tables" | "charts"> & {
  readonly cells: readonly (readonly WritableCell[])[];
};

/** Relationship ids and extras the worksheet XML refers to. */
export interface WorksheetLinks {
  readonly tableRelationshipIds: readonly string[];
  readonly drawingRelationshipId?: string;
  /** A sheet filter (for a plain sheet such as the practice list of a CSV). */
  readonly autoFilter?: string;
}

/** Styled blank cells are written at most this far below the values (a whole-column range stays cheap). */
const STYLED_BLANK_ROW_LIMIT = 10_000;
const STYLED_BLANK_COLUMN_LIMIT = 200;
const DATE_FORMAT = "yyyy-mm-dd";
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * The worksheet XML of one sheet, as UTF-8 bytes.
 * @param content - what the sheet holds
 * @param styles - the workbook's styles (our cell formats are added to it)
 * @param links - relationship ids of the sheet's tables and drawing
 * @returns the part's bytes
 */
export function worksheetXml(
  content: WorksheetContent,
  styles: StyleBook,
  links: WorksheetLinks
): Uint8Array {
  const out = new XmlBytes();
  writeWorksheetXml(content, styles, links, out);
  return out.bytes();
}

/**
 * Writes the worksheet XML of one sheet, start to end, into `out` (which may hand it on in pieces:
 * see deflatedPart.ts).
 * @param content - what the sheet holds
 * @param styles - the workbook's styles (our cell formats are added to it)
 * @param links - relationship ids of the sheet's tables and drawing
 * @param out - where the XML goes
 */
export function writeWorksheetXml(
  content: WorksheetContent,
  styles: StyleBook,
  links: WorksheetLinks,
  out: XmlBytes
): void {
  out.raw(`${XML_DECLARATION}<worksheet ${NS}>`);
  const styleOf = styleResolver(content, styles);
  const area = styledArea(content);
  // The used range comes first in the XML: found by a pass that writes nothing.
  out.raw(`<dimension ref="${usedRange(content, area, styleOf)}"/>`);
  out.raw(sheetViewsXml(content.frozenRows));
  out.raw('<sheetFormatPr defaultRowHeight="15"/>');
  out.raw(colsXml(content));
  writeSheetData(out, content, area, styleOf);
  if (links.autoFilter !== undefined) out.raw(`<autoFilter ref="${links.autoFilter}"/>`);
  out.raw(conditionalFormatsXml(content, styles));
  out.raw(validationsXml(content));
  out.raw(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
  );
  if (links.drawingRelationshipId !== undefined)
    out.raw(`<drawing r:id="${links.drawingRelationshipId}"/>`);
  if (links.tableRelationshipIds.length > 0) {
    out.raw(`<tableParts count="${links.tableRelationshipIds.length}">`);
    for (const id of links.tableRelationshipIds) out.raw(`<tablePart r:id="${id}"/>`);
    out.raw("</tableParts>");
  }
  out.raw("</worksheet>");
}

/** A function giving each cell's number format and weight as a style index. */
type StyleOf = (row: number, column: number, isDate: boolean) => number;

/** A column's style over a run of rows: the same for every row from `from` to `to`. */
interface ColumnStyleRun {
  from: number;
  to: number;
  index: number;
  isBold: boolean;
  style: number;
  /** Asked for only when a date is written (a date format is added to the styles then). */
  dateStyle: number | undefined;
}

/**
 * Each cell's style index from the content's format and bold ranges (the latest format range
 * containing the cell wins). Cells are asked for row by row, so each column remembers the run of
 * rows over which its style does not change.
 */
function styleResolver(content: WorksheetContent, styles: StyleBook): StyleOf {
  const formats = content.numberFormats.map((f) => ({ range: rangeOf(f.range), format: f.format }));
  const bold = content.boldRanges.map(rangeOf);
  // Per column, the format ranges (latest first) and bold ranges touching it: a cell checks only those.
  const formatsOf = new Map<number, { range: CellRange; index: number }[]>();
  formats.forEach((f, index) => {
    for (let c = f.range.left; c <= Math.min(f.range.right, STYLED_BLANK_COLUMN_LIMIT); c += 1) {
      const list = formatsOf.get(c) ?? [];
      list.unshift({ range: f.range, index });
      formatsOf.set(c, list);
    }
  });
  const boldOf = new Map<number, CellRange[]>();
  for (const range of bold)
    for (let c = range.left; c <= Math.min(range.right, STYLED_BLANK_COLUMN_LIMIT); c += 1)
      boldOf.set(c, [...(boldOf.get(c) ?? []), range]);
  const cache = new Map<number, number>();
  const styleFor = (index: number, isBold: boolean, isDate: boolean): number => {
    const key = (index + 1) * 4 + (isBold ? 2 : 0) + (isDate ? 1 : 0);
    const known = cache.get(key);
    if (known !== undefined) return known;
    let format = index < 0 ? undefined : formats[index]?.format;
    if (isDate && (format === undefined || format === "General")) format = DATE_FORMAT;
    const style = styles.cellStyle(format, isBold);
    cache.set(key, style);
    return style;
  };
  const runs: (ColumnStyleRun | undefined)[] = [];
  const runAt = (row: number, column: number): ColumnStyleRun => {
    let from = 1;
    let to = Number.POSITIVE_INFINITY;
    // The rows around `row` inside or outside each range, intersected.
    const within = (range: CellRange): boolean => {
      if (row < range.top) to = Math.min(to, range.top - 1);
      else if (row > range.bottom) from = Math.max(from, range.bottom + 1);
      else {
        from = Math.max(from, range.top);
        to = Math.min(to, range.bottom);
        return true;
      }
      return false;
    };
    let index = -1;
    for (const f of formatsOf.get(column) ?? []) if (within(f.range) && index < 0) index = f.index;
    let isBold = false;
    for (const range of boldOf.get(column) ?? []) if (within(range)) isBold = true;
    return { from, to, index, isBold, style: styleFor(index, isBold, false), dateStyle: undefined };
  };
  return (row, column, isDate) => {
    let run = runs[column];
    if (run === undefined || row < run.from || row > run.to)
      run = runs[column] = runAt(row, column);
    if (!isDate) return run.style;
    return (run.dateStyle ??= styleFor(run.index, run.isBold, true));
  };
}

/** The area where styled blank cells are written: the values' rows, and style ranges (capped). */
function styledArea(content: WorksheetContent): { rows: number; columns: number } {
  let rows = content.cells.length;
  let columns = 0;
  for (const row of content.cells) columns = Math.max(columns, row.length);
  for (const address of [...content.numberFormats.map((f) => f.range), ...content.boldRanges]) {
    const range = rangeOf(address);
    rows = Math.max(rows, Math.min(range.bottom, STYLED_BLANK_ROW_LIMIT));
    columns = Math.max(columns, Math.min(range.right, STYLED_BLANK_COLUMN_LIMIT));
  }
  return { rows, columns };
}

/** Whether a cell is written: it has a value, or a style to show when it is blank. */
function isWritten(style: number, value: WritableCell | undefined): boolean {
  return style !== 0 || (value !== undefined && value !== null);
}

/**
 * The used range of the cells {@link writeSheetData} writes, for `<dimension>`.
 * @returns e.g. `A1:N7706` (`A1` when nothing is written)
 */
function usedRange(
  content: WorksheetContent,
  area: { rows: number; columns: number },
  styleOf: StyleOf
): string {
  let lastRow = 0;
  let lastColumn = 0;
  for (let i = 0; i < area.rows; i += 1) {
    const row = content.cells[i] ?? [];
    const width = Math.max(row.length, area.columns);
    for (let j = 0; j < width; j += 1) {
      const value = row[j];
      if (!isWritten(styleOf(i + 1, j + 1, value instanceof Date), value)) continue;
      lastRow = i + 1;
      if (j + 1 > lastColumn) lastColumn = j + 1;
    }
  }
  return lastRow === 0 ? "A1" : `A1:${cellAddress(lastRow, Math.max(lastColumn, 1))}`;
}

/** Writes `<sheetData>`: each row with a value or a styled cell, each such cell. */
function writeSheetData(
  out: XmlBytes,
  content: WorksheetContent,
  area: { rows: number; columns: number },
  styleOf: StyleOf
): void {
  out.raw("<sheetData>");
  const letters: string[] = [];
  const styleAttributes: string[] = [];
  for (let i = 0; i < area.rows; i += 1) {
    const row = content.cells[i] ?? [];
    const r = i + 1;
    const rowText = String(r);
    let cells = "";
    const width = Math.max(row.length, area.columns);
    for (let j = 0; j < width; j += 1) {
      const value = row[j];
      const style = styleOf(r, j + 1, value instanceof Date);
      if (!isWritten(style, value)) continue;
      const column = (letters[j] ??= columnLetters(j + 1));
      const s = style === 0 ? "" : (styleAttributes[style] ??= ` s="${style}"`);
      cells += cellXml(`<c r="${column}${rowText}"${s}`, value);
    }
    if (cells === "") continue;
    out.raw(`<row r="${rowText}">${cells}</row>`);
  }
  out.raw("</sheetData>");
}

function sheetViewsXml(frozenRows: number): string {
  if (frozenRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const below = `A${frozenRows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${frozenRows}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/></sheetView></sheetViews>`
  );
}

function colsXml(content: WorksheetContent): string {
  const hidden = new Set(content.hiddenColumns);
  const last = Math.max(content.columnWidths.length, ...content.hiddenColumns, 0);
  const cols: string[] = [];
  for (let c = 1; c <= last; c += 1) {
    const width = content.columnWidths[c - 1];
    if (width === undefined && !hidden.has(c)) continue;
    const w = width === undefined ? "" : ` width="${width}" customWidth="1"`;
    cols.push(`<col min="${c}" max="${c}"${w}${hidden.has(c) ? ' hidden="1"' : ""}/>`);
  }
  return cols.length === 0 ? "" : `<cols>${cols.join("")}</cols>`;
}

function conditionalFormatsXml(content: WorksheetContent, styles: StyleBook): string {
  let priority = 1;
  return content.conditionalFormats
    .map((format) => {
      const range = rangeOf(format.range);
      const topLeft = cellAddress(range.top, range.left);
      const rules = format.rules.map((rule) =>
        ruleXml(rule, topLeft, styles.dxf(rule), priority++)
      );
      return `<conditionalFormatting sqref="${escapeXml(format.range)}">${rules.join("")}</conditionalFormatting>`;
    })
    .join("");
}

function ruleXml(
  rule: PlanConditionalRule,
  topLeft: string,
  dxfId: number,
  priority: number
): string {
  const head = `dxfId="${dxfId}" priority="${priority}"`;
  switch (rule.kind) {
    case "containsText": {
      const quoted = rule.text.replace(/"/g, '""');
      const formula = `NOT(ISERROR(SEARCH("${quoted}",${topLeft})))`;
      return `<cfRule type="containsText" ${head} operator="containsText" text="${escapeXml(rule.text)}"><formula>${escapeXml(formula)}</formula></cfRule>`;
    }
    case "cellValue":
      return `<cfRule type="cellIs" ${head} operator="${rule.operator}"><formula>${escapeXml(rule.formula)}</formula></cfRule>`;
    case "expression":
      return `<cfRule type="expression" ${head}><formula>${escapeXml(rule.formula)}</formula></cfRule>`;
  }
}

function validationsXml(content: WorksheetContent): string {
  if (content.validations.length === 0) return "";
  const items = content.validations.map((v) => {
    const error =
      v.errorMessage === undefined
        ? ""
        : ` errorTitle="${escapeXml(DROPDOWN_ERROR_TITLE)}" error="${escapeXml(v.errorMessage)}"`;
    const list = escapeXml(`"${v.list.join(",")}"`);
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${error} sqref="${escapeXml(v.range)}"><formula1>${list}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}
