/**
 * The output layer (STYLE 13: one plan, several renderers). Contents describe sheets as plain data
 * (blocks.ts, tableSheet.ts); `planOutputs` decides names, ownership, diversions, notices and table
 * names against a workbook's inventory; the package writer (src/package/writePackage.ts) and the
 * Office.js renderer (src/taskpane/excel/writeOutputs.ts) only translate the plan.
 */
export * from "./sheetPlan";
export * from "./addresses";
export * from "./blocks";
export * from "./names";
export * from "./planOutputs";
export * from "./summaryChart";
export * from "./tableSheet";
export * from "./validateContent";
export { columnWidthFor } from "./columnWidths";
export * from "./sensitivitySheet";
