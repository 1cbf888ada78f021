/* global Excel */
/**
 * The one place the task pane enters Office.js: `Excel.run` around a batch function.
 */

/**
 * Runs a batch against the open workbook (a thin wrapper so components never touch `Excel.*`).
 * @param batch - receives the request context; pass it to readWorkbookFromExcel / writeOutputsToExcel
 * @returns what the batch returns
 * @example const data = await runExcel((context) => readWorkbookFromExcel(context));
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}
