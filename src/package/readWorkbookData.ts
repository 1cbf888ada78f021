/**
 * The package reader: an opened .xlsx/.xlsm package → the engine's plain cells (WorkbookData),
 * every worksheet in tab order (hidden ones too; chart sheets have no cells and are left out),
 * with the sheets this product wrote in an earlier run marked. Pure and browser-safe.
 */
import type { WorkbookData } from "../engine/cells";
import { ownedSheetNames } from "../output/planOutputs";
import { readDateStyles, usesDate1904 } from "./dateStyles";
import { readSharedStrings } from "./sharedStrings";
import {
  PackageError,
  packageInventory,
  readPackageWorkbook,
  workbookRelatedPart,
} from "./workbookPart";
import { ReadingLimitError } from "./zipReader";
import { readWorksheetCells } from "./worksheetCells";
import type { CellContext } from "./worksheetCells";
import { partText } from "./zipPackage";
import type { PackageParts } from "./zipPackage";

/**
 * Reads every worksheet's used range of plain values (or only the sheets named).
 * @param parts - the opened package
 * @param only - read only these sheets (e.g. one sheet just edited); every worksheet when absent
 * @returns the workbook's data, with the sheets this product owns
 * @throws PackageError in plain words (no workbook part, no worksheets, a cell that cannot be read, naming its sheet and cell)
 * @example workbookDataFromPackage(openPackage(bytes)).sheets.map((sheet) => sheet.name) // ["Practices", "CCGs"]
 */
export function workbookDataFromPackage(
  parts: PackageParts,
  only?: ReadonlySet<string>
): WorkbookData {
  const workbook = readPackageWorkbook(parts);
  const partOfKind = (kind: string, fallback: string): string =>
    workbookRelatedPart(parts, workbook.workbookPart, kind) ?? fallback;
  const folder = workbook.workbookPart.slice(0, workbook.workbookPart.lastIndexOf("/") + 1);
  const context: CellContext = {
    sharedStrings: readSharedStrings(
      partText(parts, partOfKind("sharedStrings", `${folder}sharedStrings.xml`))
    ),
    dateStyles: readDateStyles(partText(parts, partOfKind("styles", `${folder}styles.xml`))),
    date1904: usesDate1904(partText(parts, workbook.workbookPart) ?? ""),
  };
  const sheets = workbook.sheets.flatMap((sheet) => {
    const xml =
      sheet.part === undefined || !sheet.worksheet || (only !== undefined && !only.has(sheet.name))
        ? undefined
        : partText(parts, sheet.part);
    return xml === undefined ? [] : [readWorksheetCells(xml, sheet.name, context)];
  });
  if (sheets.length === 0) throw new PackageError("it has no worksheets");
  return { sheets, ownedSheets: ownedSheetNames(packageInventory(workbook)) };
}

/**
 * What went wrong reading a package, in words to follow "cannot read '<file>': ".
 * @param error - thrown by openPackage or {@link workbookDataFromPackage}
 * @returns the message, or undefined for an error that is not a reading problem (a bug)
 * @example readingProblemMessage(new PackageError("it has no worksheets")) // "it is not an Excel workbook (.xlsx): it has no worksheets"
 */
export function readingProblemMessage(error: unknown): string | undefined {
  if (error instanceof ReadingLimitError) return error.message;
  if (!(error instanceof PackageError)) return undefined;
  const notAWorkbook = /no workbook part|no worksheets/.test(error.message);
  return `${notAWorkbook ? "it is not an Excel workbook (.xlsx): " : "it is damaged: "}${error.message}`;
}
