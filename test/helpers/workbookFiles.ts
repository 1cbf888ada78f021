/**
 * Input workbooks for tests, written by the package writer (the same writer that gives `sample`
 * and a CSV's analysed copy their plain sheets): values as given, header row bold and frozen.
 */
import fs from "fs";
import type { WorkbookData } from "../../src/engine/cells";
import { newPackageFromSheets, savePackage } from "../../src/package";

/**
 * An .xlsx file's bytes holding the sheets as plain values.
 * @param data - the sheets, in tab order
 * @returns the file's bytes
 */
export function xlsxBytesOf(data: WorkbookData): Uint8Array {
  return savePackage(newPackageFromSheets(data.sheets));
}

/**
 * Writes the sheets as an .xlsx file.
 * @param file - the path to write
 * @param data - the sheets, in tab order
 */
export function writeXlsxFile(file: string, data: WorkbookData): void {
  fs.writeFileSync(file, xlsxBytesOf(data));
}
