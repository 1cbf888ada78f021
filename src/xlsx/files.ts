/* global Buffer, NodeJS, process */
/**
 * Node-only file handling for the headless runner: reading an input workbook or CSV (read-only),
 * and writing the output atomically (temporary file, then rename). Errors carry plain-words
 * messages naming the file, for `error: …` on stderr; never a stack trace.
 */
import { randomBytes } from "crypto";
import { promises as fs, realpathSync, statSync } from "fs";
import * as path from "path";
import {
  constants as zlibConstants,
  crc32 as zlibCrc32,
  deflateRawSync,
  inflateRawSync,
} from "zlib";
import type { ZipCodec } from "../package/zipWriter";
import type { WorkbookData } from "../engine/cells";
import { openPackage, readingProblemMessage, workbookDataFromPackage } from "../package";
import type { CappedInflate, PackageParts } from "../package";
import { decodeCsvText, parseCsv, sheetNameFromFileName } from "./csv";
import { ReadingLimitError, checkCsvLimits } from "./readingLimits";

/** Runs a reading step that checks the reading limits, naming the file in its error. */
function withinLimits<T>(filePath: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ReadingLimitError)
      throw new InputFileError(`cannot read '${filePath}': ${error.message}`);
    throw error;
  }
}

/**
 * Node's native zlib for writing packages (several times faster than deflate in JavaScript). A
 * stream is made of pieces each deflated on its own and ended with a sync flush (so they join into
 * one stream; only the first 32 KB of each piece cannot refer back), then an empty final block.
 */
export const NODE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (data) => deflateRawSync(data, { level: 1 }),
  deflateRawStream: () => {
    const chunks: Uint8Array[] = [];
    return {
      push: (piece) => {
        chunks.push(deflateRawSync(piece, { level: 1, finishFlush: zlibConstants.Z_SYNC_FLUSH }));
      },
      finish: () => [...chunks, deflateRawSync(new Uint8Array(0), { level: 1 })],
    };
  },
  crc32: (data, previous) => zlibCrc32(data, previous),
};

/** Node's native zlib for reading packages, stopped at the cap (a zip bomb is never inflated whole). */
export const NODE_INFLATE: CappedInflate = (data, maxBytes) => {
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return undefined;
    throw error;
  }
};

/** A problem with the input file, in words the user can act on. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputFileError";
  }
}

/** A problem writing the output file, in words the user can act on. */
export class OutputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputFileError";
  }
}

/** What kind of file the input was. */
export type InputKind = "xlsx" | "csv";

/** The input file, read. */
export interface InputFile {
  readonly data: WorkbookData;
  readonly kind: InputKind;
  /** The file's bytes. */
  readonly bytes: Uint8Array;
  /** For a workbook: its opened package, which the outputs are written into. */
  readonly parts: PackageParts | undefined;
}

/** File extensions accepted as input. */
export const ACCEPTED_INPUT_EXTENSIONS: readonly string[] = [".xlsx", ".xlsm", ".csv"];

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE): old .xls files and password-protected .xlsx files. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads an input workbook (.xlsx, .xlsm) or CSV file. The file is only opened for reading.
 * @param filePath - the file to read
 * @returns its plain data, the kind of file and, for a workbook, its opened package
 * @throws InputFileError with a message naming the file (missing, empty, not a workbook, encrypted, unsupported type…)
 * @example const { data, kind } = await readInputFile("practices.csv");
 */
export async function readInputFile(filePath: string): Promise<InputFile> {
  const extension = path.extname(filePath).toLowerCase();
  if (!ACCEPTED_INPUT_EXTENSIONS.includes(extension)) {
    const hint = extension === ".xls" ? " (open it in Excel and save it as .xlsx)" : "";
    throw new InputFileError(
      `cannot read '${filePath}': only Excel workbooks (.xlsx, .xlsm) and CSV files (.csv) are accepted${hint}`
    );
  }
  const bytes = await readBytes(filePath);
  if (bytes.length === 0) throw new InputFileError(`cannot read '${filePath}': the file is empty`);
  return extension === ".csv" ? readCsvBytes(filePath, bytes) : readWorkbookBytes(filePath, bytes);
}

