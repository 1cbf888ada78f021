/**
 * Which rows of a long, scrolling table to draw (the rows in view and a few either side), and where a key
 * moves the focus among its rows. Plain functions of numbers, so the table's behaviour can be tested
 * without a browser.
 */

/** Rows drawn above and below the ones in view, so a quick scroll shows no blank band. */
export const OVERSCAN_ROWS = 6;

/** The rows to draw: indices `first` to `last`, both included (`last` < `first` when there are none). */
export interface RowWindow {
  readonly first: number;
  readonly last: number;
}

/** What the window depends on, in pixels. */
export interface RowWindowInput {
  /** How far the body rows are scrolled (scrollTop less the rows' offset below the header). */
  readonly scrolledPx: number;
  /** Height of the visible part of the scroller; 0 when it is not known (then every row is drawn). */
  readonly viewportPx: number;
  readonly rowHeightPx: number;
  readonly rowCount: number;
}

/**
 * The rows in view plus {@link OVERSCAN_ROWS} either side; every row when the viewport's height is not
 * known (a page without layout, such as a test DOM).
 * @example rowWindow({ scrolledPx: 280, viewportPx: 340, rowHeightPx: 28, rowCount: 210 }) // { first: 4, last: 30 }
 */
export function rowWindow({
  scrolledPx,
  viewportPx,
  rowHeightPx,
  rowCount,
}: RowWindowInput): RowWindow {
  if (!(viewportPx > 0) || !(rowHeightPx > 0)) return { first: 0, last: rowCount - 1 };
  const top = Math.floor(Math.max(0, scrolledPx) / rowHeightPx);
  const inView = Math.ceil(viewportPx / rowHeightPx) + 1;
  const first = Math.max(0, Math.min(top, rowCount - inView) - OVERSCAN_ROWS);
  const last = Math.min(rowCount - 1, top + inView + OVERSCAN_ROWS);
  return { first, last };
}

/**
 * The rows to draw in order: the window, plus the row holding the keyboard focus when it is outside the
 * window (a focused row that vanished would drop the focus to the page).
 */
export function rowsToDraw(window: RowWindow, focusIndex: number | null): number[] {
  const rows: number[] = [];
  if (focusIndex !== null && focusIndex < window.first) rows.push(focusIndex);
  for (let index = window.first; index <= window.last; index++) rows.push(index);
  if (focusIndex !== null && focusIndex > window.last) rows.push(focusIndex);
  return rows;
}

/** Keys that move the focus between rows (the ARIA grid pattern). */
export type RowKey = "ArrowUp" | "ArrowDown" | "Home" | "End" | "PageUp" | "PageDown";

/** True for the keys {@link rowAfterKey} handles. */
export function isRowKey(key: string): key is RowKey {
  return ["ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"].includes(key);
}

/**
 * The row a key moves the focus to, kept within the table (no wrap-around).
 * @param key - the key pressed
 * @param index - the row with the focus
 * @param rowCount - rows in the table
 * @param pageRows - rows in one page of the scroller (PageUp and PageDown)
 * @example rowAfterKey("PageDown", 3, 210, 11) // 14
 */
export function rowAfterKey(
  key: RowKey,
  index: number,
  rowCount: number,
  pageRows: number
): number {
  const last = rowCount - 1;
  const page = Math.max(1, pageRows);
  const target =
    key === "ArrowUp"
      ? index - 1
      : key === "ArrowDown"
        ? index + 1
        : key === "Home"
          ? 0
          : key === "End"
            ? last
            : key === "PageUp"
              ? index - page
              : index + page;
  return Math.max(0, Math.min(last, target));
}

/**
 * The scroll position that brings a row into view with the least movement (unchanged when it is in view).
 * @param scrolledPx - current scroll of the body rows
 * @param viewportPx - height in which body rows show (below the sticky header)
 * @example scrollToShowRow(0, 280, 28, 20) // 308: row 20 at the bottom edge
 */
export function scrollToShowRow(
  scrolledPx: number,
  viewportPx: number,
  rowHeightPx: number,
  index: number
): number {
  const top = index * rowHeightPx;
  const bottom = top + rowHeightPx;
  if (top < scrolledPx) return top;
  if (bottom > scrolledPx + viewportPx) return Math.max(0, bottom - viewportPx);
  return scrolledPx;
}
