/**
 * A new package holding plain sheets (a CSV's practice list becomes the first sheet of the
 * analysed workbook, written the same way as the outputs). Pure and browser-safe.
 */
import { columnLetters } from "../engine/cells";
import type { CellValue, SheetData } from "../engine/cells";
import { columnWidthFor } from "../output/columnWidths";
import { addPlainSheets } from "./writePackage";
import type { PlainSheet } from "./writePackage";
import type { WritableCell } from "./worksheetXml";
import { setPartText } from "./zipPackage";
import type { PackageParts } from "./zipPackage";
import { NEW_STYLES_XML } from "./styles";
import { XML_DECLARATION } from "./xmlText";
import { JAVASCRIPT_ZIP_CODEC } from "./zipWriter";
import type { ZipCodec } from "./zipWriter";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A workbook package with one plain sheet per SheetData: values as given (text always as text),
 * the first row bold and frozen with a filter, and column widths that fit.
 * @param sheets - the sheets, in tab order
 * @param codec - compression for sheets too large to hold whole (deflated as they are written)
 * @returns the package's parts
 * @example savePackage(newPackageFromSheets([parseCsv(text, "practices")]))
 */
export function newPackageFromSheets(
  sheets: readonly SheetData[],
  codec: ZipCodec = JAVASCRIPT_ZIP_CODEC
): PackageParts {
  const parts: PackageParts = new Map();
  setPartText(
    parts,
    "[Content_Types].xml",
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      "</Types>"
  );
  setPartText(
    parts,
    "_rels/.rels",
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  setPartText(
    parts,
    "xl/workbook.xml",
    `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`
  );
  setPartText(
    parts,
    "xl/_rels/workbook.xml.rels",
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
  setPartText(parts, "xl/styles.xml", NEW_STYLES_XML);
  addPlainSheets(parts, sheets.map(plainSheet), codec);
  return parts;
}

/**
 * One SheetData as a plain sheet: header row bold, frozen and filtered, widths that fit.
 * @param sheet - the sheet's data
 * @returns the sheet to add
 */
export function plainSheet(sheet: SheetData): PlainSheet {
  const { rows, firstRow, firstColumn } = sheet;
  const cells: WritableCell[][] = [];
  for (let r = 1; r < firstRow; r += 1) cells.push([]);
  const pad: null[] = new Array<null>(firstColumn - 1).fill(null);
  let width = 0;
  for (const row of rows) {
    width = Math.max(width, row.length);
    cells.push(firstColumn === 1 ? (row as WritableCell[]) : [...pad, ...(row as WritableCell[])]);
  }
  const base = {
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    hiddenColumns: [],
    cells,
  };
  if (rows.length === 0 || width === 0)
    return {
      sheetName: sheet.name,
      content: { ...base, columnWidths: [], frozenRows: 0, boldRanges: [] },
    };
  const header = rows[0] ?? [];
  const columnWidths: (number | undefined)[] = new Array<number | undefined>(firstColumn - 1).fill(
    undefined
  );
  for (let j = 0; j < width; j += 1) {
    const headerValue = header[j];
    columnWidths.push(
      columnWidthFor(headerValue === null ? undefined : headerValue, columnValues(rows, j))
    );
  }
  const left = columnLetters(firstColumn);
  const right = columnLetters(firstColumn + width - 1);
  return {
    sheetName: sheet.name,
    content: {
      ...base,
      columnWidths,
      frozenRows: firstRow,
      boldRanges: [`${left}${firstRow}:${right}${firstRow}`],
    },
    autoFilter: `${left}${firstRow}:${right}${firstRow + rows.length - 1}`,
  };
}

/** Values of column `j` below the header row. */
function* columnValues(
  rows: readonly (readonly CellValue[])[],
  j: number
): Generator<CellValue | undefined> {
  for (let i = 1; i < rows.length; i += 1) yield rows[i]?.[j];
}
