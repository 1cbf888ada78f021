/**
 * Checks on the output path made before any work is done, so routine mistakes (a folder that does not
 * exist, a path that is a folder, the input as the output) end with a plain `error:` line at once.
 */
import { Stats, statSync } from "node:fs";
import path from "node:path";
import { OutputFileError, assertNotSameFile } from "../xlsx/files";
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
