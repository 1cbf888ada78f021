/**
 * Reading the scoring sheets an earlier run wrote (SPEC §7: a re-run carries the user's statuses,
 * support levels and evidence over, criterion by criterion). Found by their labels and headers, not
 * by fixed positions, so a sheet the user renamed or rearranged a little is still read.
 */
import { CellValue, SheetData, WorkbookData, cellText } from "../cells";
import { normaliseHeader } from "../headers";
import { readNumber } from "../values";
import { readDomainNumber } from "./domain";
import { SCORING_COLUMNS, SCORING_LABELS, ScoringColumn } from "./sheetLayout";

/** The values of one criterion's row, as text ("" for blank). */
export interface ExistingCriterionRow {
  readonly domain: number | null;
  readonly id: string;
  readonly text: string;
  readonly critical: string;
  readonly status: string;
  readonly support: string;
  readonly evidence: string;
  /** What the tool wrote last time (null when the sheet has no record: every value is the user's). */
  readonly written: {
    readonly status: string;
    readonly support: string;
    readonly evidence: string;
  } | null;
}

/** One threshold cell of an earlier scoring sheet. */
export interface ExistingThreshold {
  /** The cell as a share 0–1; null when blank or not a share. */
  readonly share: number | null;
  /** The cell as text ("" when blank), to say what it held. */
  readonly text: string;
  /** What CCG Footprint wrote there last time (the hidden record); null without a usable record. */
  readonly written: number | null;
}

/** One scoring sheet from an earlier run. */
export interface ExistingScoringSheet {
  readonly sheetName: string;
  /** The CCG code in the header block (upper case). */
  readonly code: string;
  /** Rows in sheet order. */
  readonly rows: readonly ExistingCriterionRow[];
  /** The sheet's `Configuration rating` value as text ("" when absent). */
  readonly configurationRating: string;
  /** The sheet's `Directions share` and `Refusal share` cells, each with its hidden record. */
  readonly thresholds: {
    readonly directionsNotMetShare: ExistingThreshold;
    readonly refuseNotMetShare: ExistingThreshold;
  };
}

/** Labels and the table header are looked for in this many rows from the top. */
const SEARCH_ROWS = 40;

function text(cell: CellValue | undefined): string {
  return cellText(cell).trim();
}

function share(cell: CellValue | undefined): number | null {
  const reading = readNumber(cell);
  return reading.kind === "value" && reading.value >= 0 && reading.value <= 1
    ? reading.value
    : null;
}

function threshold(sheet: SheetData, label: string, writtenLabel: string): ExistingThreshold {
  const cell = labelValue(sheet, label);
  return { share: share(cell), text: text(cell), written: share(labelValue(sheet, writtenLabel)) };
}

function labelValue(sheet: SheetData, label: string): CellValue | undefined {
  const wanted = normaliseHeader(label);
  for (const row of sheet.rows.slice(0, SEARCH_ROWS)) {
    const at = row.findIndex(
      (cell) => typeof cell === "string" && normaliseHeader(cell) === wanted
    );
    if (at >= 0) return row[at + 1];
  }
  return undefined;
}

function tableHeader(sheet: SheetData) {
  for (let index = 0; index < Math.min(sheet.rows.length, SEARCH_ROWS); index++) {
    const row = sheet.rows[index] ?? [];
    const columns = new Map<ScoringColumn, number>();
    row.forEach((cell, offset) => {
      if (typeof cell !== "string") return;
      const header = SCORING_COLUMNS.find((c) => normaliseHeader(c) === normaliseHeader(cell));
      if (header !== undefined && !columns.has(header)) columns.set(header, offset);
    });
    if (columns.has("Id") && columns.has("Status")) return { index, columns };
  }
  return null;
}

/**
 * One earlier scoring sheet, or null when the sheet is not one (no `CCG code` label, no criteria
 * table with `Id` and `Status` columns).
 * @param sheet the sheet's cells
 * @returns the sheet's CCG and criteria rows
 */
export function readScoringSheet(sheet: SheetData): ExistingScoringSheet | null {
  const code = text(labelValue(sheet, SCORING_LABELS.code)).toUpperCase();
  const header = tableHeader(sheet);
  if (code === "" || header === null) return null;
  const at = (row: readonly CellValue[], column: ScoringColumn): string => {
    const offset = header.columns.get(column);
    return offset === undefined ? "" : text(row[offset]);
  };
  const hasRecord =
    header.columns.has("Status written") &&
    header.columns.has("Support written") &&
    header.columns.has("Evidence written");
  const rows: ExistingCriterionRow[] = [];
  for (let index = header.index + 1; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    const id = at(row, "Id");
    if (id === "") break; // the table ends at the first row without an id
    const domainOffset = header.columns.get("Domain");
    const domain = domainOffset === undefined ? null : readDomainNumber(row[domainOffset]);
    rows.push({
      domain: domain?.kind === "value" ? domain.value : null,
      id,
      text: at(row, "Criterion"),
      critical: at(row, "Critical"),
      status: at(row, "Status"),
      support: at(row, "Support"),
      evidence: at(row, "Evidence"),
      written: hasRecord
        ? {
            status: at(row, "Status written"),
            support: at(row, "Support written"),
            evidence: at(row, "Evidence written"),
          }
        : null,
    });
  }
  return {
    sheetName: sheet.name,
    code,
    rows,
    configurationRating: text(labelValue(sheet, SCORING_LABELS.configurationRating)).toUpperCase(),
    thresholds: {
      directionsNotMetShare: threshold(
        sheet,
        SCORING_LABELS.directionsShare,
        SCORING_LABELS.directionsShareWritten
      ),
      refuseNotMetShare: threshold(
        sheet,
        SCORING_LABELS.refusalShare,
        SCORING_LABELS.refusalShareWritten
      ),
    },
  };
}

/**
 * Every scoring sheet this product wrote in an earlier run (owned sheets only: a user's own sheet is
 * never taken for one), by CCG code; the first sheet wins when two score the same CCG.
 * @param workbook the workbook as read, with its owned sheets
 * @returns the earlier sheets by CCG code (upper case)
 */
export function readScoringSheets(
  workbook: WorkbookData
): ReadonlyMap<string, ExistingScoringSheet> {
  const owned = new Set(workbook.ownedSheets ?? []);
  const sheets = new Map<string, ExistingScoringSheet>();
  for (const sheet of workbook.sheets) {
    if (!owned.has(sheet.name)) continue;
    const existing = readScoringSheet(sheet);
    if (existing !== null && !sheets.has(existing.code)) sheets.set(existing.code, existing);
  }
  return sheets;
}
