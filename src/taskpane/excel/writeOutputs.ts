/* global Excel */
/**
 * Writes output sheets into the open workbook through Office.js (SPEC §6, §7, §9): reads the
 * workbook's inventory, asks the output layer for the plan (src/output/planOutputs.ts decides every
 * name, ownership, diversion, notice and table name), and translates it.
 *
 * Round trips (`context.sync` calls), independent of the number of CCGs or practices:
 *  1. discover: sheet names, table names, defined names (ownership);
 *  2. inventory, only on a re-run: the tables and charts on our own sheets (to free their names and
 *     remove them);
 *  3. write: our sheets emptied or created, ownership names, all cells, formats, tables, dropdowns,
 *     conditional formats, charts — in one request.
 * So 2 syncs on a first run, 3 on a re-run. The write is split into more requests only when it
 * would exceed `maxRequestBytes` (estimated from the JSON size of the cells), adding one sync per
 * extra request.
 */
import { ownershipComment } from "../../output/names";
import { planOutputs } from "../../output/planOutputs";
import { validateContents } from "../../output/validateContent";
import type {
  OutputSheetName,
  SheetContent,
  SheetPlan,
  WorkbookInventory,
} from "../../output/sheetPlan";
import { definedNamesOf, queueNamesLoad } from "./ownership";
import { queueCells, queueCharts, queueLayout, layoutBytes } from "./renderSheet";
import {
  DEFAULT_MAX_REQUEST_BYTES,
  OPERATION_OVERHEAD_BYTES,
  RequestBatcher,
} from "./requestBatcher";

/** Options for {@link writeOutputsToExcel}. */
export interface WriteOutputsOptions {
  /** Largest request to send, in bytes (default 4,000,000; Excel on the web refuses over 5 MB). */
  readonly maxRequestBytes?: number;
  /** Make the first output sheet the active sheet (default true). */
  readonly activate?: boolean;
}

/** What {@link writeOutputsToExcel} did. */
export interface WriteOutputsResult {
  /** Each output and the sheet it went to (the contract name, or a diversion such as "CCG Summary (2)"). */
  readonly written: { readonly output: OutputSheetName; readonly sheetName: string }[];
  /** Plain-words notices for the user (an output diverted around a user's sheet). */
  readonly notices: string[];
  /** `context.sync` calls made. */
  readonly syncs: number;
}

/** Our existing sheet with what must be removed from it before it is written again. */
interface OwnSheet {
  readonly sheetName: string;
  readonly sheet: Excel.Worksheet;
  readonly tables: Excel.TableCollection;
  readonly charts: Excel.ChartCollection;
}

/**
 * Writes every output sheet the plan gives: our own sheets are replaced in place (so the user's
 * formulas that point at them keep working); a user's sheet bearing an output's name is never touched.
 * @param context - the request context of an `Excel.run` (this function does not call `Excel.run`)
 * @param contents - the outputs, in the order their sheets should be added
 * @param options - request budget, activation
 * @returns where each output went, notices for the user, and the number of syncs made
 * @throws OutputContentError for malformed contents (before anything is sent); Office.js errors from Excel
 * @example
 * const result = await runExcel((context) => writeOutputsToExcel(context, buildOutputContents(result)));
 * result.notices.forEach(showNotice);
 */
export async function writeOutputsToExcel(
  context: Excel.RequestContext,
  contents: readonly SheetContent[],
  options: WriteOutputsOptions = {}
): Promise<WriteOutputsResult> {
  validateContents(contents);
  if (contents.length === 0) return { written: [], notices: [], syncs: 0 };
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
  const definedNames = definedNamesOf(names.items);
  // Which sheet each table is on is known only for our own sheets (sync 2); the rest are elsewhere.
  const unplaced: WorkbookInventory = {
    sheetNames,
    definedNames,
    tables: workbookTables.items.map((table) => ({ name: table.name, sheetName: "" })),
  };
  const ownSheets: OwnSheet[] = planOutputs(contents, unplaced)
    .sheets.filter((sheet) => sheet.replace)
    .map((sheet) => {
      const worksheet = worksheets.getItem(sheet.sheetName);
      return {
        sheetName: sheet.sheetName,
        sheet: worksheet,
        tables: worksheet.tables.load("items/name"),
        charts: worksheet.charts.load("items/name"),
      };
    });
  // Sync 2 (re-runs only): what is on our own sheets.
  if (ownSheets.length > 0) {
    await context.sync();
    syncs += 1;
  }
  const onOwnSheets = new Map<string, string>();
  for (const own of ownSheets)
    for (const table of own.tables.items) onOwnSheets.set(table.name.toLowerCase(), own.sheetName);
  const plan = planOutputs(contents, {
    ...unplaced,
    tables: workbookTables.items.map((table) => ({
      name: table.name,
      sheetName: onOwnSheets.get(table.name.toLowerCase()) ?? "",
    })),
  });

  // The write: one request unless the cells need more.
  const batcher = new RequestBatcher(
    context,
    options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    () => context.application.suspendApiCalculationUntilNextSync()
  );
  const existingNames = new Set(definedNames.map((n) => n.name.toLowerCase()));
  const sheets: Excel.Worksheet[] = [];
  const structureOperations =
    plan.sheets.length * 10 +
    ownSheets.reduce((n, own) => n + own.tables.items.length + own.charts.items.length, 0);
  await batcher.add(structureOperations * OPERATION_OVERHEAD_BYTES, () => {
    for (const sheet of plan.sheets) {
      const own = ownSheets.find((o) => o.sheetName === sheet.sheetName);
      if (own) {
        emptyOwnSheet(own);
        sheets.push(own.sheet);
        continue;
      }
      const worksheet = worksheets.add(sheet.sheetName);
      if (existingNames.has(sheet.ownershipName.toLowerCase()))
        context.workbook.names.getItem(sheet.ownershipName).delete();
      context.workbook.names.add(
        sheet.ownershipName,
        worksheet.getRange("A1"),
        ownershipComment(sheet.output)
      );
      sheets.push(worksheet);
    }
  });

  const each = (fn: (worksheet: Excel.Worksheet, sheet: SheetPlan) => Promise<void>) =>
    plan.sheets.reduce(async (previous, sheet, i) => {
      await previous;
      const worksheet = sheets[i];
      if (worksheet) await fn(worksheet, sheet);
    }, Promise.resolve());
  await each((worksheet, sheet) => queueCells(batcher, worksheet, sheet));
  await each((worksheet, sheet) =>
    batcher.add(layoutBytes(sheet), () => queueLayout(worksheet, sheet))
  );
  await each((worksheet, sheet) => queueCharts(batcher, worksheet, sheet));

  const first = sheets[0];
  if (first && (options.activate ?? true))
    await batcher.add(OPERATION_OVERHEAD_BYTES, () => first.activate());
  await batcher.flush();

  return {
    written: plan.sheets.map((sheet) => ({ output: sheet.output, sheetName: sheet.sheetName })),
    notices: [...plan.notices],
    syncs: syncs + batcher.syncs,
  };
}

/**
 * Queues the removal of everything on one of our sheets: tables, charts, conditional formats,
 * dropdowns, values, formats, hidden columns, frozen panes.
 */
function emptyOwnSheet(own: OwnSheet): void {
  for (const table of own.tables.items) table.delete();
  for (const chart of own.charts.items) chart.delete();
  const everything = own.sheet.getRange();
  everything.conditionalFormats.clearAll();
  everything.dataValidation.clear();
  everything.clear("All");
  everything.columnHidden = false;
  own.sheet.freezePanes.unfreeze();
}
