/**
 * Preview mode's edits of a sheet the picked workbook already had (the user's own `Assumptions` or
 * `Scenarios` sheet): made in that sheet's cells in the package, nothing else of the user's changed,
 * with the workbook's data read again so the pane sees what the file now holds.
 */
import type { SheetData } from "../../engine/cells";
import { editSheetCells, PackageError, workbookDataFromPackage } from "../../package";
import type { CellEdit } from "../../package";
import type { LoadedWorkbook } from "./previewWorkbook";

/**
 * Writes values into cells of the user's own sheet, in the package (nothing else of theirs changes),
 * and reads that sheet again so the pane sees what the file now holds.
 * @param loaded - the picked workbook
 * @param sheetName - the user's sheet
 * @param cells - the values to write
 * @param refuse - throws the caller's plain-words error for a cell the package writer will not write
 */
export function editUserSheet(
  loaded: LoadedWorkbook,
  sheetName: string,
  cells: readonly CellEdit[],
  refuse: (problem: string) => never
): void {
  if (cells.length === 0) return;
  try {
    editSheetCells(loaded.parts, sheetName, cells);
  } catch (error) {
    if (error instanceof PackageError) refuse(error.message);
    throw error;
  }
  const written = workbookDataFromPackage(loaded.parts, new Set([sheetName])).sheets[0];
  if (written !== undefined) replaceSheetData(loaded, written);
}

/** The workbook's data with one sheet replaced (or added at the end), keeping the others in order. */
export function replaceSheetData(loaded: LoadedWorkbook, sheet: SheetData): void {
  const sheets = loaded.data.sheets;
  const at = sheets.findIndex((candidate) => candidate.name === sheet.name);
  loaded.data = {
    ...loaded.data,
    sheets: at < 0 ? [...sheets, sheet] : sheets.map((s, i) => (i === at ? sheet : s)),
  };
}
