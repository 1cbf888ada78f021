/**
 * Fixes for things ExcelJS 4.4 gets wrong when it writes back a workbook it has read, so the
 * saved file opens in Excel without a repair prompt. Browser-safe: ExcelJS types only.
 *
 * - Sheet-scoped built-in names (`_xlnm._FilterDatabase`, which Excel adds for every sheet with an
 *   autofilter, `_xlnm.Criteria`, …) lose their `localSheetId` on reading and would be written
 *   workbook-wide. Excel rebuilds them from the sheets, so they are dropped.
 * - A name whose sheet is gone (Excel writes `#REF!$A$1`) is read as a sheet called `#REF` and
 *   would be written as a reference to a missing sheet: such ranges are dropped.
 * - A table saved without filter buttons has no `<autoFilter>`; ExcelJS writes one without a
 *   range. The range is restored, with the buttons still hidden.
 */
import type { Workbook, Worksheet } from "exceljs";
import { sheetNameOfReference } from "./ownership";

/** The parts of ExcelJS's internal table model these repairs touch. */
interface TableModelParts {
  name?: string;
  tableRef?: string;
  autoFilterRef?: string;
  totalsRow?: boolean;
  headerRow?: boolean;
  columns?: { filterButton?: boolean }[];
}

/**
 * Applies all repairs. Safe to call on any workbook, any number of times.
 * @param workbook - a workbook (usually one read from a file) about to be written
 */
export function repairLoadedWorkbook(workbook: Workbook): void {
  repairDefinedNames(workbook);
  for (const worksheet of workbook.worksheets) repairTableFilters(worksheet);
}

/**
 * Drops built-in sheet-scoped names and ranges that point at sheets that do not exist.
 * @param workbook - the workbook
 */
export function repairDefinedNames(workbook: Workbook): void {
  const sheetNames = new Set(workbook.worksheets.map((sheet) => sheet.name.toLowerCase()));
  const model = workbook.definedNames.model;
  let changed = false;
  const repaired = [];
  for (const definedName of model) {
    if (definedName.name.startsWith("_xlnm.")) {
      changed = true;
      continue;
    }
    const ranges = definedName.ranges.filter((range) => {
      const sheetName = sheetNameOfReference(range);
      return sheetName !== undefined && sheetNames.has(sheetName.toLowerCase());
    });
    if (ranges.length !== definedName.ranges.length) changed = true;
    if (ranges.length > 0) repaired.push({ name: definedName.name, ranges });
  }
  if (changed) workbook.definedNames.model = repaired;
}

/**
 * Gives a table read without an `<autoFilter>` its filter range back (buttons stay hidden).
 * @param worksheet - the worksheet whose tables to repair
 */
export function repairTableFilters(worksheet: Worksheet): void {
  for (const table of tableModels(worksheet)) {
    if (table.autoFilterRef || !table.tableRef) continue;
    const [topLeft, bottomRight = topLeft] = table.tableRef.split(":");
    if (!topLeft || !bottomRight) continue;
    const bottom = /^([A-Z]+)(\d+)$/.exec(bottomRight);
    if (!bottom) continue;
    const lastFilterRow = Number(bottom[2]) - (table.totalsRow ? 1 : 0);
    table.autoFilterRef = `${topLeft}:${bottom[1]}${lastFilterRow}`;
    for (const column of table.columns ?? []) {
      if (column.filterButton === undefined) column.filterButton = false;
    }
  }
}

/**
 * The table models of a worksheet (ExcelJS keeps each as `table` on its Table object).
 * @param worksheet - the worksheet
 * @returns the models, in no particular order
 */
export function tableModels(worksheet: Worksheet): TableModelParts[] {
  const tables = worksheet.getTables() as unknown as { table?: TableModelParts }[];
  return tables.map((table) => table.table).filter((model): model is TableModelParts => model !== undefined);
}

/**
 * Names of every table in the workbook.
 * @param workbook - the workbook
 * @returns the table names as written
 */
export function tableNames(workbook: Workbook): string[] {
  const names: string[] = [];
  for (const worksheet of workbook.worksheets) {
    for (const table of tableModels(worksheet)) if (table.name) names.push(table.name);
  }
  return names;
}
