/**
 * Custom-function arguments read into typed values, with messages that name the argument, the
 * position in its range and the value ("latitudes row 3: 'n/a' is not a number").
 */
import {
  Assumptions,
  AssumptionKey,
  DEFAULT_ASSUMPTIONS,
  assumptionValueProblem,
} from "../engine/assumptions";
import { CellValue, cellText } from "../engine/cells";
import { FormulaInputError } from "../engine/formulas";
import { CriterionStatus, readCriterionStatus, readDomainNumber } from "../engine/scoring";
import { Rating } from "../engine/types";
import { CellReading, readNumber, readText, readYesNo } from "../engine/values";
import { isBlankArgument, rangeRows, toCellValue } from "./excelValues";

/** A range argument flattened row by row, with its name and shape. */
export interface RangeArgument {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Cells row by row, as engine cells. */
  readonly cells: readonly CellValue[];
  /** "row 3" in a column, "column 3" in a row, "row 2 column 3" in a block, "" for one cell. */
  readonly positionName: (index: number) => string;
}

function shapeText(range: RangeArgument): string {
  const rows = `${range.rowCount} ${range.rowCount === 1 ? "row" : "rows"}`;
  const columns = `${range.columnCount} ${range.columnCount === 1 ? "column" : "columns"}`;
  return `${rows} × ${columns}`;
}

/**
 * Reads a range argument.
 * @param value the 2-D array Excel passes
 * @param name the parameter's name, for messages
 * @returns the flattened range
 * @throws FormulaInputError when the rows have different lengths
 */
export function rangeArgument(value: unknown, name: string): RangeArgument {
  const rows = rangeRows(value);
  const columnCount = rows[0]?.length ?? 0;
  if (rows.length === 0 || columnCount === 0) throw new FormulaInputError(`${name} is empty`);
  const cells: CellValue[] = [];
  rows.forEach((row, r) => {
    if (row.length !== columnCount) {
      throw new FormulaInputError(
        `${name} row ${r + 1} has ${row.length} cells, not ${columnCount}`
      );
    }
    for (const cell of row) cells.push(toCellValue(cell));
  });
  const rowCount = rows.length;
  const positionName = (index: number): string => {
    if (rowCount === 1 && columnCount === 1) return "";
    if (columnCount === 1) return `row ${index + 1}`;
    if (rowCount === 1) return `column ${index + 1}`;
    return `row ${Math.floor(index / columnCount) + 1} column ${(index % columnCount) + 1}`;
  };
  return { name, rowCount, columnCount, cells, positionName };
}

/**
 * Checks that ranges have the same shape.
 * @param ranges the first is the reference
 * @throws FormulaInputError naming both ranges and their shapes
 */
export function requireSameShape(...ranges: RangeArgument[]): void {
  const [first, ...others] = ranges;
  if (first === undefined) return;
  for (const other of others) {
    if (other.rowCount !== first.rowCount || other.columnCount !== first.columnCount) {
      throw new FormulaInputError(
        `${other.name} is ${shapeText(other)} but ${first.name} is ${shapeText(first)}: they must be the same shape`
      );
    }
  }
}

/** "latitudes row 3" or just "latitudes" for a one-cell range. */
function where(range: RangeArgument, index: number): string {
  const position = range.positionName(index);
  return position === "" ? range.name : `${range.name} ${position}`;
}

function problemMessage(place: string, cell: CellValue | undefined, problem: string): string {
  return problem.startsWith("holds")
    ? `${place} ${problem}`
    : `${place}: '${cellText(cell)}' ${problem}`;
}

function readColumn<T>(
  range: RangeArgument,
  read: (cell: CellValue | undefined) => CellReading<T>
): (T | null)[] {
  return range.cells.map((cell, index) => {
    const reading = read(cell);
    if (reading.kind === "value") return reading.value;
    if (reading.kind === "blank") return null;
    throw new FormulaInputError(problemMessage(where(range, index), cell, reading.problem));
  });
}

/**
 * The numbers of a range (numeric text such as "6,568" or "10%" read as the practice-list reader
 * does); blanks are null.
 * @throws FormulaInputError at the first cell that is not a number, e.g. "latitudes row 3: 'n/a' is not a number"
 */
export function numberColumn(range: RangeArgument): (number | null)[] {
  return readColumn(range, readNumber);
}

/**
 * The texts of a range (numbers as their decimal text), trimmed; blanks are null.
 * @throws FormulaInputError at the first cell holding an Excel error
 */
export function textColumn(range: RangeArgument): (string | null)[] {
  return readColumn(range, readText);
}

/**
 * A range's engine cells after checking none holds an Excel error (blanks stay null).
 * @throws FormulaInputError at the first error value, e.g. "statuses row 4 holds the Excel error #N/A"
 */
export function cellsWithoutErrors(range: RangeArgument): readonly CellValue[] {
  range.cells.forEach((cell, index) => {
    if (typeof cell === "object" && cell !== null && !(cell instanceof Date)) {
      throw new FormulaInputError(`${where(range, index)} holds the Excel error ${cell.error}`);
    }
  });
  return range.cells;
}

