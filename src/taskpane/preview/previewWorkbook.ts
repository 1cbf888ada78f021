/**
 * Preview mode's workbook handling, in the browser. This module (and ExcelJS with it) is loaded only
 * by previewWorkbookHost.ts through dynamic `import()`, so Excel users never download it. Reading
 * mirrors the runner's src/xlsx/files.ts (which needs Node): the same checks of the file's first
 * bytes, the same package reader and limits (src/package) and the same plain-words messages, naming
 * the file. ExcelJS reads the file only when the user's own sheet is edited (see
 * {@link LoadedWorkbook.editedUserSheet}).
 */
import { Workbook } from "exceljs";
import type { Assumptions } from "../../engine/assumptions";
import type { SheetData, WorkbookData } from "../../engine/cells";
import { buildAssumptionsTable } from "../../output/report/assumptionsTable";
import type { SheetContent } from "../../output/sheetPlan";
import { tableSheet } from "../../output/tableSheet";
import { decodeCsvText, parseCsv, sheetNameFromFileName } from "../../xlsx/csv";
import { sheetDataFromWorksheet } from "../../xlsx/fromExcelJs";
import { workbookFromData } from "../../xlsx/toExcelJs";
import { repairLoadedWorkbook } from "../../xlsx/workbookRepairs";
import { addOutputSheets } from "../../xlsx/writeOutputs";
import {
  addOutputsToPackage,
  newPackageFromSheets,
  openPackage,
  readingProblemMessage,
  savePackage,
  workbookDataFromPackage,
} from "../../package";
import type { PackageParts } from "../../package";
import { isAssumptionsSheetName, planAssumptionsSheetUpdate } from "../host/assumptionsSheetPlan";
import type { WriteAssumptionsSummary, WriteOutputsSummary } from "../host/workbookHost";

export { writeScenarioToWorkbook } from "./previewScenario";

/** A picked file, read. */
export interface LoadedWorkbook {
  /**
   * The workbook as ExcelJS reads it (for CSV: a new workbook holding the one sheet), read on first
   * use: only to edit a sheet of the user's (their `Assumptions` or `Scenarios` sheet).
   */
  readonly excelJs: () => Promise<Workbook>;
  /** The sheets of the picked file, in tab order (the sheets ExcelJS reads). */
  readonly fileSheetNames: readonly string[];
  /** Replaced when a scenario is saved into the workbook (previewScenario.ts). */
  data: WorkbookData;
  /**
   * The package the outputs are written into (the picked file's parts, kept byte for byte; for
   * CSV a new package), by the package writer.
   */
  readonly parts: PackageParts;
  /** The outputs written so far (replayed through ExcelJS in the fallback below). */
  readonly outputs: SheetContent[];
  /**
   * True once assumptions were written into the user's own `Assumptions` sheet: the package
   * writer does not edit user sheets, so the copy is then saved through ExcelJS (which drops what
   * it does not model, as before).
   */
  editedUserSheet: boolean;
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
 * @returns the ExcelJS workbook and its plain data (with the sheets CCG Footprint wrote before marked)
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
    return {
      excelJs: once(async () => workbookFromData(data)),
      fileSheetNames: [sheet.name],
      data,
      parts: newPackageFromSheets(data.sheets),
      outputs: [],
      editedUserSheet: false,
    };
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
  return {
    excelJs: once(async () => {
      const workbook = new Workbook();
      await workbook.xlsx.load(bytes);
      repairLoadedWorkbook(workbook);
      return workbook;
    }),
    fileSheetNames: data.sheets.map((sheet) => sheet.name),
    data,
    parts,
    outputs: [],
    editedUserSheet: false,
  };
}

/** A function that runs `make` on its first call and gives the same promise on every call. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
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
  loaded.outputs.push(...contents);
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
    loaded.outputs.push(content);
    const sheetName = result.written[0]?.sheetName ?? "Assumptions";
    // Reading the workbook again sees the sheet, as in Excel (the pane then says where the values are).
    replaceSheetData(loaded, {
      name: sheetName,
      firstRow: 1,
      firstColumn: 1,
      rows: [table.columns.map((column) => column.header), ...table.rows.map((row) => [...row])],
    });
    return {
      sheetName,
      created: true,
      updated: [],
      added: [],
      notices: result.notices,
    };
  }
  const workbook = await loaded.excelJs();
  const existing = workbook.worksheets.find((sheet) => isAssumptionsSheetName(sheet.name));
  if (existing === undefined)
    throw new Error("The workbook's Assumptions sheet could not be read.");
  const plan = planAssumptionsSheetUpdate(
    sheetDataFromWorksheet(existing),
    assumptions,
    (row, column) => {
      const value = existing.getCell(row, column).value;
      return (
        typeof value === "object" &&
        value !== null &&
        ("formula" in value || "sharedFormula" in value)
      );
    }
  );
  for (const cell of plan.cells) existing.getCell(cell.row, cell.column).value = cell.value;
  if (plan.cells.length > 0) {
    loaded.editedUserSheet = true;
    replaceSheetData(loaded, sheetDataFromWorksheet(existing));
  }
  return {
    sheetName: existing.name,
    created: false,
    updated: plan.updated,
    added: plan.added,
    notices: plan.notices,
  };
}

/** The workbook's data with one sheet replaced (or added at the end), keeping the others in order. */
function replaceSheetData(loaded: LoadedWorkbook, sheet: SheetData): void {
  const sheets = loaded.data.sheets;
  const at = sheets.findIndex((candidate) => candidate.name === sheet.name);
  loaded.data = {
    ...loaded.data,
    sheets: at < 0 ? [...sheets, sheet] : sheets.map((s, i) => (i === at ? sheet : s)),
  };
}

/**
 * The analysed copy's bytes: the package with our sheets (every part of the picked file kept), or,
 * after the user's own Assumptions sheet was edited, the ExcelJS workbook with the outputs replayed.
 * @param loaded - the picked workbook
 * @returns the file's bytes
 */
export async function saveWorkbook(loaded: LoadedWorkbook): Promise<ArrayBuffer> {
  if (!loaded.editedUserSheet) {
    const bytes = savePackage(loaded.parts);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  const workbook = await loaded.excelJs();
  if (loaded.outputs.length > 0) addOutputSheets(workbook, loaded.outputs);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
