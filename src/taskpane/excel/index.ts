/**
 * The task pane's Excel adapter: plain async functions around Office.js. Components call these
 * through callbacks and never touch `Excel.*` themselves.
 */
export { runExcel } from "./runExcel";
export { readWorkbookFromExcel } from "./readWorkbook";
export type { ReadWorkbookOptions } from "./readWorkbook";
export { writeOutputsToExcel } from "./writeOutputs";
export type { WriteOutputsOptions, WriteOutputsResult } from "./writeOutputs";
export { textForExcel, needsTextGuard } from "./cellInput";
export { DEFAULT_MAX_REQUEST_BYTES } from "./requestBatcher";
