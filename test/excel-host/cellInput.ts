/**
 * What Excel stores when a value is written to `Range.values` (or `Range.formulas`): the same
 * parsing a user's typing gets. Strings beginning `=` become formulas, `+`/`-`/`@` followed by
 * something that is not a number become formulas too, a leading apostrophe keeps the rest as
 * text, numbers/booleans/error codes/ISO dates typed as text are converted, and a cell whose
 * number format is Text ("@") keeps any string as typed.
 */

/** A stored error value such as `#N/A`. */
export interface ErrorValue {
  readonly error: string;
}

/** What one cell holds. `formula` is kept so tests can see that a formula was made. */
export interface CellModel {
  readonly value: string | number | boolean | ErrorValue;
  readonly formula?: string;
  /** True when a leading apostrophe forced text. */
  readonly quotePrefix?: boolean;
}

/** Excel's error codes. */
export const ERROR_CODES: readonly string[] = [
  "#N/A",
  "#REF!",
  "#NAME?",
  "#VALUE!",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

/** True when the value is an error value. */
export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;

function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || !/\d/.test(trimmed) || !NUMBER.test(trimmed)) return undefined;
  const percent = trimmed.endsWith("%");
  const n = Number(trimmed.replace(/,/g, "").replace(/%$/, ""));
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

/** Excel date serial of an ISO date `yyyy-mm-dd`, or undefined. */
function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(ms)) return undefined;
  return Math.round(ms / 86_400_000) + 25_569;
}

/**
 * The value a formula shows. The host does not calculate: numeric and text constants are
 * evaluated, anything else shows `#NAME?` (as an unknown function would).
 */
export function formulaResult(formula: string): CellModel["value"] {
  const body = formula.replace(/^=/, "").trim();
  const n = parseNumber(body);
  if (n !== undefined) return n;
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return (text[1] ?? "").replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  return { error: "#NAME?" };
}

/**
 * What a cell stores when `input` is written to it.
 * @param input - one element of the 2-D array written to `values`
 * @param textFormat - true when the cell's number format is Text ("@")
 * @returns the cell, `null` to clear it, or `undefined` to leave it unchanged (null input)
 * @throws Error (the caller turns it into InvalidArgument) when the element is not a scalar
 */
export function storedCell(input: unknown, textFormat: boolean): CellModel | null | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error(`number ${input} cannot be written`);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw new Error(`value of type ${typeof input} cannot be written`);
  if (input === "") return null;
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (textFormat) return { value: input };
  const first = input.charAt(0);
  if (first === "=" && input.length > 1) return { value: formulaResult(input), formula: input };
  if (first === "+" || first === "-") {
    const n = parseNumber(input);
    if (n !== undefined) return { value: n };
    const formula = `=${input}`;
    return { value: formulaResult(formula), formula };
  }
  if (first === "@" && input.length > 1) {
    const formula = `=${input.slice(1)}`;
    return { value: formulaResult(formula), formula };
  }
  const n = parseNumber(input);
  if (n !== undefined) return { value: n };
  if (/^(TRUE|FALSE)$/i.test(input.trim())) return { value: input.trim().toUpperCase() === "TRUE" };
  if (ERROR_CODES.includes(input.trim().toUpperCase()))
    return { value: { error: input.trim().toUpperCase() } };
  const date = parseIsoDate(input);
  if (date !== undefined) return { value: date };
  return { value: input };
}
