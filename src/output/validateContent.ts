/**
 * The one content check of the output layer: every renderer writes only contents that pass it, so
 * a malformed sheet fails in plain words before anything reaches a workbook.
 */
import { columnLetters } from "../engine/cells";
import { MAX_SHEET_NAME_LENGTH } from "./names";
import { parseRange, rangeAddress, rangesOverlap } from "./addresses";
import type { CellRange } from "./addresses";
import { isPlanFormula } from "./sheetPlan";
import type { PlanCell, PlanColours, SheetContent } from "./sheetPlan";

/** Excel's longest cell text. */
export const MAX_CELL_TEXT_LENGTH = 32_767;
/** Excel's longest list of a data-validation dropdown written inline (`"a,b,c"`). */
export const MAX_VALIDATION_LIST_LENGTH = 255;

const HEX_COLOUR = /^[0-9A-Fa-f]{6}$/;

/** A content that cannot be written, with a message naming the output, row and column. */
export class OutputContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputContentError";
  }
}

/**
 * Checks the contents of one write: each output once, and each content well formed.
 * @param contents - the contents
 * @throws OutputContentError naming the output and what is wrong
 */
export function validateContents(contents: readonly SheetContent[]): void {
  const seen = new Set<string>();
  for (const content of contents) {
    const key = content.output.toLowerCase();
    if (seen.has(key))
      throw new OutputContentError(
        `Output '${content.output}' was given twice; each output is written once.`
      );
    seen.add(key);
    validateContent(content);
  }
}

/**
 * Checks one content: a usable sheet name; finite numbers and texts Excel can hold; readable
 * addresses; tables with unique text headers, at least one data row, no overlap and nothing to
 * their right on their rows (a row longer than its table's header); dropdown lists Excel accepts;
 * colours as `RRGGBB`.
 * @param content - the content
 * @throws OutputContentError naming the output, and the row and column where it applies
 */
