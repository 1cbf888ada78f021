/**
 * One output sheet as either renderer left it, read back into the same plain shape so the two can be
 * compared: the package writer (its saved .xlsx bytes read by ExcelJS, an independent reader used in
 * tests only) and the in-memory Excel host (what the Office.js renderer's calls did to its model).
 */
import type { Workbook, Worksheet } from "exceljs";
import { columnLetters } from "../../../src/engine/cells";
import { columnWidthPoints } from "../../../src/taskpane/excel/renderSheet";
import type { ExcelHost } from "../../excel-host";
import { cellKey, findSheet } from "../../excel-host/model";
import { styleAt } from "../../excel-host/grid";
import { validationAt } from "../../excel-host/proxies/dataValidation";

/** A conditional-format rule, whichever renderer wrote it. */
export interface RenderedRule {
  readonly range: string;
  readonly kind: "containsText" | "cellValue" | "expression";
  /** The text looked for, or the formula (without `=`). */
  readonly operand: string;
  readonly operator: string | null;
  readonly fill: string;
  readonly font: string;
}

/** A table, whichever renderer wrote it. */
export interface RenderedTable {
  readonly name: string;
  readonly range: string;
  readonly headers: readonly string[];
  readonly style: string;
}

/** What a test compares of one sheet. */
export interface RenderedSheet {
  /** Non-empty cells by address: the value, or `=formula`. */
  readonly cells: Record<string, string | number | boolean>;
  /** Number formats other than General, by address. */
  readonly numberFormats: Record<string, string>;
  /** Dropdowns by address: the list source (`Met,Not met`) and ` | <title>: <error message>` when there is one. */
  readonly validations: Record<string, string>;
  readonly rules: readonly RenderedRule[];
  readonly tables: readonly RenderedTable[];
  readonly hiddenColumns: readonly string[];
  readonly frozenRows: number;
  /** Column widths in points, by column letters (columns given a width). */
  readonly widths: Record<string, number>;
  /** Addresses of bold cells. */
  readonly bold: readonly string[];
}

/** The area compared: rows and columns 1..n. */
export interface Extent {
  readonly rows: number;
  readonly columns: number;
}

/** A dropdown as `source | error message` (the message only when there is one). */
const withMessage = (
  source: string,
  message: string | undefined,
  title: string | undefined
): string => (message === undefined ? source : `${source} | ${title ?? ""}: ${message}`);

const hex = (argb: string | undefined): string => `#${(argb ?? "").slice(-6).toUpperCase()}`;

const CELL_VALUE_OPERATORS: Readonly<Record<string, string>> = {
  LessThan: "lessThan",
  GreaterThan: "greaterThan",
  EqualTo: "equal",
  LessThanOrEqual: "lessThanOrEqual",
  GreaterThanOrEqual: "greaterThanOrEqual",
};

/** ExcelJS's read models (not in its type declarations). */
interface ReadRule {
  type: string;
  operator?: string;
  formulae?: string[];
  style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}
interface ReadTable {
  name: string;
  tableRef: string;
  columns: { name: string }[];
  style?: { theme?: string | null };
}

/**
 * A sheet as ExcelJS read it from a file the package writer wrote.
 * @param workbook - the workbook, read by ExcelJS from the saved bytes
 * @param sheetName - the sheet
 * @param extent - the area to compare
 */
