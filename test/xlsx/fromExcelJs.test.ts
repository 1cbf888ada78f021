import { Workbook } from "exceljs";
import { cellValueFromExcelJs, sheetDataFromWorksheet, workbookDataFromExcelJs } from "../../src/xlsx/fromExcelJs";
import { ownershipName } from "../../src/output/names";
import { referenceToA1 } from "../../src/output/names";

/** Writes and reads a workbook back, so values pass through real XML. */
async function roundTrip(workbook: Workbook): Promise<Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const reread = new Workbook();
  await reread.xlsx.load(buffer as ArrayBuffer);
  return reread;
}

function everyKindOfCell(): Workbook {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Kinds");
  sheet.getCell("B3").value = "header";
  sheet.getCell("C3").value = 6568;
  sheet.getCell("D3").value = true;
  sheet.getCell("E3").value = new Date(Date.UTC(2014, 5, 30));
  sheet.getCell("B4").value = { richText: [{ text: "Abbey " }, { text: "Medical", font: { bold: true } }] };
  sheet.getCell("C4").value = { text: "NHS Digital", hyperlink: "https://example.org/" };
  sheet.getCell("D4").value = { error: "#N/A" };
  sheet.getCell("E4").value = { formula: "C3*2", result: 13136 };
  sheet.getCell("B5").value = { formula: "C3-C3", result: 0 };
  sheet.getCell("C5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  sheet.getCell("D5").value = { formula: "C3>0", result: false };
  sheet.getCell("E5").value = { formula: "NOW()" }; // never calculated: no cached result
  sheet.getCell("B6").value = { formula: "C3+1", result: 6569, shareType: "shared", ref: "B6:B7" } as never;
  sheet.getCell("B7").value = { sharedFormula: "B6", result: 6570 };
  sheet.getCell("C6").value = "=HYPERLINK(\"x\")";
  sheet.getCell("C7").value = "  ";
  sheet.getCell("D6").value = "merged";
  sheet.mergeCells("D6:E7");
  sheet.getCell("F9").value = -1.5;
  return workbook;
}

describe("workbookDataFromExcelJs", () => {
  test.each([
    ["in memory", async (workbook: Workbook) => workbook],
    ["after write and read", roundTrip],
  ])("every kind of cell converts (%s)", async (_label, prepare) => {
    const workbook = await prepare(everyKindOfCell());
    const data = workbookDataFromExcelJs(workbook);
    expect(data.sheets).toHaveLength(1);
    const sheet = data.sheets[0]!;
    expect(sheet.name).toBe("Kinds");
    expect(sheet.firstRow).toBe(3);
    expect(sheet.firstColumn).toBe(2);
    expect(sheet.rows).toHaveLength(7); // rows 3..9
    expect(sheet.rows[0]).toEqual(["header", 6568, true, new Date(Date.UTC(2014, 5, 30))]);
    expect(sheet.rows[1]).toEqual(["Abbey Medical", "NHS Digital", { error: "#N/A" }, 13136]);
    expect(sheet.rows[2]).toEqual([0, { error: "#DIV/0!" }, false]); // E5 has no cached result
    expect(sheet.rows[3]).toEqual([6569, '=HYPERLINK("x")', "merged"]); // E6 is covered by the merge
    expect(sheet.rows[4]).toEqual([6570, "  "]); // D7, E7 covered by the merge
    expect(sheet.rows[5]).toEqual([]);
    expect(sheet.rows[6]).toEqual([null, null, null, null, -1.5]);
  });

  test("sheets come in tab order, empty sheets have no rows", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Zeta").getCell("A1").value = 1;
    workbook.addWorksheet("Empty");
    workbook.addWorksheet("Alpha").getCell("C2").value = "x";
    const data = workbookDataFromExcelJs(await roundTrip(workbook));
    expect(data.sheets.map((sheet) => sheet.name)).toEqual(["Zeta", "Empty", "Alpha"]);
    expect(data.sheets[1]).toEqual({ name: "Empty", rows: [], firstRow: 1, firstColumn: 1 });
    expect(data.sheets[2]).toEqual({ name: "Alpha", rows: [["x"]], firstRow: 2, firstColumn: 3 });
  });

  test("a cell holding only formatting is outside the used range", () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("Styled");
    sheet.getCell("A1").numFmt = "0.0%";
    sheet.getCell("B2").value = 3;
    sheet.getCell("Z99").font = { bold: true };
    expect(sheetDataFromWorksheet(sheet)).toEqual({ name: "Styled", rows: [[3]], firstRow: 2, firstColumn: 2 });
  });

  test("sheets owned by an earlier run are listed, following a renamed sheet", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Practices").getCell("A1").value = "code";
    workbook.addWorksheet("My summary").getCell("A1").value = "CCG code";
    workbook.definedNames.add(referenceToA1("My summary"), ownershipName("CCG Summary"));
    workbook.definedNames.add(referenceToA1("Deleted long ago"), ownershipName("Data Quality"));
    const data = workbookDataFromExcelJs(await roundTrip(workbook));
    expect(data.ownedSheets).toEqual(["My summary"]);
  });

  test("cell conversion reads a formula's falsy cached result, which cell.value drops", () => {
    const workbook = new Workbook();
    const cell = workbook.addWorksheet("F").getCell("A1");
    cell.value = { formula: "0*1", result: 0 };
    expect((cell.value as { result?: unknown }).result).toBeUndefined(); // the ExcelJS pitfall
    expect(cellValueFromExcelJs(cell)).toBe(0);
  });

  test("100k rows convert", () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("Big");
    sheet.addRow(["code", "ccg", "list size", "lat", "lon"]);
    for (let i = 0; i < 100_000; i += 1) sheet.addRow([`P${i}`, `0${i % 10}L`, i, 51 + i / 1e6, -1 - i / 1e6]);
    const data = workbookDataFromExcelJs(workbook);
    const rows = data.sheets[0]!.rows;
    expect(rows).toHaveLength(100_001);
    expect(rows[100_000]).toEqual(["P99999", "09L", 99_999, 51 + 99_999 / 1e6, -1 - 99_999 / 1e6]);
  });
});
