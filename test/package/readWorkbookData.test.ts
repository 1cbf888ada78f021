/**
 * The package reader (src/package/readWorkbookData.ts) against ExcelJS's reading (the reader it
 * replaced, kept in test/helpers/excelJs.ts as an independent reference): the same plain cells for
 * every kind of value and workbook, and plain-words errors naming the sheet and cell where ExcelJS
 * crashed or read nonsense.
 */
import fs from "fs";
import path from "path";
import { Workbook } from "exceljs";
import type { WorkbookData } from "../../src/engine/cells";
import { openPackage, savePackage } from "../../src/package";
import { newPackageFromSheets } from "../../src/package/newPackage";
import { workbookDataFromPackage } from "../../src/package/readWorkbookData";
import { ownershipName, referenceToA1 } from "../../src/output/names";
import { generateSmallSample } from "../../src/sample";
import { decodeCsvText, parseCsv } from "../../src/xlsx/csv";
import { CORPUS } from "../corpus/corpus";
import { workbookParts, zipOf } from "../corpus/zipParts";
import { excelJsWorkbookOf, readByExcelJs } from "../helpers/excelJs";
import { describeWithEnglandData, englandDataFile } from "../helpers/realData";
import { PRACTICE_LIST_FIXTURE, practiceListWorkbook } from "../xlsx/fixtureWorkbooks";

jest.setTimeout(60_000);

const FIXTURES = path.resolve(__dirname, "../fixtures");

function readByPackage(bytes: Uint8Array): WorkbookData {
  return workbookDataFromPackage(openPackage(bytes));
}

