/** The runner's file handling: read an input workbook, write output workbooks safely (SPEC §7). */
import { WorkbookData } from "../engine/cells";
import type { SheetContent } from "../output/sheetPlan";
import { OutputContentError } from "../output/validateContent";
import { addOutputsToPackage, newPackageFromSheets, PackageError, packageChunks } from "../package";
import type { PackageParts } from "../package";
import {
  InputFileError,
  NODE_ZIP_CODEC,
  OutputFileError,
  assertNotSameFile,
  readInputFile,
  writeChunksAtomically,
} from "../xlsx/files";
import type { InputKind } from "../xlsx/files";
import { CliFailure } from "./io";

/** An input workbook ready to analyse, with what the outputs will be written into. */
export interface InputWorkbook {
  readonly data: WorkbookData;
  readonly kind: InputKind;
  /** For a workbook: its opened package, which the outputs are added to. */
  readonly parts: PackageParts | undefined;
}

function fail(error: unknown): never {
  if (error instanceof InputFileError || error instanceof OutputFileError)
    throw new CliFailure(error.message);
  throw error;
}

/** Read an .xlsx or .csv file; sheets this product wrote earlier are marked so they are not taken for input. */
export async function readWorkbookForAnalysis(inputPath: string): Promise<InputWorkbook> {
  try {
    const { data, kind, parts } = await readInputFile(inputPath);
    return { data, kind, parts };
  } catch (error) {
    fail(error);
  }
}

/**
 * Add the output sheets to the input's package (for a CSV: a new package whose first sheet is
 * the list) and write it to `outputPath` through a temporary file. Every part of the input
 * workbook other than the bookkeeping parts is kept byte for byte (src/package).
 * @returns the sheet names written and plain-words notices (e.g. a user sheet left untouched)
 */
export async function writeAnalysedWorkbook(
  input: InputWorkbook,
  contents: readonly SheetContent[],
  inputPath: string,
  outputPath: string
): Promise<{ sheets: string[]; notices: string[] }> {
  try {
    assertNotSameFile(inputPath, outputPath);
    const parts = input.parts ?? newPackageFromSheets(input.data.sheets, NODE_ZIP_CODEC);
    let result;
    try {
      result = addOutputsToPackage(parts, contents, NODE_ZIP_CODEC);
    } catch (error) {
      if (error instanceof PackageError || error instanceof OutputContentError)
        throw new CliFailure(`cannot write '${outputPath}': ${error.message}`);
      throw error;
    }
    // Written as it is zipped: the whole file is never held in memory.
    await writeChunksAtomically(packageChunks(parts, NODE_ZIP_CODEC), outputPath);
    return { sheets: result.written.map((entry) => entry.sheetName), notices: result.notices };
  } catch (error) {
    fail(error);
  }
}

/** Write plain sheets (a generated sample) to a new workbook file, safely, by the package writer. */
export async function writeDataWorkbook(data: WorkbookData, outputPath: string): Promise<void> {
  try {
    const parts = newPackageFromSheets(data.sheets, NODE_ZIP_CODEC);
    await writeChunksAtomically(packageChunks(parts, NODE_ZIP_CODEC), outputPath);
  } catch (error) {
    fail(error);
  }
}
