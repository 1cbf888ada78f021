/**
 * What the output layer needs to know about an ExcelJS workbook (its inventory), and how ownership
 * names are written into it. The rules (which sheet is ours, where an output goes) are in
 * src/output/planOutputs.ts; this file only reads and writes ExcelJS. Browser-safe: ExcelJS types only.
 */
import type { Workbook, Worksheet } from "exceljs";
import { referenceToA1 } from "../output/names";
import { ownedSheetNames as ownedSheetsOfInventory } from "../output/planOutputs";
import type { WorkbookInventory } from "../output/sheetPlan";
import { tableModels } from "./workbookRepairs";

/**
 * The workbook's sheets, defined names and tables, for `planOutputs`.
 * @param workbook - the workbook
 * @returns the inventory
 */
export function workbookInventory(workbook: Workbook): WorkbookInventory {
  return {
    sheetNames: workbook.worksheets.map((sheet) => sheet.name),
    definedNames: workbook.definedNames.model.flatMap((definedName) =>
      definedName.ranges.map((reference) => ({ name: definedName.name, reference }))
    ),
    tables: workbook.worksheets.flatMap((sheet) =>
      tableModels(sheet).flatMap((table) =>
        table.name === undefined ? [] : [{ name: table.name, sheetName: sheet.name }]
      )
    ),
  };
}

/**
 * Names of all existing sheets this product owns, in tab order.
 * @param workbook - the workbook
 * @returns sheet names found through the ownership names
 */
export function ownedSheetNames(workbook: Workbook): string[] {
  return ownedSheetsOfInventory(workbookInventory(workbook));
}

/**
 * The worksheet with this name (ignoring case, as Excel compares sheet names).
 * @param workbook - the workbook to search
 * @param sheetName - the name to find
 * @returns the worksheet, or undefined
 */
export function findWorksheet(workbook: Workbook, sheetName: string): Worksheet | undefined {
  const sheets = workbook.worksheets;
  const lower = sheetName.toLowerCase();
  return (
    sheets.find((sheet) => sheet.name === sheetName) ??
    sheets.find((sheet) => sheet.name.toLowerCase() === lower)
  );
}

/**
 * Removes a defined name entirely (all its ranges; names compare ignoring case).
 * @param workbook - the workbook
 * @param name - the defined name
 */
export function removeDefinedName(workbook: Workbook, name: string): void {
  const lower = name.toLowerCase();
  const model = workbook.definedNames.model;
  if (model.some((definedName) => definedName.name.toLowerCase() === lower)) {
    workbook.definedNames.model = model.filter(
      (definedName) => definedName.name.toLowerCase() !== lower
    );
  }
}

/**
 * Records that `sheetName` holds the output named by `name`: the defined name then refers to that
 * sheet's A1 and to nothing else.
 * @param workbook - the workbook
 * @param name - the ownership name, e.g. `ownershipName("CCG Summary")`
 * @param sheetName - the sheet now holding the output
 */
export function recordOwnership(workbook: Workbook, name: string, sheetName: string): void {
  removeDefinedName(workbook, name);
  workbook.definedNames.add(referenceToA1(sheetName), name);
}
