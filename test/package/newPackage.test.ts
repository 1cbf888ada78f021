/**
 * Plain sheets written as a new package (a CSV's practice list in its analysed copy, `sample`,
 * `demo`), read back by ExcelJS and JSZip, independent readers.
 */
import JSZip from "jszip";
import type { Workbook } from "exceljs";
import type { SheetData, WorkbookData } from "../../src/engine/cells";
import { newPackageFromSheets, savePackage } from "../../src/package";
import { loadByExcelJs, workbookDataFromExcelJs } from "../helpers/excelJs";

const practices: SheetData = {
  name: "Practices",
  firstRow: 1,
  firstColumn: 1,
  rows: [
    ["practice_code", "practice_name", "ccg_code", "list_size", "opened"],
    ["F82625", "ABBEY MEDICAL CENTRE", "07L", 6568, new Date(Date.UTC(1990, 0, 1))],
    ["X1", '=HYPERLINK("http://evil")', "+44 20", -1, true],
    ["X2", "-x", "@x", null, { error: "#N/A" }],
  ],
};

async function writeAndRead(data: WorkbookData): Promise<{ reread: Workbook; zip: JSZip }> {
  const buffer = savePackage(newPackageFromSheets(data.sheets));
  return { reread: await loadByExcelJs(buffer), zip: await JSZip.loadAsync(buffer) };
}

describe("newPackageFromSheets", () => {
  test("values survive write and read unchanged", async () => {
    const { reread } = await writeAndRead(({ sheets: [practices] }));
    expect(workbookDataFromExcelJs(reread).sheets).toEqual([practices]);
  });

  test("text that looks like a formula is stored as text, never as a formula", async () => {
    const { reread, zip } = await writeAndRead(({ sheets: [practices] }));
    const sheet = reread.getWorksheet("Practices")!;
    for (const address of ["B3", "C3", "B4", "C4"]) {
      expect(typeof sheet.getCell(address).value).toBe("string");
      expect(sheet.getCell(address).formula).toBeUndefined();
    }
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).not.toContain("<f>");
    expect(xml).toMatch(/<c r="B3"[^>]*t="inlineStr"/);
  });

  test("bold frozen header with filter buttons and fitted column widths", async () => {
    const { reread } = await writeAndRead(({ sheets: [practices] }));
    const sheet = reread.getWorksheet("Practices")!;
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("A2").font?.bold).not.toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:E4");
    const nameWidth = sheet.getColumn(2).width ?? 0;
    expect(nameWidth).toBeGreaterThanOrEqual("ABBEY MEDICAL CENTRE".length);
    expect(nameWidth).toBeLessThanOrEqual(60);
    expect(sheet.getColumn(3).width).toBeLessThan(nameWidth);
  });

  test("data that starts below and right of A1 keeps its place; the header is its first row", async () => {
    const offset: SheetData = { name: "Offset", firstRow: 3, firstColumn: 2, rows: [["code", "size"], ["A", 1]] };
    const { reread } = await writeAndRead(({ sheets: [offset, { name: "Empty", rows: [], firstRow: 1, firstColumn: 1 }] }));
    const sheet = reread.getWorksheet("Offset")!;
    expect(sheet.getCell("B3").value).toBe("code");
    expect(sheet.getCell("B3").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.autoFilter).toBe("B3:C4");
    expect(workbookDataFromExcelJs(reread).sheets.map((s) => s.name)).toEqual(["Offset", "Empty"]);
  });
});
