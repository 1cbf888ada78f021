/**
 * How to save a scenario as a column of the workbook's `Scenarios` sheet (SPEC §5: `Practice code`, then
 * one column per scenario name, each cell the proposed CCG code, blank = unchanged) without disturbing
 * what is there: pure, so the Excel and the preview adapters apply the same plan.
 *
 * The sheet is the user's input sheet. Without one, a new `Scenarios` sheet is planned. With one, the
 * scenario goes in a new column after the last used column; a practice already listed gets its code in
 * its own row, the others are added below the last used row. Only cells that are blank are ever
 * written: a name already used gets " (2)" (or " (3)"…) and the notice says so.
 */
import { SheetData, cellText } from "../../engine/cells";
import { normalisePracticeCode } from "../../engine/codes";
import { findHeaderRow } from "../../engine/findHeaderRow";
import { normaliseHeader } from "../../engine/headers";

/** The name of the sheet scenarios are saved to (and read from). */
export const SCENARIOS_SHEET = "Scenarios";

/** Header of the practice code column. */
export const PRACTICE_CODE_HEADER = "Practice code";

/** A run of cells down one column from `row` (1-based Excel row and column), each blank before. */
export interface PlannedColumnBlock {
  readonly row: number;
  readonly column: number;
  /** Text for each cell; "" leaves that cell blank. */
  readonly values: readonly string[];
}

/** The changes that save one scenario. */
export interface ScenariosSheetPlan {
  /** The sheet written: the workbook's own (its name as written) or a new `Scenarios`. */
  readonly sheetName: string;
  /** True when the workbook has no Scenarios sheet and one is to be added. */
  readonly createSheet: boolean;
  /** The column's header: the name asked for, or it with " (2)"… when that was taken. */
  readonly scenarioName: string;
  readonly blocks: readonly PlannedColumnBlock[];
  /** Plain-words notices for the user. */
  readonly notices: readonly string[];
}

/** The problem that stops a save (nothing is written), in plain words. */
export class ScenariosSheetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScenariosSheetError";
  }
}

/**
 * True for the scenarios sheet's name (`Scenarios`, any case, spaces or `_` ignored).
 * @example isScenariosSheetName("SCENARIOS") // true
 */
export function isScenariosSheetName(name: string): boolean {
  return normaliseHeader(name) === normaliseHeader(SCENARIOS_SHEET);
}

/** The header row of a Scenarios sheet: its index in `sheet.rows` and the practice code column's offset. */
export function findScenariosHeader(sheet: SheetData): { index: number; offset: number } | null {
  const header = findHeaderRow(
    sheet,
    { practice: [PRACTICE_CODE_HEADER, "Practice", "Practice_code"] },
    ["practice"]
  );
  if (header === null) return null;
  return { index: header.index, offset: header.columns.practice ?? 0 };
}

/**
 * A name not among `taken` (compared without case or spaces): the name itself, or it with " (2)", " (3)"….
 * @example freeScenarioName("Merge", ["merge"]) // "Merge (2)"
 */
export function freeScenarioName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.trim().toLowerCase()));
  if (!used.has(name.trim().toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The scenario names already in a Scenarios sheet (the headers after the practice code column).
 * @param sheet - the sheet's used range
 * @returns the names, in column order ([] when the sheet has no practice code header)
 */
export function scenarioNamesIn(sheet: SheetData): string[] {
  const header = findScenariosHeader(sheet);
  if (header === null) return [];
  const row = sheet.rows[header.index] ?? [];
  return row
    .slice(header.offset + 1)
    .map((cell) => cellText(cell).trim())
    .filter((text) => text !== "");
}

/**
 * Plans saving a scenario.
 * @param sheet - the workbook's Scenarios sheet (its used range), or null when it has none
 * @param name - the scenario's name
 * @param proposed - practice code → proposed CCG code, for the practices that move
 * @returns the sheet, the column's name, the blocks of cells to write, notices
 * @throws ScenariosSheetError when the name is blank, nothing moves, or the sheet has no practice code header
 * @example planScenarioColumn(null, "Merge 10W", new Map([["K81001", "10N"]])).blocks.length // 2
 */
export function planScenarioColumn(
  sheet: SheetData | null,
  name: string,
  proposed: ReadonlyMap<string, string>
): ScenariosSheetPlan {
  const wanted = name.trim();
  if (wanted === "") throw new ScenariosSheetError("Give the scenario a name first.");
  if (proposed.size === 0) {
    throw new ScenariosSheetError("Nothing to save: the scenario moves no practice.");
  }
  const moves = [...proposed];
  const empty =
    sheet === null || sheet.rows.every((row) => row.every((cell) => cellText(cell) === ""));
  if (sheet === null || empty) {
    return {
      sheetName: sheet?.name ?? SCENARIOS_SHEET,
      createSheet: sheet === null,
      scenarioName: wanted,
      blocks: [
        { row: 1, column: 1, values: [PRACTICE_CODE_HEADER, ...moves.map(([code]) => code)] },
        { row: 1, column: 2, values: [wanted, ...moves.map(([, ccg]) => ccg)] },
      ],
      notices: [],
    };
  }
  const header = findScenariosHeader(sheet);
  if (header === null) {
    throw new ScenariosSheetError(
      `The sheet '${sheet.name}' has no '${PRACTICE_CODE_HEADER}' header in its first 20 rows, so the ` +
        `scenario was not saved. Add that header above the practice codes, or rename the sheet.`
    );
  }
  const scenarioName = freeScenarioName(wanted, scenarioNamesIn(sheet));
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  const newColumn = sheet.firstColumn + width;
  const practiceColumn = sheet.firstColumn + header.offset;
  const headerRow = sheet.firstRow + header.index;
  const lastRow = sheet.firstRow + sheet.rows.length - 1;

  const rowOfPractice = new Map<string, number>();
  for (let index = header.index + 1; index < sheet.rows.length; index++) {
    const code = normalisePracticeCode(cellText(sheet.rows[index]?.[header.offset]));
    if (code !== "" && !rowOfPractice.has(code)) rowOfPractice.set(code, sheet.firstRow + index);
  }
  const column: string[] = [scenarioName];
  const added: string[] = [];
  const set = (row: number, value: string) => {
    while (column.length <= row - headerRow) column.push("");
    column[row - headerRow] = value;
  };
  for (const [code, ccg] of moves) {
    const row = rowOfPractice.get(normalisePracticeCode(code));
    if (row !== undefined) set(row, ccg);
    else {
      added.push(code);
      set(Math.max(lastRow, headerRow) + added.length, ccg);
    }
  }
  const blocks: PlannedColumnBlock[] = [{ row: headerRow, column: newColumn, values: column }];
  if (added.length > 0) {
    blocks.push({ row: Math.max(lastRow, headerRow) + 1, column: practiceColumn, values: added });
  }
  const notices =
    scenarioName === wanted
      ? []
      : [
          `A scenario called '${wanted}' is already in '${sheet.name}', so this one was saved as ` +
            `'${scenarioName}' (the existing column was left as it was).`,
        ];
  return { sheetName: sheet.name, createSheet: false, scenarioName, blocks, notices };
}
