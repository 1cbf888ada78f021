/**
 * How to write assumption values into the workbook's own `Assumptions` sheet without disturbing the rest
 * of it (SPEC §2.3, §7): pure, so the Excel and the preview adapters apply the same plan.
 *
 * The sheet is found as the engine finds it (a sheet named `Assumptions`, any case) and read the same way
 * (a Key and a Value header within the first 20 rows; keys compared in lower case, spaces as `_`; the
 * first row of a key wins). Only Value cells of known keys whose number differs are changed; a Value
 * cell holding a formula is never overwritten; keys missing from the sheet are added below its last row,
 * and only when their value is not the default (a missing key already means the default).
 */
import {
  ASSUMPTION_DEFINITIONS,
  ASSUMPTION_KEYS,
  AssumptionKey,
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  isAssumptionKey,
} from "../../engine/assumptions";
import { SheetData, cellText, columnLetters } from "../../engine/cells";
import { findHeaderRow } from "../../engine/findHeaderRow";
import { normaliseHeader } from "../../engine/headers";
import { readNumber, readText } from "../../engine/values";

/** One cell to set, by its 1-based Excel row and column. */
export interface PlannedCell {
  readonly row: number;
  readonly column: number;
  readonly value: string | number;
}

/** The changes to make to an existing `Assumptions` sheet. */
export interface AssumptionsSheetPlan {
  readonly cells: readonly PlannedCell[];
  readonly updated: readonly AssumptionKey[];
  readonly added: readonly AssumptionKey[];
  readonly notices: readonly string[];
}

/** The problem that stops a write to the user's sheet, in plain words. */
export class AssumptionsSheetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AssumptionsSheetError";
  }
}

/**
 * True for the sheet the engine reads assumptions from (`Assumptions`, any case, spaces or `_` ignored).
 * @example isAssumptionsSheetName("ASSUMPTIONS") // true
 */
export function isAssumptionsSheetName(name: string): boolean {
  return normaliseHeader(name) === "assumptions";
}

/**
 * Plans the update of the workbook's own assumptions sheet.
 * @param sheet the sheet's used range as plain values
 * @param assumptions the values to write
 * @param isFormula whether the cell at a 1-based Excel row and column holds a formula
 * @returns the cells to set, which keys are updated and added, and notices
 * @throws AssumptionsSheetError when the sheet has no Key and Value headers
 * @example planAssumptionsSheetUpdate(sheet, { ...DEFAULT_ASSUMPTIONS, rca_per_head: 22.07 }, () => false)
 */
export function planAssumptionsSheetUpdate(
  sheet: SheetData,
  assumptions: Assumptions,
  isFormula: (row: number, column: number) => boolean
): AssumptionsSheetPlan {
  const header = findHeaderRow(
    sheet,
    {
      key: ["key", "assumption", "name"],
      value: ["value"],
      description: ["description", "meaning"],
    },
    ["key", "value"]
  );
  if (header === null) {
    throw new AssumptionsSheetError(
      `The sheet '${sheet.name}' has no Key and Value headers, so the assumptions were not written to it. ` +
        `Add a row with the headers Key and Value (and Description) at its top, or rename the sheet so CCG Footprint can create its own.`
    );
  }
  const keyOffset = header.columns.key ?? 0;
  const valueOffset = header.columns.value ?? 1;
  const descriptionOffset = header.columns.description;
  const cells: PlannedCell[] = [];
  const updated: AssumptionKey[] = [];
  const notices: string[] = [];
  const seen = new Set<AssumptionKey>();
  const valueColumn = sheet.firstColumn + valueOffset;

  for (let index = header.index + 1; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    const keyReading = readText(row[keyOffset]);
    if (keyReading.kind !== "value") continue;
    const key = keyReading.value.toLowerCase().replace(/\s+/g, "_");
    if (!isAssumptionKey(key) || seen.has(key)) continue;
    seen.add(key);
    const wanted = assumptions[key];
    const current = readNumber(row[valueOffset]);
    if (current.kind === "value" && current.value === wanted) continue;
    const rowNumber = sheet.firstRow + index;
    if (isFormula(rowNumber, valueColumn)) {
      notices.push(
        `${key} in ${sheet.name}!${columnLetters(valueColumn)}${rowNumber} is a formula, so it was left as it is ` +
          `(it gives ${cellText(row[valueOffset]) || "nothing"}; the pane's value is ${wanted}).`
      );
      continue;
    }
    cells.push({ row: rowNumber, column: valueColumn, value: wanted });
    updated.push(key);
  }

  const added = ASSUMPTION_KEYS.filter(
    (key) => !seen.has(key) && assumptions[key] !== DEFAULT_ASSUMPTIONS[key]
  );
  let nextRow = sheet.firstRow + Math.max(sheet.rows.length, header.index + 1);
  for (const key of added) {
    cells.push({ row: nextRow, column: sheet.firstColumn + keyOffset, value: key });
    cells.push({ row: nextRow, column: valueColumn, value: assumptions[key] });
    if (descriptionOffset !== undefined) {
      cells.push({
        row: nextRow,
        column: sheet.firstColumn + descriptionOffset,
        value: ASSUMPTION_DEFINITIONS[key].description,
      });
    }
    nextRow += 1;
  }
  return { cells, updated, added, notices };
}
