/* global Excel */
/**
 * Writes the output tables into the open workbook through Office.js (SPEC §6, §7, §9).
 *
 * Round trips (`context.sync` calls), independent of the number of CCGs or practices:
 *  1. discover: sheet names, table names, defined names (ownership);
 *  2. inventory, only on a re-run: the tables and charts on our own sheets, so they can be removed;
 *  3. write: our sheets emptied or created, ownership names, all values, tables, formats,
 *     conditional formats, chart — in one request.
 * So 2 syncs on a first run, 3 on a re-run. The write is split into more requests only when it
 * would exceed `maxRequestBytes` (estimated from the JSON size of the values), adding one sync
 * per extra request.
 */
import { columnLetters } from "../../engine/cells";
import { ownershipName } from "../../engine/output";
import type { OutputSheetName, OutputTable } from "../../engine/output";
import { cellInputForExcel } from "./cellInput";
import {
  ownedSheetsFromNames,
  planOutputSheets,
  queueNamesLoad,
  uniqueTableName,
} from "./ownership";
import type { SheetPlan } from "./ownership";
import {
  DEFAULT_MAX_REQUEST_BYTES,
  OPERATION_OVERHEAD_BYTES,
  RequestBatcher,
} from "./requestBatcher";
import { addSummaryChart } from "./summaryChart";
import { queueTableFormat, tableFormatBytes } from "./tableFormat";

/** Options for {@link writeOutputsToExcel}. */
export interface WriteOutputsOptions {
  /** Add the population/headroom chart to CCG Summary (default true). */
  readonly chart?: boolean;
  /** Largest request to send, in bytes (default 4,000,000; Excel on the web refuses over 5 MB). */
  readonly maxRequestBytes?: number;
  /** Make the first output sheet the active sheet (default true). */
  readonly activate?: boolean;
}

/** What {@link writeOutputsToExcel} did. */
export interface WriteOutputsResult {
  /** Each output and the sheet it went to (the contract name, or a diversion such as "CCG Summary (2)"). */
  readonly written: { readonly output: OutputSheetName; readonly sheetName: string }[];
  /** Plain-words notices for the user (diversions, a chart left out). */
  readonly notices: string[];
  /** `context.sync` calls made. */
  readonly syncs: number;
}

/** Checks the tables before anything is sent to Excel. */
function checkTables(tables: readonly OutputTable[]): void {
  const seen = new Set<string>();
  for (const table of tables) {
    if (seen.has(table.sheetName))
      throw new Error(`Two output tables are both for the sheet '${table.sheetName}'.`);
    seen.add(table.sheetName);
    if (table.columns.length === 0)
      throw new Error(`The output table for '${table.sheetName}' has no columns.`);
    table.rows.forEach((row, i) => {
      if (row.length !== table.columns.length) {
        throw new Error(
          `Row ${i + 1} of the output table for '${table.sheetName}' has ${row.length} values for ${table.columns.length} columns.`
        );
      }
    });
  }
}

/** Header and data rows as written to `Range.values` (text guarded against formulas). */
function cellRows(table: OutputTable): (string | number | boolean)[][] {
  const header = table.columns.map((column, j) =>
    cellInputForExcel(column.header, `'${table.sheetName}' header ${j + 1}`)
  );
  const body = table.rows.map((row, i) =>
    row.map((value, j) =>
      cellInputForExcel(
        value,
        `'${table.sheetName}' row ${i + 2}, column '${table.columns[j]?.header ?? j + 1}'`
      )
    )
  );
  return [header, ...body];
}

/** Our existing sheet with what must be removed from it before it is written again. */
interface Inventory {
  readonly plan: SheetPlan;
  readonly sheet: Excel.Worksheet;
  readonly tables: Excel.TableCollection;
  readonly charts: Excel.ChartCollection;
}

/**
 * Writes every output table to its sheet in the open workbook: a real Excel table with header,
 * number formats, widths, frozen header row, filter buttons and RAG conditional formats; the
 * CCG Summary chart. Our own sheets are replaced in place (so the user's formulas that point at
 * them keep working); a user's sheet bearing an output's name is never touched.
 * @param context - the request context of an `Excel.run` (this function does not call `Excel.run`)
 * @param tables - the outputs, in the order their sheets should be added
 * @param options - chart, request budget, activation
 * @returns where each output went, notices for the user, and the number of syncs made
 * @throws Error for malformed tables (before anything is written); Office.js errors from Excel
 * @example
 * const result = await runExcel((context) => writeOutputsToExcel(context, [summaryTable, detailTable]));
 * result.notices.forEach(showNotice);
 */
