/** The `Data Quality` sheet (SPEC §2.4, §6). */
import { OutputTable } from "./outputTable";
import { DataQualityFinding } from "../../engine/types";
import { formatCount } from "../../engine/format";
import { MAX_ROWS } from "../addresses";
import { ColumnSpec, buildTable } from "./columns";

const COLUMNS: readonly ColumnSpec<DataQualityFinding>[] = [
  { header: "Severity", format: "text", width: 9, value: (f) => f.severity },
  { header: "Sheet", format: "text", width: 16, value: (f) => f.sheet },
  { header: "Row", format: "integer", width: 7, value: (f) => f.row },
  { header: "Column", format: "text", width: 16, value: (f) => f.column },
  { header: "Value", format: "text", width: 16, value: (f) => f.value },
  { header: "Message", format: "text", width: 100, value: (f) => f.message },
];

/** Rows of findings a sheet has room for: an Excel sheet's rows less the header row. */
export const MAX_DATA_QUALITY_ROWS = MAX_ROWS - 1;

/**
 * One row per finding, errors first, then in input order. When there are more findings than the
 * sheet has rows, it lists the first ones and a last row says how many more there are and where
 * they all are (the JSON report).
 * @param findings - the analysis's findings
 * @param maxRows - rows below the header (Excel's limit; tests pass a small one)
 * @returns the table
 * @example buildDataQualityTable(result.dataQuality).rows.length // ≤ 1,048,575
 */
export function buildDataQualityTable(
  findings: readonly DataQualityFinding[],
  maxRows: number = MAX_DATA_QUALITY_ROWS
): OutputTable {
  const ordered = [
    ...findings.filter((f) => f.severity === "error"),
    ...findings.filter((f) => f.severity === "warning"),
  ];
  if (ordered.length <= maxRows) return buildTable("Data Quality", "DataQuality", COLUMNS, ordered);
  const listed = ordered.slice(0, maxRows - 1);
  const table = buildTable("Data Quality", "DataQuality", COLUMNS, listed);
  return { ...table, rows: [...table.rows, notListedRow(ordered.slice(listed.length))] };
}

/** The last row when findings do not fit: how many more, of which kind, and where to find them. */
function notListedRow(rest: readonly DataQualityFinding[]): OutputTable["rows"][number] {
  const errors = rest.filter((f) => f.severity === "error").length;
  const warnings = rest.length - errors;
  const kinds = [
    errors > 0 ? `${formatCount(errors)} ${errors === 1 ? "error" : "errors"}` : "",
    warnings > 0 ? `${formatCount(warnings)} ${warnings === 1 ? "warning" : "warnings"}` : "",
  ].filter((text) => text !== "");
  const message =
    `${formatCount(rest.length)} more ${rest.length === 1 ? "finding is" : "findings are"} not ` +
    `listed here (${kinds.join(", ")}): a sheet holds at most ${formatCount(MAX_ROWS)} rows. ` +
    "The runner's JSON report (ccg-footprint analyse --json) lists every finding.";
  return [null, null, null, null, null, message];
}
