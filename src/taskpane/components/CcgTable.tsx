/** The sortable, filterable table of CCGs; a row's code selects it (keyboard and mouse). */
import {
  Caption1,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { memo, useEffect, useMemo, useRef } from "react";
import type { MutableRefObject } from "react";
import type { CcgAnalysis } from "../../engine/analysis";
import { CCG_COLUMNS, CcgColumnId, CcgSort } from "../state/ccgTable";
import { ratingBadgeText, useRatingBadgeClasses } from "./RatingBadge";
import type { Rating } from "../../engine/types";

/** Width of each column in pixels (fixed table layout). */
const COLUMN_WIDTHS_PX: Readonly<Record<CcgColumnId, number>> = {
  code: 64,
  name: 190,
  rating: 76,
  finance: 76,
  population: 92,
  headroom: 104,
  headroomPerHead: 92,
  practices: 76,
  detachedShare: 80,
  standardDistanceKm: 72,
};
const TABLE_WIDTH_PX = CCG_COLUMNS.reduce((sum, column) => sum + COLUMN_WIDTHS_PX[column.id], 0);

const useStyles = makeStyles({
  scroller: {
    maxHeight: "340px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Fixed layout with set column widths: the running-cost slider changes figures in every row, and an
  // automatic layout measured all 210 rows again on each step (about 10 ms of layout in Chromium).
  table: { width: `${TABLE_WIDTH_PX}px`, tableLayout: "fixed" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3 },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  numeric: { textAlign: "right", justifyContent: "flex-end", fontVariantNumeric: "tabular-nums" },
  row: { cursor: "pointer" },
  bodyRow: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  bodyCell: {
    padding: "0 8px",
    height: "24px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    verticalAlign: "middle",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  cell: { whiteSpace: "nowrap" },
  selected: {
    backgroundColor: tokens.colorBrandBackground2Hover,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandBackground}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Pressed },
  },
  name: {
    display: "block",
    maxWidth: "180px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  codeButton: {
    border: "none",
    background: "none",
    padding: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    cursor: "pointer",
    textDecorationLine: "underline",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  empty: { padding: "12px", display: "block" },
});

/** Rows drawn at most; a filter finds the others (a table of thousands of rows would slow the pane). */
export const MAX_TABLE_ROWS = 500;

/** Class names of a body row and its cells. */
interface RowClasses {
  readonly row: string;
  readonly selectedRow: string;
  readonly cells: readonly string[];
  readonly codeButton: string;
  readonly name: string;
  readonly badges: Record<Rating | "none", string>;
}

/** Props of {@link CcgRow}. */
interface CcgRowProps {
  readonly ccg: CcgAnalysis;
  readonly selected: boolean;
  /** Class names worked out once per table (merging classes per cell is what a row costs most). */
  readonly classes: RowClasses;
  readonly rowRef: MutableRefObject<HTMLTableRowElement | null> | undefined;
  readonly onSelect: (code: string) => void;
}

/**
 * One CCG's row, in plain table elements: the running-cost what-if redraws every row on each slider
 * step, and Fluent's TableRow and TableCell cost several times as much per cell (issue #13: at most
 * 16 ms per step for England's 210 CCGs).
 */
const CcgRow = memo(function CcgRow({
  ccg,
  selected,
  classes,
  rowRef,
  onSelect,
}: CcgRowProps): JSX.Element {
  return (
    <tr
      ref={rowRef}
      className={selected ? classes.selectedRow : classes.row}
      aria-selected={selected}
      data-testid={`ccg-row-${ccg.code}`}
      onClick={() => onSelect(ccg.code)}
    >
      {CCG_COLUMNS.map((column, index) => (
        <td key={column.id} className={classes.cells[index]}>
          {column.id === "code" ? (
            <button
              type="button"
              className={classes.codeButton}
              aria-label={`Show ${ccg.code}${ccg.name === null ? "" : ` ${ccg.name}`}`}
              aria-pressed={selected}
              onClick={(event) => {
                event.stopPropagation();
                onSelect(ccg.code);
              }}
            >
              {ccg.code}
            </button>
          ) : column.id === "rating" ? (
            ccg.rated && ccg.rating !== null ? (
              <span className={classes.badges[ccg.rating]}>{ratingBadgeText(ccg.rating)}</span>
            ) : (
              <span data-testid={`set-aside-${ccg.code}`}>{column.display(ccg)}</span>
            )
          ) : column.id === "finance" && ccg.components.finance.rating !== null ? (
            <span className={classes.badges[ccg.components.finance.rating]}>
              {ratingBadgeText(ccg.components.finance.rating)}
            </span>
          ) : column.id === "name" ? (
            <span className={classes.name} title={ccg.name ?? undefined}>
              {column.display(ccg)}
            </span>
          ) : (
            column.display(ccg)
          )}
        </td>
      ))}
    </tr>
  );
});

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

/** The table (`data-testid="ccg-table"`, rows `data-testid="ccg-row-<code>"`). */
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
  const selectedRow = useRef<HTMLTableRowElement | null>(null);
  const badges = useRatingBadgeClasses();
  const classes = useMemo<RowClasses>(
    () => ({
      row: mergeClasses(styles.bodyRow, styles.row),
      selectedRow: mergeClasses(styles.bodyRow, styles.row, styles.selected),
      cells: CCG_COLUMNS.map((column) =>
        mergeClasses(styles.bodyCell, styles.cell, column.numeric && styles.numeric)
      ),
      codeButton: styles.codeButton,
      name: styles.name,
      badges,
    }),
    [styles, badges]
  );
  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: "nearest" });
  }, [selectedCcg]);
  return (
    <div>
      <div className={styles.scroller}>
        <Table
          size="extra-small"
          sortable
          className={styles.table}
          aria-label="CCGs"
          data-testid="ccg-table"
        >
          <colgroup>
            {CCG_COLUMNS.map((column) => (
              <col key={column.id} style={{ width: `${COLUMN_WIDTHS_PX[column.id]}px` }} />
            ))}
          </colgroup>
          <TableHeader className={styles.head}>
            <TableRow>
              {CCG_COLUMNS.map((column) => (
                <TableHeaderCell
                  key={column.id}
                  className={mergeClasses(styles.headerCell, column.numeric && styles.numeric)}
                  sortDirection={sort.column === column.id ? sort.direction : undefined}
                  onClick={() => onSort(column.id)}
                  data-testid={`sort-${column.id}`}
                >
                  {column.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((ccg) => (
              <CcgRow
                key={ccg.code}
                ccg={ccg}
                selected={ccg.code === selectedCcg}
                classes={classes}
                rowRef={ccg.code === selectedCcg ? selectedRow : undefined}
                onSelect={onSelect}
              />
            ))}
          </TableBody>
        </Table>
        {ccgs.length === 0 && (
          <Caption1 className={styles.empty}>No CCG matches the filter.</Caption1>
        )}
      </div>
      <Caption1 data-testid="ccg-count">
        {shown.length < ccgs.length
          ? `Showing the first ${shown.length.toLocaleString("en-GB")} of ${ccgs.length.toLocaleString("en-GB")} matching CCGs (${total.toLocaleString("en-GB")} in all): find a CCG to narrow the list. `
          : `Showing ${ccgs.length.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} CCGs. `}
        Select a code to see its reasons.
      </Caption1>
    </div>
  );
}
