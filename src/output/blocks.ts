/**
 * Building blocks for describing an output sheet as plain data. A sheet is a list of parts placed
 * on it (a table at any cell, a label | value block, formulas, dropdowns, conditional formats,
 * hidden columns…), merged by {@link composeSheet} into one {@link SheetContent}.
 *
 * @example A scoring-style sheet: a header block, a table of criteria with a dropdown, an outcome formula.
 * const criteria = tableBlock({ at: "A9", name: "Scoring_07L", columns, rows });
 * const content = composeSheet("Scoring 07L", [
 *   labelValueBlock("A1", [
 *     { label: "CCG code", value: "07L" },
 *     { label: "Population", value: 212_345, format: "integer" },
 *   ]),
 *   criteria,
 *   dropdown(tableColumnRange(criteria, "Status"), ["Met", "Partially met", "Not met", "Not assessed"]),
 *   labelValueBlock("A30", [
 *     { label: "Outcome", value: formula('IF(COUNTIF(E10:E40,"Not met")>0,"RED","GREEN")', "GREEN") },
 *   ]),
 *   ragHighlight("B30"),
 *   hideColumns(8),
 * ]);
 */
import type { ColumnFormat } from "./report/outputTable";
import { cellAddress, rangeAddress, rangeOf } from "./addresses";
import { formatCode, ragFormats } from "./formats";
import type {
  OutputSheetName,
  PlanCell,
  PlanChart,
  PlanConditionalFormat,
  PlanConditionalRule,
  PlanFormula,
  PlanNumberFormat,
  PlanTable,
  PlanValidation,
  PlanValue,
  SheetContent,
} from "./sheetPlan";

/** Cells placed with their top-left corner at `at`. */
export interface PlacedCells {
  readonly at: string;
  readonly rows: readonly (readonly PlanCell[])[];
}

/** Part of a sheet; every field is optional. Parts are merged in order (later cells win). */
export interface SheetPart {
  readonly cells?: readonly PlacedCells[];
  readonly numberFormats?: readonly PlanNumberFormat[];
  readonly tables?: readonly PlanTable[];
  readonly validations?: readonly PlanValidation[];
  readonly conditionalFormats?: readonly PlanConditionalFormat[];
  /** Widths in characters by 1-based column number (the widest asked for wins). */
  readonly columnWidths?: readonly { readonly column: number; readonly width: number }[];
  readonly hiddenColumns?: readonly number[];
  readonly boldRanges?: readonly string[];
  readonly charts?: readonly PlanChart[];
}

/**
 * Merges parts into the content of one output sheet.
 * @param output - the sheet's contract name (SPEC §6)
 * @param parts - what goes on it, in order
 * @param options - `frozenRows`: rows frozen at the top (default 0)
 * @returns the content, ready for `planOutputs`
 * @example composeSheet("Sensitivity", [cellBlock("A1", [["£ per head", 20, 22.5]]), table])
 */
export function composeSheet(
  output: OutputSheetName,
  parts: readonly SheetPart[],
  options: { readonly frozenRows?: number } = {}
): SheetContent {
  const cells: PlanCell[][] = [];
  const widths: (number | undefined)[] = [];
  for (const part of parts) {
    for (const placed of part.cells ?? []) {
      const { top, left } = rangeOf(placed.at);
      placed.rows.forEach((row, i) => {
        const target = (cells[top - 1 + i] ??= []);
        row.forEach((cell, j) => {
          while (target.length < left - 1 + j) target.push(null);
          target[left - 1 + j] = cell;
        });
      });
    }
    for (const { column, width } of part.columnWidths ?? []) {
      while (widths.length < column) widths.push(undefined);
      widths[column - 1] = Math.max(widths[column - 1] ?? 0, width);
    }
  }
  for (let i = 0; i < cells.length; i += 1) cells[i] ??= [];
  const all = <T>(pick: (part: SheetPart) => readonly T[] | undefined): T[] =>
    parts.flatMap((part) => pick(part) ?? []);
  return {
    output,
    cells,
    numberFormats: all((p) => p.numberFormats),
    tables: all((p) => p.tables),
    validations: all((p) => p.validations),
    conditionalFormats: all((p) => p.conditionalFormats),
    columnWidths: widths,
    hiddenColumns: [...new Set(all((p) => p.hiddenColumns))].sort((a, b) => a - b),
    frozenRows: options.frozenRows ?? 0,
    boldRanges: all((p) => p.boldRanges),
    charts: all((p) => p.charts),
  };
}

/**
 * A formula cell.
 * @param text - English A1 formula without the leading `=`
 * @param result - the value the engine expects it to show (the cached result in a file)
 * @returns the plan cell
 * @example formula("SUM(B2:B10)", 42)
 */
export function formula(text: string, result?: PlanValue): PlanFormula {
  return result === undefined ? { formula: text } : { formula: text, result };
}

