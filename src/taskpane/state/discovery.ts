/**
 * Input discovery for the pane (SPEC §2.1, §8.3): where the practice list is, which header each field
 * uses, and the user's edits of that mapping.
 *
 * The engine's mapping overrides name a header per field; they cannot say "no column". The pane's
 * "(none)" choice is therefore applied by hiding that header from the engine: the analysis gets a copy
 * of the workbook whose header row has that one cell blank (the data and the user's workbook are not
 * changed).
 */
import { CellValue, SheetData, WorkbookData, cellText } from "../../engine/cells";
import { FindingList } from "../../engine/dataQuality";
import { UnusableInputError } from "../../engine/errors";
import {
  MappingOverrides,
  PRACTICE_FIELDS,
  PracticeField,
  mapColumns,
  normaliseHeader,
} from "../../engine/headers";
import {
  HEADER_SEARCH_ROWS,
  PracticeListLocation,
  locatePracticeList,
} from "../../engine/locatePracticeList";
import { AssumptionsReading, readAssumptions } from "../../engine/readAssumptions";

/** The user's choice per field: a header, or null for "(none)". A field not listed is recognised automatically. */
export type MappingChoices = Partial<Readonly<Record<PracticeField, string | null>>>;

/** What the analysis is given: the workbook (with "(none)" headers hidden) and the header overrides. */
export interface PreparedInput {
  readonly workbook: WorkbookData;
  readonly mapping: MappingOverrides;
  /** The sheet the user chose for the practice list, or null to find it by its headers. */
  readonly practiceSheet: string | null;
}

/** What the pane shows about the input before an analysis. */
export interface InputDiscovery {
  /** The sheet holding the practice list, or null when none was found. */
  readonly practiceSheet: string | null;
  /** 1-based Excel row of its header row. */
  readonly headerRow: number | null;
  /** Rows below the header row (blank rows included). */
  readonly rowsBelow: number;
  /** Headers offered in the mapping dropdowns: the header row's texts, each once. */
  readonly headers: readonly string[];
  /** The header each field uses with the current choices (null: no column). */
  readonly fieldHeaders: Readonly<Record<PracticeField, string | null>>;
  /** Age/sex band columns summed for list size when there is no list-size column. */
  readonly ageSexBands: number;
  /** The assumptions as the workbook gives them (its `Assumptions` sheet, or the defaults). */
  readonly assumptions: AssumptionsReading;
  /**
   * Sheets that could hold the practice list (a row of headers near the top), in tab order: offered in
   * the sheet picker when there is more than one.
   */
  readonly sheets: readonly string[];
  /** The sheet the user chose, or null when the practice list is found by its headers. */
  readonly chosenSheet: string | null;
  /** Why no practice list was found, in plain words; null when one was. */
  readonly problem: string | null;
  readonly prepared: PreparedInput;
}

/** The header overrides among the choices (fields set to a header). */
export function overridesOf(choices: MappingChoices): MappingOverrides {
  const overrides: Partial<Record<PracticeField, string>> = {};
  for (const field of PRACTICE_FIELDS) {
    const choice = choices[field];
    if (typeof choice === "string") overrides[field] = choice;
  }
  return overrides;
}

function tryLocate(
  workbook: WorkbookData,
  overrides: MappingOverrides,
  practiceSheet: string | null
): PracticeListLocation | string {
  try {
    return locatePracticeList(workbook, overrides, practiceSheet);
  } catch (error) {
    if (error instanceof UnusableInputError) return error.message;
    throw error;
  }
}

/** A copy of the workbook with some header cells of one sheet blank (the rows array is copied, not the data rows). */
function hideHeaders(
  workbook: WorkbookData,
  location: PracticeListLocation,
  offsets: readonly number[]
): WorkbookData {
  const sheets = workbook.sheets.map((sheet) => {
    if (sheet !== location.sheet) return sheet;
    const rows = sheet.rows.slice();
    const headerRow = (rows[location.headerIndex] ?? []).slice();
    for (const offset of offsets) headerRow[offset] = null;
    rows[location.headerIndex] = headerRow;
    return { ...sheet, rows };
  });
  return { ...workbook, sheets };
}

/** The header offsets to hide for the "(none)" choices: the column the engine would use, unless another field chose it. */
function offsetsToHide(
  location: PracticeListLocation,
  choices: MappingChoices,
  overrides: MappingOverrides
): number[] {
  const chosen = new Set(Object.values(overrides).map((header) => normaliseHeader(header ?? "")));
  const offsets: number[] = [];
  for (const field of PRACTICE_FIELDS) {
    if (choices[field] !== null) continue;
    const offset = location.mapping.columns[field];
    if (offset === undefined) continue;
    if (!chosen.has(normaliseHeader(location.headers[offset] ?? ""))) offsets.push(offset);
  }
  return offsets;
}

