/**
 * The naming rules of the output layer, in one place (SPEC §6, §7): ownership names, sheet-name
 * lookups and diversions, the diversion notice, and Excel table names. Pure: no Excel, no ExcelJS.
 */
import type { OutputSheetName } from "./sheetPlan";

/** Longest sheet name Excel allows. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Every ownership name starts with this. */
export const OWNERSHIP_NAME_PREFIX = "CCGFootprint_";

/**
 * Workbook-scoped defined name that records which sheet holds an output (SPEC §7 ownership).
 * The name refers to cell A1 of the owned sheet, so it follows the sheet if the user renames it,
 * and it survives save and reopen.
 * @param output - the output's contract name
 * @returns the defined name
 * @example ownershipName("CCG Summary") // "CCGFootprint_CCG_Summary"
 */
export function ownershipName(output: OutputSheetName): string {
  return `${OWNERSHIP_NAME_PREFIX}${output.replace(/[^A-Za-z0-9]+/g, "_")}`;
}

/**
 * The comment stored with an ownership name (by Office.js; the package writer writes none), so a
 * person reading the Name Manager knows what the name is for.
 * @param output - the output's contract name
 * @returns the comment
 * @example ownershipComment("CCG Summary") // "CCG Footprint writes its 'CCG Summary' output to this sheet."
 */
export function ownershipComment(output: OutputSheetName): string {
  return `CCG Footprint writes its '${output}' output to this sheet.`;
}

/** Title of the message Excel shows when a value outside a dropdown's list is typed. */
export const DROPDOWN_ERROR_TITLE = "CCG Footprint";

/**
 * The sheet named in a reference such as `='Bob''s list'!$A$1`, `'CCG Summary'!$A$1` or
 * `Sheet1!$A$1:$B$2` (Office.js reports a leading `=`, a package's workbook.xml none).
 * @param reference - a defined name's reference
 * @returns the unquoted sheet name, or undefined when the reference names no sheet
 * @example sheetNameOfReference("'Bob''s list'!$A$1") // "Bob's list"
 */
export function sheetNameOfReference(reference: string): string | undefined {
  const text = reference.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const sheetPart = text.slice(0, bang);
  if (sheetPart.startsWith("'") && sheetPart.endsWith("'") && sheetPart.length >= 2)
    return sheetPart.slice(1, -1).replace(/''/g, "'");
  return sheetPart;
}

/**
 * A reference to cell A1 of a sheet, quoted the way Excel writes it (no leading `=`).
 * @param sheetName - the sheet's name
 * @returns e.g. `'CCG Summary'!$A$1`
 * @example referenceToA1("Bob's") // "'Bob''s'!$A$1"
 */
export function referenceToA1(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet with this name, compared as Excel compares sheet names (ignoring case).
 * @param sheetNames - the workbook's sheet names
 * @param wanted - the name to find
 * @returns the name as the workbook spells it, or undefined
 * @example findSheetName(["ccg summary"], "CCG Summary") // "ccg summary"
 */
export function findSheetName(sheetNames: readonly string[], wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  return (
    sheetNames.find((name) => name === wanted) ??
    sheetNames.find((name) => name.toLowerCase() === lower)
  );
}

/**
 * The first of "<base> (2)", "<base> (3)", … that no sheet uses (ignoring case), shortened to fit
 * Excel's 31 characters.
 * @param base - the name that is taken
 * @param taken - the sheet names in use
 * @returns a free sheet name
 * @example freeSheetName("CCG Summary", ["CCG Summary"]) // "CCG Summary (2)"
 */
export function freeSheetName(base: string, taken: readonly string[]): string {
  for (let k = 2; ; k += 1) {
    const suffix = ` (${k})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    if (findSheetName(taken, candidate) === undefined) return candidate;
  }
}

/** How the diversion notice names each output. */
const OUTPUT_WORDS: Readonly<Record<string, string>> = {
  "CCG Summary": "the summary",
  "Practice Detail": "the practice detail",
  "Data Quality": "the data-quality list",
  Assumptions: "the assumptions table",
  Sensitivity: "the sensitivity table",
  "Domain Summary": "the domain summary",
  "Scenario Comparison": "the scenario comparison",
};

/**
 * The one notice for an output written beside a user's sheet of the same name.
 * @param output - the output
 * @param writtenTo - the sheet the output went to
 * @param userSheetName - the user's sheet as the workbook spells it (default: the output name)
 * @returns the plain-words notice
 * @example diversionNotice("CCG Summary", "CCG Summary (2)")
 * // "A sheet named 'CCG Summary' that CCG Footprint did not create was left untouched; the summary was written to 'CCG Summary (2)'."
 */
export function diversionNotice(
  output: OutputSheetName,
  writtenTo: string,
  userSheetName: string = output
): string {
  const what = OUTPUT_WORDS[output] ?? `the '${output}' output`;
  return `A sheet named '${userSheetName}' that CCG Footprint did not create was left untouched; ${what} was written to '${writtenTo}'.`;
}

/** Table names Excel refuses because they read as cell references (A1, R1C1) or are R / C. */
const CELL_REFERENCE_LIKE = /^(?:[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc]?[0-9]*|[Cc][0-9]*)$/;

/**
 * A valid Excel table name based on `wanted`: characters other than letters, digits, `_` and `.`
 * become `_`; a name that starts with neither a letter nor `_`, or reads as a cell reference, gets
 * `T_` in front; at most 250 characters (room for a `_k` suffix).
 * @param wanted - the name a content asks for, e.g. `Scoring 07L`
 * @returns a valid table name
 * @example validTableName("Scoring 07L") // "Scoring_07L"
 * @example validTableName("CCG1") // "T_CCG1"
 */
export function validTableName(wanted: string): string {
  let base = wanted.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(base) || CELL_REFERENCE_LIKE.test(base)) base = `T_${base}`;
  return base.slice(0, 250);
}

/**
 * A valid table name based on `wanted` that is not in `taken` (lower-case names of tables and
 * defined names, which share one namespace in Excel), adding `_2`, `_3`, … when needed.
 * @param wanted - the name a content asks for
 * @param taken - lower-case names already in use
 * @returns a free, valid table name
 * @example uniqueTableName("CCGSummary", new Set(["ccgsummary"])) // "CCGSummary_2"
 */
export function uniqueTableName(wanted: string, taken: ReadonlySet<string>): string {
  const base = validTableName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k += 1) {
    const candidate = `${base}_${k}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
