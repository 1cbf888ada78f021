/**
 * Writes the engine's output tables into a workbook as sheets this product owns (SPEC §6, §7).
 * Browser-safe: ExcelJS types only.
 */
import type { Workbook, Worksheet } from "exceljs";
import { ownershipName } from "../engine/output";
import type { OutputSheetName, OutputTable } from "../engine/output";
import { findOwnedWorksheet, findWorksheet, recordOwnership, removeDefinedName } from "./ownership";
import { validateOutputTable, writeOutputTable } from "./outputTable";
import { repairLoadedWorkbook } from "./workbookRepairs";

/** Excel's longest sheet name. */
const MAX_SHEET_NAME_LENGTH = 31;

/** What {@link addOutputSheets} did. */
export interface OutputSheetsResult {
  /** Each output, the sheet it went to and its Excel table name, in the order given. */
  readonly written: {
    readonly output: OutputSheetName;
    readonly sheetName: string;
    readonly tableName: string;
  }[];
  /** Plain-words messages for the user (e.g. an output diverted around a user's sheet). */
  readonly notices: string[];
}

/** How notices name each output. */
const OUTPUT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "CCG Summary": "the summary",
  "Practice Detail": "the practice detail",
  "Data Quality": "the data-quality list",
  Assumptions: "the assumptions",
};

/**
 * Writes each output table to the sheet this product owns for it. An owned sheet (found through
 * its ownership defined name, even if the user renamed it) is replaced in place; a user's sheet
 * that happens to bear the output's name is never touched: the output goes to `"<name> (2)"` (or
 * the next free name) and a notice says so; otherwise a new sheet is added after the existing
 * ones. Also repairs what ExcelJS would otherwise write wrongly for a workbook it read.
 * @param workbook - the workbook to write into (usually the user's input, read from a file)
 * @param tables - the outputs, in the order their new sheets should appear
 * @returns where each output went, and notices for the user
 * @throws Error when two tables are for the same output, or a table is malformed
 * @example
 * const { written, notices } = addOutputSheets(workbook, tables);
 * notices.forEach((notice) => console.error(`note: ${notice}`));
 */
export function addOutputSheets(
  workbook: Workbook,
  tables: readonly OutputTable[]
): OutputSheetsResult {
  const outputs = new Set<string>();
  for (const table of tables) {
    if (outputs.has(table.sheetName))
      throw new Error(`Output '${table.sheetName}' was given twice; each output is written once`);
    outputs.add(table.sheetName);
    validateOutputTable(table);
  }

  repairLoadedWorkbook(workbook);
  const written: { output: OutputSheetName; sheetName: string; tableName: string }[] = [];
  const notices: string[] = [];
  const writtenNow = new Set<Worksheet>();

  for (const table of tables) {
    const nameOfOwnership = ownershipName(table.sheetName);
    const owned = findOwnedWorksheet(workbook, nameOfOwnership);
    let worksheet: Worksheet;
    if (owned && !writtenNow.has(owned)) {
      worksheet = replaceWorksheet(workbook, owned);
    } else {
      removeDefinedName(workbook, nameOfOwnership);
      const usersSheet = findWorksheet(workbook, table.sheetName);
      if (usersSheet) {
        const freeName = nextFreeSheetName(workbook, table.sheetName);
        const description =
          OUTPUT_DESCRIPTIONS[table.sheetName] ?? `the '${table.sheetName}' output`;
        notices.push(
          `A sheet named '${usersSheet.name}' that CCG Footprint did not create was left untouched; ` +
            `${description} was written to '${freeName}'.`
        );
        worksheet = workbook.addWorksheet(freeName);
      } else {
        worksheet = workbook.addWorksheet(table.sheetName);
      }
    }
    recordOwnership(workbook, nameOfOwnership, worksheet.name);
    const tableName = writeOutputTable(workbook, worksheet, table);
    writtenNow.add(worksheet);
    written.push({ output: table.sheetName, sheetName: worksheet.name, tableName });
  }
  return { written, notices };
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

/**
 * The first of `"<name> (2)"`, `"<name> (3)"`, … that no sheet uses (case-insensitively), shortened
 * to fit Excel's 31 characters.
 * @param workbook - the workbook
 * @param name - the name that is taken
 * @returns a free sheet name
 * @example nextFreeSheetName(workbook, "CCG Summary") // "CCG Summary (2)"
 */
export function nextFreeSheetName(workbook: Workbook, name: string): string {
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!findWorksheet(workbook, candidate)) return candidate;
  }
}
