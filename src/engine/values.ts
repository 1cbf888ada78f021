/** Reading typed values out of cells, the way an analyst would read them. */
import { CellValue, isCellError } from "./cells";

/** The outcome of reading a cell: a value, blank, or a problem in plain words. */
export type CellReading<T> =
  | { readonly kind: "value"; readonly value: T }
  | { readonly kind: "blank" }
  | { readonly kind: "problem"; readonly problem: string };

const BLANK: CellReading<never> = { kind: "blank" };
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER_TEXT = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A number from a number cell or from numeric text (`6,568`, ` 12 `, `9.7E-2`, `£1,000,000`, `10%`).
 * @example readNumber("9.7E-2") // { kind: "value", value: 0.097 }
 */
export function readNumber(cell: CellValue | undefined): CellReading<number> {
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? { kind: "value", value: cell }
      : { kind: "problem", problem: "is not a number" };
  }
  if (isCellError(cell)) return { kind: "problem", problem: `holds the Excel error ${cell.error}` };
  if (typeof cell !== "string") return { kind: "problem", problem: "is not a number" };
  let text = cell.trim();
  if (text === "") return BLANK;
  let scale = 1;
  if (text.endsWith("%")) {
    text = text.slice(0, -1).trim();
    scale = 0.01;
  }
  text = text.replace(/^([+-]?)£/, "$1");
  if (GROUPED_NUMBER_TEXT.test(text)) text = text.replace(/,/g, "");
  if (!NUMBER_TEXT.test(text)) return { kind: "problem", problem: "is not a number" };
  return { kind: "value", value: Number(text) * scale };
}

/**
 * True for a finite number cell, which readNumber would return as is (for loops over many rows: the cell is
 * used without building a reading).
 */
export function isPlainNumber(cell: CellValue | undefined): cell is number {
  return typeof cell === "number" && Number.isFinite(cell);
}

/** True for a non-negative whole number cell, which readWholeNumber would return as is. */
export function isPlainWholeNumber(cell: CellValue | undefined): cell is number {
  return typeof cell === "number" && cell >= 0 && Number.isInteger(cell);
}

/**
 * A non-negative whole number (list sizes, age/sex bands).
 * @example readWholeNumber("n/a") // { kind: "problem", problem: "is not a whole number" }
 */
export function readWholeNumber(cell: CellValue | undefined): CellReading<number> {
  const reading = readNumber(cell);
  if (reading.kind !== "value") {
    return reading.kind === "problem" && reading.problem === "is not a number"
      ? { kind: "problem", problem: "is not a whole number" }
      : reading;
  }
  if (reading.value < 0) return { kind: "problem", problem: "is negative" };
  if (!Number.isInteger(reading.value))
    return { kind: "problem", problem: "is not a whole number" };
  return reading;
}

const TRUE_WORDS = new Set(["y", "yes", "true", "1", "member", "signed up", "signedup"]);
const FALSE_WORDS = new Set(["n", "no", "false", "0", "not signed up", "non-member", "non member"]);

/**
 * A yes/no answer: Y/N, yes/no, true/false, 1/0 (and Excel booleans).
 * @example readYesNo("Yes") // { kind: "value", value: true }
 */
export function readYesNo(cell: CellValue | undefined): CellReading<boolean> {
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell === "boolean") return { kind: "value", value: cell };
  if (typeof cell === "number") {
    if (cell === 1) return { kind: "value", value: true };
    if (cell === 0) return { kind: "value", value: false };
    return { kind: "problem", problem: "is not Y or N" };
  }
  if (isCellError(cell)) return { kind: "problem", problem: `holds the Excel error ${cell.error}` };
  if (typeof cell !== "string") return { kind: "problem", problem: "is not Y or N" };
  const word = cell.trim().toLowerCase();
  if (word === "") return BLANK;
  if (TRUE_WORDS.has(word)) return { kind: "value", value: true };
  if (FALSE_WORDS.has(word)) return { kind: "value", value: false };
  return { kind: "problem", problem: "is not Y or N" };
}

/**
 * The text {@link readText} would read, without building a reading (for loops over many rows):
 * the trimmed text, `""` for a blank cell, or `undefined` for an Excel error (ask `readText` for the problem).
 * @example textOrBlank(" 07L ") // "07L"
 * @example textOrBlank(null) // ""
 */
export function textOrBlank(cell: CellValue | undefined): string | undefined {
  if (typeof cell === "string") return cell.trim();
  if (cell === null || cell === undefined) return "";
  if (isCellError(cell)) return undefined;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * Text from a cell, trimmed; numbers become their decimal text (a code typed as 123 is "123").
 */
export function readText(cell: CellValue | undefined): CellReading<string> {
  if (cell === null || cell === undefined) return BLANK;
  if (isCellError(cell)) return { kind: "problem", problem: `holds the Excel error ${cell.error}` };
  if (cell instanceof Date) return { kind: "value", value: cell.toISOString().slice(0, 10) };
  const text = String(cell).trim();
  return text === "" ? BLANK : { kind: "value", value: text };
}
