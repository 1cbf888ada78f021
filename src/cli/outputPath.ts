/**
 * Checks on the output path made before any work is done, so routine mistakes (a folder that does not
 * exist, a path that is a folder, the input as the output) end with a plain `error:` line at once.
 */
import { Stats, statSync } from "node:fs";
import path from "node:path";
import type { WorkbookData } from "../engine/cells";
import { OutputFileError, assertNotSameFile } from "../xlsx/files";
import { MAX_SHEET_ROWS } from "../xlsx/readingLimits";
import { CliFailure } from "./io";

/**
 * Refuses an output path that cannot be written, in plain words naming it.
 * @param inputPath the input file (never overwritten), or null when there is none
 * @param outputPath absolute path of the planned output file
 * @param label the output path as the user typed it
 * @throws CliFailure (exit 1) saying what is wrong and what to do
 * @example checkOutputPath("/w/list.csv", "/w/out/list.xlsx", "out/list.xlsx");
 */
export function checkOutputPath(inputPath: string | null, outputPath: string, label: string): void {
  if (inputPath !== null) {
    try {
      assertNotSameFile(inputPath, outputPath);
    } catch (error) {
      if (error instanceof OutputFileError) throw new CliFailure(error.message);
      throw error;
    }
  }
  const folder = path.dirname(outputPath);
  const folderStat = statOrNull(folder);
  if (folderStat === null || !folderStat.isDirectory()) {
    throw new CliFailure(
      `cannot write '${label}': the folder '${folder}' does not exist (create it first or choose another path)`
    );
  }
  const outputStat = statOrNull(outputPath);
  if (outputStat !== null && outputStat.isDirectory()) {
    throw new CliFailure(
      `cannot write '${label}': it is a folder (give a file name such as '${path.join(label, "analysed.xlsx")}')`
    );
  }
}

function statOrNull(filePath: string): Stats | null {
  try {
    return statSync(filePath);
  } catch {
    return null;
  }
}

/**
 * Refuses, before any analysis, to write a workbook whose input sheet could not fit in one: a CSV of more
 * rows than an Excel sheet holds.
 * @param data the input read
 * @param label the input file's name, for the message
 * @throws CliFailure naming the sheet, its row count and what to do instead
 */
export function checkWorkbookFits(data: WorkbookData, label: string): void {
  for (const sheet of data.sheets) {
    const rows = sheet.firstRow - 1 + sheet.rows.length;
    if (rows <= MAX_SHEET_ROWS) continue;
    throw new CliFailure(
      `${label}: sheet '${sheet.name}' has ${rows.toLocaleString("en-GB")} rows, more than the ` +
        `${MAX_SHEET_ROWS.toLocaleString("en-GB")} an Excel sheet holds (header included), so no analysed ` +
        `workbook can be written; use --json without -o for the results, or split the list`
    );
  }
}
