/**
 * Limits checked while an input is read (SPEC §7). A package's limits (part count, uncompressed size,
 * rows per worksheet) are checked as it is unzipped, in src/package/zipReader.ts; a CSV file's here.
 */
import { ReadingLimitError } from "../package/zipReader";

export {
  MAX_PACKAGE_PARTS,
  MAX_SHEET_ROWS,
  MAX_UNCOMPRESSED_BYTES,
  ReadingLimitError,
} from "../package/zipReader";

const GIB = (bytes: number): string => `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;

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