export function validateContent(content: SheetContent): void {
  const where = `Output '${content.output}'`;
  const fail = (message: string): never => {
    throw new OutputContentError(`${where}: ${message}.`);
  };
  const range = (address: string, what: string): CellRange =>
    parseRange(address) ?? fail(`${what} '${address}' is not a cell address such as B2 or B2:D40`);

  if (
    content.output.length === 0 ||
    content.output.length > MAX_SHEET_NAME_LENGTH ||
    /[:\\/?*[\]]/.test(content.output) ||
    content.output.startsWith("'") ||
    content.output.endsWith("'")
  )
    fail("the name cannot be an Excel sheet name (1 to 31 characters, none of : \\ / ? * [ ])");

  content.cells.forEach((row, i) =>
    // The address is made only for a message: most sheets have thousands of good cells.
    row.forEach((cell, j) => checkCell(cell, () => `${columnLetters(j + 1)}${i + 1}`, fail))
  );

  for (const format of content.numberFormats) {
    range(format.range, "the number format range");
    if (format.format.trim() === "") fail(`the number format for ${format.range} is empty`);
  }

  const tableRanges: { name: string; range: CellRange }[] = [];
  for (const table of content.tables) {
    const area = range(table.range, `the range of table '${table.name}'`);
    if (area.bottom - area.top < 1)
      fail(`table '${table.name}' (${table.range}) needs a header row and at least one data row`);
    if (table.name.trim() === "") fail(`a table over ${table.range} has no name`);
    const headers = new Set<string>();
    for (let column = area.left; column <= area.right; column += 1) {
      const header = content.cells[area.top - 1]?.[column - 1];
      const at = `${columnLetters(column)}${area.top}`;
      if (typeof header !== "string" || header.trim() === "")
        fail(`table '${table.name}' has no header text in ${at}`);
      const key = (header as string).trim().toLowerCase();
      if (headers.has(key))
        fail(`table '${table.name}' has the header '${header as string}' twice`);
      headers.add(key);
    }
    for (let row = area.top; row <= area.bottom; row += 1) {
      const cells = content.cells[row - 1] ?? [];
      for (let column = area.right + 1; column <= cells.length; column += 1) {
        const cell = cells[column - 1];
        if (cell !== null && cell !== undefined && cell !== "")
          fail(
            `row ${row} has ${cells.length - area.left + 1} values for the ${area.right - area.left + 1} columns of table '${table.name}' (${columnLetters(column)}${row} is right of it)`
          );
      }
    }
    for (const other of tableRanges) {
      if (rangesOverlap(other.range, area))
        fail(`tables '${other.name}' and '${table.name}' overlap (${rangeAddress(area)})`);
    }
    tableRanges.push({ name: table.name, range: area });
  }

  for (const validation of content.validations) {
    range(validation.range, "the dropdown range");
    if (validation.list.length === 0) fail(`the dropdown on ${validation.range} has no choices`);
    for (const choice of validation.list) {
      if (choice.trim() === "" || choice.includes(",") || choice.includes('"'))
        fail(
          `the dropdown choice '${choice}' on ${validation.range} is empty or holds a comma or quote`
        );
    }
    if (validation.list.join(",").length > MAX_VALIDATION_LIST_LENGTH)
      fail(
        `the dropdown on ${validation.range} lists more than ${MAX_VALIDATION_LIST_LENGTH} characters`
      );
  }

  for (const format of content.conditionalFormats) {
    range(format.range, "the conditional format range");
    if (format.rules.length === 0) fail(`the conditional format on ${format.range} has no rules`);
    for (const rule of format.rules) {
      checkColours(rule, format.range, fail);
      if (rule.kind === "containsText" && rule.text === "")
        fail(`a text rule on ${format.range} looks for no text`);
      if (
        rule.kind !== "containsText" &&
        (rule.formula.trim() === "" || rule.formula.startsWith("="))
      )
        fail(`a rule on ${format.range} has the formula '${rule.formula}' (give it without '=')`);
    }
  }

  content.columnWidths.forEach((width, j) => {
    if (width !== undefined && !(Number.isFinite(width) && width >= 0 && width <= 255))
      fail(`column ${columnLetters(j + 1)} has the width ${width} (0 to 255 characters)`);
  });
  for (const column of content.hiddenColumns) {
    if (!Number.isInteger(column) || column < 1 || column > 16_384)
      fail(`hidden column ${column} is not a column number`);
  }
  if (!Number.isInteger(content.frozenRows) || content.frozenRows < 0 || content.frozenRows > 1000)
    fail(`${content.frozenRows} frozen rows is not a row count`);
  for (const bold of content.boldRanges) range(bold, "the bold range");
  for (const chart of content.charts) {
    range(chart.categories, `the categories of chart '${chart.name}'`);
    range(chart.from, `the corner of chart '${chart.name}'`);
    range(chart.to, `the corner of chart '${chart.name}'`);
    if (chart.series.length === 0) fail(`chart '${chart.name}' has no series`);
    for (const series of chart.series) {
      range(series.values, `the values of series '${series.name}'`);
      for (const colour of series.pointColours ?? []) {
        if (colour !== null && !HEX_COLOUR.test(colour))
          fail(`series '${series.name}' has the point colour '${colour}' (use RRGGBB)`);
      }
    }
  }
}

/** Checks one cell: finite numbers, texts Excel can hold, formulas without `=`. */
function checkCell(
  cell: PlanCell | undefined,
  address: () => string,
  fail: (message: string) => never
): void {
  if (cell === undefined) return;
  if (isPlanFormula(cell)) {
    if (cell.formula.trim() === "" || cell.formula.startsWith("="))
      fail(`${address()} has the formula '${cell.formula}' (give it without '=')`);
    if (cell.result !== undefined) checkCell(cell.result, address, fail);
    return;
  }
  if (typeof cell === "number" && !Number.isFinite(cell))
    fail(`${address()} is ${cell}; outputs must be finite numbers or empty`);
  if (typeof cell === "string" && cell.length > MAX_CELL_TEXT_LENGTH)
    fail(
      `${address()} holds ${cell.length} characters; an Excel cell holds at most ${MAX_CELL_TEXT_LENGTH}`
    );
}

function checkColours(colours: PlanColours, range: string, fail: (message: string) => never): void {
  if (!HEX_COLOUR.test(colours.fill) || !HEX_COLOUR.test(colours.font))
    fail(`a rule on ${range} has the colours '${colours.fill}'/'${colours.font}' (use RRGGBB)`);
}
