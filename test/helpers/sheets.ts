import { CellValue, SheetData, WorkbookData } from "../../src/engine/cells";

/** A sheet starting at A1 (or at the given row/column) from rows of cells. */
export function sheet(name: string, rows: CellValue[][], firstRow = 1, firstColumn = 1): SheetData {
  return { name, rows, firstRow, firstColumn };
}

/** A workbook from sheets. */
export function workbook(...sheets: SheetData[]): WorkbookData {
  return { sheets };
}

/** Standard practice-list headers. */
export const PRACTICE_HEADERS = ["Practice code", "Practice name", "CCG code", "CCG name", "List size", "Latitude", "Longitude"];
