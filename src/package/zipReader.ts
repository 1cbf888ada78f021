/* global TextDecoder */
/**
 * Reads a zip package within the reading limits (SPEC §7): the central directory first (part count,
 * declared sizes), then each part inflated on its own with a cap on its output, so a part that lies
 * about its size (a zip bomb) is stopped at the cap, never inflated whole; then each worksheet's row
 * count. Inflating is pluggable like deflating (zipWriter.ts): Node's zlib in the runner, fflate in
 * the browser. Pure and browser-safe.
 */
import { Inflate } from "fflate";

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

/**
 * Raw DEFLATE decompression with a cap on the output.
 * @returns the bytes, or undefined when they would be more than `maxBytes`
 * @throws Error when the data is not valid DEFLATE
 */
export type CappedInflate = (data: Uint8Array, maxBytes: number) => Uint8Array | undefined;

/** Compressed input fed to fflate at a time: each step inflates to at most about 1,032 times this. */
const INFLATE_STEP = 16 * 1024;

/**
 * fflate's streaming inflate, fed a slice at a time so that a zip bomb stops at the cap.
 * @param data - raw DEFLATE bytes
 * @param maxBytes - most bytes the output may have
 * @returns the bytes, or undefined when there would be more
 */
export const inflateWithFflate: CappedInflate = (data, maxBytes) => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    chunks.push(chunk);
  });
  for (let at = 0; at < data.length || at === 0; at += INFLATE_STEP) {
    const end = Math.min(at + INFLATE_STEP, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
    if (total > maxBytes) return undefined;
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const whole = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
};

interface DirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

const GIB = (bytes: number): string => `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
const utf8 = new TextDecoder("utf-8");

/**
 * The parts of a zip package, inflated, in file order (folders left out), within the limits.
 * @param bytes - the whole file
 * @param inflate - raw DEFLATE with a cap (default fflate's; the runner passes Node's zlib)
 * @returns part name → bytes
 * @throws ReadingLimitError saying which limit was passed, or that the zip is damaged
 * @example readZip(fs.readFileSync("list.xlsx")).get("xl/workbook.xml")
 */
export function readZip(
  bytes: Uint8Array,
  inflate: CappedInflate = inflateWithFflate
): Map<string, Uint8Array> {
  const read = new Reader(bytes);
  const entries = centralDirectory(bytes, read);
  if (entries.length > MAX_PACKAGE_PARTS) throw tooManyParts(entries.length);
  let declared = 0;
  for (const entry of entries) declared += entry.size;
  if (declared > MAX_UNCOMPRESSED_BYTES) throw tooLarge(declared);
  const parts = new Map<string, Uint8Array>();
  let inflated = 0;
  for (const entry of entries) {
    const data = entryData(bytes, read, entry);
    let content: Uint8Array | undefined;
    if (entry.method === 0) content = data;
    else if (entry.method === 8) {
      try {
        content = inflate(data, Math.max(MAX_UNCOMPRESSED_BYTES - inflated, 1));
      } catch {
        throw new ReadingLimitError(`it is damaged (part '${entry.name}' cannot be inflated)`);
      }
      if (content === undefined) throw tooLarge(MAX_UNCOMPRESSED_BYTES + 1);
    } else
      throw new ReadingLimitError(
        `it is damaged (part '${entry.name}' uses an unknown compression)`
      );
    inflated += content.length;
    if (inflated > MAX_UNCOMPRESSED_BYTES) throw tooLarge(inflated);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name) && countRows(content) > MAX_SHEET_ROWS)
      throw new ReadingLimitError(
        `worksheet part '${entry.name}' holds more than ${MAX_SHEET_ROWS.toLocaleString("en-GB")} rows, Excel's limit`
      );
    if (!entry.name.endsWith("/")) parts.set(entry.name, content);
  }
  return parts;
}

function tooManyParts(count: number): ReadingLimitError {
  return new ReadingLimitError(
    `it holds ${count.toLocaleString("en-GB")} parts, more than the ${MAX_PACKAGE_PARTS.toLocaleString("en-GB")} a workbook may have`
  );
}