/** Sheets the practice list may be on: the user's (not CCG Footprint's), in tab order. */
function userSheets(workbook: WorkbookData, practiceSheet: string | null): SheetData[] {
  return workbook.sheets.filter(
    (sheet) =>
      workbook.ownedSheets?.includes(sheet.name) !== true &&
      (practiceSheet === null || sheet.name === practiceSheet)
  );
}

/** Text cells in a row: a header row has at least two. */
function textCells(row: readonly CellValue[]): number {
  return row.filter((cell) => typeof cell === "string" && cell.trim() !== "").length;
}

/** Names of the sheets with a row of headers (two or more texts) in their first rows. */
function sheetsWithHeaders(workbook: WorkbookData): string[] {
  return userSheets(workbook, null)
    .filter((sheet) => sheet.rows.slice(0, HEADER_SEARCH_ROWS).some((row) => textCells(row) >= 2))
    .map((sheet) => sheet.name);
}

/** The row most like a practice list's header row, for mapping when no practice list was found. */
function candidateHeaders(workbook: WorkbookData, practiceSheet: string | null): CellValue[] {
  let best: CellValue[] = [];
  let bestScore = 0;
  for (const sheet of userSheets(workbook, practiceSheet)) {
    const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    for (let index = 0; index < limit; index++) {
      const row = sheet.rows[index] ?? [];
      const texts = textCells(row);
      const score = Object.keys(mapColumns(row).columns).length * 100 + texts;
      if (texts >= 2 && score > bestScore) {
        bestScore = score;
        best = row.map((cell) => (typeof cell === "string" ? cell.trim() : cellText(cell).trim()));
      }
    }
  }
  return best;
}

function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const header of headers) {
    if (header === "" || seen.has(header)) continue;
    seen.add(header);
    unique.push(header);
  }
  return unique;
}

/**
 * Finds the practice list with the user's mapping choices applied.
 * @param workbook - the workbook as read
 * @param choices - the user's choices per field
 * @param practiceSheet - the sheet the user chose for the practice list, or null to find it by its headers
 * @returns what to show, and the input to analyse
 * @example discoverInput(workbook, { listSize: "Registered 2012" }).fieldHeaders.listSize // "Registered 2012"
 */
export function discoverInput(
  workbook: WorkbookData,
  choices: MappingChoices = {},
  practiceSheet: string | null = null
): InputDiscovery {
  const overrides = overridesOf(choices);
  // A chosen sheet that is no longer in the workbook (read again after a rename) is forgotten.
  const chosenSheet = workbook.sheets.some((sheet) => sheet.name === practiceSheet)
    ? practiceSheet
    : null;
  const sheets = sheetsWithHeaders(workbook);
  let prepared: PreparedInput = { workbook, mapping: overrides, practiceSheet: chosenSheet };
  let located = tryLocate(workbook, overrides, chosenSheet);
  if (typeof located !== "string") {
    const hidden = offsetsToHide(located, choices, overrides);
    if (hidden.length > 0) {
      prepared = {
        workbook: hideHeaders(workbook, located, hidden),
        mapping: overrides,
        practiceSheet: chosenSheet,
      };
      const original = located;
      located = tryLocate(prepared.workbook, overrides, chosenSheet);
      // The dropdowns keep listing the hidden headers, so the user can choose them again.
      if (typeof located !== "string") located = { ...located, headers: original.headers };
    }
  }
  const assumptions = readAssumptions(workbook, new FindingList());
  const fieldHeaders = Object.fromEntries(PRACTICE_FIELDS.map((field) => [field, null])) as Record<
    PracticeField,
    string | null
  >;
  if (typeof located === "string") {
    // The editor starts from what the best candidate row does say, with the user's choices on top,
    // so recognised fields are not shown as "(none)" and a choice made sticks.
    const row = candidateHeaders(workbook, chosenSheet);
    const recognised = mapColumns(row, overrides).columns;
    for (const field of PRACTICE_FIELDS) {
      const offset = recognised[field];
      fieldHeaders[field] =
        choices[field] === null || offset === undefined ? null : cellText(row[offset] ?? "");
    }
    return {
      practiceSheet: null,
      headerRow: null,
      rowsBelow: 0,
      headers: uniqueHeaders(row.map((cell) => cellText(cell))),
      fieldHeaders,
      ageSexBands: 0,
      assumptions,
      sheets,
      chosenSheet,
      problem: capitalise(located),
      prepared,
    };
  }
  for (const field of PRACTICE_FIELDS) {
    const offset = located.mapping.columns[field];
    fieldHeaders[field] = offset === undefined ? null : (located.headers[offset] ?? null);
  }
  return {
    practiceSheet: located.sheet.name,
    headerRow: located.sheet.firstRow + located.headerIndex,
    rowsBelow: Math.max(0, located.sheet.rows.length - located.headerIndex - 1),
    headers: uniqueHeaders(located.headers),
    fieldHeaders,
    ageSexBands: fieldHeaders.listSize === null ? located.mapping.ageSexBands.length : 0,
    assumptions,
    sheets,
    chosenSheet,
    problem: null,
    prepared,
  };
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
