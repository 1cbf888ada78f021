/**
 * Preview mode's workbook handling, in the browser. This module (and the package reader and writer with it) is loaded only
 * by previewWorkbookHost.ts through dynamic `import()`, so Excel users never download it. Reading
 * mirrors the runner's src/xlsx/files.ts (which needs Node): the same checks of the file's first
 * bytes, the same package reader and limits (src/package) and the same plain-words messages, naming
 * the file. The analysed copy is the picked file's package with our sheets added (src/package): every
 * part of the user's kept byte for byte, and an edit of the user's own `Assumptions` or `Scenarios`
 * sheet made in that sheet's cells alone.
 */
import type { Assumptions } from "../../engine/assumptions";
import type { WorkbookData } from "../../engine/cells";
import { buildAssumptionsTable } from "../../output/report/assumptionsTable";
import type { SheetContent } from "../../output/sheetPlan";
import { tableSheet } from "../../output/tableSheet";
import { decodeCsvText, parseCsv, sheetNameFromFileName } from "../../xlsx/csv";
import {
  addOutputsToPackage,
  formulaCellsOf,
  newPackageFromSheets,
  openPackage,
  readingProblemMessage,
  savePackage,
  workbookDataFromPackage,
} from "../../package";
import type { PackageParts } from "../../package";
import {
  AssumptionsSheetError,
  isAssumptionsSheetName,
  planAssumptionsSheetUpdate,
} from "../host/assumptionsSheetPlan";
import type { WriteAssumptionsSummary, WriteOutputsSummary } from "../host/workbookHost";

import { editUserSheet, replaceSheetData } from "./userSheetEdits";

export { writeScenarioToWorkbook } from "./previewScenario";

