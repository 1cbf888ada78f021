/**
 * Workbook structure in the in-memory host: adding, renaming, moving and deleting sheets; tables;
 * defined names. Enforces Excel's rules so that adapter code that breaks them fails in tests.
 */
import { formatAddress, formatRect, intersects, parseAddress, quoteSheetName } from "./address";
import type { Rect } from "./address";
import { HostError, invalidArgument, itemNotFound } from "./errors";
import {
  cellKey,
  createSheet,
  findSheet,
  newId,
  validateObjectName,
  validateSheetName,
} from "./model";
import { inGrid, shownValue } from "./grid";
import type { NameModel, SheetModel, SheetRect, TableModel, WorkbookModel } from "./model";

/**
 * Adds a sheet at the end of the tab order.
 * @param name - the name, or undefined for the next free "SheetN"
 */
export function addSheet(workbook: WorkbookModel, name?: string): SheetModel {
  let chosen = name;
  if (chosen === undefined) {
    let n = workbook.sheets.length + 1;
    while (findSheet(workbook, `Sheet${n}`)) n += 1;
    chosen = `Sheet${n}`;
  }
  validateSheetName(workbook, chosen);
  const sheet = createSheet(workbook, chosen);
  workbook.sheets.push(sheet);
  return sheet;
}

/**
 * Deletes a sheet with everything on it. Tables, charts and conditional formats go with it;
 * defined names that referred to it become `#REF!`.
 * @throws HostError InvalidOperation when it is the last visible sheet
 */
export function deleteSheet(workbook: WorkbookModel, sheet: SheetModel): void {
  const visible = workbook.sheets.filter((s) => s.visibility === "Visible");
  if (sheet.visibility === "Visible" && visible.length === 1) {
    throw new HostError(
      "InvalidOperation",
      "A workbook must contain at least one visible worksheet.",
      "Worksheet.delete"
    );
  }
  const index = workbook.sheets.indexOf(sheet);
  workbook.sheets.splice(index, 1);
  sheet.deleted = true;
  for (const table of workbook.tables.filter((t) => t.sheet === sheet)) {
    table.deleted = true;
    workbook.tables.splice(workbook.tables.indexOf(table), 1);
  }
  for (const chart of sheet.charts) chart.deleted = true;
  for (const format of sheet.conditionalFormats) format.deleted = true;
  for (const name of workbook.names) {
    if ("sheet" in name.ref && name.ref.sheet === sheet) {
      name.ref = { formula: `=#REF!${formatRect(name.ref.rect, true)}` };
    }
  }
  if (workbook.activeSheetId === sheet.id) {
    const next = workbook.sheets[Math.min(index, workbook.sheets.length - 1)];
    if (next) workbook.activeSheetId = next.id;
  }
}

/** Moves a sheet to a 0-based position in the tab order. */
export function moveSheet(workbook: WorkbookModel, sheet: SheetModel, position: number): void {
  if (!Number.isInteger(position) || position < 0 || position >= workbook.sheets.length) {
    throw invalidArgument(
      `position ${position} for ${workbook.sheets.length} sheets`,
      "Worksheet.position"
    );
  }
  workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
  workbook.sheets.splice(position, 0, sheet);
}

/** The header texts Excel gives a new table: the header cells as text, blanks and repeats made unique. */
function tableHeaders(sheet: SheetModel, rect: Rect): string[] {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (let j = 0; j < rect.columnCount; j += 1) {
    const raw = String(shownValue(sheet.cells.get(cellKey(rect.row, rect.column + j)))).trim();
    let header = raw === "" ? `Column${j + 1}` : raw;
    let n = 2;
    while (seen.has(header.toLowerCase())) header = `${raw === "" ? "Column" : raw}${n++}`;
    seen.add(header.toLowerCase());
    headers.push(header);
  }
  return headers;
}

/**
 * Adds a table. With headers, the first row becomes the header row (its cells turned to text);
 * a one-row range gains an empty data row, as in Excel.
 * @throws HostError InvalidArgument when the range overlaps another table or hasHeaders is false
 */