async function excelJsBytes(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook holding every kind of value a practice list may have, written by ExcelJS. */
function everyKindOfValue(): Workbook {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Values");
  sheet.addRow([
    "text",
    12.5,
    -3,
    0,
    true,
    false,
    { error: "#DIV/0!" },
    "  spaced  ",
    "multi\nline",
  ]);
  sheet.addRow([
    { formula: "1+1", result: 2 },
    { formula: "0*1", result: 0 },
    { formula: "1=2", result: false },
    { formula: '"a"&"b"', result: "ab" },
    { formula: "NA()", result: { error: "#N/A" } },
    { formula: "NOW()" },
  ]);
  sheet.addRow([
    { richText: [{ text: "Rich " }, { font: { bold: true }, text: "text" }] },
    "£ & < > \" '",
  ]);
  sheet.addRow([{ text: "NHS", hyperlink: "https://www.nhs.uk" }, "Café Ünïcode ✚ 😀"]);
  const dates = sheet.addRow([
    new Date(Date.UTC(2016, 0, 1)),
    new Date(Date.UTC(2016, 2, 31, 12, 30)),
    42370,
  ]);
  dates.getCell(2).numFmt = "dd/mm/yyyy hh:mm";
  dates.getCell(3).numFmt = "[$-809]d mmmm yyyy;@";
  const formats = sheet.addRow([1234.5, 0.25, 7]);
  formats.getCell(1).numFmt = '#,##0.00 "beds"';
  formats.getCell(2).numFmt = "0%";
  formats.getCell(3).numFmt = '"Day" 0';
  sheet.getCell("B10").value = { sharedFormula: "A10", result: 12.5 } as never;
  sheet.getCell("A10").value = {
    formula: "B1",
    result: 12.5,
    shareType: "shared",
    ref: "A10:B10",
  } as never;
  sheet.getCell("D12").value = "far";
  sheet.mergeCells("D12:F13");
  sheet.getCell("E12").value = "covered";
  const hidden = workbook.addWorksheet("Hidden lookup");
  hidden.state = "hidden";
  hidden.getCell("C3").value = "07L";
  workbook.addWorksheet("Empty");
  return workbook;
}

describe("the package reader reads what ExcelJS read", () => {
  test("every kind of value: text, numbers, booleans, errors, formula results (0, false, none), rich text, hyperlinks, dates, merged cells, hidden and empty sheets", async () => {
    const bytes = await excelJsBytes(everyKindOfValue());
    const data = readByPackage(bytes);
    expect(data).toEqual(await readByExcelJs(bytes));
    const values = data.sheets[0]!.rows;
    expect(values[0]).toEqual([
      "text",
      12.5,
      -3,
      0,
      true,
      false,
      { error: "#DIV/0!" },
      "  spaced  ",
      "multi\nline",
    ]);
    expect(values[1]).toEqual([2, 0, false, "ab", { error: "#N/A" }]);
    expect(values[4]).toEqual([
      new Date(Date.UTC(2016, 0, 1)),
      new Date(Date.UTC(2016, 2, 31, 12, 30)),
      new Date(Date.UTC(2016, 0, 1)),
    ]);
    expect(values[5]).toEqual([1234.5, 0.25, 7]);
    expect(data.sheets.map((sheet) => sheet.name)).toEqual(["Values", "Hidden lookup", "Empty"]);
  });

  test.each([
    [
      "the practice-list fixture (a table, a title, a merged title, #N/A, a formula)",
      PRACTICE_LIST_FIXTURE,
    ],
    [
      "a list saved by LibreOffice (shared strings, its own styles)",
      path.join(FIXTURES, "xlsx/practice-list-saved-by-libreoffice.xlsx"),
    ],
    [
      "an analyst's workbook (chart, image, comments, validation, names, hidden sheet)",
      path.join(FIXTURES, "package/analyst-workbook.xlsx"),
    ],
    ["an analyst's macro-enabled workbook", path.join(FIXTURES, "package/analyst-workbook.xlsm")],
  ])("%s", async (_name, file) => {
    const bytes = fs.readFileSync(file);
    expect(readByPackage(bytes)).toEqual(await readByExcelJs(bytes));
  });

  test("the sample workbook, written by ExcelJS", async () => {
    const bytes = await excelJsBytes(excelJsWorkbookOf(generateSmallSample()));
    expect(readByPackage(bytes)).toEqual(await readByExcelJs(bytes));
  });

  test.each(
    CORPUS.filter((entry) => entry.file.endsWith(".xlsx") && entry.expect.exit === 0).map(
      (entry) => [entry.name, entry] as const
    )
  )("corpus: %s", async (_name, entry) => {
    const bytes = await entry.bytes();
    expect(readByPackage(bytes)).toEqual(await readByExcelJs(bytes));
  });

  test("an analysed copy: our own sheets are marked as owned, as before", async () => {
    const workbook = practiceListWorkbook();
    const bytes = await excelJsBytes(workbook);
    const parts = openPackage(bytes);
    const { addOutputsToPackage } = await import("../../src/package");
    const { analyseWorkbook } = await import("../../src/engine/analyse");
    const { buildOutputContents } = await import("../../src/output/tableSheet");
    addOutputsToPackage(parts, buildOutputContents(analyseWorkbook(readByPackage(bytes))));
    const analysed = savePackage(parts);
    const data = readByPackage(analysed);
    expect(data.ownedSheets).toEqual(expect.arrayContaining(["CCG Summary", "Data Quality"]));
    expect(data.ownedSheets).not.toContain("Practices");
    expect(data).toEqual(await readByExcelJs(analysed));
  });
  test("sheets in tab order; an empty sheet has no rows; a cell holding only formatting is outside the used range", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Zeta").getCell("A1").value = 1;
    workbook.addWorksheet("Empty");
    const styled = workbook.addWorksheet("Styled");
    styled.getCell("A1").numFmt = "0.0%";
    styled.getCell("C2").value = "x";
    styled.getCell("Z99").font = { bold: true };
    const bytes = await excelJsBytes(workbook);
    const data = readByPackage(bytes);
    expect(data).toEqual(await readByExcelJs(bytes));
    expect(data.sheets).toEqual([
      { name: "Zeta", rows: [[1]], firstRow: 1, firstColumn: 1 },
      { name: "Empty", rows: [], firstRow: 1, firstColumn: 1 },
      { name: "Styled", rows: [["x"]], firstRow: 2, firstColumn: 3 },
    ]);
  });

  test("sheets owned by an earlier run are listed, following a renamed sheet; a name to a deleted sheet owns nothing", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Practices").getCell("A1").value = "code";
    workbook.addWorksheet("My summary").getCell("A1").value = "CCG code";
    workbook.definedNames.add(referenceToA1("My summary"), ownershipName("CCG Summary"));
    workbook.definedNames.add(referenceToA1("Deleted long ago"), ownershipName("Data Quality"));
    const bytes = await excelJsBytes(workbook);
    const data = readByPackage(bytes);
    expect(data.ownedSheets).toEqual(["My summary"]);
    expect(data).toEqual(await readByExcelJs(bytes));
  });
});

describeWithEnglandData("the England list as a workbook", ["practices-2016q1.csv"], () => {
  test("the CSV written as a package reads back as the CSV's own cells", () => {
    const sheet = parseCsv(
      decodeCsvText(fs.readFileSync(englandDataFile("practices-2016q1.csv"))),
      "Practices"
    );
    const bytes = savePackage(newPackageFromSheets([sheet]));
    const read = readByPackage(bytes).sheets[0]!;
    expect(read.rows.length).toBe(sheet.rows.length);
    // The CSV keeps trailing empty cells; the used range does not.
    const trimmed = (rows: typeof sheet.rows) =>
      rows.map((row) => {
        const copy = [...row];
        while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
        return copy;
      });
    expect(trimmed(read.rows)).toEqual(trimmed(sheet.rows));
  });
});