/** Limits of a numeric argument. */
export interface NumberLimits {
  /** Value used when the argument is omitted or an empty cell; without it the argument is required. */
  readonly defaultValue?: number;
  /** The value must be at least this. */
  readonly min?: number;
  /** The value must be more than this. */
  readonly above?: number;
  /** The value must be at most this. */
  readonly max?: number;
}

/**
 * A number argument: a number or numeric text; omitted or empty → the default.
 * @param value as Excel passes it
 * @param name the parameter's name
 * @param limits default and allowed range
 * @returns the number
 * @throws FormulaInputError e.g. "population 'lots' is not a number", "population -5 must be at least 0"
 */
export function numberArgument(value: unknown, name: string, limits: NumberLimits = {}): number {
  const cell = toCellValue(value);
  const reading = readNumber(cell);
  if (reading.kind === "blank") {
    if (limits.defaultValue !== undefined) return limits.defaultValue;
    throw new FormulaInputError(`${name} is blank: a number is needed`);
  }
  if (reading.kind === "problem") {
    throw new FormulaInputError(
      reading.problem.startsWith("holds")
        ? `${name} ${reading.problem}`
        : `${name} '${cellText(cell)}' ${reading.problem}`
    );
  }
  const number = reading.value;
  if (limits.min !== undefined && number < limits.min) {
    throw new FormulaInputError(`${name} ${number} must be at least ${limits.min}`);
  }
  if (limits.above !== undefined && !(number > limits.above)) {
    throw new FormulaInputError(`${name} ${number} must be more than ${limits.above}`);
  }
  if (limits.max !== undefined && number > limits.max) {
    throw new FormulaInputError(`${name} ${number} must be at most ${limits.max}`);
  }
  return number;
}

/**
 * An optional number argument that defaults to an assumption (SPEC §2.3) and is checked like one.
 * @param value as Excel passes it
 * @param name the parameter's name
 * @param key the assumption it stands for
 * @param assumptions the defaults in force
 * @returns the number
 * @throws FormulaInputError e.g. "perHead -3 must not be negative"
 */
export function assumptionArgument(
  value: unknown,
  name: string,
  key: AssumptionKey,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS
): number {
  const number = numberArgument(value, name, { defaultValue: assumptions[key] });
  const problem = assumptionValueProblem(key, number);
  if (problem !== null) throw new FormulaInputError(`${name} ${number} ${problem}`);
  return number;
}

/**
 * An optional number that stays null when omitted or empty.
 * @returns the number, or null
 */
export function optionalNumberArgument(value: unknown, name: string): number | null {
  return isBlankArgument(value) ? null : numberArgument(value, name);
}

/**
 * A yes/no argument (TRUE/FALSE, Y/N, yes/no, 1/0); omitted or empty → false.
 * @throws FormulaInputError e.g. "hasArrangement 'maybe' is not Y or N"
 */
export function yesNoArgument(value: unknown, name: string): boolean {
  const cell = toCellValue(value);
  const reading = readYesNo(cell);
  if (reading.kind === "value") return reading.value;
  if (reading.kind === "blank") return false;
  throw new FormulaInputError(
    reading.problem.startsWith("holds")
      ? `${name} ${reading.problem}`
      : `${name} '${cellText(cell)}' ${reading.problem}`
  );
}

/**
 * A text argument, trimmed; numbers as their decimal text.
 * @throws FormulaInputError when blank or an Excel error
 */
export function textArgument(value: unknown, name: string): string {
  const reading = readText(toCellValue(value));
  if (reading.kind === "value") return reading.value;
  if (reading.kind === "blank") throw new FormulaInputError(`${name} is blank`);
  throw new FormulaInputError(`${name} ${reading.problem}`);
}

/**
 * The criterion statuses of a range; blanks are Not assessed.
 * @throws FormulaInputError e.g. "statuses row 4: 'Mett' is not a status (Met, Partially met, Not met or Not assessed)"
 */
export function statusColumn(range: RangeArgument): CriterionStatus[] {
  return readColumn(range, readCriterionStatus).map((status) => status ?? "Not assessed");
}

/**
 * The domain numbers (1–6) of a range; blanks are null.
 * @throws FormulaInputError e.g. "domains row 2: '9' is not a domain number (1 to 6)"
 */
export function domainColumn(range: RangeArgument): (number | null)[] {
  return readColumn(range, readDomainNumber);
}

/**
 * A configuration rating argument (GREEN, AMBER or RED, any case); omitted or empty → null.
 * @throws FormulaInputError e.g. "configurationRating 'PINK' is not GREEN, AMBER or RED"
 */
export function ratingArgument(value: unknown, name: string): Rating | null {
  if (isBlankArgument(value)) return null;
  const text = textArgument(value, name).toUpperCase();
  if (text === "GREEN" || text === "AMBER" || text === "RED") return text;
  throw new FormulaInputError(
    `${name} '${cellText(toCellValue(value))}' is not GREEN, AMBER or RED`
  );
}

/** "statuses row 3" (or the bare name for a one-cell range), for callers' own messages. */
export function positionIn(range: RangeArgument, index: number): string {
  return where(range, index);
}
