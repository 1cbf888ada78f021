/**
 * One cell as SpreadsheetML (`<c>`), shared by the package writer's new sheets and its edits of a
 * user's sheet: text always as an inline string (the user's shared strings are never touched),
 * numbers, booleans, errors, dates as serial numbers, formulas with their cached result. Pure and
 * browser-safe.
 */
import type { CellError } from "../engine/cells";
import type { PlanCell } from "../output/sheetPlan";
import { cellTextXml, escapeXml } from "./xmlText";

/** A cell we can write: a plan cell, or a value read from a CSV (dates and errors included). */
export type WritableCell = PlanCell | Date | CellError;

/** Days from Excel's epoch (1899-12-30, the 1900 date system) to a date, as a serial number. */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/**
 * One `<c>` element. Text is always text (SPEC §7).
 * @param open - the start of the element with its address and style, e.g. `<c r="B7" s="3"`
 * @param value - the cell (a blank writes an empty element: the cell is styled)
 */
export function cellXml(open: string, value: WritableCell | undefined): string {
  if (value === undefined || value === null) return `${open}/>`;
  if (value instanceof Date) {
    const serial = excelSerial(value);
    return Number.isFinite(serial)
      ? `${open}><v>${serial}</v></c>`
      : `${open} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof value === "object" && "formula" in value) {
    const f = `<f>${escapeXml(value.formula)}</f>`;
    const result = value.result;
    if (result === undefined || result === null) return `${open}>${f}</c>`;
    if (typeof result === "number")
      return Number.isFinite(result)
        ? `${open}>${f}<v>${result}</v></c>`
        : `${open} t="e">${f}<v>#NUM!</v></c>`;
    if (typeof result === "boolean") return `${open} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
    return `${open} t="str">${f}<v>${cellTextXml(result)}</v></c>`;
  }
  if (typeof value === "object") return `${open} t="e"><v>${escapeXml(value.error)}</v></c>`;
  if (typeof value === "number")
    return Number.isFinite(value)
      ? `${open}><v>${value}</v></c>`
      : `${open} t="e"><v>#NUM!</v></c>`;
  if (typeof value === "boolean") return `${open} t="b"><v>${value ? 1 : 0}</v></c>`;
  const edgeSpace = isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1));
  return `${open} t="inlineStr"><is><t${edgeSpace ? ' xml:space="preserve"' : ""}>${cellTextXml(value)}</t></is></c>`;
}

/** Whether a character code is white space as `\s` matches it (for `xml:space="preserve"`). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