/** A one-sheet package whose sheet XML and extra parts are given. */
function handMade(
  sheetData: string,
  extra: {
    sharedStrings?: string;
    styles?: string;
    workbookPr?: string;
    afterSheetData?: string;
    prefix?: string;
  } = {}
): Buffer {
  const parts = workbookParts(sheetData);
  const text = (s: string) => Buffer.from(s, "utf8");
  const withParts = parts.map((part) => {
    if (part.name === "xl/worksheets/sheet1.xml" && (extra.afterSheetData || extra.prefix)) {
      const p = extra.prefix ?? "";
      const xml = part.data
        .toString("utf8")
        .replace(/<(\/?)(worksheet|sheetData)/g, `<$1${p}$2`)
        .replace(`xmlns=`, p ? `xmlns:${p.slice(0, -1)}=` : "xmlns=");
      return {
        ...part,
        data: text(
          xml.replace(`</${p}worksheet>`, `${extra.afterSheetData ?? ""}</${p}worksheet>`)
        ),
      };
    }
    if (part.name === "xl/workbook.xml" && extra.workbookPr)
      return {
        ...part,
        data: text(part.data.toString("utf8").replace("<sheets>", `${extra.workbookPr}<sheets>`)),
      };
    return part;
  });
  if (extra.sharedStrings)
    withParts.push({
      name: "xl/sharedStrings.xml",
      data: text(
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.sharedStrings}</sst>`
      ),
    });
  if (extra.styles)
    withParts.push({
      name: "xl/styles.xml",
      data: text(
        `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.styles}</styleSheet>`
      ),
    });
  return zipOf(withParts);
}

describe("what ExcelJS got wrong or crashed on", () => {
  test("namespace prefixes (strict writers), cells and rows without references, encoded characters in inline strings", () => {
    const sheetData =
      '<x:row><x:c t="inlineStr"><x:is><x:t>Bell_x0007_ &amp; _x005F_x0041_</x:t></x:is></x:c><x:c><x:v>5</x:v></x:c></x:row>' +
      '<x:row r="4"><x:c r="C4" t="b"><x:v>1</x:v></x:c></x:row>';
    const data = readByPackage(handMade(sheetData, { prefix: "x:" }));
    expect(data.sheets[0]).toEqual({
      name: "Practices",
      firstRow: 1,
      firstColumn: 1,
      rows: [["Bell\u0007 & _x0041_", 5], [], [], [null, null, true]],
    });
  });

  test('ISO dates (t="d"), the 1904 date system, a date style from the workbook\'s own formats, phonetic guides left out', () => {
    const data = readByPackage(
      handMade(
        '<row r="1"><c r="A1" t="d"><v>2016-01-01T00:00:00Z</v></c><c r="B1" s="1"><v>0</v></c><c r="C1" t="s"><v>0</v></c></row>',
        {
          workbookPr: '<workbookPr date1904="1"/>',
          styles:
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
          sharedStrings: '<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>',
        }
      )
    );
    expect(data.sheets[0]?.rows).toEqual([
      [new Date(Date.UTC(2016, 0, 1)), new Date(Date.UTC(1904, 0, 1)), "東京"],
    ]);
  });

  test("a shared string that does not exist: a plain error naming the sheet and cell", () => {
    expect(() =>
      readByPackage(
        handMade('<row r="7"><c r="B7" t="s"><v>3</v></c></row>', {
          sharedStrings: "<si><t>one</t></si>",
        })
      )
    ).toThrow("'Practices'!B7 refers to shared string 3, but the workbook has 1");
  });

  test("a row number beyond Excel's last row is refused, not filled in", () => {
    expect(() =>
      readByPackage(handMade('<row r="99999999"><c r="A99999999"><v>1</v></c></row>'))
    ).toThrow("sheet 'Practices' has a row numbered '99999999', outside Excel's 1 to 1,048,576");
  });

  test("a merge as large as the sheet costs nothing beyond its cells", () => {
    const data = readByPackage(
      handMade(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c></row>',
        { afterSheetData: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' }
      )
    );
    expect(data.sheets[0]?.rows).toEqual([[1]]);
  });

  test("a package without worksheets", () => {
    const parts = workbookParts("").filter((part) => !part.name.startsWith("xl/worksheets/"));
    expect(() => readByPackage(zipOf(parts))).toThrow("it has no worksheets");
  });
});
