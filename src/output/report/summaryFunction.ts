/** The CCG Summary from spreadsheet ranges (the SUMMARY formula): the same analysis as the runner's. */
import { AnalysisOptions, analyseWorkbook } from "../../engine/analyse";
import { CellValue, SheetData, WorkbookData } from "../../engine/cells";
import { buildSummaryTable } from "./summaryTable";

/** The ranges SUMMARY takes, each with its header row, as plain cells. */
export interface SummaryRanges {
  /** The practice list (SPEC §2.1) with its header row. */
  readonly practices: readonly (readonly CellValue[])[];
  /** The CCG table (SPEC §2.2) with its header row, or null. */
  readonly ccgs?: readonly (readonly CellValue[])[] | null;
  /** Key | Value rows (SPEC §2.3) with their header row, or null for the defaults. */
  readonly assumptions?: readonly (readonly CellValue[])[] | null;
  /** The CCG → local-authority lookup (SPEC §2.4) with its header row, or null. */
  readonly localAuthorities?: readonly (readonly CellValue[])[] | null;
}

/** A cell of the summary as a spreadsheet shows it: blanks are "". */
export type SummaryCell = string | number | boolean;

function sheet(name: string, rows: readonly (readonly CellValue[])[]): SheetData {
  return { name, rows, firstRow: 1, firstColumn: 1 };
}

/**
 * The workbook the ranges stand for: sheets `Practices`, `CCGs`, `Assumptions` and `LA lookup` (the
 * last three only when given), each starting at A1.
 * @param ranges the ranges as plain cells
 * @returns the workbook
 * @example workbookFromRanges({ practices: rows }).sheets.map((s) => s.name) // ["Practices"]
 */
export function workbookFromRanges(ranges: SummaryRanges): WorkbookData {
  const sheets: SheetData[] = [sheet("Practices", ranges.practices)];
  if (ranges.ccgs !== undefined && ranges.ccgs !== null) sheets.push(sheet("CCGs", ranges.ccgs));
  if (ranges.assumptions !== undefined && ranges.assumptions !== null) {
    sheets.push(sheet("Assumptions", ranges.assumptions));
  }
  if (ranges.localAuthorities !== undefined && ranges.localAuthorities !== null) {
    sheets.push(sheet("LA lookup", ranges.localAuthorities));
  }
  return { sheets };
}

/**
 * The CCG Summary table (SPEC §6) with its header row on top: `analyseWorkbook` on the ranges,
 * then the rows `buildSummaryTable` gives the runner and the add-in, blanks as "".
 * @param ranges the practice list, CCG table and assumptions as plain cells
 * @param options analysis options (progress callbacks, overrides); none for the formula
 * @returns header row, then one row per CCG in code order
 * @throws UnusableInputError when the practice list cannot be found or has no usable row
 * @example summaryTableFromRanges({ practices: rows })[0].slice(0, 5) // ["Code", "Name", "Kind", "Practices", "Population"]
 */
export function summaryTableFromRanges(
  ranges: SummaryRanges,
  options: AnalysisOptions = {}
): SummaryCell[][] {
  const table = buildSummaryTable(analyseWorkbook(workbookFromRanges(ranges), options));
  const rows: SummaryCell[][] = [table.columns.map((column) => column.header)];
  for (const row of table.rows) rows.push(row.map((value) => value ?? ""));
  return rows;
}
