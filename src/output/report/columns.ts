/** Declaring output tables as columns with a value function each. */
import {
  ColumnFormat,
  OutputColumn,
  OutputSheetName,
  OutputTable,
  OutputValue,
} from "./outputTable";

/** A column of an output table and how to compute its value from a row item. */
export interface ColumnSpec<T> {
  readonly header: string;
  readonly format: ColumnFormat;
  readonly width?: number;
  readonly value: (item: T) => OutputValue;
}

/**
 * Build an output table from column specs and items.
 * @example buildTable("Data Quality", "DataQuality", columns, findings)
 */
export function buildTable<T>(
  sheetName: OutputSheetName,
  tableName: string,
  columns: readonly ColumnSpec<T>[],
  items: readonly T[]
): OutputTable {
  const outputColumns: OutputColumn[] = columns.map(({ header, format, width }) =>
    width === undefined ? { header, format } : { header, format, width }
  );
  const rows = items.map((item) => columns.map((column) => column.value(item)));
  return { sheetName, tableName, columns: outputColumns, rows };
}

/** Y or N for a boolean, blank for null. */
export function yesNo(value: boolean | null): OutputValue {
  return value === null ? null : value ? "Y" : "N";
}
