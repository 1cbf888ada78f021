/** Finding a small table (CCG table, Assumptions) in a sheet by its headers. */
import { SheetData, cellText } from "./cells";
import { HEADER_SEARCH_ROWS } from "./locatePracticeList";
import { normaliseHeader } from "./headers";

/** A header row found in a sheet: its index in `sheet.rows` and the column offset of each field. */
export interface HeaderRow<K extends string> {
  readonly index: number;
  readonly columns: Partial<Readonly<Record<K, number>>>;
  readonly headers: readonly string[];
}

/**
 * The first row (within the first 20) naming every required field, the first matching column winning.
 * @param synonyms headers recognised for each field (compared normalised)
 * @param required fields that must all be present
 */
export function findHeaderRow<K extends string>(
  sheet: SheetData,
  synonyms: Readonly<Record<K, readonly string[]>>,
  required: readonly NoInfer<K>[]
): HeaderRow<K> | null {
  const lookup = new Map<string, K>();
  for (const field of Object.keys(synonyms) as K[]) {
    for (const synonym of synonyms[field]) lookup.set(normaliseHeader(synonym), field);
  }
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const row = sheet.rows[index] ?? [];
    const columns: Partial<Record<K, number>> = {};
    row.forEach((cell, offset) => {
      if (typeof cell !== "string") return;
      const field = lookup.get(normaliseHeader(cell));
      if (field !== undefined && columns[field] === undefined) columns[field] = offset;
    });
    if (required.every((field) => columns[field] !== undefined)) {
      return { index, columns, headers: row.map((cell) => cellText(cell).trim()) };
    }
  }
  return null;
}
