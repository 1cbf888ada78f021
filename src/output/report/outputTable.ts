/**
 * Output tables as plain data. The xlsx writer, the Excel adapter and the SUMMARY custom function
 * all render these same rows, so every surface shows the same numbers.
 */

/** How a column's values are shown. Values themselves are never rounded for display. */
export type ColumnFormat =
  | "text"
  | "integer"
  | "gbp" // £#,##0
  | "gbpPence" // £#,##0.00
  | "percent" // 0.0%
  | "decimal1" // #,##0.0
  | "decimal2" // #,##0.00
  | "rating"; // GREEN / AMBER / RED, shown with a RAG fill

/** One column of an output table. */
export interface OutputColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  /** Suggested width in characters. */
  readonly width?: number;
}

/** A value in an output cell. Strings are always written as text, never as formulas. */
export type OutputValue = string | number | boolean | null;

/** The sheets this product owns and writes (SPEC §6). */
export type OutputSheetName =
  "CCG Summary" | "Practice Detail" | "Data Quality" | "Assumptions" | "Sensitivity";

/** One output table: written as a real Excel table starting at A1 with a frozen header row. */
export interface OutputTable {
  /** The contract name of the sheet (SPEC §6). The writer may divert to another name (SPEC §7). */
  readonly sheetName: OutputSheetName;
  /** Excel table name (letters, digits, underscores). */
  readonly tableName: string;
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly (readonly OutputValue[])[];
}

/** Excel number format for each column format (the same in the package writer and Office.js). */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: "@",
  integer: "#,##0",
  gbp: "£#,##0;[Red]-£#,##0",
  gbpPence: "£#,##0.00;[Red]-£#,##0.00",
  percent: "0.0%",
  decimal1: "#,##0.0",
  decimal2: "#,##0.00",
  rating: "General",
};

/** Fill and font colours (hex RRGGBB) of the RAG conditional formats: Excel's Good / Neutral / Bad styles. */
export const RAG_COLOURS: Readonly<
  Record<"GREEN" | "AMBER" | "RED", { readonly fill: string; readonly font: string }>
> = {
  GREEN: { fill: "C6EFCE", font: "006100" },
  AMBER: { fill: "FFEB9C", font: "9C5700" },
  RED: { fill: "FFC7CE", font: "9C0006" },
};
