/**
 * Fixes for things ExcelJS 4.4 gets wrong when it writes back a workbook it has read, so the
 * saved file opens in Excel without a repair prompt. Browser-safe: ExcelJS types only.
 *
 * - Sheet-scoped built-in names (`_xlnm._FilterDatabase`, which Excel adds for every sheet with an
 *   autofilter, `_xlnm.Criteria`, …) lose their `localSheetId` on reading and would be written
 *   workbook-wide. Excel rebuilds them from the sheets, so they are dropped.
 * - A name whose sheet is gone (Excel writes `#REF!$A$1`) is read as a sheet called `#REF` and
 *   would be written as a reference to a missing sheet: such ranges are dropped.
 * - A table's `<autoFilter>` usually has no `<filterColumn>` (Excel and LibreOffice write none
 *   unless a filter is applied); ExcelJS then writes every button hidden, and it reads a
 *   `<filterColumn>` without `hiddenButton` as hidden too. Buttons of a table with a filter range
 *   are shown again (per-column hidden buttons, settable only from VBA, are not kept).
 * - A table saved without filter buttons has no `<autoFilter>`; ExcelJS writes one without a
 *   range. The range is restored, with the buttons still hidden.
 * - A table without `<tableStyleInfo>` (LibreOffice writes none) makes ExcelJS's writer crash
 *   ("Cannot read properties of null (reading 'theme')"): it gets an explicit "no style".
 */
import type { Workbook, Worksheet } from "exceljs";
import { sheetNameOfReference } from "../output/names";

/** The parts of an ExcelJS table model these repairs touch. */
interface TableModelParts {
  name?: string;
  tableRef?: string;
  autoFilterRef?: string;
  totalsRow?: boolean;
  headerRow?: boolean;
  columns?: { filterButton?: boolean }[];
  style?: {
    theme?: string | null;
    showFirstColumn?: boolean;
    showLastColumn?: boolean;
    showRowStripes?: boolean;
    showColumnStripes?: boolean;
  } | null;
}

/**
 * Applies all repairs. Safe to call on any workbook, any number of times.
 * @param workbook - a workbook (usually one read from a file) about to be written
 */
export function repairLoadedWorkbook(workbook: Workbook): void {
  repairDefinedNames(workbook);
  for (const worksheet of workbook.worksheets) repairTables(worksheet);
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

/** Tables already repaired: a second call must not undo the first (the task pane may write twice). */
const repairedTables = new WeakSet<object>();

/**
 * Gives a table without a style an explicit "no style", shows the filter buttons of tables that
 * have a filter range, and gives a table read without an `<autoFilter>` its filter range back (its
 * buttons stay hidden). Each table is repaired once.
 * @param worksheet - the worksheet whose tables to repair
 */
export function repairTables(worksheet: Worksheet): void {
  for (const table of tableModels(worksheet)) {
    if (repairedTables.has(table)) continue;
    repairedTables.add(table);
    if (!table.style) {
      table.style = {
        theme: null,
        showFirstColumn: false,
        showLastColumn: false,
        showRowStripes: false,
        showColumnStripes: false,
      };
    }
    if (table.autoFilterRef) {
      for (const column of table.columns ?? []) column.filterButton = true;
      continue;
    }
    if (!table.tableRef) continue;
    const [topLeft, bottomRight = topLeft] = table.tableRef.split(":");
    if (!topLeft || !bottomRight) continue;
    const bottom = /^([A-Z]+)(\d+)$/.exec(bottomRight);
    if (!bottom) continue;
    const lastFilterRow = Number(bottom[2]) - (table.totalsRow ? 1 : 0);
    table.autoFilterRef = `${topLeft}:${bottom[1]}${lastFilterRow}`;
    for (const column of table.columns ?? []) {
      column.filterButton = false;
    }
  }
}

/**
 * The table models of a worksheet (each Table's `model` getter, which ExcelJS's typings leave out).
 * @param worksheet - the worksheet
 * @returns the models, in no particular order
 */
export function tableModels(worksheet: Worksheet): TableModelParts[] {
  const tables = worksheet.getTables() as unknown as { model?: TableModelParts }[];
  return tables
    .map((table) => table.model)
    .filter((model): model is TableModelParts => model !== undefined);
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
