/** The runner's file handling: read an input workbook, write output workbooks safely (SPEC §7). */
import type { Workbook } from "exceljs";
import { WorkbookData } from "../engine/cells";
import type { SheetContent } from "../output/sheetPlan";
import { OutputContentError } from "../output/validateContent";
import {
  addOutputsToPackage,
  newPackageFromSheets,
  openPackage,
  PackageError,
  savePackage,
} from "../package";
import type { PackageParts } from "../package";
import {
  InputFileError,
  NODE_ZIP_CODEC,
  OutputFileError,
  assertNotSameFile,
  readInputFile,
  writeBytesAtomically,
  writeWorkbookAtomically,
} from "../xlsx/files";
import type { InputKind } from "../xlsx/files";
import { ownedSheetNames } from "../xlsx/ownership";
import { workbookFromData } from "../xlsx/toExcelJs";
import { CliFailure } from "./io";

/** An input workbook ready to analyse, with what the outputs will be written into. */
export interface InputWorkbook {
  /** The input read by ExcelJS (for a CSV: built on first use). */
  readonly workbook: Workbook;
  readonly data: WorkbookData;
  readonly kind: InputKind;
  /** The input file's bytes: the package the outputs are added to (for a workbook). */
  readonly bytes: Uint8Array;
}

function fail(error: unknown): never {
  if (error instanceof InputFileError || error instanceof OutputFileError)
    throw new CliFailure(error.message);
  throw error;
}

/** Read an .xlsx or .csv file; sheets this product wrote earlier are marked so they are not taken for input. */
export async function readWorkbookForAnalysis(inputPath: string): Promise<InputWorkbook> {
  try {
    const file = await readInputFile(inputPath);
    // A CSV has no defined names, so no owned sheets.
    const ownedSheets = file.kind === "csv" ? [] : ownedSheetNames(file.workbook);
    return {
      get workbook() {
        return file.workbook;
      },
      data: { ...file.data, ownedSheets },
      kind: file.kind,
      bytes: file.bytes,
    };
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
    let parts: PackageParts;
    try {
      parts =
        input.kind === "csv" ? newPackageFromSheets(input.data.sheets) : openPackage(input.bytes);
    } catch (error) {
      throw new CliFailure(
        `cannot write '${outputPath}': the input could not be reopened as a workbook package (${(error as Error).message})`
      );
    }
    let result;
    try {
      result = addOutputsToPackage(parts, contents);
    } catch (error) {
      if (error instanceof PackageError || error instanceof OutputContentError)
        throw new CliFailure(`cannot write '${outputPath}': ${error.message}`);
      throw error;
    }
    await writeBytesAtomically(savePackage(parts, NODE_ZIP_CODEC), outputPath);
    return { sheets: result.written.map((entry) => entry.sheetName), notices: result.notices };
  } catch (error) {
    fail(error);
  }
}

/** Write plain sheets (a generated sample) to a new workbook file, safely. */
export async function writeDataWorkbook(data: WorkbookData, outputPath: string): Promise<void> {
  try {
    await writeWorkbookAtomically(workbookFromData(data), outputPath);
  } catch (error) {
    fail(error);
  }
}
