/* global Buffer */
/**
 * Limits checked while an .xlsx package is read, before ExcelJS inflates it (SPEC §7): the number of parts,
 * their total uncompressed size and each worksheet's row count. The zip's central directory is read first
 * (declared sizes, part count), then each part is inflated on its own with a cap on its output, so a part
 * that lies about its size (a zip bomb) is stopped at the cap, never inflated whole.
 */
import { inflateRawSync } from "zlib";

/** Most parts an input package may hold. */
export const MAX_PACKAGE_PARTS = 10_000;
/** Most bytes the parts of an input package may hold once uncompressed (1 GiB). */
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;
/** Excel's row limit: most rows a worksheet (or a CSV file) may hold. */
export const MAX_SHEET_ROWS = 1_048_576;

/** A package beyond a limit, or not a readable zip, in plain words (without the file name). */
export class ReadingLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReadingLimitError";
  }
}

interface Part {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

const GIB = (bytes: number): string => `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;

/**
 * Checks an .xlsx package against the limits without building the workbook.
 * @param bytes the whole file
 * @throws ReadingLimitError saying which limit was passed (or that the zip is damaged)
 * @example checkPackageLimits(fs.readFileSync("list.xlsx"));
 */
export function checkPackageLimits(bytes: Buffer): void {
  const parts = centralDirectory(bytes);
  if (parts.length > MAX_PACKAGE_PARTS)
    throw new ReadingLimitError(
      `it holds ${parts.length.toLocaleString("en-GB")} parts, more than the ${MAX_PACKAGE_PARTS.toLocaleString("en-GB")} a workbook may have`
    );
  let declared = 0;
  for (const part of parts) declared += part.size;
  if (declared > MAX_UNCOMPRESSED_BYTES) throw tooLarge(declared);
  let inflated = 0;
  for (const part of parts) {
    const data = partData(bytes, part);
    const room = MAX_UNCOMPRESSED_BYTES - inflated;
    let content: Buffer;
    if (part.method === 0) content = data;
    else if (part.method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(room, 1) });
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
          throw tooLarge(MAX_UNCOMPRESSED_BYTES + 1);
        throw new ReadingLimitError(`it is damaged (part '${part.name}' cannot be inflated)`);
      }
    } else
      throw new ReadingLimitError(
        `it is damaged (part '${part.name}' uses an unknown compression)`
      );
    inflated += content.length;
    if (inflated > MAX_UNCOMPRESSED_BYTES) throw tooLarge(inflated);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(part.name)) {
      const rows = countRows(content);
      if (rows > MAX_SHEET_ROWS)
        throw new ReadingLimitError(
          `worksheet part '${part.name}' holds more than ${MAX_SHEET_ROWS.toLocaleString("en-GB")} rows, Excel's limit`
        );
    }
  }
}

function tooLarge(bytes: number): ReadingLimitError {
  return new ReadingLimitError(
    `it would take more than ${GIB(MAX_UNCOMPRESSED_BYTES)} once uncompressed` +
      (bytes > MAX_UNCOMPRESSED_BYTES + 1 ? ` (${GIB(bytes)})` : "") +
      ` (a damaged file or a zip bomb; save a smaller workbook or only the practice list)`
  );
}

/** `<row` elements in a worksheet's XML (with or without a namespace prefix). */
function countRows(xml: Buffer): number {
  let count = 0;
  let at = xml.indexOf("row", 0, "latin1");
  while (at >= 0) {
    const before = xml[at - 1];
    const after = xml[at + 3];
    if (
      (before === 0x3c || before === 0x3a) &&
      (after === 0x20 || after === 0x3e || after === 0x2f)
    )
      count++;
    at = xml.indexOf("row", at + 3, "latin1");
  }
  return count;
}

function damaged(): ReadingLimitError {
  return new ReadingLimitError(
    "it is damaged or is not an Excel workbook (.xlsx) (no zip directory)"
  );
}

/** The parts listed in the zip's central directory. */
function centralDirectory(bytes: Buffer): Part[] {
  const end = findEndOfDirectory(bytes);
  let count = bytes.readUInt16LE(end + 10);
  let size = bytes.readUInt32LE(end + 12);
  let offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== 0x07064b50) throw damaged();
    const record = Number(bytes.readBigUInt64LE(locator + 8));
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== 0x06064b50) throw damaged();
    count = Number(bytes.readBigUInt64LE(record + 32));
    size = Number(bytes.readBigUInt64LE(record + 40));
    offset = Number(bytes.readBigUInt64LE(record + 48));
  }
  if (count > MAX_PACKAGE_PARTS)
    throw new ReadingLimitError(
      `it holds ${count.toLocaleString("en-GB")} parts, more than the ${MAX_PACKAGE_PARTS.toLocaleString("en-GB")} a workbook may have`
    );
  if (offset + size > bytes.length) throw damaged();
  const parts: Part[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw damaged();
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let partSize = bytes.readUInt32LE(at + 24);
    let headerOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    // ZIP64 sizes and offset, for the fields marked 0xFFFFFFFF, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = bytes.readUInt16LE(extra);
      const length = bytes.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (partSize === 0xffffffff)
          ((partSize = Number(bytes.readBigUInt64LE(field))), (field += 8));
        if (compressedSize === 0xffffffff)
          ((compressedSize = Number(bytes.readBigUInt64LE(field))), (field += 8));
        if (headerOffset === 0xffffffff) headerOffset = Number(bytes.readBigUInt64LE(field));
      }
      extra += 4 + length;
    }
    parts.push({
      name,
      method: bytes.readUInt16LE(at + 10),
      compressedSize,
      size: partSize,
      headerOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--)
    if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  throw damaged();
}

function partData(bytes: Buffer, part: Part): Buffer {
  const header = part.headerOffset;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== 0x04034b50) throw damaged();
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  if (start + part.compressedSize > bytes.length) throw damaged();
  return bytes.subarray(start, start + part.compressedSize);
}

/** Most bytes an input CSV file may hold (1 GiB). */
export const MAX_CSV_BYTES = 1024 * 1024 * 1024;

/**
 * Rows in CSV bytes (line breaks: LF, CRLF or CR alone; a quoted line break counts too, so this is at
 * least the number of rows), counted without decoding the text.
 * @param bytes the file (UTF-8, Windows-1252 or UTF-16)
 * @returns the number of lines
 */
export function countCsvLines(bytes: Uint8Array): number {
  let lines = 0;
  const step =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 1;
  const offset = step === 2 && bytes[0] === 0xfe ? 1 : 0;
  for (let at = offset; at < bytes.length; at += step) {
    const byte = bytes[at];
    if (byte === 0x0a) lines++;
    else if (byte === 0x0d && bytes[at + step] !== 0x0a) lines++;
  }
  const last = bytes[bytes.length - (step === 2 && offset === 0 ? 2 : 1)];
  return last === 0x0a || last === 0x0d ? lines : lines + 1;
}

/**
 * Checks a CSV file's size before it is decoded.
 * @throws ReadingLimitError when it is larger than {@link MAX_CSV_BYTES}
 */
export function checkCsvLimits(bytes: Uint8Array): void {
  if (bytes.length > MAX_CSV_BYTES)
    throw new ReadingLimitError(
      `it holds ${GIB(bytes.length)}, more than the ${GIB(MAX_CSV_BYTES)} a CSV file may have (save only the practice list)`
    );
}
