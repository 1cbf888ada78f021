/**
 * Edits of cells in a sheet of the user's, made in the package: on the XlsxWriter fixture with the
 * analyst's own Assumptions and Scenarios sheets (test/fixtures/package/make_fixtures.py), every other
 * part and every other cell is kept byte for byte; formulas, locked cells of a protected sheet and
 * unusual but valid XML (no references, a namespace prefix, empty sheet data) are handled.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import {
  editSheetCells,
  formulaCellsOf,
  openPackage,
  PackageError,
  savePackage,
  workbookDataFromPackage,
} from "../../src/package";
import type { PackageParts } from "../../src/package";
import { recalculateInLibreOffice, valueAt } from "../helpers/libreoffice";
import { changedParts, malformedParts, packageParts, text } from "./packageParts";

const FIXTURE = path.resolve(__dirname, "../fixtures/package/analyst-own-sheets.xlsm");
const ASSUMPTIONS_PART = "xl/worksheets/sheet4.xml";

/** The `<c>` elements of a worksheet's XML by reference, as written. */
function cellsOf(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g))
    cells.set(match[1] ?? "", match[0]);
  return cells;
}

/** A package of one sheet whose worksheet XML is given (for XML the fixture does not have). */
async function oneSheetPackage(sheetXml: string, stylesXml?: string): Promise<PackageParts> {
  const parts = openPackage(new Uint8Array(await fs.readFile(FIXTURE)));
  parts.set(ASSUMPTIONS_PART, new TextEncoder().encode(sheetXml));
  if (stylesXml !== undefined) parts.set("xl/styles.xml", new TextEncoder().encode(stylesXml));
  return parts;
}

function partText(parts: PackageParts, name: string): string {
  const data = parts.get(name);
  if (data === undefined || "deflated" in data) throw new Error(`no plain part ${name}`);
  return new TextDecoder().decode(data);
}

const WORKSHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