/** The whole file, with read errors turned into plain words. */
async function readBytes(filePath: string): Promise<Buffer> {
  try {
    return await fs.readFile(filePath); // opens read-only
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder, not a file"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : `${(error as Error).message}`;
    throw new InputFileError(`cannot read '${filePath}': ${reason}`);
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

async function readWorkbookBytes(filePath: string, bytes: Buffer): Promise<InputFile> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (bytes.includes(Buffer.from("EncryptedPackage", "utf16le"))) {
      throw new InputFileError(
        `cannot read '${filePath}': it is password-protected or encrypted (remove the password in Excel and save it again)`
      );
    }
    throw new InputFileError(
      `cannot read '${filePath}': it is an old Excel 97-2003 workbook, not an Excel workbook (.xlsx) (open it in Excel and save it as .xlsx)`
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new InputFileError(`cannot read '${filePath}': it is not an Excel workbook (.xlsx)`);
  }
  try {
    const parts = openPackage(bytes, NODE_INFLATE);
    return { data: workbookDataFromPackage(parts), kind: "xlsx", bytes, parts };
  } catch (error) {
    const problem = readingProblemMessage(error);
    if (problem === undefined) throw error;
    throw new InputFileError(`cannot read '${filePath}': ${problem}`);
  }
}

function readCsvBytes(filePath: string, bytes: Buffer): InputFile {
  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE_SIGNATURE)) {
    throw new InputFileError(
      `cannot read '${filePath}': it is an Excel workbook, not a CSV file (give it an .xlsx name)`
    );
  }
  withinLimits(filePath, () => checkCsvLimits(bytes));
  const text = decodeCsvText(bytes);
  let sheet;
  try {
    sheet = parseCsv(text, sheetNameFromFileName(filePath));
  } catch (error) {
    throw new InputFileError(`cannot read '${filePath}': ${(error as Error).message}`);
  }
  if (sheet.rows.length === 0)
    throw new InputFileError(`cannot read '${filePath}': the file has no rows`);
  const data: WorkbookData = { sheets: [sheet], ownedSheets: [] };
  return { data, kind: "csv", bytes, parts: undefined };
}

function firstLine(message: string): string {
  const line = (message.split("\n")[0] ?? "").trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/**
 * Refuses an output path that is the input file (same path, or the same file through a link or a
 * differently-cased name), so the input is never overwritten.
 * @param inputPath - the input file
 * @param outputPath - the planned output file
 * @throws OutputFileError when both name the same file
 */
export function assertNotSameFile(inputPath: string, outputPath: string): void {
  const input = path.resolve(inputPath);
  const output = path.resolve(outputPath);
  let same = input === output;
  if (!same) {
    try {
      const inputStat = statSync(input);
      const outputStat = statSync(output);
      same = inputStat.dev === outputStat.dev && inputStat.ino === outputStat.ino;
      if (!same) same = realpathSync(input) === realpathSync(output);
    } catch {
      // The output does not exist yet (or the input cannot be read): they cannot be the same file.
    }
  }
  if (same) {
    throw new OutputFileError(
      `the output file '${outputPath}' is the input file; the input is never changed, so choose another output file (-o)`
    );
  }
}

/**
 * Writes bytes to a temporary file beside the destination, then renames it over the destination,
 * so a reader never sees a half-written file. On any failure the temporary file is removed and
 * the destination is left as it was.
 * @param bytes - the file's content
 * @param destinationPath - the file to create or replace
 * @throws OutputFileError with a plain message (e.g. the folder does not exist or is not writable)
 * @example await writeBytesAtomically(savePackage(parts), "practices.analysed.xlsx");
 */
export async function writeBytesAtomically(
  bytes: Uint8Array,
  destinationPath: string
): Promise<void> {
  await writeChunksAtomically([bytes], destinationPath);
}

/**
 * Writes a file's content chunk by chunk as it is made (the whole never held at once) to a
 * temporary file beside the destination, then renames it over the destination, so a reader never
 * sees a half-written file. On any failure (writing, or making a chunk) the temporary file is
 * removed and the destination is left as it was.
 * @param chunks - the file's content in order
 * @param destinationPath - the file to create or replace
 * @throws OutputFileError with a plain message (e.g. the folder does not exist or is not writable)
 * @example await writeChunksAtomically(packageChunks(parts, NODE_ZIP_CODEC), "practices.analysed.xlsx");
 */
export async function writeChunksAtomically(
  chunks: Iterable<Uint8Array>,
  destinationPath: string
): Promise<void> {
  const destination = path.resolve(destinationPath);
  const folder = path.dirname(destination);
  const temporary = path.join(
    folder,
    `.${path.basename(destination)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`
  );

  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temporary, "wx");
    // Each writeFile on an open handle continues where the last one ended.
    for (const chunk of chunks) await handle.writeFile(chunk);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temporary, destination);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new OutputFileError(
      writeErrorMessage(error as NodeJS.ErrnoException, destinationPath, folder)
    );
  }
}

/**
 * The plain-words message for a failed write.
 * @param error - the file-system error
 * @param destinationPath - the output file as the user named it
 * @param folder - the folder it goes in
 * @returns e.g. "cannot write 'out/x.xlsx': the folder '/home/me/out' does not exist"
 */
export function writeErrorMessage(
  error: NodeJS.ErrnoException,
  destinationPath: string,
  folder: string
): string {
  const start = `cannot write '${destinationPath}'`;
  switch (error.code) {
    case "ENOENT":
    case "ENOTDIR":
      return `${start}: the folder '${folder}' does not exist`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `${start}: the folder '${folder}' is not writable`;
    case "EISDIR":
      return `${start}: it is a folder`;
    case "ENOSPC":
    case "EDQUOT":
      return `${start}: the disk is full`;
    default:
      return `${start}: ${firstLine(error.message)}`;
  }
}
