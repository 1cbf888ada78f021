/** Finding the practice list in a workbook by its headers (SPEC §2.1). */
import { SheetData, WorkbookData, cellText } from "./cells";
import { UnusableInputError } from "./errors";
import {
  ColumnMapping,
  FIELD_LABELS,
  MappingOverrides,
  PRACTICE_FIELDS,
  PracticeField,
  mapColumns,
  missingRequiredFields,
  normaliseHeader,
} from "./headers";

/** Where the practice list is: its sheet, header row and columns. */
export interface PracticeListLocation {
  readonly sheet: SheetData;
  /** Index into `sheet.rows` of the header row. */
  readonly headerIndex: number;
  readonly mapping: ColumnMapping;
  /** The header row's texts, as the user wrote them (trimmed). */
  readonly headers: readonly string[];
}

/** How many rows from the top of a sheet may hold the header row (title rows above it are common). */
export const HEADER_SEARCH_ROWS = 20;

function isOutputSheet(workbook: WorkbookData, sheet: SheetData): boolean {
  return workbook.ownedSheets?.includes(sheet.name) === true;
}

function scoreMapping(mapping: ColumnMapping): number {
  return Object.keys(mapping.columns).length + (mapping.ageSexBands.length > 0 ? 1 : 0);
}

/**
 * Find the sheet and header row holding the practice list: the row, within the first 20 of a sheet,
 * that names a practice code, a CCG code and a list size (or age/sex bands) and the most other fields.
 * A sheet named `Practices` wins a tie; otherwise the first in tab order.
 * @param practiceSheet the sheet the user chose for the practice list (only it is searched), or null
 * @throws UnusableInputError naming each sheet and the headers it lacks, or a mapped header that is absent
 */
export function locatePracticeList(
  workbook: WorkbookData,
  overrides: MappingOverrides = {},
  practiceSheet: string | null = null
): PracticeListLocation {
  let best: PracticeListLocation | null = null;
  let bestScore = -Infinity;
  const nearMisses: string[] = [];
  const candidates = workbook.sheets.filter(
    (sheet) =>
      !isOutputSheet(workbook, sheet) && (practiceSheet === null || sheet.name === practiceSheet)
  );
  if (practiceSheet !== null && candidates.length === 0) {
    throw new UnusableInputError(
      `the workbook has no sheet '${practiceSheet}' (chosen for the practice list)`
    );
  }
  for (const sheet of candidates) {
    let sheetBest: { mapping: ColumnMapping; index: number; missing: PracticeField[] } | null =
      null;
    const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    for (let index = 0; index < limit; index++) {
      const row = sheet.rows[index] ?? [];
      const mapping = mapColumns(row, overrides);
      const missing = missingRequiredFields(mapping);
      if (
        sheetBest === null ||
        missing.length < sheetBest.missing.length ||
        (missing.length === sheetBest.missing.length &&
          scoreMapping(mapping) > scoreMapping(sheetBest.mapping))
      ) {
        sheetBest = { mapping, index, missing };
      }
    }
    if (sheetBest === null) {
      nearMisses.push(`sheet '${sheet.name}' is empty`);
      continue;
    }
    if (sheetBest.missing.length > 0) {
      const found = Object.keys(sheetBest.mapping.columns).length;
      if (found > 0) {
        const lacks = sheetBest.missing.map((field) => {
          const chosen = overrides[field];
          return chosen === undefined
            ? `${FIELD_LABELS[field]} column`
            : `column '${chosen}' (chosen for ${FIELD_LABELS[field]})`;
        });
        nearMisses.push(
          `sheet '${sheet.name}' row ${sheet.firstRow + sheetBest.index} has no ${lacks.join(", no ")}`
        );
      } else {
        nearMisses.push(`sheet '${sheet.name}' has no recognisable practice-list headers`);
      }
      continue;
    }
    const score =
      scoreMapping(sheetBest.mapping) + (normaliseHeader(sheet.name) === "practices" ? 0.5 : 0);
    if (best === null || score > bestScore) {
      bestScore = score;
      const headerRow = sheet.rows[sheetBest.index] ?? [];
      best = {
        sheet,
        headerIndex: sheetBest.index,
        mapping: sheetBest.mapping,
        headers: headerRow.map((cell) => cellText(cell).trim()),
      };
    }
  }
  if (best === null) {
    const where =
      nearMisses.length > 0 ? `: ${nearMisses.join("; ")}` : ": the workbook has no sheets";
    throw new UnusableInputError(
      `no practice list found. A practice list needs columns for practice code, CCG code and list size ` +
        `(or age/sex bands such as 'Male 0-4')${where}`
    );
  }
  assertOverridesFound(best, overrides);
  return best;
}

function assertOverridesFound(location: PracticeListLocation, overrides: MappingOverrides): void {
  for (const field of PRACTICE_FIELDS) {
    const header = overrides[field];
    if (header !== undefined && location.mapping.columns[field] === undefined) {
      throw new UnusableInputError(
        `column '${header}' (chosen for ${FIELD_LABELS[field]}) is not in the header row of sheet ` +
          `'${location.sheet.name}' (row ${location.sheet.firstRow + location.headerIndex}); ` +
          `its headers are: ${location.headers.filter((h) => h !== "").join(", ")}`
      );
    }
  }
}