/** A picked file, read. */
export interface LoadedWorkbook {
  /** The sheets of the picked file, in tab order. */
  readonly fileSheetNames: readonly string[];
  /** Replaced when a scenario is saved into the workbook (previewScenario.ts). */
  data: WorkbookData;
  /**
   * The package the outputs are written into (the picked file's parts, kept byte for byte; for
   * CSV a new package), by the package writer.
   */
  readonly parts: PackageParts;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptedPackage" in UTF-16LE: the stream a password-protected .xlsx holds. */
const ENCRYPTED_MARK = Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, pattern: readonly number[]): boolean {
  const first = pattern[0];
  outer: for (
    let i = bytes.indexOf(first ?? 0);
    i >= 0 && i <= bytes.length - pattern.length;
    i = bytes.indexOf(first ?? 0, i + 1)
  ) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function firstLine(message: string): string {
  const line = (message.split("\n")[0] ?? "").trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/**
 * Reads a picked .xlsx, .xlsm or .csv file.
 * @param bytes - the file's contents
 * @param fileName - its name (for the type and for messages)
 * @returns its package and plain data (with the sheets CCG Footprint wrote before marked)
 * @throws Error in plain words naming the file
 * @example const { data } = await loadWorkbookFile(await file.arrayBuffer(), file.name);
 */
export async function loadWorkbookFile(
  bytes: ArrayBuffer,
  fileName: string
): Promise<LoadedWorkbook> {
  const extension = (/\.[^.]*$/.exec(fileName)?.[0] ?? "").toLowerCase();
  const start = `Cannot read '${fileName}'`;
  if (![".xlsx", ".xlsm", ".csv"].includes(extension)) {
    const hint = extension === ".xls" ? " (open it in Excel and save it as .xlsx)" : "";
    throw new Error(
      `${start}: only Excel workbooks (.xlsx, .xlsm) and CSV files (.csv) are accepted${hint}.`
    );
  }
  const view = new Uint8Array(bytes);
  if (view.length === 0) throw new Error(`${start}: the file is empty.`);
  if (extension === ".csv") {
    if (startsWith(view, ZIP_SIGNATURE) || startsWith(view, OLE_SIGNATURE)) {
      throw new Error(`${start}: it is an Excel workbook, not a CSV file (give it an .xlsx name).`);
    }
    let sheet;
    try {
      sheet = parseCsv(decodeCsvText(view), sheetNameFromFileName(fileName));
    } catch (error) {
      throw new Error(`${start}: ${(error as Error).message}`);
    }
    if (sheet.rows.length === 0) throw new Error(`${start}: the file has no rows.`);
    const data: WorkbookData = { sheets: [sheet], ownedSheets: [] };
    return { fileSheetNames: [sheet.name], data, parts: newPackageFromSheets(data.sheets) };
  }
  if (startsWith(view, OLE_SIGNATURE)) {
    if (contains(view, ENCRYPTED_MARK)) {
      throw new Error(
        `${start}: it is password-protected or encrypted (remove the password in Excel and save it again).`
      );
    }
    throw new Error(
      `${start}: it is an old Excel 97-2003 workbook (open it in Excel and save it as .xlsx).`
    );
  }
  if (!startsWith(view, ZIP_SIGNATURE))
    throw new Error(`${start}: it is not an Excel workbook (.xlsx).`);
  let parts: PackageParts;
  let data: WorkbookData;
  try {
    parts = openPackage(view);
    data = workbookDataFromPackage(parts);
  } catch (error) {
    const problem = readingProblemMessage(error);
    if (problem === undefined) throw error;
    throw new Error(`${start}: ${firstLine(problem)}.`);
  }
  return { fileSheetNames: data.sheets.map((sheet) => sheet.name), data, parts };
}

/**
 * Adds (or replaces) the output sheets in the picked workbook's package.
 * @param loaded - the picked workbook
 * @param contents - the outputs to write
 * @returns where each went and notices
 * @throws OutputContentError when a content is malformed (nothing is written then)
 */
export function addOutputs(
  loaded: LoadedWorkbook,
  contents: readonly SheetContent[]
): WriteOutputsSummary {
  const result = addOutputsToPackage(loaded.parts, contents);
  return {
    written: result.written.map(({ output, sheetName }) => ({ output, sheetName })),
    notices: result.notices,
  };
}

/**
 * Writes assumption values into the picked workbook: its own `Assumptions` sheet (Value cells of known
 * keys, formulas left alone, missing non-default keys added below) or a new sheet CCG Footprint owns.
 * @param workbook - the picked workbook
 * @param assumptions - the values to write
 * @returns what was written
 * @throws AssumptionsSheetError when the workbook's sheet has no Key and Value headers
 */
export async function writeAssumptionsToWorkbook(
  loaded: LoadedWorkbook,
  assumptions: Assumptions
): Promise<WriteAssumptionsSummary> {
  if (!loaded.fileSheetNames.some(isAssumptionsSheetName)) {
    const table = buildAssumptionsTable(assumptions);
    const content = tableSheet(table);
    const result = addOutputsToPackage(loaded.parts, [content]);
    const sheetName = result.written[0]?.sheetName ?? "Assumptions";
    // Reading the workbook again sees the sheet, ours, as in Excel (the pane then says where the values are).
    replaceSheetData(loaded, {
      name: sheetName,
      firstRow: 1,
      firstColumn: 1,
      rows: [table.columns.map((column) => column.header), ...table.rows.map((row) => [...row])],
    });
    loaded.data = {
      ...loaded.data,
      ownedSheets: [...(loaded.data.ownedSheets ?? []).filter((n) => n !== sheetName), sheetName],
    };
    return {
      sheetName,
      created: true,
      updated: [],
      added: [],
      notices: result.notices,
    };
  }
  const existing = loaded.data.sheets.find((sheet) => isAssumptionsSheetName(sheet.name));
  if (existing === undefined)
    throw new Error("The workbook's Assumptions sheet could not be read.");
  const plan = planAssumptionsSheetUpdate(
    existing,
    assumptions,
    formulaCellsOf(loaded.parts, existing.name)
  );
  editUserSheet(loaded, existing.name, plan.cells, (problem) => {
    throw new AssumptionsSheetError(`The assumptions were not saved: ${problem}.`);
  });
  return {
    sheetName: existing.name,
    created: false,
    updated: plan.updated,
    added: plan.added,
    notices: plan.notices,
  };
}

/**
 * The analysed copy's bytes: the picked file's package with our sheets and the user's edits.
 * @param loaded - the picked workbook
 * @returns the file's bytes
 */
export function saveWorkbook(loaded: LoadedWorkbook): ArrayBuffer {
  const bytes = savePackage(loaded.parts);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