export function addTable(
  workbook: WorkbookModel,
  sheet: SheetModel,
  requested: Rect,
  hasHeaders: boolean
): TableModel {
  if (!hasHeaders)
    throw new HostError(
      "NotImplemented",
      "The in-memory host only creates tables with headers.",
      "TableCollection.add"
    );
  const rect = requested.rowCount === 1 ? { ...requested, rowCount: 2 } : requested;
  if (!inGrid(rect) || rect.rowCount > 100_000_000)
    throw invalidArgument(`table range ${formatRect(rect)}`, "TableCollection.add");
  const overlap = workbook.tables.find((t) => t.sheet === sheet && intersects(t.rect, rect));
  if (overlap)
    throw invalidArgument(
      `a table can't overlap another table ('${overlap.name}')`,
      "TableCollection.add"
    );
  const headers = tableHeaders(sheet, rect);
  headers.forEach((header, j) =>
    sheet.cells.set(cellKey(rect.row, rect.column + j), { value: header })
  );
  let n = workbook.tables.length + 1;
  const taken = (candidate: string): boolean =>
    workbook.tables.some((t) => t.name.toLowerCase() === candidate.toLowerCase()) ||
    workbook.names.some((x) => x.name.toLowerCase() === candidate.toLowerCase());
  while (taken(`Table${n}`)) n += 1;
  const table: TableModel = {
    id: newId(workbook, "table"),
    name: `Table${n}`,
    sheet,
    rect,
    showFilterButton: true,
    showHeaders: true,
    showBandedRows: true,
    style: "TableStyleMedium2",
    deleted: false,
  };
  workbook.tables.push(table);
  return table;
}

/** Renames a table, enforcing Excel's name rules. */
export function renameTable(workbook: WorkbookModel, table: TableModel, name: string): void {
  validateObjectName(workbook, name, "Table", table);
  table.name = name;
}

/** Deletes a table and the cells it held. */
export function deleteTable(workbook: WorkbookModel, table: TableModel): void {
  const { rect, sheet } = table;
  for (let i = 0; i < rect.rowCount; i += 1) {
    for (let j = 0; j < rect.columnCount; j += 1)
      sheet.cells.delete(cellKey(rect.row + i, rect.column + j));
  }
  table.deleted = true;
  workbook.tables.splice(workbook.tables.indexOf(table), 1);
}

/** Header names of a table as they stand in its header row. */
export function headersOf(table: TableModel): string[] {
  const out: string[] = [];
  for (let j = 0; j < table.rect.columnCount; j += 1) {
    out.push(
      String(shownValue(table.sheet.cells.get(cellKey(table.rect.row, table.rect.column + j))))
    );
  }
  return out;
}

/** The defined name (case-insensitive), if any. */
export function findName(workbook: WorkbookModel, name: string): NameModel | undefined {
  const lower = name.toLowerCase();
  return workbook.names.find((n) => n.name.toLowerCase() === lower);
}

/**
 * Adds a workbook-scoped defined name.
 * @param reference - a range, or a formula text such as `='CCG Summary'!$A$1`
 */
export function addName(
  workbook: WorkbookModel,
  name: string,
  reference: SheetRect | string,
  comment: string
): NameModel {
  validateObjectName(workbook, name, "NamedItem");
  let ref: NameModel["ref"];
  if (typeof reference === "string") {
    const text = reference.replace(/^=/, "");
    const bang = text.lastIndexOf("!");
    if (bang > 0) {
      const parsed = parseAddress(text, "NamedItemCollection.add");
      const sheet =
        parsed.sheetName === undefined ? undefined : findSheet(workbook, parsed.sheetName);
      if (!sheet)
        throw invalidArgument(
          `reference '${reference}' names no existing sheet`,
          "NamedItemCollection.add"
        );
      ref = { sheet, rect: parsed.rect };
    } else {
      ref = { formula: `=${text}` };
    }
  } else {
    ref = reference;
  }
  const model: NameModel = { name, comment, visible: true, ref, deleted: false };
  workbook.names.push(model);
  return model;
}

/** Deletes a defined name. */
export function deleteName(workbook: WorkbookModel, model: NameModel): void {
  const index = workbook.names.indexOf(model);
  if (index < 0) throw itemNotFound(`name '${model.name}'`, "NamedItem.delete");
  workbook.names.splice(index, 1);
  model.deleted = true;
}

/** What Excel reports for a name: its formula, value and type. */
export function describeName(model: NameModel): { formula: string; value: string; type: string } {
  if ("sheet" in model.ref) {
    const address = `${quoteSheetName(model.ref.sheet.name)}!${formatRect(model.ref.rect, true)}`;
    return { formula: `=${address}`, value: address, type: "Range" };
  }
  const formula = model.ref.formula;
  if (formula.includes("#REF!")) return { formula, value: "#REF!", type: "Error" };
  return { formula, value: formula.replace(/^=/, ""), type: "String" };
}

/** `Sheet!A1:B2` of a sheet rectangle. */
export function sheetRectAddress(ref: SheetRect): string {
  return formatAddress(ref.sheet.name, ref.rect);
}