/**
 * Cells placed as given, top-left at `at`.
 * @param at - top-left cell, e.g. "A1"
 * @param rows - values and formulas, row by row
 * @param numberFormat - optional format code for every cell of the block
 * @returns the part
 * @example cellBlock("A1", [["£ per head", 20, 22.5, 25]])
 */
export function cellBlock(
  at: string,
  rows: readonly (readonly PlanCell[])[],
  numberFormat?: string
): SheetPart {
  const { top, left } = rangeOf(at);
  const width = Math.max(1, ...rows.map((row) => row.length));
  const range = rangeAddress({
    top,
    left,
    bottom: top + Math.max(rows.length, 1) - 1,
    right: left + width - 1,
  });
  return {
    cells: [{ at, rows }],
    numberFormats: numberFormat === undefined ? [] : [{ range, format: numberFormat }],
  };
}

/** One row of a label | value block. */
export interface LabelValueRow {
  readonly label: string;
  readonly value: PlanCell;
  /** How the value is shown (a rating gets the RAG fills). */
  readonly format?: ColumnFormat;
}

/**
 * Label | value rows (SPEC §6.1, §6.2): the label in bold in the column of `at`, the value (or
 * formula) in the column to its right; row i is `at`'s row + i.
 * @param at - cell of the first label
 * @param rows - the rows
 * @returns the part; {@link labelValueAddress} gives a value's address for formulas
 * @example labelValueBlock("A1", [{ label: "Directions share", value: 0.25, format: "percent" }])
 */
export function labelValueBlock(at: string, rows: readonly LabelValueRow[]): SheetPart {
  const { top, left } = rangeOf(at);
  const numberFormats: PlanNumberFormat[] = [];
  const conditionalFormats: PlanConditionalFormat[] = [];
  rows.forEach((row, i) => {
    const address = cellAddress(top + i, left + 1);
    const code = formatCode(row.format);
    if (code !== undefined) numberFormats.push({ range: address, format: code });
    if (row.format === "rating") conditionalFormats.push(ragFormats(address));
  });
  const labelWidth = Math.max(0, ...rows.map((row) => row.label.length));
  return {
    cells: [{ at, rows: rows.map((row) => [row.label, row.value]) }],
    numberFormats,
    conditionalFormats,
    boldRanges:
      rows.length === 0
        ? []
        : [rangeAddress({ top, left, bottom: top + rows.length - 1, right: left })],
    columnWidths: [{ column: left, width: Math.min(60, labelWidth + 2) }],
  };
}

/**
 * The address of the value cell of row `index` of a label | value block at `at`.
 * @example labelValueAddress("A1", 2) // "B3"
 */
export function labelValueAddress(at: string, index: number): string {
  const { top, left } = rangeOf(at);
  return cellAddress(top + index, left + 1);
}

/**
 * RAG fills on cells as a part (e.g. a label | value block's rating formula).
 * @param range - the rating cells
 */
export function ragHighlight(range: string): SheetPart {
  return { conditionalFormats: [ragFormats(range)] };
}

/**
 * An in-cell dropdown: the cells must hold one of `list`.
 * @param range - the cells
 * @param list - the choices (no commas)
 * @param errorMessage - shown when something else is typed
 * @returns the part
 * @example dropdown("E10:E40", ["Met", "Partially met", "Not met", "Not assessed"])
 */
export function dropdown(range: string, list: readonly string[], errorMessage?: string): SheetPart {
  return {
    validations: [errorMessage === undefined ? { range, list } : { range, list, errorMessage }],
  };
}

/**
 * Conditional formats on a range, first rule first.
 * @param range - the cells
 * @param rules - `containsText`, `cellValue` or `expression` rules with their colours
 * @returns the part
 * @example conditionalFormat("G5:G40", [{ kind: "cellValue", operator: "lessThan", formula: "0", ...RAG_COLOURS.RED }])
 */
export function conditionalFormat(range: string, rules: readonly PlanConditionalRule[]): SheetPart {
  return { conditionalFormats: [{ range, rules }] };
}

/**
 * Hidden columns (e.g. a record of what the tool prefilled).
 * @param columns - 1-based column numbers
 */
export function hideColumns(...columns: number[]): SheetPart {
  return { hiddenColumns: columns };
}

/**
 * Column widths in characters.
 * @param widths - 1-based column number → width
 * @example widthsOf({ 1: 24, 2: 14 })
 */
export function widthsOf(widths: Readonly<Record<number, number>>): SheetPart {
  return {
    columnWidths: Object.entries(widths).map(([column, width]) => ({
      column: Number(column),
      width,
    })),
  };
}

/**
 * Cells shown in bold.
 * @param ranges - addresses
 */
export function bold(...ranges: string[]): SheetPart {
  return { boldRanges: ranges };
}

export { formatCode, ragFormats } from "./formats";
export { OUTPUT_TABLE_STYLE, tableBlock, tableColumnRange } from "./tableBlock";
export type { TableBlock, TableBlockSpec } from "./tableBlock";
