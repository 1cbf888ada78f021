/**
 * The sortable, filterable table of CCGs (issue #14): a grid that is one tab stop, whose rows the arrow
 * keys move between and Enter or Space selects; at pane width code, rating, population and headroom
 * per head with the name under the code, in a wide window every column. Only the rows in view are drawn,
 * so the running-cost slider updates England's 210 CCGs within a frame (issue #13).
 */
import {
  Caption1,
  Table,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { FocusEvent, KeyboardEvent, MouseEvent } from "react";
import type { CcgAnalysis } from "../../engine/analysis";
import type { CcgColumnId, CcgSort } from "../state/ccgTable";
import { ROW_HEIGHTS_PX, tableLayout } from "../state/ccgTableLayout";
import { isRowKey, rowAfterKey, rowWindow, rowsToDraw, scrollToShowRow } from "../state/rowWindow";
import { CcgTableRow, RowClasses } from "./CcgTableRow";
import { useRatingBadgeClasses } from "./RatingBadge";
import { useScrollerViewport } from "./useScrollerViewport";

/** Height of the scroller (the sticky header and the rows in view). */
const SCROLLER_MAX_HEIGHT_PX = 340;
/** The scroll position is rounded down to this before the rows to draw are worked out (less than the overscan). */
const SCROLL_STEP_PX = 3 * ROW_HEIGHTS_PX.full;
const roundScroll = (scrollTopPx: number) =>
  Math.floor(scrollTopPx / SCROLL_STEP_PX) * SCROLL_STEP_PX;

const useStyles = makeStyles({
  scroller: {
    maxHeight: `${SCROLLER_MAX_HEIGHT_PX}px`,
    overflowY: "auto",
    overflowX: "hidden",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Fixed layout with set column widths: the slider changes figures in every row, and an automatic
  // layout would measure the rows again on each step.
  table: { width: "100%", tableLayout: "fixed" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3 },
  headerCell: {
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 4px",
    lineHeight: tokens.lineHeightBase200,
    verticalAlign: "bottom",
  },
  numeric: { textAlign: "right", justifyContent: "flex-end", fontVariantNumeric: "tabular-nums" },
  bodyRow: {
    cursor: "pointer",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  bodyCell: {
    padding: "0 4px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    verticalAlign: "middle",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  compact: { height: `${ROW_HEIGHTS_PX.compact}px` },
  full: { height: `${ROW_HEIGHTS_PX.full}px` },
  selected: {
    backgroundColor: tokens.colorBrandBackground2Hover,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandBackground}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Pressed },
  },
  code: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
  },
  name: { display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  compactName: { color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase200 },
  notCcg: {
    display: "inline-block",
    marginRight: "4px",
    padding: "0 4px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground1,
  },
  setAside: { fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightSemibold },
  // The rating badges, a little narrower than elsewhere so that the pane-width columns fit.
  badge: { minWidth: "40px", padding: "1px 4px" },
  spacer: { padding: 0, border: "none" },
  empty: { padding: "12px", display: "block" },
});

/** Rows drawn at most; a filter finds the others (a table of thousands of rows would slow the pane). */
export const MAX_TABLE_ROWS = 500;

/** Props of {@link CcgTable}. */
export interface CcgTableProps {
  /** The CCGs to show, already filtered and sorted. */
  readonly ccgs: readonly CcgAnalysis[];
  readonly total: number;
  readonly sort: CcgSort;
  readonly selectedCcg: string | null;
  readonly onSort: (column: CcgColumnId) => void;
  readonly onSelect: (code: string) => void;
}

/** The row element of a CCG code, if drawn. */
function rowElement(body: HTMLElement | null, code: string): HTMLElement | null {
  const rows = body?.querySelectorAll<HTMLElement>("tr[data-code]") ?? [];
  return [...rows].find((row) => row.getAttribute("data-code") === code) ?? null;
}

/** The code of the row an event happened in, if any. */
function codeOfEvent(event: { target: EventTarget }): string | null {
  const row = (event.target as HTMLElement).closest?.("tr[data-code]");
  return row?.getAttribute("data-code") ?? null;
}

/**
 * The table (`data-testid="ccg-table"`, role grid, rows `data-testid="ccg-row-<code>"`). Tab reaches
 * one row (the selected one, or the last one focused); Up, Down, Home, End, Page Up and Page Down move
 * between rows; Up from the first row reaches the column headers, where Left and Right move and Enter
 * sorts, and Down comes back.
 */
export function CcgTable({
  ccgs,
  total,
  sort,
  selectedCcg,
  onSort,
  onSelect,
}: CcgTableProps): JSX.Element {
  const styles = useStyles();
  const shown = ccgs.length > MAX_TABLE_ROWS ? ccgs.slice(0, MAX_TABLE_ROWS) : ccgs;
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLTableSectionElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);

  const { viewport, onScroll } = useScrollerViewport(scroller, roundScroll);
  const layout = tableLayout(viewport.widthPx);
  /** Height in which body rows show, below the sticky header (0 while not known). */
  const rowsViewportPx =
    viewport.heightPx === 0 ? 0 : Math.max(layout.rowHeightPx, viewport.heightPx - viewport.headPx);

  // The roving tab stop: the row last focused, else the selected CCG, else the first row.
  const [focusCode, setFocusCode] = useState<string | null>(null);
  const indexOf = (code: string | null) =>
    code === null ? -1 : shown.findIndex((ccg) => ccg.code === code);
  let tabStopIndex = indexOf(focusCode);
  if (tabStopIndex < 0) tabStopIndex = indexOf(selectedCcg);
  if (tabStopIndex < 0 && shown.length > 0) tabStopIndex = 0;
  const tabStopCode = tabStopIndex < 0 ? null : shown[tabStopIndex]!.code;
  const focusRequest = useRef<string | null>(null);

  const inView = rowWindow({
    scrolledPx: viewport.scrollTopPx,
    viewportPx: rowsViewportPx,
    rowHeightPx: layout.rowHeightPx,
    rowCount: shown.length,
  });
  const drawn = rowsToDraw(inView, tabStopIndex < 0 ? null : tabStopIndex);

  const badges = useRatingBadgeClasses();
  const classes = useMemo<RowClasses>(
    () => ({
      row: mergeClasses(styles.bodyRow, styles[layout.kind]),
      selectedRow: mergeClasses(styles.bodyRow, styles[layout.kind], styles.selected),
      cells: layout.columns.map((column) =>
        mergeClasses(styles.bodyCell, column.numeric && styles.numeric)
      ),
      code: styles.code,
      name: mergeClasses(styles.name, layout.kind === "compact" && styles.compactName),
      notCcg: styles.notCcg,
      setAside: styles.setAside,
      badges: {
        RED: mergeClasses(badges.RED, styles.badge),
        AMBER: mergeClasses(badges.AMBER, styles.badge),
        GREEN: mergeClasses(badges.GREEN, styles.badge),
        none: mergeClasses(badges.none, styles.badge),
      },
    }),
    [styles, badges, layout]
  );

  /** Scrolls the scroller (not the page) so that a row is in view. */
  const showRow = (index: number) => {
    const box = scroller.current;
    if (box === null || viewport.heightPx === 0) return;
    box.scrollTop = scrollToShowRow(box.scrollTop, rowsViewportPx, layout.rowHeightPx, index);
  };

  // A CCG selected elsewhere (the map) becomes the tab stop and is scrolled into view.
  useEffect(() => {
    if (selectedCcg === null) return;
    setFocusCode(selectedCcg);
    const index = shown.findIndex((ccg) => ccg.code === selectedCcg);
    if (index >= 0) showRow(index);
    // Only a change of selection moves the view, not each slider step.
  }, [selectedCcg]);

  // Focus follows the arrow keys once the row is drawn.
  useLayoutEffect(() => {
    const code = focusRequest.current;
    if (code === null) return;
    focusRequest.current = null;
    rowElement(body.current, code)?.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const code = shown[index]?.code;
    if (code === undefined) return;
    showRow(index);
    focusRequest.current = code;
    setFocusCode(code);
    // Drawn already: focus now (the state may not change when the row is the tab stop).
    rowElement(body.current, code)?.focus({ preventScroll: true });
  };

  const headerButtons = () => [
    ...(header.current?.querySelectorAll<HTMLElement>('th button, th [role="button"]') ?? []),
  ];

  const onBodyKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const code = codeOfEvent(event);
    if (code === null) return;
    const index = indexOf(code);
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(code);
      return;
    }
    if (!isRowKey(event.key)) return;
    event.preventDefault();
    if (event.key === "ArrowUp" && index === 0) {
      headerButtons()[0]?.focus();
      return;
    }
    // A page is the rows in view less one (kept for context); 10 where the height is not known.
    const pageRows =
      rowsViewportPx === 0 ? 10 : Math.floor(rowsViewportPx / layout.rowHeightPx) - 1;
    moveTo(rowAfterKey(event.key, index, shown.length, pageRows));
  };

  const onHeaderKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const buttons = headerButtons();
    const at = buttons.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const to =
      event.key === "ArrowLeft"
        ? at - 1
        : event.key === "ArrowRight"
          ? at + 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? buttons.length - 1
              : null;
    if (to !== null) {
      event.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
    } else if (event.key === "ArrowDown" && tabStopIndex >= 0) {
      event.preventDefault();
      moveTo(tabStopIndex);
    }
  };

  const onBodyClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const code = codeOfEvent(event);
    if (code === null) return;
    setFocusCode(code);
    onSelect(code);
  };

  const onBodyFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const code = codeOfEvent(event);
    if (code !== null && code !== tabStopCode) setFocusCode(code);
  };

  const rows: JSX.Element[] = [];
  let next = 0;
  const spacer = (from: number, to: number) => (
    <tr key={`gap-${from}`} aria-hidden="true">
      <td
        className={styles.spacer}
        colSpan={layout.columns.length}
        style={{ height: `${(to - from) * layout.rowHeightPx}px` }}
      />
    </tr>
  );
  for (const index of drawn) {
    if (index > next) rows.push(spacer(next, index));
    const ccg = shown[index]!;
    rows.push(
      <CcgTableRow
        key={ccg.code}
        ccg={ccg}
        index={index}
        layout={layout}
        selected={ccg.code === selectedCcg}
        tabStop={index === tabStopIndex}
        classes={classes}
      />
    );
    next = index + 1;
  }
  if (next < shown.length) rows.push(spacer(next, shown.length));

  return (
    <div>
      <div className={styles.scroller} ref={scroller} onScroll={onScroll}>
        <Table
          size="extra-small"
          sortable
          role="grid"
          aria-rowcount={shown.length + 1}
          className={styles.table}
          aria-label="CCGs"
          data-testid="ccg-table"
          data-layout={layout.kind}
        >
          <colgroup>
            {layout.columns.map((column) => {
              const width = layout.widthsPx[column.id];
              return (
                <col key={column.id} style={width === undefined ? {} : { width: `${width}px` }} />
              );
            })}
          </colgroup>
          <TableHeader className={styles.head} ref={header} onKeyDown={onHeaderKeyDown}>
            <TableRow aria-rowindex={1}>
              {layout.columns.map((column, columnIndex) => (
                <TableHeaderCell
                  key={column.id}
                  className={mergeClasses(styles.headerCell, column.numeric && styles.numeric)}
                  sortDirection={sort.column === column.id ? sort.direction : undefined}
                  onClick={() => onSort(column.id)}
                  data-testid={`sort-${column.id}`}
                  button={{ tabIndex: tabStopIndex < 0 && columnIndex === 0 ? 0 : -1 }}
                >
                  {layout.kind === "compact" && column.id === "code" ? "CCG" : column.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <tbody ref={body} onKeyDown={onBodyKeyDown} onClick={onBodyClick} onFocus={onBodyFocus}>
            {rows}
          </tbody>
        </Table>
        {ccgs.length === 0 && (
          <Caption1 className={styles.empty}>No CCG matches the filter.</Caption1>
        )}
      </div>
      <Caption1 data-testid="ccg-count">
        {shown.length < ccgs.length
          ? `Showing the first ${shown.length.toLocaleString("en-GB")} of ${ccgs.length.toLocaleString("en-GB")} matching CCGs (${total.toLocaleString("en-GB")} in all): find a CCG to narrow the list. `
          : `Showing ${ccgs.length.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} CCGs. `}
        Select a row to see its reasons; in the table, the arrow keys move between rows.
      </Caption1>
    </div>
  );
}
