/**
 * The sheet plan: what every output sheet holds, decided once as plain data (STYLE 13: one plan,
 * several renderers). The package writer (runner, preview) and the Office.js writer (the add-in)
 * only translate a plan; neither decides a sheet name, an ownership rule, a notice, a table name,
 * a number format or a conditional format of its own.
 *
 * Addresses are A1 strings on the sheet itself (`"B2:B200"`, `"D7"`), with no sheet name.
 * Formulas are English, A1 style, comma-separated, without the leading `=` (as OOXML stores
 * them); they use only functions Excel 2010+ and LibreOffice both calculate.
 */

/** The sheets this product owns and writes (SPEC §6). */
export type OutputSheetName =
  | "CCG Summary"
  | "Practice Detail"
  | "Data Quality"
  | "Assumptions"
  | "Sensitivity"
  | "Domain Summary"
  | "Scenario Comparison"
  | `Scoring ${string}`;

/** A plain cell value. A string is always written as text, never as a formula (SPEC §7). */
export type PlanValue = string | number | boolean | null;

/** A formula cell. */
export interface PlanFormula {
  /** English A1 formula without the leading `=`, e.g. `COUNTIF(E12:E40,"Not met")`. */
  readonly formula: string;
  /** The value the engine expects it to show (written as the cached result where a format has one). */
  readonly result?: PlanValue;
}

/** What one cell of a plan holds. */
export type PlanCell = PlanValue | PlanFormula;

/** True when a plan cell is a formula. */
export function isPlanFormula(cell: PlanCell | undefined): cell is PlanFormula {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** An Excel number format over a range (codes from `NUMBER_FORMATS`, or any Excel format code). */
export interface PlanNumberFormat {
  readonly range: string;
  readonly format: string;
}

/** A real Excel table over a range whose first row holds the headers (text cells of the plan). */
export interface PlanTable {
  /**
   * In a content, the name wanted (e.g. `Scoring 07L`); in a planned sheet, the final Excel table
   * name, made valid and unique in the workbook by `planOutputs`.
   */
  readonly name: string;
  /** e.g. `"A1:AB214"`: header row first, at least one data row. */
  readonly range: string;
  /** Excel table style, e.g. `"TableStyleMedium2"`. */
  readonly style: string;
  /** Filter buttons on the header row. */
  readonly showFilterButton: boolean;
}

/** An in-cell dropdown: the cell must hold one of `list` (data validation of type list). */
export interface PlanValidation {
  readonly range: string;
  readonly list: readonly string[];
  /** Shown when a value outside the list is typed. */
  readonly errorMessage?: string;
}

/** Fill and font colours, hex `RRGGBB`. */
export interface PlanColours {
  readonly fill: string;
  readonly font: string;
}

/** One conditional-format rule. */
export type PlanConditionalRule =
  /** The cell's text contains `text` (case-insensitive), e.g. the RAG fills. */
  | ({ readonly kind: "containsText"; readonly text: string } & PlanColours)
  /** The cell's value compared with a formula (a number, or a reference such as `$B$4*E12`). */
  | ({
      readonly kind: "cellValue";
      readonly operator:
        "lessThan" | "greaterThan" | "equal" | "lessThanOrEqual" | "greaterThanOrEqual";
      readonly formula: string;
    } & PlanColours)
  /** A formula, relative to the range's top-left cell, that is true where the format applies. */
  | ({ readonly kind: "expression"; readonly formula: string } & PlanColours);

/** Conditional formats on one range, in priority order (first wins). */
export interface PlanConditionalFormat {
  readonly range: string;
  readonly rules: readonly PlanConditionalRule[];
}

/** A clustered column chart. */
export interface PlanChart {
  /** The chart's name in the workbook. */
  readonly name: string;
  readonly title: string;
  /** Category labels, e.g. the CCG codes. */
  readonly categories: string;
  readonly series: readonly {
    readonly name: string;
    readonly values: string;
    /** Colour of each point (hex `RRGGBB`), by index; absent points keep the series colour. */
    readonly pointColours?: readonly (string | null)[];
  }[];
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

/** What one output sheet holds, before its sheet name is decided. */
export interface SheetContent {
  /** The contract name (SPEC §6); the plan may divert it to another name (SPEC §7). */
  readonly output: OutputSheetName;
  /** Cells from A1, row by row; rows may be ragged (missing cells are blank). */
  readonly cells: readonly (readonly PlanCell[])[];
  readonly numberFormats: readonly PlanNumberFormat[];
  readonly tables: readonly PlanTable[];
  readonly validations: readonly PlanValidation[];
  readonly conditionalFormats: readonly PlanConditionalFormat[];
  /** Width of each column in characters, from column A; undefined keeps Excel's default. */
  readonly columnWidths: readonly (number | undefined)[];
  /** 1-based numbers of columns to hide (e.g. a record of what the tool prefilled). */
  readonly hiddenColumns: readonly number[];
  /** Rows frozen at the top (0 for none). */
  readonly frozenRows: number;
  /** Ranges shown in bold (labels of label | value blocks). */
  readonly boldRanges: readonly string[];
  readonly charts: readonly PlanChart[];
}

/** One output sheet with its place in the workbook decided. */
export interface SheetPlan extends SheetContent {
  /** The sheet to write: the contract name, our own sheet wherever the user renamed it, or a diversion. */
  readonly sheetName: string;
  /** True when the sheet is ours already and is replaced in place; false when it is added. */
  readonly replace: boolean;
  /** Workbook-scoped defined name recording our ownership of the sheet (`ownershipName`). */
  readonly ownershipName: string;
}

/** Everything a writer does for one write. */
export interface OutputPlan {
  /** In the order their new sheets are added. */
  readonly sheets: readonly SheetPlan[];
  /** Plain-words messages for the user (an output diverted around a user's sheet…). */
  readonly notices: readonly string[];
}

/** What a writer reads from the workbook before planning (from the package, or Office.js in one sync). */
export interface WorkbookInventory {
  /** Sheet names in tab order. */
  readonly sheetNames: readonly string[];
  /** Workbook-scoped defined names and what they refer to, e.g. `'CCG Summary'!$A$1`. */
  readonly definedNames: readonly { readonly name: string; readonly reference: string }[];
  /** Every Excel table and the sheet it is on. */
  readonly tables: readonly { readonly name: string; readonly sheetName: string }[];
}
