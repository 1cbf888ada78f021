/**
 * Values as they must be written to `Range.values` so that Excel stores exactly what we mean.
 *
 * Office.js parses strings written to `values` the way Excel parses typing: per the Excel
 * JavaScript API reference for `Range.values`, "If the returned value starts with a plus ("+"),
 * minus ("-"), or equal sign ("="), Excel interprets this value as a formula"; `@` is a formula
 * prefix too, and text such as `00123`, `TRUE`, `1-2` or `#N/A` would become a number, boolean,
 * date or error. A leading apostrophe is Excel's documented way to enter text as typed: the
 * apostrophe is not stored in the value (it only marks the cell as quote-prefixed). So any string
 * that Excel could read as something other than text is written with one apostrophe in front.
 */
import { isPlanFormula } from "../../output/sheetPlan";
import type { PlanCell } from "../../output/sheetPlan";

const MONTH_START = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s./,-]*\d/i;

/**
 * True when Excel would not keep this text as the same text if it were typed into a cell:
 * formula triggers (`= + - @`), control characters, a leading apostrophe (which Excel would eat),
 * or anything that starts like a number, date, time, currency amount, boolean or error code.
 * Over-protecting is harmless: the apostrophe never shows in the value.
 * @param text - the text to write
 * @returns whether it needs a leading apostrophe
 * @example needsTextGuard('=HYPERLINK("x")') // true
 * @example needsTextGuard("Abbey Medical Centre") // false
 */
export function needsTextGuard(text: string): boolean {
  if (text === "") return false;
  const first = text.charAt(0);
  if ("=+-@'\t\r\n".includes(first)) return true;
  const trimmed = text.trim();
  if (trimmed === "") return false;
  if (/^[0-9.,(#$£€%:/+\-=@']/.test(trimmed)) return true;
  if (/^(true|false)$/i.test(trimmed)) return true;
  return MONTH_START.test(trimmed);
}

/**
 * Text as it must be written to `Range.values` to stay that exact text.
 * @param text - the text
 * @returns the text, with a leading apostrophe when Excel would otherwise reinterpret it
 * @example textForExcel("-2 practices") // "'-2 practices"
 */
export function textForExcel(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

/**
 * One plan cell as written to `Range.formulas` (which Excel parses like typing, as `values`):
 * text guarded, formulas with their `=`, null as blank. The plan was checked before (finite numbers,
 * text Excel can hold: src/output/validateContent.ts), so nothing is judged here.
 * @param cell - the plan cell
 * @returns what to put in the formulas array
 * @example cellInputForExcel({ formula: "SUM(B2:B9)" }) // "=SUM(B2:B9)"
 * @example cellInputForExcel("=HYPERLINK(1)") // "'=HYPERLINK(1)"
 */
export function cellInputForExcel(cell: PlanCell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return "";
  if (isPlanFormula(cell)) return `=${cell.formula}`;
  if (typeof cell === "string") return textForExcel(cell);
  return cell;
}