export async function writeOutputsToExcel(
  context: Excel.RequestContext,
  tables: readonly OutputTable[],
  options: WriteOutputsOptions = {}
): Promise<WriteOutputsResult> {
  checkTables(tables);
  if (tables.length === 0) return { written: [], notices: [], syncs: 0 };
  const rowsByTable = tables.map(cellRows);
  let syncs = 0;

  // Sync 1: what is in the workbook.
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const workbookTables = context.workbook.tables;
  workbookTables.load("items/name");
  const names = queueNamesLoad(context);
  await context.sync();
  syncs += 1;

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const outputs = tables.map((table) => table.sheetName);
  const owned = ownedSheetsFromNames(names.items, sheetNames, outputs);
  const { plans, notices } = planOutputSheets(outputs, sheetNames, owned);

  // Sync 2 (re-runs only): what is on our own sheets.
  const inventories: Inventory[] = plans
    .filter((plan) => plan.replace)
    .map((plan) => {
      const sheet = worksheets.getItem(plan.sheetName);
      return {
        plan,
        sheet,
        tables: sheet.tables.load("items/name"),
        charts: sheet.charts.load("items/name"),
      };
    });
  if (inventories.length > 0) {
    await context.sync();
    syncs += 1;
  }

  const freed = new Set(
    inventories.flatMap((inv) => inv.tables.items.map((t) => t.name.toLowerCase()))
  );
  const takenNames = new Set<string>([
    ...workbookTables.items.map((t) => t.name.toLowerCase()).filter((name) => !freed.has(name)),
    ...names.items.map((n) => n.name.toLowerCase()),
  ]);
  const tableNames = tables.map((table) => {
    const name = uniqueTableName(table.tableName, takenNames);
    takenNames.add(name.toLowerCase());
    return name;
  });
  const existingNames = new Set(names.items.map((n) => n.name.toLowerCase()));

  // The write: one request unless the values need more.
  const batcher = new RequestBatcher(
    context,
    options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    () => context.application.suspendApiCalculationUntilNextSync()
  );
  const sheets: Excel.Worksheet[] = [];
  const structureOperations =
    plans.length * 8 +
    inventories.reduce((n, inv) => n + inv.tables.items.length + inv.charts.items.length, 0);
  await batcher.add(structureOperations * OPERATION_OVERHEAD_BYTES, () => {
    for (const plan of plans) {
      const inventory = inventories.find((inv) => inv.plan === plan);
      if (inventory) {
        emptyOwnSheet(inventory);
        sheets.push(inventory.sheet);
        continue;
      }
      const sheet = worksheets.add(plan.sheetName);
      const name = ownershipName(plan.output);
      if (existingNames.has(name.toLowerCase())) context.workbook.names.getItem(name).delete();
      context.workbook.names.add(
        name,
        sheet.getRange("A1"),
        `CCG Footprint writes its '${plan.output}' output to this sheet.`
      );
      sheets.push(sheet);
    }
  });

  for (const [t, table] of tables.entries()) {
    const sheet = sheets[t];
    const rows = rowsByTable[t];
    if (!sheet || !rows) continue;
    const lastColumn = columnLetters(table.columns.length);
    await batcher.addRows(rows, (start, block) => {
      sheet.getRange(`A${start + 1}:${lastColumn}${start + block.length}`).values =
        block as unknown[][];
    });
  }

  for (const [t, table] of tables.entries()) {
    const sheet = sheets[t];
    if (!sheet) continue;
    await batcher.add(tableFormatBytes(table), () =>
      queueTableFormat(sheet, table, tableNames[t] ?? table.tableName)
    );
    if (table.sheetName === "CCG Summary" && (options.chart ?? true)) {
      const notice = await addSummaryChart(batcher, sheet, table);
      if (notice) notices.push(notice);
    }
  }

  const first = sheets[0];
  if (first && (options.activate ?? true))
    await batcher.add(OPERATION_OVERHEAD_BYTES, () => first.activate());
  await batcher.flush();

  return {
    written: plans.map((plan) => ({ output: plan.output, sheetName: plan.sheetName })),
    notices,
    syncs: syncs + batcher.syncs,
  };
}

/** Queues the removal of everything on one of our sheets: tables, charts, formats, values, frozen panes. */
function emptyOwnSheet(inventory: Inventory): void {
  for (const table of inventory.tables.items) table.delete();
  for (const chart of inventory.charts.items) chart.delete();
  const everything = inventory.sheet.getRange();
  everything.conditionalFormats.clearAll();
  everything.clear("All");
  inventory.sheet.freezePanes.unfreeze();
}
