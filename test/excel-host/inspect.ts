/**
 * Read-only views of the in-memory workbook for test assertions (not part of Office.js).
 */
import { formatAddress, formatRect, parseAddress } from "./address";
import type { Rect } from "./address";
import { isErrorValue } from "./cellInput";
import type { ErrorValue } from "./cellInput";
import { cellKey, findSheet } from "./model";
import { mapRect, styleAt, usedRect } from "./grid";
import type { ConditionalFormatModel, SheetModel, StyleProperty, WorkbookModel } from "./model";
import { DEFAULT_COLUMN_WIDTH } from "./proxies/rangeFormat";
import { validationAt } from "./proxies/dataValidation";
import { describeName, headersOf, sheetRectAddress } from "./structure";
import { columnName } from "./address";

/** A cell value as a test sees it: null when empty, errors as `{ error }`. */
export type InspectedValue = string | number | boolean | ErrorValue | null;

/** One cell, fully. */
export interface InspectedCell {
  readonly value: InspectedValue;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly quotePrefix: boolean;
}

/** A table as a test sees it. */
export interface InspectedTable {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly headers: string[];
  readonly showFilterButton: boolean;
  readonly style: string;
}

/** A conditional format as a test sees it. */
export interface InspectedConditionalFormat {
  readonly address: string;
  readonly type: string;
  readonly rule: Record<string, unknown> | null;
  readonly fillColor: string | null;
  readonly fontColor: string | null;
}

/** A chart as a test sees it. */
export interface InspectedChart {
  readonly name: string;
  readonly chartType: string;
  readonly title: string;
  readonly source: string;
  readonly position: { startCell: string; endCell?: string } | null;
  readonly series: {
    readonly name: string;
    readonly values: string | null;
    readonly xValues: string | null;
    readonly axisGroup: string;
    readonly pointFills: Record<number, string>;
  }[];
}

