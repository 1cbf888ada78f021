/**
 * Which sheets this product owns (SPEC §7), recorded as workbook-scoped defined names such as
 * `CCGFootprint_CCG_Summary` that refer to `'<sheet>'!$A$1`. Excel rewrites the reference when the
 * user renames the sheet, so ownership follows the sheet, and it survives save and reopen.
 * Browser-safe: ExcelJS types only.
 */
import type { Workbook, Worksheet } from "exceljs";

/** Every ownership name starts with this (see `ownershipName` in the engine's output model). */
export const OWNERSHIP_NAME_PREFIX = "CCGFootprint_";

/**
 * The sheet name in a reference such as `'Bob''s list'!$A$1` or `Sheet1!$A$1:$B$2`.
 * @param reference - a defined name's range as ExcelJS reports it
 * @returns the unquoted sheet name, or undefined when the reference names no sheet
 * @example sheetNameOfReference("'Bob''s list'!$A$1") // "Bob's list"
 */
export function sheetNameOfReference(reference: string): string | undefined {
  const bang = reference.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const sheetPart = reference.slice(0, bang);
  if (sheetPart.startsWith("'") && sheetPart.endsWith("'") && sheetPart.length >= 2) {
    return sheetPart.slice(1, -1).replace(/''/g, "'");
  }
  return sheetPart;
}

/**
 * A reference to cell A1 of a sheet, quoted the way Excel writes it.
 * @param sheetName - the sheet's name
 * @returns e.g. `'CCG Summary'!$A$1`
 * @example referenceToA1("Bob's") // "'Bob''s'!$A$1"
 */
export function referenceToA1(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The worksheet with this exact name, or failing that the one whose name differs only in case
 * (Excel sheet names are case-insensitive).
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
 * The sheet a workbook-scoped ownership name points at, if that sheet still exists.
 * @param workbook - the workbook
 * @param name - the defined name, e.g. `ownershipName("CCG Summary")`
 * @returns the owned worksheet, or undefined when the name is missing or points at no existing sheet
 */
export function findOwnedWorksheet(workbook: Workbook, name: string): Worksheet | undefined {
  const { ranges } = workbook.definedNames.getRanges(name);
  for (const range of ranges) {
    const sheetName = sheetNameOfReference(range);
    const sheet = sheetName === undefined ? undefined : findWorksheet(workbook, sheetName);
    if (sheet) return sheet;
  }
  return undefined;
}

/**
 * Removes a defined name entirely (all its ranges).
 * @param workbook - the workbook
 * @param name - the defined name
 */
export function removeDefinedName(workbook: Workbook, name: string): void {
  const model = workbook.definedNames.model;
  if (model.some((definedName) => definedName.name === name)) {
    workbook.definedNames.model = model.filter((definedName) => definedName.name !== name);
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

/**
 * Names of all existing sheets this product owns, in tab order.
 * @param workbook - the workbook
 * @returns sheet names found through the ownership names
 */
export function ownedSheetNames(workbook: Workbook): string[] {
  const owned = new Set<string>();
  for (const definedName of workbook.definedNames.model) {
    if (!definedName.name.startsWith(OWNERSHIP_NAME_PREFIX)) continue;
    const sheet = findOwnedWorksheet(workbook, definedName.name);
    if (sheet) owned.add(sheet.name);
  }
  return workbook.worksheets.map((sheet) => sheet.name).filter((sheetName) => owned.has(sheetName));
}
