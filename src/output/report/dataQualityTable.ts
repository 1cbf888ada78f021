/** The `Data Quality` sheet (SPEC §2.4, §6). */
import { OutputTable } from "./outputTable";
import { DataQualityFinding } from "../../engine/types";
import { ColumnSpec, buildTable } from "./columns";

const COLUMNS: readonly ColumnSpec<DataQualityFinding>[] = [
  { header: "Severity", format: "text", width: 9, value: (f) => f.severity },
  { header: "Sheet", format: "text", width: 16, value: (f) => f.sheet },
  { header: "Row", format: "integer", width: 7, value: (f) => f.row },
  { header: "Column", format: "text", width: 16, value: (f) => f.column },
  { header: "Value", format: "text", width: 16, value: (f) => f.value },
  { header: "Message", format: "text", width: 100, value: (f) => f.message },
];

/** One row per finding, errors first, then in input order. */
export function buildDataQualityTable(findings: readonly DataQualityFinding[]): OutputTable {
  const ordered = [
    ...findings.filter((f) => f.severity === "error"),
    ...findings.filter((f) => f.severity === "warning"),
  ];
  return buildTable("Data Quality", "DataQuality", COLUMNS, ordered);
}