/** Inspection helpers bound to one workbook model. */
export function inspector(model: WorkbookModel) {
  const sheetOf = (name: string): SheetModel => {
    const sheet = findSheet(model, name);
    if (!sheet)
      throw new Error(
        `No sheet '${name}' in the host workbook (sheets: ${model.sheets.map((s) => s.name).join(", ")})`
      );
    return sheet;
  };
  const rectOf = (sheet: SheetModel, address?: string): Rect =>
    address === undefined
      ? (usedRect(sheet, true) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 })
      : parseAddress(address).rect;
  const cellAt = (sheet: SheetModel, r: number, c: number): InspectedValue => {
    const cell = sheet.cells.get(cellKey(r, c));
    return cell ? cell.value : null;
  };

  return {
    /** Sheet names in tab order. */
    sheetNames: (): string[] => model.sheets.map((s) => s.name),
    /** Name of the active sheet. */
    activeSheetName: (): string | undefined =>
      model.sheets.find((s) => s.id === model.activeSheetId)?.name,
    /** One cell: value, formula, number format, whether an apostrophe forced text. */
    cell: (sheet: string, address: string): InspectedCell => {
      const s = sheetOf(sheet);
      const { row, column } = parseAddress(address).rect;
      const cell = s.cells.get(cellKey(row, column));
      return {
        value: cell ? cell.value : null,
        formula: cell?.formula ?? null,
        numberFormat: String(styleAt(s, row, column, "numberFormat")),
        quotePrefix: cell?.quotePrefix ?? false,
      };
    },
    /** Values of a range (default: the used range); null for empty cells. */
    values: (sheet: string, address?: string): InspectedValue[][] => {
      const s = sheetOf(sheet);
      return mapRect(rectOf(s, address), (r, c) => cellAt(s, r, c));
    },
    /** Formulas of a range; null where a cell holds no formula. */
    formulas: (sheet: string, address?: string): (string | null)[][] => {
      const s = sheetOf(sheet);
      return mapRect(rectOf(s, address), (r, c) => s.cells.get(cellKey(r, c))?.formula ?? null);
    },
    /** Every formula on a sheet, by address. */
    allFormulas: (sheet: string): Record<string, string> => {
      const s = sheetOf(sheet);
      const out: Record<string, string> = {};
      for (const [key, cell] of s.cells) {
        if (cell.formula)
          out[
            formatRect({
              row: Math.floor(key / 16384),
              column: key % 16384,
              rowCount: 1,
              columnCount: 1,
            })
          ] = cell.formula;
      }
      return out;
    },
    /** Number formats of a range. */
    numberFormats: (sheet: string, address: string): string[][] => {
      const s = sheetOf(sheet);
      return mapRect(rectOf(s, address), (r, c) => String(styleAt(s, r, c, "numberFormat")));
    },
    /** A style property of one cell (`font.bold`, `fill.color`, …). */
    style: (sheet: string, address: string, property: StyleProperty): unknown => {
      const s = sheetOf(sheet);
      const { row, column } = parseAddress(address).rect;
      return styleAt(s, row, column, property);
    },
    /** Width in points of the column holding `address`. */
    columnWidth: (sheet: string, address: string): number => {
      const s = sheetOf(sheet);
      return s.columnWidths.get(parseAddress(address).rect.column) ?? DEFAULT_COLUMN_WIDTH;
    },
    /** Frozen rows at the top of a sheet. */
    frozenRows: (sheet: string): number => sheetOf(sheet).frozenRows,
    /** Used range address (values only), or null for a blank sheet. */
    usedAddress: (sheet: string): string | null => {
      const s = sheetOf(sheet);
      const rect = usedRect(s, true);
      return rect ? formatAddress(s.name, rect) : null;
    },
    /** All tables in the workbook. */
    tables: (): InspectedTable[] =>
      model.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: formatRect(t.rect),
        headers: headersOf(t),
        showFilterButton: t.showFilterButton,
        style: t.style,
      })),
    /** Live conditional formats of a sheet. */
    conditionalFormats: (sheet: string): InspectedConditionalFormat[] =>
      sheetOf(sheet)
        .conditionalFormats.filter((f) => !f.deleted)
        .map((f) => ({
          address: formatRect(f.rect),
          type: f.type,
          rule: f.rule ?? null,
          fillColor: f.fillColor ?? null,
          fontColor: f.fontColor ?? null,
        })),
    /** The conditional fill/font that applies to a cell, evaluating the rules on its value. */
    conditionalColours: (
      sheet: string,
      address: string
    ): { fillColor: string | null; fontColor: string | null } | null => {
      const s = sheetOf(sheet);
      const { row, column } = parseAddress(address).rect;
      const value = cellAt(s, row, column);
      const hit = s.conditionalFormats.find(
        (f) => !f.deleted && inRect(f, row, column) && ruleHolds(f, value)
      );
      return hit ? { fillColor: hit.fillColor ?? null, fontColor: hit.fontColor ?? null } : null;
    },
    /** Data-validation rules in the order they were set (cleared areas left out), by address. */
    validations: (
      sheet: string
    ): {
      address: string;
      rule: Record<string, unknown>;
      errorAlert: Record<string, unknown> | null;
    }[] =>
      sheetOf(sheet)
        .validations.filter((layer) => layer.rule !== null)
        .map((layer) => ({
          address: formatRect(layer.rect),
          rule: layer.rule ?? {},
          errorAlert: layer.errorAlert ?? null,
        })),
    /** The dropdown list source of one cell (after clears), or null when it has no list rule. */
    validationList: (sheet: string, address: string): string | null => {
      const { row, column } = parseAddress(address).rect;
      const layer = validationAt(sheetOf(sheet), row, column);
      const list = layer?.rule?.list as { source?: string } | undefined;
      return list?.source ?? null;
    },
    /** Letters of the hidden columns of a sheet, left to right. */
    hiddenColumns: (sheet: string): string[] =>
      [...sheetOf(sheet).hiddenColumns].sort((a, b) => a - b).map((c) => columnName(c)),
    /** Live charts of a sheet. */
    charts: (sheet: string): InspectedChart[] =>
      sheetOf(sheet)
        .charts.filter((c) => !c.deleted)
        .map((c) => ({
          name: c.name,
          chartType: c.chartType,
          title: c.title,
          source: sheetRectAddress(c.source),
          position: c.position ?? null,
          series: c.series
            .filter((x) => !x.deleted)
            .map((x) => ({
              name: x.name,
              values: x.values ? sheetRectAddress(x.values) : null,
              xValues: x.xValues ? sheetRectAddress(x.xValues) : null,
              axisGroup: x.axisGroup,
              pointFills: Object.fromEntries(x.pointFills),
            })),
        })),
    /** Workbook-scoped names with what they refer to. */
    names: (): { name: string; formula: string; value: string; type: string; comment: string }[] =>
      model.names.map((n) => ({ name: n.name, comment: n.comment, ...describeName(n) })),
  };
}

function inRect(f: ConditionalFormatModel, row: number, column: number): boolean {
  return (
    row >= f.rect.row &&
    row < f.rect.row + f.rect.rowCount &&
    column >= f.rect.column &&
    column < f.rect.column + f.rect.columnCount
  );
}

/** Evaluates a text or cell-value rule on a cell value. */
function ruleHolds(f: ConditionalFormatModel, value: InspectedValue): boolean {
  const rule = f.rule;
  if (!rule || value === null || isErrorValue(value)) return false;
  // The host does not calculate, so a custom (formula) rule is never shown as holding.
  if (f.type === "Custom") return false;
  if (f.type === "ContainsText") {
    const text = String(value).toLowerCase();
    const wanted = String(rule.text).toLowerCase();
    switch (rule.operator) {
      case "Contains":
        return text.includes(wanted);
      case "NotContains":
        return !text.includes(wanted);
      case "BeginsWith":
        return text.startsWith(wanted);
      case "EndsWith":
        return text.endsWith(wanted);
      default:
        return false;
    }
  }
  const formula = String(rule.formula1).replace(/^=/, "");
  const literal = /^"(.*)"$/.exec(formula);
  const operand: string | number = literal ? (literal[1] ?? "") : Number(formula);
  const compare =
    typeof operand === "string"
      ? String(value).toLowerCase().localeCompare(operand.toLowerCase())
      : Number(value) - operand;
  switch (rule.operator) {
    case "EqualTo":
      return compare === 0;
    case "NotEqualTo":
      return compare !== 0;
    case "GreaterThan":
      return compare > 0;
    case "LessThan":
      return compare < 0;
    case "GreaterThanOrEqual":
      return compare >= 0;
    case "LessThanOrEqual":
      return compare <= 0;
    default:
      return false;
  }
}
