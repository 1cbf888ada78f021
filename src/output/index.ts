/**
 * The output layer (STYLE 13: one plan, several renderers). Contents describe sheets as plain data
 * (blocks.ts, tableSheet.ts); `planOutputs` decides names, ownership, diversions, notices and table
 * names against a workbook's inventory; the ExcelJS (src/xlsx/writeOutputs.ts) and Office.js
 * (src/taskpane/excel/writeOutputs.ts) renderers only translate the plan.
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
