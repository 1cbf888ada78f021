/**
 * Writes output sheets into an ExcelJS workbook (the runner, the browser preview): reads the
 * workbook's inventory, asks the output layer for the plan (src/output/planOutputs.ts decides every
 * name, ownership, diversion, notice and table name), and translates it. Browser-safe: ExcelJS types only.
 */
import type { Workbook, Worksheet } from "exceljs";
import { planOutputs } from "../output/planOutputs";
import type { OutputSheetName, SheetContent } from "../output/sheetPlan";
import { findWorksheet, recordOwnership, workbookInventory } from "./ownership";
import { renderSheet } from "./renderSheet";
import { repairLoadedWorkbook } from "./workbookRepairs";

/** What {@link addOutputSheets} did. */
export interface OutputSheetsResult {
  /** Each output, the sheet it went to and its Excel table names, in the order given. */
  readonly written: {
    readonly output: OutputSheetName;
    readonly sheetName: string;
    readonly tableNames: readonly string[];
  }[];
  /** Plain-words messages for the user (e.g. an output diverted around a user's sheet). */
  readonly notices: string[];
}

/**
 * Writes each output to the sheet the plan gives it: our own sheet (found through its ownership
 * name, even if the user renamed it) is replaced in place at the same tab position; other outputs
 * are added after the existing sheets. Also repairs what ExcelJS would otherwise write wrongly for
 * a workbook it read.
 * @param workbook - the workbook to write into (usually the user's input, read from a file)
 * @param contents - the outputs, in the order their new sheets should appear
 * @returns where each output went, and notices for the user
 * @throws OutputContentError when a content is malformed (nothing is written then)
 * @example
 * const { written, notices } = addOutputSheets(workbook, buildOutputContents(result));
 * notices.forEach((notice) => console.error(`note: ${notice}`));
 */
export function addOutputSheets(
  workbook: Workbook,
  contents: readonly SheetContent[]
): OutputSheetsResult {
  repairLoadedWorkbook(workbook);
  const plan = planOutputs(contents, workbookInventory(workbook));
  const written = plan.sheets.map((sheet) => {
    const existing = sheet.replace ? findWorksheet(workbook, sheet.sheetName) : undefined;
    const worksheet = existing
      ? replaceWorksheet(workbook, existing)
      : workbook.addWorksheet(sheet.sheetName);
    recordOwnership(workbook, sheet.ownershipName, worksheet.name);
    renderSheet(worksheet, sheet);
    return {
      output: sheet.output,
      sheetName: worksheet.name,
      tableNames: sheet.tables.map((table) => table.name),
    };
  });
  return { written, notices: [...plan.notices] };
}

/** ExcelJS sorts sheets by this (not in its type declarations). */
interface WithOrderNumber {
  orderNo: number;
}

/**
 * Removes a worksheet and adds an empty one with the same name at the same tab position.
 * @param workbook - the workbook
 * @param old - the sheet to replace
 * @returns the new, empty sheet
 */
function replaceWorksheet(workbook: Workbook, old: Worksheet): Worksheet {
  const { name } = old;
  const { orderNo } = old as unknown as WithOrderNumber;
  workbook.removeWorksheet(old.id);
  const fresh = workbook.addWorksheet(name);
  (fresh as unknown as WithOrderNumber).orderNo = orderNo;
  return fresh;
}