export function renderedByPackage(
  workbook: Workbook,
  sheetName: string,
  extent: Extent
): RenderedSheet {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`The package has no sheet '${sheetName}'`);
  const cells: Record<string, string | number | boolean> = {};
  const numberFormats: Record<string, string> = {};
  const validations: Record<string, string> = {};
  const bold: string[] = [];
  for (let r = 1; r <= extent.rows; r += 1) {
    for (let c = 1; c <= extent.columns; c += 1) {
      const cell = sheet.getCell(r, c);
      const address = `${columnLetters(c)}${r}`;
      const value = cell.value as unknown;
      if (value !== null && value !== undefined && value !== "") {
        if (typeof value === "object" && "formula" in (value as object))
          cells[address] = `=${(value as { formula: string }).formula}`;
        else cells[address] = value as string | number | boolean;
      }
      if (cell.numFmt && cell.numFmt !== "General") numberFormats[address] = cell.numFmt;
      const validation = cell.dataValidation as
        { formulae?: string[]; error?: string; errorTitle?: string } | undefined;
      const source = validation?.formulae?.[0];
      if (typeof source === "string")
        validations[address] = withMessage(
          source.replace(/^"|"$/g, ""),
          validation?.error,
          validation?.errorTitle
        );
      if (cell.font?.bold === true) bold.push(address);
    }
  }
  const read = (
    sheet as unknown as { conditionalFormattings?: { ref: string; rules: ReadRule[] }[] }
  ).conditionalFormattings;
  const rules: RenderedRule[] = (read ?? []).flatMap((format) =>
    format.rules.map((rule): RenderedRule => {
      const colours = {
        fill: hex(rule.style?.fill?.bgColor?.argb),
        font: hex(rule.style?.font?.color?.argb),
      };
      const formula = rule.formulae?.[0] ?? "";
      // A "contains text" rule: ExcelJS reads its type and the formula Excel stores for one (not its
      // `text` attribute), relative to the range's top-left cell; the text is taken from that.
      const topLeft = format.ref.split(":")[0] ?? "";
      const containsText = /^NOT\(ISERROR\(SEARCH\("((?:[^"]|"")*)",([A-Z]+[0-9]+)\)\)\)$/.exec(
        formula
      );
      if (rule.type === "containsText" && containsText && containsText[2] === topLeft) {
        const text = (containsText[1] ?? "").replace(/""/g, '"');
        return {
          range: format.ref,
          kind: "containsText",
          operand: text,
          operator: null,
          ...colours,
        };
      }
      if (rule.type === "cellIs")
        return {
          range: format.ref,
          kind: "cellValue",
          operand: formula,
          operator: rule.operator ?? null,
          ...colours,
        };
      return {
        range: format.ref,
        kind: "expression",
        operand: formula,
        operator: null,
        ...colours,
      };
    })
  );
  const tables = (sheet.getTables() as unknown as { table: ReadTable }[]).map(({ table }) => ({
    name: table.name,
    range: table.tableRef,
    headers: table.columns.map((column) => column.name),
    style: table.style?.theme ?? "",
  }));
  const hiddenColumns: string[] = [];
  const widths: Record<string, number> = {};
  for (let c = 1; c <= extent.columns; c += 1) {
    const column = sheet.getColumn(c);
    if (column.hidden) hiddenColumns.push(columnLetters(c));
    if (column.width !== undefined) widths[columnLetters(c)] = columnWidthPoints(column.width);
  }
  return {
    cells,
    numberFormats,
    validations,
    rules,
    tables,
    hiddenColumns,
    frozenRows: frozenRowsOf(sheet),
    widths,
    bold,
  };
}

function frozenRowsOf(sheet: Worksheet): number {
  const view = (sheet.views ?? [])[0] as { state?: string; ySplit?: number } | undefined;
  return view?.state === "frozen" ? (view.ySplit ?? 0) : 0;
}

/**
 * A sheet as the Office.js renderer left it in the in-memory Excel host.
 * @param host - the host
 * @param sheetName - the sheet
 * @param extent - the area to compare
 */
export function renderedByOfficeJs(
  host: ExcelHost,
  sheetName: string,
  extent: Extent
): RenderedSheet {
  const sheet = findSheet(host.model, sheetName);
  if (!sheet) throw new Error(`The Office.js renderer wrote no sheet '${sheetName}'`);
  const cells: Record<string, string | number | boolean> = {};
  const numberFormats: Record<string, string> = {};
  const validations: Record<string, string> = {};
  const bold: string[] = [];
  for (let r = 0; r < extent.rows; r += 1) {
    for (let c = 0; c < extent.columns; c += 1) {
      const address = `${columnLetters(c + 1)}${r + 1}`;
      const cell = sheet.cells.get(cellKey(r, c));
      if (cell?.formula) cells[address] = cell.formula;
      else if (cell && typeof cell.value !== "object" && cell.value !== "")
        cells[address] = cell.value;
      const format = styleAt(sheet, r, c, "numberFormat");
      if (format !== "General") numberFormats[address] = String(format);
      const layer = validationAt(sheet, r, c);
      const list = layer?.rule?.list as { source?: string } | undefined;
      if (list?.source !== undefined)
        validations[address] = withMessage(
          list.source,
          layer?.errorAlert?.message as string | undefined,
          layer?.errorAlert?.title as string | undefined
        );
      if (styleAt(sheet, r, c, "font.bold") === true) bold.push(address);
    }
  }
  const rules: RenderedRule[] = host.conditionalFormats(sheetName).map((format) => {
    const colours = { fill: format.fillColor ?? "", font: format.fontColor ?? "" };
    const rule = format.rule ?? {};
    if (format.type === "ContainsText")
      return {
        range: format.address,
        kind: "containsText",
        operand: String(rule.text),
        operator: null,
        ...colours,
      };
    if (format.type === "CellValue")
      return {
        range: format.address,
        kind: "cellValue",
        operand: String(rule.formula1).replace(/^=/, ""),
        operator: CELL_VALUE_OPERATORS[String(rule.operator)] ?? String(rule.operator),
        ...colours,
      };
    return {
      range: format.address,
      kind: "expression",
      operand: String(rule.formula).replace(/^=/, ""),
      operator: null,
      ...colours,
    };
  });
  const tables = host
    .tables()
    .filter((table) => table.sheet.toLowerCase() === sheetName.toLowerCase())
    .map((table) => ({
      name: table.name,
      range: table.address,
      headers: table.headers,
      style: table.style,
    }));
  const widths: Record<string, number> = {};
  for (const [column, points] of sheet.columnWidths)
    if (column < extent.columns) widths[columnLetters(column + 1)] = points;
  return {
    cells,
    numberFormats,
    validations,
    rules,
    tables,
    hiddenColumns: host.hiddenColumns(sheetName),
    frozenRows: host.frozenRows(sheetName),
    widths,
    bold,
  };
}
