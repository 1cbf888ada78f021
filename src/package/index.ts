/** The package writer: our sheets written into the user's .xlsx/.xlsm package (src/package). */
export { addOutputsToPackage, addPlainSheets } from "./writePackage";
export type { PackageOutputsResult, PlainSheet } from "./writePackage";
export { newPackageFromSheets, plainSheet } from "./newPackage";
export { openPackage, packageChunks, savePackage } from "./zipPackage";
export type { PackageParts } from "./zipPackage";
export { PackageError, packageInventory, readPackageWorkbook } from "./workbookPart";
export { readingProblemMessage, workbookDataFromPackage } from "./readWorkbookData";
export { ReadingLimitError } from "./zipReader";
export type { CappedInflate } from "./zipReader";
export type { ZipCodec } from "./zipWriter";
export { editSheetCells, formulaCellsOf } from "./sheetCellEdits";
export type { CellEdit } from "./sheetCellEdits";
