/* global TextDecoder */
/**
 * CSV text → one sheet of plain cells (RFC 4180), converting plain numbers the way Excel's CSV
 * import does. Browser-safe: no Node imports.
 */
import type { CellValue, SheetData } from "../engine/cells";

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

/**
 * Plain decimal numbers: optional sign, digits with an optional fraction, optional exponent.
 * The integer part has no leading zero unless it is exactly "0" (so `00123` stays text).
 */
const PLAIN_NUMBER = /^[+-]?(?:(?:0|[1-9][0-9]*)(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/** Digits beyond which a whole number loses precision as a double (Excel keeps 15 significant digits). */
const MAX_EXACT_INTEGER_DIGITS = 15;

/**
 * The cell value Excel's CSV import would give a field: plain numbers become numbers; text with
 * leading zeros (`00123`, `07L`), identifiers too long to be exact numbers, and anything else stay
 * text; an empty field is an empty cell.
 * @param field - the unquoted field text
 * @returns the cell value
 * @example csvFieldValue("9.7267262637615204E-2") // 0.097267262637615204
 * @example csvFieldValue("00123") // "00123"
 * @example csvFieldValue("99E00") // "99E00" (a PCO code, not 99 × 10⁰)
 */
export function csvFieldValue(field: string): CellValue {
  if (field === "") return null;
  const trimmed = field.trim();
  if (trimmed === "" || !PLAIN_NUMBER.test(trimmed)) return field;
  // An exponent on a whole number ("10E00", "99E00") is how NHS files write codes such as the
  // PCO code of CCG 10E; Excel would turn it into 10. Keep it as text: only a decimal mantissa
  // ("9.7E-2") is read as scientific notation.
  if (/[eE]/.test(trimmed) && !trimmed.includes(".")) return field;
  const isWholeNumberText = !/[.eE]/.test(trimmed);
  if (isWholeNumberText && trimmed.replace(/^[+-]/, "").length > MAX_EXACT_INTEGER_DIGITS)
    return field;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return field;
  return value === 0 ? 0 : value; // no negative zero
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; CRLF
 * or LF line ends; a UTF-8 byte-order mark is dropped; a final line break does not start a row).
 * Blank lines at the end are dropped, as they are outside the used range.
 * @param text - the whole file as text
 * @param sheetName - the sheet name to give the data (see {@link sheetNameFromFileName}); also used in error messages
 * @returns the rows as a sheet starting at A1
 * @throws Error when a quoted field is never closed
 * @example parseCsv('code,name\n"07L","Barking, Havering"\n', "practices").rows // [["code","name"],["07L","Barking, Havering"]]
 */
export function parseCsv(text: string, sheetName: string): SheetData {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CellValue[][] = [];
  const length = source.length;
  let row: CellValue[] = [];
  let position = 0;
  let line = 1;

  if (length === 0) return { name: sheetName, rows, firstRow: 1, firstColumn: 1 };

  for (;;) {
    // One field starts at `position`.
    let field: string;
    if (source.charCodeAt(position) === QUOTE) {
      const startLine = line;
      let pieces = "";
      let chunkStart = position + 1;
      let cursor = chunkStart;
      for (;;) {
        const closing = source.indexOf('"', cursor);
        if (closing < 0) {
          throw new Error(
            `CSV '${sheetName}': the quoted field that starts on line ${startLine} is never closed (a '"' is missing)`
          );
        }
        line += countLineBreaks(source, cursor, closing);
        if (source.charCodeAt(closing + 1) === QUOTE) {
          pieces += source.slice(chunkStart, closing + 1);
          chunkStart = closing + 2;
          cursor = chunkStart;
          continue;
        }
        pieces += source.slice(chunkStart, closing);
        position = closing + 1;
        break;
      }
      // Text after the closing quote (malformed, but Excel keeps it): take it literally.
      const end = endOfUnquotedField(source, position);
      if (end > position) pieces += source.slice(position, end);
      position = end;
      field = pieces;
      row.push(csvFieldValue(field));
    } else {
      const end = endOfUnquotedField(source, position);
      field = source.slice(position, end);
      position = end;
      row.push(csvFieldValue(field));
    }

    if (position >= length) {
      rows.push(row);
      break;
    }
    const separator = source.charCodeAt(position);
    if (separator === COMMA) {
      position += 1;
      if (position >= length) {
        row.push(null);
        rows.push(row);
        break;
      }
      continue;
    }
    // A line break ends the row.
    position += separator === CR && source.charCodeAt(position + 1) === LF ? 2 : 1;
    line += 1;
    rows.push(row.length === 1 && row[0] === null ? [] : row);
    row = [];
    if (position >= length) break;
  }

  while (rows.length > 0 && (rows[rows.length - 1] as CellValue[]).every((value) => value === null))
    rows.pop();
  return { name: sheetName, rows, firstRow: 1, firstColumn: 1 };
}

/** Index of the next comma, CR or LF at or after `start` (or the text length). */
function endOfUnquotedField(source: string, start: number): number {
  let index = start;
  const length = source.length;
  while (index < length) {
    const code = source.charCodeAt(index);
    if (code === COMMA || code === LF || code === CR) return index;
    index += 1;
  }
  return length;
}

/** Line breaks (CRLF, LF or lone CR) in `source[from, to)`. */
function countLineBreaks(source: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) {
    const code = source.charCodeAt(index);
    if (code === LF) count += 1;
    else if (code === CR && source.charCodeAt(index + 1) !== LF) count += 1;
  }
  return count;
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME_LENGTH = 31;

/**
 * A valid Excel sheet name made from a file name: the base name without folder or extension,
 * with `[ ] : * ? / \` replaced by `_`, no leading or trailing apostrophe, at most 31 characters.
 * @param fileName - a file name or path (either slash)
 * @returns the sheet name; `Sheet1` when nothing usable is left
 * @example sheetNameFromFileName("/data/nhsbsa-list-size-2014q2.csv") // "nhsbsa-list-size-2014q2"
 */
export function sheetNameFromFileName(fileName: string): string {
  const baseName = fileName.split(/[/\\]/).pop() ?? "";
  const dot = baseName.lastIndexOf(".");
  const stem = dot > 0 ? baseName.slice(0, dot) : baseName;
  let name = stem
    .replace(/[[\]:*?/\\]/g, "_")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]/g, "")
    .trim()
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .replace(/^'+|'+$/g, "")
    .trim();
  if (name === "") name = "Sheet1";
  if (name.toLowerCase() === "history") name = "History_"; // Excel reserves "History"
  return name;
}

/**
 * CSV bytes as text: UTF-16 when it has a UTF-16 byte-order mark, UTF-8 when valid, otherwise
 * Windows-1252 (what Excel on Windows writes for "CSV (Comma delimited)", e.g. `£` as one byte).
 * @param bytes - the file's bytes
 * @returns the text (a UTF-8 byte-order mark is left for the parser to drop)
 */
export function decodeCsvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Windows-1252 characters for bytes 0x80–0x9F (undefined bytes keep their Latin-1 code point). */
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/**
 * Decodes Windows-1252 by table (Node's TextDecoder treats "windows-1252" as Latin-1, losing `€`, `’`, `–`).
 * @param bytes - the bytes
 * @returns the text
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const characters: string[] = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] as number;
    characters[i] =
      byte >= 0x80 && byte <= 0x9f
        ? (WINDOWS_1252_HIGH[byte - 0x80] as string)
        : String.fromCharCode(byte);
  }
  return characters.join("");
}
