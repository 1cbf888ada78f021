/* global require */
/**
 * ExcelJS, loaded on first use. Loading it takes about half a second in Node, which a run that reads
 * a CSV and prints JSON, or `--help`, should not pay. In the task pane this module sits in the
 * preview chunk that is itself loaded on demand.
 */
import type * as ExcelJs from "exceljs";

let excelJs: typeof ExcelJs | undefined;

/**
 * A new, empty ExcelJS workbook; the first call loads ExcelJS.
 * @returns the workbook
 * @example newExcelJsWorkbook().addWorksheet("Practices")
 */
export function newExcelJsWorkbook(): ExcelJs.Workbook {
  excelJs ??= require("exceljs") as typeof ExcelJs;
  return new excelJs.Workbook();
}
