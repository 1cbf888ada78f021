/**
 * How the CCG table is laid out at the width it has (issue #14): at Excel's pane widths (320–450 px) only
 * code, rating, population and headroom per head, with the name on a second line under the code; where
 * there is room, every column on one line, the name taking what the others leave.
 */
import { CCG_COLUMNS, CcgColumn, CcgColumnId } from "./ccgTable";

/** One of the two layouts. */
export interface CcgTableLayout {
  readonly kind: "compact" | "full";
  /** Columns in display order. */
  readonly columns: readonly CcgColumn[];
  /** Width of each column in pixels; null for the one column that takes the rest. */
  readonly widthsPx: Readonly<Partial<Record<CcgColumnId, number>>>;
  /** Height of every body row (fixed, so that only the rows in view need drawing). */
  readonly rowHeightPx: number;
}

/** Columns of the full layout other than the name, in pixels. */
const FULL_WIDTHS_PX: Readonly<Partial<Record<CcgColumnId, number>>> = {
  code: 44,
  rating: 64,
  finance: 64,
  population: 70,
  headroom: 84,
  headroomPerHead: 68,
  practices: 62,
  detachedShare: 62,
  standardDistanceKm: 52,
};

/** Columns of the compact layout other than the code (and name) column, in pixels. */
const COMPACT_WIDTHS_PX: Readonly<Partial<Record<CcgColumnId, number>>> = {
  rating: 64,
  population: 68,
  headroomPerHead: 64,
};

/** Height of a body row in each layout (the compact one holds the name on a second line). */
export const ROW_HEIGHTS_PX: Readonly<Record<CcgTableLayout["kind"], number>> = {
  compact: 40,
  full: 28,
};

/** The narrowest the name column may be in the full layout; narrower tables use the compact one. */
export const MIN_NAME_WIDTH_PX = 240;

const sum = (widths: Readonly<Partial<Record<CcgColumnId, number>>>): number =>
  Object.values(widths).reduce((total, width) => total + (width ?? 0), 0);

/** Table width from which every column shows (the name column at least {@link MIN_NAME_WIDTH_PX}). */
export const FULL_LAYOUT_MIN_WIDTH_PX = sum(FULL_WIDTHS_PX) + MIN_NAME_WIDTH_PX;

const COMPACT: CcgTableLayout = {
  kind: "compact",
  columns: CCG_COLUMNS.filter((column) => column.id === "code" || column.id in COMPACT_WIDTHS_PX),
  widthsPx: COMPACT_WIDTHS_PX,
  rowHeightPx: ROW_HEIGHTS_PX.compact,
};

const FULL: CcgTableLayout = {
  kind: "full",
  columns: CCG_COLUMNS,
  widthsPx: FULL_WIDTHS_PX,
  rowHeightPx: ROW_HEIGHTS_PX.full,
};

/**
 * The layout for a table of this width.
 * @param widthPx - the table's width; 0 or less when not known (a page without layout), which gets the
 *   full layout so that every figure is in the page
 * @example tableLayout(300).columns.map((c) => c.id) // ["code", "rating", "population", "headroomPerHead"]
 */
export function tableLayout(widthPx: number): CcgTableLayout {
  return widthPx > 0 && widthPx < FULL_LAYOUT_MIN_WIDTH_PX ? COMPACT : FULL;
}
