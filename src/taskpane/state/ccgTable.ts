/** The pane's CCG table: its columns, sorting and filtering, as plain functions of the analysis. */
import type { CcgAnalysis } from "../../engine/analysis";
import { formatCount, formatKm, formatPoundsPerHead, formatShare } from "../../engine/format";
import type { Rating } from "../../engine/types";

/** Columns the table can show and sort by. */
export type CcgColumnId =
  | "code"
  | "name"
  | "practices"
  | "population"
  | "headroomPerHead"
  | "detachedShare"
  | "standardDistanceKm"
  | "rating";

/** One column: its header, how to sort it and how to show a value. */
export interface CcgColumn {
  readonly id: CcgColumnId;
  readonly label: string;
  /** Numbers are right-aligned. */
  readonly numeric: boolean;
  /** The value sorted on; null sorts last in either direction. */
  readonly sortValue: (ccg: CcgAnalysis) => number | string | null;
  /** The text shown ("–" for no value). */
  readonly display: (ccg: CcgAnalysis) => string;
}

/** RED first when sorting by rating in descending order ("worst first"). */
export const RATING_ORDER: Readonly<Record<Rating, number>> = { GREEN: 0, AMBER: 1, RED: 2 };

const NONE = "–";

/** The columns, in display order. */
export const CCG_COLUMNS: readonly CcgColumn[] = [
  { id: "code", label: "Code", numeric: false, sortValue: (c) => c.code, display: (c) => c.code },
  {
    id: "name",
    label: "Name",
    numeric: false,
    sortValue: (c) => c.name,
    display: (c) => c.name ?? NONE,
  },
  {
    id: "rating",
    label: "Rating",
    numeric: false,
    sortValue: (c) => (c.rated ? RATING_ORDER[c.rating] : null),
    display: (c) => (c.rated ? c.rating : `Not a CCG (${c.kind})`),
  },
  {
    id: "population",
    label: "Population",
    numeric: true,
    sortValue: (c) => c.population,
    display: (c) => formatCount(c.population),
  },
  {
    id: "headroomPerHead",
    label: "Headroom per head",
    numeric: true,
    sortValue: (c) => c.headroomPerHead,
    display: (c) => (c.headroomPerHead === null ? NONE : formatPoundsPerHead(c.headroomPerHead)),
  },
  {
    id: "practices",
    label: "Practices",
    numeric: true,
    sortValue: (c) => c.practices,
    display: (c) => formatCount(c.practices),
  },
  {
    id: "detachedShare",
    label: "Detached",
    numeric: true,
    sortValue: (c) => c.geography?.detachedShare ?? null,
    display: (c) => (c.geography === null ? NONE : formatShare(c.geography.detachedShare)),
  },
  {
    id: "standardDistanceKm",
    label: "Spread",
    numeric: true,
    sortValue: (c) => c.geography?.standardDistanceKm ?? null,
    display: (c) => (c.geography === null ? NONE : formatKm(c.geography.standardDistanceKm)),
  },
];

/** The sort in force. */
export interface CcgSort {
  readonly column: CcgColumnId;
  readonly direction: "ascending" | "descending";
}

/** The filters in force. */
export interface CcgFilter {
  /** Matched against code and name, ignoring case. */
  readonly text: string;
  readonly rating: Rating | "all";
}

/** The table as first shown: code order, no filter. */
export const DEFAULT_SORT: CcgSort = { column: "code", direction: "ascending" };
export const NO_FILTER: CcgFilter = { text: "", rating: "all" };

function compareValues(a: number | string | null, b: number | string | null): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en-GB", { numeric: true, sensitivity: "base" });
}

/**
 * The CCGs to show: filtered, then sorted (missing values last; ties in code order).
 * @param ccgs - the analysis's CCGs
 * @param sort - column and direction
 * @param filter - text and rating
 * @returns a new array
 * @example visibleCcgs(result.ccgs, { column: "population", direction: "descending" }, NO_FILTER)[0] // the largest CCG
 */
export function visibleCcgs(
  ccgs: readonly CcgAnalysis[],
  sort: CcgSort,
  filter: CcgFilter
): CcgAnalysis[] {
  const text = filter.text.trim().toLowerCase();
  const column = CCG_COLUMNS.find((c) => c.id === sort.column) ?? CCG_COLUMNS[0]!;
  const sign = sort.direction === "ascending" ? 1 : -1;
  return ccgs
    .filter((ccg) => filter.rating === "all" || (ccg.rated && ccg.rating === filter.rating))
    .filter(
      (ccg) =>
        text === "" ||
        ccg.code.toLowerCase().includes(text) ||
        (ccg.name ?? "").toLowerCase().includes(text)
    )
    .sort((x, y) => {
      const a = column.sortValue(x);
      const b = column.sortValue(y);
      if (a === null || b === null) {
        if (a === null && b === null) return x.code.localeCompare(y.code);
        return a === null ? 1 : -1;
      }
      return sign * compareValues(a, b) || x.code.localeCompare(y.code);
    });
}

/**
 * The sort after a click on a column header: the same column flips direction; a new column starts
 * ascending for text and descending for numbers and ratings (largest or worst first).
 */
export function nextSort(current: CcgSort, column: CcgColumnId): CcgSort {
  if (current.column === column) {
    return { column, direction: current.direction === "ascending" ? "descending" : "ascending" };
  }
  const definition = CCG_COLUMNS.find((c) => c.id === column);
  const startDescending = definition?.numeric === true || column === "rating";
  return { column, direction: startDescending ? "descending" : "ascending" };
}

/** Counts of CCGs by configuration rating; codes set aside (not CCGs, not rated) are not counted. */
export function ratingCounts(ccgs: readonly CcgAnalysis[]): Record<Rating, number> {
  const counts: Record<Rating, number> = { RED: 0, AMBER: 0, GREEN: 0 };
  for (const ccg of ccgs) if (ccg.rated) counts[ccg.rating] += 1;
  return counts;
}

/**
 * Codes set aside because they are not CCGs (`include_non_ccg` 0), for the pane to list apart.
 * @example setAsideCcgs(result.ccgs).map((c) => c.code) // ["112", "114", "Q59", "RY6"]
 */
export function setAsideCcgs(ccgs: readonly CcgAnalysis[]): CcgAnalysis[] {
  return ccgs.filter((ccg) => !ccg.rated);
}
