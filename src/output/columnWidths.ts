/**
 * Column widths (in Excel's character units) from the text a column shows. Browser-safe, no imports.
 */

/** Rows sampled per column: enough for a good width, cheap on 100k-row sheets. */
export const WIDTH_SAMPLE_ROWS = 2000;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Room for the filter drop-down button on a header cell. */
const FILTER_BUTTON_WIDTH = 3;

/** How many characters a value takes when Excel shows it (roughly, without its number format). */
export function displayLength(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "string") {
    let longest = 0;
    for (const line of value.split(/\r?\n/)) longest = Math.max(longest, line.length);
    return longest;
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) && Math.abs(value) < 1e15) {
      // Digits, thousands separators, a sign and a currency symbol.
      const digits = String(Math.abs(value)).length;
      return digits + Math.floor((digits - 1) / 3) + 2;
    }
    return Math.min(String(value).length, 12);
  }
  if (typeof value === "boolean") return 5;
  if (value instanceof Date) return 10;
  if (typeof value === "object" && "error" in value)
    return String((value as { error: unknown }).error).length;
  return String(value).length;
}

/**
 * A width that fits the header (with its filter button) and the longest sampled value.
 * @param header - the header text (or undefined when the column has none)
 * @param values - the column's values; only the first {@link WIDTH_SAMPLE_ROWS} are looked at
 * @returns the width in characters, between 6 and 60
 * @example columnWidthFor("Practice name", ["ABBEY MEDICAL CENTRE"]) // 22
 */
export function columnWidthFor(header: unknown, values: Iterable<unknown>): number {
  let longest = header === undefined ? 0 : displayLength(header) + FILTER_BUTTON_WIDTH;
  let seen = 0;
  for (const value of values) {
    longest = Math.max(longest, displayLength(value));
    seen += 1;
    if (seen >= WIDTH_SAMPLE_ROWS) break;
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
