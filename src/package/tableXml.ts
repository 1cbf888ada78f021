/**
 * A plan's table → a table part (SpreadsheetML `table`). The header names are the header cells'
 * text, as Excel requires. Pure and browser-safe.
 */
import { rangeOf } from "../output/addresses";
import type { PlanCell, PlanTable } from "../output/sheetPlan";
import { isPlanFormula } from "../output/sheetPlan";
import { escapeXml, XML_DECLARATION } from "./xmlText";

/**
 * The text a header cell shows (a table column's name).
 * @param cell - the header cell
 * @returns its text
 */
function headerText(cell: PlanCell | undefined): string {
  if (cell === undefined || cell === null) return "";
  if (isPlanFormula(cell)) return String(cell.result ?? "");
  return String(cell);
}

/**
 * The XML of one table part.
 * @param table - the plan's table
 * @param id - a table id unique in the workbook
 * @param cells - the sheet's cells (for the header names)
 * @returns the part's XML
 */
export function tableXml(
  table: PlanTable,
  id: number,
  cells: readonly (readonly PlanCell[])[]
): string {
  const range = rangeOf(table.range);
  const columns: string[] = [];
  const seen = new Set<string>();
  for (let c = range.left; c <= range.right; c += 1) {
    let name = headerText(cells[range.top - 1]?.[c - 1]);
    // Excel needs distinct, non-empty column names; the plan's checks make this a safety net only.
    if (name === "" || seen.has(name.toLowerCase()))
      name = `${name || "Column"}${c - range.left + 1}`;
    seen.add(name.toLowerCase());
    columns.push(`<tableColumn id="${c - range.left + 1}" name="${escapeXml(name)}"/>`);
  }
  const ref = escapeXml(table.range);
  const filter = table.showFilterButton ? `<autoFilter ref="${ref}"/>` : "";
  const name = escapeXml(table.name);
  return (
    `${XML_DECLARATION}<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">${filter}` +
    `<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" ` +
    'showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
