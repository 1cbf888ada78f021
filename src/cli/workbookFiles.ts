/** The runner's file handling: read an input workbook, write output workbooks safely (SPEC §7). */
import type { Workbook } from "exceljs";
import { WorkbookData } from "../engine/cells";
import type { SheetContent } from "../output/sheetPlan";
import {
  InputFileError,
  OutputFileError,
  assertNotSameFile,
  readInputFile,
  writeWorkbookAtomically,
} from "../xlsx/files";
import { ownedSheetNames } from "../xlsx/ownership";
import { workbookFromData } from "../xlsx/toExcelJs";
import { addOutputSheets } from "../xlsx/writeOutputs";
import { CliFailure } from "./io";

/** An input workbook ready to analyse, with the ExcelJS workbook the outputs will be added to. */
export interface InputWorkbook {
  readonly workbook: Workbook;
  readonly data: WorkbookData;
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
    // A CSV has no defined names, so no owned sheets; its workbook is built only if an output is written.
    const ownedSheets = file.kind === "csv" ? [] : ownedSheetNames(file.workbook);
    return {
      get workbook() {
        return file.workbook;
      },
      data: { ...file.data, ownedSheets },
    };
  } catch (error) {
    fail(error);
  }
}

/**
 * Add the output sheets to the input workbook and write it to `outputPath` through a temporary file.
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
    const result = addOutputSheets(input.workbook, contents);
    await writeWorkbookAtomically(input.workbook, outputPath);
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
