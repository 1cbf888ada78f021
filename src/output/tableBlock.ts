/**
 * A real Excel table placed at any cell of a sheet: header row, rows, number formats per column,
 * widths, filter buttons, table style and RAG fills on rating columns.
 */
import { columnLetters } from "../engine/cells";
import type { ColumnFormat, OutputColumn } from "./report/outputTable";
import { rangeAddress, rangeOf } from "./addresses";
import type { SheetPart } from "./blocks";
import { columnWidthFor } from "./columnWidths";
import { formatCode, ragFormats } from "./formats";
import type { PlanCell, PlanConditionalFormat, PlanNumberFormat } from "./sheetPlan";

/** The table style of every output table (Excel's default blue, banded rows). */
export const OUTPUT_TABLE_STYLE = "TableStyleMedium2";

/** What {@link tableBlock} needs. */
export interface TableBlockSpec {
  /** Top-left cell of the header row (default "A1"). */
  readonly at?: string;
  /** Wanted Excel table name (made valid and unique when planned). */
  readonly name: string;
  readonly columns: readonly OutputColumn[];
  /** Values and formulas, row by row (a row longer than the columns is refused when planned). */
  readonly rows: readonly (readonly PlanCell[])[];
  /** Excel table style (default {@link OUTPUT_TABLE_STYLE}). */
  readonly style?: string;
  /** Filter buttons on the header row (default true). */
  readonly filterButtons?: boolean;
}

/** A table block: the part, and where its columns are. */
export interface TableBlock extends SheetPart {
  readonly spec: TableBlockSpec;
}

/**
 * A real Excel table: header row, rows (one blank row when there are none, as Excel needs one),
 * number formats per column, widths (the column's, or one that fits header and values), filter
 * buttons, table style, RAG fills on `rating` columns.
 * @param spec - position, name, columns and rows
 * @returns the part (use {@link tableColumnRange} to address a column's data cells)
 * @example tableBlock({ at: "A4", name: "Sensitivity", columns, rows })
 */
export function tableBlock(spec: TableBlockSpec): TableBlock {
  const at = spec.at ?? "A1";
  const { top, left } = rangeOf(at);
  const { columns } = spec;
  const rows: readonly (readonly PlanCell[])[] =
    spec.rows.length > 0 ? spec.rows : [columns.map(() => null)];
  const bottom = top + rows.length;
  const numberFormats: PlanNumberFormat[] = [];
  const conditionalFormats: PlanConditionalFormat[] = [];
  const columnWidths = columns.map((column, j) => {
    const body = columnBody(top, bottom, left + j);
    const code = formatCode(column.format);
    if (code !== undefined) numberFormats.push({ range: body, format: code });
    if (column.format === "rating") conditionalFormats.push(ragFormats(body));
    return {
      column: left + j,
      width: column.width ?? columnWidthFor(column.header, shownValues(rows, j, column.format)),
    };
  });
  return {
    spec,
    cells: [{ at, rows: [columns.map((column) => column.header), ...rows] }],
    numberFormats,
    conditionalFormats,
    columnWidths,
    tables: [
      {
        name: spec.name,
        range: rangeAddress({ top, left, bottom, right: left + Math.max(columns.length, 1) - 1 }),
        style: spec.style ?? OUTPUT_TABLE_STYLE,
        showFilterButton: spec.filterButtons ?? true,
      },
    ],
  };
}

/**
 * The data cells of one column of a table block, e.g. `E10:E40`.
 * @param block - the table block
 * @param header - the column's header
 * @returns the address
 * @throws Error when the table has no such column
 */
export function tableColumnRange(block: TableBlock, header: string): string {
  const index = block.spec.columns.findIndex((column) => column.header === header);
  if (index < 0) throw new Error(`Table '${block.spec.name}' has no column '${header}'`);
  const { top, left } = rangeOf(block.spec.at ?? "A1");
  return columnBody(top, top + Math.max(block.spec.rows.length, 1), left + index);
}

function columnBody(headerRow: number, lastRow: number, column: number): string {
  const letters = columnLetters(column);
  return `${letters}${headerRow + 1}:${letters}${lastRow}`;
}

/** Column `j`'s values as shown (percentages as their text, formulas as their result). */
function* shownValues(
  rows: readonly (readonly PlanCell[])[],
  j: number,
  format: ColumnFormat
): Generator<unknown> {
  for (const row of rows) {
    const cell = row[j];
    const value = typeof cell === "object" && cell !== null ? cell.result : cell;
    yield format === "percent" && typeof value === "number"
      ? `${(value * 100).toFixed(1)}%`
      : value;
  }
}