describe("editing cells of the user's own sheet in the package", () => {
  let input: Map<string, Uint8Array>;
  let output: Map<string, Uint8Array>;
  let outputBytes: Uint8Array;

  beforeAll(async () => {
    const bytes = new Uint8Array(await fs.readFile(FIXTURE));
    input = await packageParts(bytes);
    const parts = openPackage(bytes);
    editSheetCells(parts, "Assumptions", [
      { row: 2, column: 2, value: 22.07 },
      { row: 4, column: 1, value: "practice_count_floor" },
      { row: 4, column: 2, value: 3 },
      { row: 2, column: 5, value: "checked <by> Finance & Co" },
    ]);
    outputBytes = savePackage(parts);
    output = await packageParts(outputBytes);
  });

  test("only the edited sheet changes; every other part is kept byte for byte", () => {
    expect(changedParts(input, output, true)).toEqual([ASSUMPTIONS_PART]);
    expect([...output.keys()].sort()).toEqual([...input.keys()].sort());
    expect(malformedParts(output)).toEqual([]);
    // XlsxWriter's workbook already asks for a recalculation on opening, so workbook.xml is kept too.
    expect(text(input, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });

  test("in that sheet, only the edited cells change: the value keeps its money style, formulas stay, text is inline", () => {
    const before = cellsOf(text(input, ASSUMPTIONS_PART));
    const after = cellsOf(text(output, ASSUMPTIONS_PART));
    for (const [reference, cell] of before)
      if (reference !== "B2") expect([reference, after.get(reference)]).toEqual([reference, cell]);
    expect(after.get("B2")).toBe('<c r="B2" s="2"><v>22.07</v></c>');
    expect(after.get("D2")).toBe('<c r="D2"><f>B2*2</f><v>50</v></c>');
    expect(after.get("E2")).toBe(
      '<c r="E2" t="inlineStr"><is><t>checked &lt;by&gt; Finance &amp; Co</t></is></c>'
    );
    expect(after.get("A4")).toBe(
      '<c r="A4" t="inlineStr"><is><t>practice_count_floor</t></is></c>'
    );
    expect(text(output, ASSUMPTIONS_PART)).toContain('<dimension ref="A1:E4"/>');
    expect(text(output, "xl/sharedStrings.xml")).toBe(text(input, "xl/sharedStrings.xml"));
  });

  test("the package reader reads the edits; the user's formula cells are found", () => {
    const parts = openPackage(outputBytes);
    const sheet = workbookDataFromPackage(parts).sheets.find((s) => s.name === "Assumptions")!;
    expect(sheet.rows[1]).toEqual([
      "rca_per_head",
      22.07,
      "Running-cost allowance, £ per head",
      50,
      "checked <by> Finance & Co",
    ]);
    expect(sheet.rows[3]?.slice(0, 2)).toEqual(["practice_count_floor", 3]);
    const isFormula = formulaCellsOf(parts, "Assumptions");
    expect([isFormula(2, 4), isFormula(3, 2), isFormula(2, 2), isFormula(1, 1)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  test("LibreOffice opens the copy and recalculates: the user's formula follows the edited value", async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), "ccg-cell-edits-"));
    try {
      const file = path.join(folder, "edited.xlsx");
      await fs.writeFile(file, outputBytes);
      const [book] = await recalculateInLibreOffice([file]);
      expect(valueAt(book?.["Assumptions"], "B2")).toBe(22.07);
      expect(valueAt(book?.["Assumptions"], "D2")).toBe(44.14);
      expect(valueAt(book?.["Assumptions"], "A4")).toBe("practice_count_floor");
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  }, 200_000);

  test("a formula cell is refused in plain words, and the package is unchanged", async () => {
    const parts = openPackage(new Uint8Array(await fs.readFile(FIXTURE)));
    const before = partText(parts, ASSUMPTIONS_PART);
    expect(() => editSheetCells(parts, "Assumptions", [{ row: 3, column: 2, value: 1 }])).toThrow(
      new PackageError("'Assumptions'!B3 holds a formula, which is left as it is")
    );
    expect(partText(parts, ASSUMPTIONS_PART)).toBe(before);
  });

  test("a protected sheet: a locked cell is refused (as Excel refuses it); an unlocked one is written", async () => {
    const styles = text(input, "xl/styles.xml").replace(
      /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/,
      (_m, count: string, xfs: string) =>
        `<cellXfs count="${Number(count) + 1}">${xfs}<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf></cellXfs>`
    );
    const unlocked = String(Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]) - 1);
    const sheet = `${WORKSHEET_START}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Key</t></is></c></row><row r="2"><c r="B2" s="${unlocked}"><v>1</v></c></row></sheetData><sheetProtection sheet="1" objects="1"/></worksheet>`;
    const parts = await oneSheetPackage(sheet, styles);
    const workbook = partText(parts, "xl/workbook.xml").replace(' fullCalcOnLoad="1"', "");
    parts.set("xl/workbook.xml", new TextEncoder().encode(workbook));
    expect(() => editSheetCells(parts, "Assumptions", [{ row: 1, column: 1, value: "x" }])).toThrow(
      "'Assumptions'!A1 is locked and the sheet is protected: unprotect the sheet in Excel (Review > Unprotect Sheet) and try again"
    );
    expect(() => editSheetCells(parts, "Assumptions", [{ row: 5, column: 2, value: 2 }])).toThrow(
      "'Assumptions'!B5 is locked"
    );
    editSheetCells(parts, "Assumptions", [{ row: 2, column: 2, value: 7 }]);
    expect(partText(parts, ASSUMPTIONS_PART)).toContain(`<c r="B2" s="${unlocked}"><v>7</v></c>`);
    // A formula elsewhere may read the edited cell: Excel is asked to recalculate on opening.
    expect(partText(parts, "xl/workbook.xml")).toContain(
      '<calcPr calcId="124519" fullCalcOnLoad="1"/>'
    );
  });

  test("rows and cells without references, a namespace prefix and empty sheet data are edited in place", async () => {
    const prefixed = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:B2"/><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>Key</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Value</x:t></x:is></x:c></x:row><x:row spans="1:2"><x:c t="inlineStr"><x:is><x:t>rca_per_head</x:t></x:is></x:c><x:c><x:v>25</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const parts = await oneSheetPackage(prefixed);
    editSheetCells(parts, "Assumptions", [
      { row: 2, column: 3, value: "note" },
      { row: 2, column: 2, value: 24 },
    ]);
    const xml = partText(parts, ASSUMPTIONS_PART);
    // A row before the edited one gets its number (cells in a row left alone need none).
    expect(xml).toContain('<x:row r="1"><x:c t="inlineStr">');
    expect(xml).toContain(
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>rca_per_head</x:t></x:is></x:c><x:c r="B2"><x:v>24</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>note</x:t></x:is></x:c></x:row>'
    );
    expect(xml).toContain('<x:dimension ref="A1:C2"/>');
    const read = workbookDataFromPackage(parts).sheets.find((s) => s.name === "Assumptions");
    expect(read?.rows).toEqual([
      ["Key", "Value"],
      ["rca_per_head", 24, "note"],
    ]);

    const empty = await oneSheetPackage(`${WORKSHEET_START}<sheetData/></worksheet>`);
    editSheetCells(empty, "Assumptions", [
      { row: 3, column: 1, value: "Key" },
      { row: 1, column: 1, value: "Top" },
    ]);
    expect(partText(empty, ASSUMPTIONS_PART)).toContain(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Top</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Key</t></is></c></row></sheetData>'
    );
  });

  test("a sheet that is not in the workbook is named in plain words", async () => {
    const parts = openPackage(new Uint8Array(await fs.readFile(FIXTURE)));
    expect(() => editSheetCells(parts, "Budget", [{ row: 1, column: 1, value: 1 }])).toThrow(
      "sheet 'Budget' is not a worksheet of the workbook"
    );
  });
});
