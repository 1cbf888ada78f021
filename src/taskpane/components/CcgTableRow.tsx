/** One row of the CCG table, in plain table elements (drawn for every row in view on each slider step). */
import { memo } from "react";
import type { CcgAnalysis } from "../../engine/analysis";
import { CCG_KIND } from "../../engine/organisationKind";
import type { Rating } from "../../engine/types";
import type { CcgTableLayout } from "../state/ccgTableLayout";
import { ratingBadgeText } from "./RatingBadge";

/** Class names of a body row and its parts, worked out once per table. */
export interface RowClasses {
  readonly row: string;
  readonly selectedRow: string;
  /** Per column of the layout, in its order. */
  readonly cells: readonly string[];
  readonly code: string;
  /** The name under the code (compact layout) or in its own column (full layout). */
  readonly name: string;
  /** The "Not a CCG" mark before the name of a rated code that is not a CCG. */
  readonly notCcg: string;
  /** "Not a CCG" in the rating column of a code set aside. */
  readonly setAside: string;
  readonly badges: Record<Rating | "none", string>;
}

/** Props of {@link CcgTableRow}. */
export interface CcgTableRowProps {
  readonly ccg: CcgAnalysis;
  /** Position among the table's rows (0 for the first body row). */
  readonly index: number;
  readonly layout: CcgTableLayout;
  readonly selected: boolean;
  /** The row that Tab reaches (the one tab stop of the table). */
  readonly tabStop: boolean;
  readonly classes: RowClasses;
}

/** A rated code that is not a CCG (`include_non_ccg` 1): a mark in words, not colour alone. */
function NotCcgMark({ ccg, className }: { ccg: CcgAnalysis; className: string }): JSX.Element {
  return (
    <span
      className={className}
      data-testid={`not-ccg-${ccg.code}`}
      title={`${ccg.code} is not a CCG: ${ccg.kind.toLowerCase()}`}
    >
      Not a CCG
    </span>
  );
}

/** The name, after the "Not a CCG" mark for a rated code of another kind of organisation. */
function NameText({ ccg, classes }: { ccg: CcgAnalysis; classes: RowClasses }): JSX.Element {
  return (
    <span className={classes.name} title={ccg.name ?? undefined}>
      {ccg.rated && ccg.kind !== CCG_KIND && <NotCcgMark ccg={ccg} className={classes.notCcg} />}
      {ccg.name ?? "–"}
    </span>
  );
}

/**
 * A CCG's row (`data-testid="ccg-row-<code>"`); selecting it (click, Enter, Space) is handled by the
 * table, which finds the row by `data-code`.
 */
export const CcgTableRow = memo(function CcgTableRow({
  ccg,
  index,
  layout,
  selected,
  tabStop,
  classes,
}: CcgTableRowProps): JSX.Element {
  return (
    <tr
      className={selected ? classes.selectedRow : classes.row}
      aria-selected={selected}
      aria-rowindex={index + 2}
      tabIndex={tabStop ? 0 : -1}
      data-code={ccg.code}
      data-row-index={index}
      data-testid={`ccg-row-${ccg.code}`}
    >
      {layout.columns.map((column, columnIndex) => (
        <td key={column.id} className={classes.cells[columnIndex]}>
          {column.id === "code" ? (
            <>
              <span className={classes.code}>{ccg.code}</span>
              {layout.kind === "compact" && <NameText ccg={ccg} classes={classes} />}
            </>
          ) : column.id === "name" ? (
            <NameText ccg={ccg} classes={classes} />
          ) : column.id === "rating" ? (
            ccg.rated ? (
              <span className={classes.badges[ccg.rating]}>{ratingBadgeText(ccg.rating)}</span>
            ) : (
              <span
                className={classes.setAside}
                data-testid={`set-aside-${ccg.code}`}
                title={`Set aside, not rated: ${ccg.code} is not a CCG (${ccg.kind.toLowerCase()})`}
              >
                Not a CCG
              </span>
            )
          ) : column.id === "finance" && ccg.components.finance.rating !== null ? (
            <span className={classes.badges[ccg.components.finance.rating]}>
              {ratingBadgeText(ccg.components.finance.rating)}
            </span>
          ) : (
            column.display(ccg)
          )}
        </td>
      ))}
    </tr>
  );
});