function tooLarge(bytes: number): ReadingLimitError {
  return new ReadingLimitError(
    `it would take more than ${GIB(MAX_UNCOMPRESSED_BYTES)} once uncompressed` +
      (bytes > MAX_UNCOMPRESSED_BYTES + 1 ? ` (${GIB(bytes)})` : "") +
      ` (a damaged file or a zip bomb; save a smaller workbook or only the practice list)`
  );
}

function damaged(): ReadingLimitError {
  return new ReadingLimitError(
    "it is damaged or is not an Excel workbook (.xlsx) (no zip directory)"
  );
}

/** `<row` elements in a worksheet's XML (with or without a namespace prefix), counted on the bytes. */
function countRows(xml: Uint8Array): number {
  let count = 0;
  for (let at = xml.indexOf(0x72 /* r */, 1); at >= 0; at = xml.indexOf(0x72, at + 1)) {
    if (xml[at + 1] !== 0x6f || xml[at + 2] !== 0x77) continue; // "ow"
    const before = xml[at - 1];
    const after = xml[at + 3];
    if (
      (before === 0x3c || before === 0x3a) && // "<" or ":"
      (after === 0x20 || after === 0x3e || after === 0x2f) // " ", ">" or "/"
    )
      count++;
  }
  return count;
}

/** Little-endian readers that fail as "damaged" past the end of the file. */
class Reader {
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw damaged();
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) throw damaged();
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    if (at < 0 || at + 8 > this.bytes.length) throw damaged();
    return Number(this.view.getBigUint64(at, true));
  }
}

/** The entries listed in the zip's central directory (ZIP64 sizes and offsets read too). */
function centralDirectory(bytes: Uint8Array, read: Reader): DirectoryEntry[] {
  const end = findEndOfDirectory(bytes, read);
  let count = read.u16(end + 10);
  let size = read.u32(end + 12);
  let offset = read.u32(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || read.u32(locator) !== 0x07064b50) throw damaged();
    const record = read.u64(locator + 8);
    if (record + 56 > bytes.length || read.u32(record) !== 0x06064b50) throw damaged();
    count = read.u64(record + 32);
    size = read.u64(record + 40);
    offset = read.u64(record + 48);
  }
  if (count > MAX_PACKAGE_PARTS) throw tooManyParts(count);
  if (offset + size > bytes.length) throw damaged();
  const entries: DirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (read.u32(at) !== 0x02014b50) throw damaged();
    const nameLength = read.u16(at + 28);
    const extraLength = read.u16(at + 30);
    const commentLength = read.u16(at + 32);
    let compressedSize = read.u32(at + 20);
    let entrySize = read.u32(at + 24);
    let headerOffset = read.u32(at + 42);
    if (at + 46 + nameLength > bytes.length) throw damaged();
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 sizes and offset, for the fields marked 0xFFFFFFFF, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = read.u16(extra);
      const length = read.u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (entrySize === 0xffffffff) ((entrySize = read.u64(field)), (field += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = read.u64(field)), (field += 8));
        if (headerOffset === 0xffffffff) headerOffset = read.u64(field);
      }
      extra += 4 + length;
    }
    entries.push({
      name,
      method: read.u16(at + 10),
      compressedSize,
      size: entrySize,
      headerOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array, read: Reader): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) if (read.u32(at) === 0x06054b50) return at;
  throw damaged();
}

/** An entry's stored (compressed) bytes, found through its local header. */
function entryData(bytes: Uint8Array, read: Reader, entry: DirectoryEntry): Uint8Array {
  const header = entry.headerOffset;
  if (read.u32(header) !== 0x04034b50) throw damaged();
  const start = header + 30 + read.u16(header + 26) + read.u16(header + 28);
  if (start + entry.compressedSize > bytes.length) throw damaged();
  return bytes.subarray(start, start + entry.compressedSize);
}
