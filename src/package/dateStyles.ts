/**
 * Which cell styles show a number as a date or time, so that such cells are read as dates (as
 * ExcelJS read them: its test of a format code and its built-in date formats), and Excel's date
 * serial numbers as dates. Pure and browser-safe.
 */
import { tagAttributes } from "./xmlText";

/** Excel's built-in number formats that show dates or times (ids 14–22 and 45–47). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a number format code shows a date or a time: a date or time letter outside quoted
 * text and brackets (colours, locales, elapsed hours).
 * @param formatCode - e.g. `dd/mm/yyyy`, `#,##0`, `[$-809]d mmmm yyyy`
 * @returns true for a date or time format
 * @example isDateFormat('0.0 "days"') // false
 */
export function isDateFormat(formatCode: string): boolean {
  const outside = formatCode.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(outside);
}

/**
 * For each cell style (`cellXfs` entry, by index), whether it shows numbers as dates.
 * @param stylesXml - the styles part's text (undefined when the package has none)
 * @returns true at the index of each date style
 */
export function readDateStyles(stylesXml: string | undefined): boolean[] {
  if (stylesXml === undefined) return [];
  const customFormats = new Map<number, string>();
  const numFmts = /<(?:[\w.-]+:)?numFmts\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?numFmts>/.exec(stylesXml);
  for (const match of (numFmts?.[1] ?? "").matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*>/g)) {
    const attributes = tagAttributes(match[0]);
    customFormats.set(Number(attributes.get("numFmtId")), attributes.get("formatCode") ?? "");
  }
  const dateStyles: boolean[] = [];
  for (const { attributes } of cellFormats(stylesXml)) {
    const id = parseInt(attributes.get("numFmtId") ?? "0", 10);
    const custom = customFormats.get(id);
    dateStyles.push(custom === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(custom));
  }
  return dateStyles;
}

/**
 * The cell formats of styles.xml (`cellXfs` entries, by index: a cell's `s` attribute), each as its
 * attributes and its content (e.g. `<protection locked="0"/>`).
 * @param stylesXml - the styles part's text
 * @returns the formats in order
 */
export function cellFormats(
  stylesXml: string
): { attributes: Map<string, string>; content: string }[] {
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(stylesXml);
  return [
    ...(cellXfs?.[1] ?? "").matchAll(
      /<(?:[\w.-]+:)?xf\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?xf>)/g
    ),
  ].map((match) => ({ attributes: tagAttributes(match[1] ?? ""), content: match[2] ?? "" }));
}

/**
 * Whether the workbook counts dates from 1904 (old Mac workbooks) instead of 1900.
 * @param workbookXml - the workbook part's text
 * @returns true for the 1904 date system
 */
export function usesDate1904(workbookXml: string): boolean {
  const tag = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(workbookXml)?.[0];
  const value = tag === undefined ? undefined : tagAttributes(tag).get("date1904");
  return value === "1" || value === "true";
}

const MS_PER_DAY = 24 * 3600 * 1000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems' day zero. */
const DATE_1904_OFFSET = 1462;

/**
 * The date an Excel serial number stands for (UTC, to the millisecond).
 * @param serial - days since the workbook's day zero, the fraction the time of day
 * @param date1904 - true for the 1904 date system
 * @returns the date (invalid when the serial is far out of range)
 * @example excelSerialToDate(42370, false).toISOString() // "2016-01-01T00:00:00.000Z"
 */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  const days = serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0);
  return new Date(Math.round(days * MS_PER_DAY));
}
