/** The `Assumptions` sheet the product writes when the workbook has none (SPEC §2.3, §6). */
import {
  ASSUMPTION_DEFINITIONS,
  ASSUMPTION_KEYS,
  AssumptionKey,
  Assumptions,
} from "../../engine/assumptions";
import { OutputTable } from "./outputTable";
import { ColumnSpec, buildTable } from "./columns";

/**
 * Key | Value | Description with the values in force (defaults, or overrides given for this run), so the
 * user can edit it and re-run.
 */
export function buildAssumptionsTable(assumptions: Assumptions): OutputTable {
  const columns: ColumnSpec<AssumptionKey>[] = [
    { header: "Key", format: "text", width: 28, value: (key) => key },
    { header: "Value", format: "decimal2", width: 14, value: (key) => assumptions[key] },
    {
      header: "Description",
      format: "text",
      width: 90,
      value: (key) => ASSUMPTION_DEFINITIONS[key].description,
    },
  ];
  return buildTable("Assumptions", "Assumptions", columns, ASSUMPTION_KEYS);
}
