/** The sortable, filterable table of CCGs; a row's code selects it (keyboard and mouse). */
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { CcgAnalysis } from "../../engine/analysis";
import { CCG_COLUMNS, CcgColumnId, CcgSort } from "../state/ccgTable";
import { RatingBadge } from "./RatingBadge";

const useStyles = makeStyles({
  scroller: {
    maxHeight: "340px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { minWidth: "560px", tableLayout: "auto" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3 },
  headerCell: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  numeric: { textAlign: "right", justifyContent: "flex-end", fontVariantNumeric: "tabular-nums" },
  row: { cursor: "pointer" },
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
            {shown.map((ccg) => {
              const selected = ccg.code === selectedCcg;
              return (
                <TableRow
                  key={ccg.code}
                  ref={selected ? selectedRow : undefined}
                  className={mergeClasses(styles.row, selected && styles.selected)}
                  aria-selected={selected}
                  data-testid={`ccg-row-${ccg.code}`}
                  onClick={() => onSelect(ccg.code)}
                >
                  {CCG_COLUMNS.map((column) => (
                    <TableCell
                      key={column.id}
                      className={mergeClasses(styles.cell, column.numeric && styles.numeric)}
                    >
                      {column.id === "code" ? (
                        <button
                          type="button"
                          className={styles.codeButton}
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
                        ccg.rated ? (
                          <RatingBadge rating={ccg.rating} />
                        ) : (
                          <span data-testid={`set-aside-${ccg.code}`}>{column.display(ccg)}</span>
                        )
                      ) : column.id === "name" ? (
                        <span className={styles.name} title={ccg.name ?? undefined}>
                          {column.display(ccg)}
                        </span>
                      ) : (
                        column.display(ccg)
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
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
