/**
 * Every SheetContent feature through the package writer, on a synthetic plan (a scoring-style
 * sheet with formulas, dropdowns, all three kinds of conditional format, hidden columns, widths,
 * bold, number formats, a table and a chart), read back by an independent reader (ExcelJS).
 * Also: text that looks like a formula stays text; a user's sheet bearing an output name is left
 * alone (diversion); our sheet renamed by the user is replaced in place.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import type { Worksheet } from "exceljs";
import type { SheetContent } from "../../src/output/sheetPlan";
import { addOutputsToPackage, openPackage, savePackage } from "../../src/package";
import { partText } from "../../src/package/zipPackage";
import { malformedParts, packageParts, text, workbookSheets } from "./packageParts";

const FIXTURE = path.resolve(__dirname, "../fixtures/package/analyst-workbook.xlsx");

const scoring: SheetContent = {
  output: "Scoring 07L",
  cells: [
    ["CCG code", "07L"],
    ["Threshold", 0.25],
    ["Tricky text", "=SUM(A1:A2)", "+44 20", "-x", "@x", " padded ", "a\u0001b", "_x0041_", true],
    [],
    ["Id", "Status", "Support", "Prefilled"],
    ["C1", "Met", 0.5, "Met"],
    ["C2", "Not met", 0.125, "Not met"],
    ["C3", "Met", 0.75, "Met"],
    [],
    ["Outcome", { formula: 'IF(COUNTIF(B6:B8,"Not met")>0,"RED","GREEN")', result: "RED" }],
    ["Count", { formula: "COUNTA(A6:A8)", result: 3 }],
    ["Any met", { formula: 'COUNTIF(B6:B8,"Met")>0', result: true }],
    ["Later", { formula: "SUM(C6:C8)" }],
  ],
  numberFormats: [
    { range: "B2", format: "0.0%" },
    { range: "C6:C8", format: "£#,##0.00;[Red]-£#,##0.00" },
  ],
  tables: [
    { name: "Scoring_07L", range: "A5:D8", style: "TableStyleMedium2", showFilterButton: true },
  ],
  validations: [
    {
      range: "B6:B8",
      list: ["Met", "Partially met", "Not met"],
      errorMessage: "Pick a status from the list",
    },
  ],
  conditionalFormats: [
    {
      range: "B10",
      rules: [{ kind: "containsText", text: "RED", fill: "FFC7CE", font: "9C0006" }],
    },
    {
      range: "C6:C8",
      rules: [
        {
          kind: "cellValue",
          operator: "lessThan",
          formula: "$B$2",
          fill: "FFEB9C",
          font: "9C5700",
        },
      ],
    },
    {
      range: "A6:A8",
      rules: [{ kind: "expression", formula: '$B6="Met"', fill: "C6EFCE", font: "006100" }],
    },
  ],
  columnWidths: [14, undefined, 12.5],
  hiddenColumns: [4],
  frozenRows: 5,
  boldRanges: ["A1:A2", "A10:A13"],
  charts: [
    {
      name: "Support by criterion",
      title: "Support",
      categories: "A6:A8",
      series: [{ name: "Support", values: "C6:C8", pointColours: ["9C0006", null, "006100"] }],
      from: "F2",
      to: "M20",
    },
  ],
};

async function write(input: Uint8Array, contents: readonly SheetContent[]) {
  const parts = openPackage(input);
  const result = addOutputsToPackage(parts, contents);
  return { bytes: savePackage(parts), result };
}

async function read(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe("every sheet feature through the package writer", () => {
  let bytes: Uint8Array;
  let sheet: Worksheet;

  beforeAll(async () => {
    bytes = (await write(new Uint8Array(await fs.readFile(FIXTURE)), [scoring])).bytes;
    const found = (await read(bytes)).getWorksheet("Scoring 07L");
    if (found === undefined) throw new Error("no Scoring 07L sheet");
    sheet = found;
  });

  test("values: text stays text (never a formula), numbers, booleans, escapes", () => {
    expect(["C3", "D3", "E3", "F3"].map((a) => sheet.getCell(a).value)).toEqual([
      "+44 20",
      "-x",
      "@x",
      " padded ",
    ]);
    expect(sheet.getCell("B3").value).toBe("=SUM(A1:A2)");
    expect(sheet.getCell("B3").formula).toBeUndefined();
    // Characters XML cannot hold, and a literal `_xHHHH_`, are written in OOXML's own escape
    // (Excel decodes it; ExcelJS's reader does not, so the XML is checked).
    expect(sheet.getCell("G3").value).toBe("a_x0001_b");
    expect(sheet.getCell("H3").value).toBe("_x005F_x0041_");
    expect(sheet.getCell("I3").value).toBe(true);
    expect(sheet.getCell("B2").value).toBe(0.25);
  });

  test("formulas keep their cached results (text, number, boolean, none)", () => {
    expect(sheet.getCell("B10").formula).toBe('IF(COUNTIF(B6:B8,"Not met")>0,"RED","GREEN")');
    expect(sheet.getCell("B10").result).toBe("RED");
    expect(sheet.getCell("B11").result).toBe(3);
    expect(sheet.getCell("B12").result).toBe(true);
    expect(sheet.getCell("B13").formula).toBe("SUM(C6:C8)");
  });

  test("number formats, bold, widths, hidden column, frozen rows", () => {
    expect(sheet.getCell("B2").numFmt).toBe("0.0%");
    expect(sheet.getCell("C7").numFmt).toBe("£#,##0.00;[Red]-£#,##0.00");
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("A12").font?.bold).toBe(true);
    expect(sheet.getCell("B1").font?.bold).toBeFalsy();
    expect(sheet.getColumn(1).width).toBe(14);
    expect(sheet.getColumn(3).width).toBe(12.5);
    expect(sheet.getColumn(4).hidden).toBe(true);
    expect(sheet.getColumn(2).hidden).toBe(false);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
  });

  test("dropdowns and the three kinds of conditional format", () => {
    expect(sheet.getCell("B7").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Met,Partially met,Not met"'],
      error: "Pick a status from the list",
      showErrorMessage: true,
    });
    const formats = (
      sheet as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: {
            type: string;
            operator?: string;
            formulae?: string[];
            text?: string;
            style?: { fill?: { bgColor?: { argb?: string } } };
          }[];
        }[];
      }
    ).conditionalFormattings;
    const byRange = new Map(formats.map((f) => [f.ref, f.rules[0]]));
    expect(byRange.get("B10")).toMatchObject({ type: "containsText" });
    expect(byRange.get("B10")?.style?.fill?.bgColor?.argb).toBe("FFFFC7CE");
    expect(byRange.get("C6:C8")).toMatchObject({
      type: "cellIs",
      operator: "lessThan",
      formulae: ["$B$2"],
    });
    expect(byRange.get("A6:A8")).toMatchObject({ type: "expression", formulae: ['$B6="Met"'] });
    expect(byRange.get("A6:A8")?.style?.fill?.bgColor?.argb).toBe("FFC6EFCE");
  });

  test("the table, the chart with its point colours, the ownership name; every part well-formed", async () => {
    const parts = await packageParts(bytes);
    const tables = (
      sheet.getTables() as unknown as { table: { name: string; tableRef: string } }[]
    ).map((t) => t.table);
    expect(tables).toMatchObject([{ name: "Scoring_07L", tableRef: "A5:D8" }]);
    const chart = [...parts.keys()]
      .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => text(parts, n))
      .find((xml) => xml.includes("<a:t>Support</a:t>"));
    expect(chart).toContain("<c:f>&apos;Scoring 07L&apos;!$C$6:$C$8</c:f>");
    expect(chart?.match(/<c:dPt>/g)).toHaveLength(2);
    expect(chart).toContain('<c:pt idx="1"><c:v>0.125</c:v></c:pt>');
    expect(text(parts, "xl/workbook.xml")).toContain(
      '<definedName name="CCGFootprint_Scoring_07L">&apos;Scoring 07L&apos;!$A$1</definedName>'
    );
    const sheetXml = [...parts.keys()]
      .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      .map((n) => text(parts, n))
      .find((xml) => xml.includes("Tricky text"));
    expect(sheetXml).toMatch(
      /<cfRule type="containsText" dxfId="\d+" priority="1" operator="containsText" text="RED"><formula>NOT\(ISERROR\(SEARCH\(&quot;RED&quot;,B10\)\)\)<\/formula>/
    );
    expect(malformedParts(parts)).toEqual([]);
  });
});

describe("where outputs go in a package", () => {
  test("a user's sheet bearing an output name is left alone; our renamed sheet is replaced in place", async () => {
    const input = new Uint8Array(await fs.readFile(FIXTURE));
    const userSummary: SheetContent = { ...scoring, output: "CCG Summary", tables: [], charts: [] };
    const first = await write(input, [
      { ...scoring, tables: [], charts: [], output: "Practice Detail" },
    ]);
    // The user renames our sheet; the next run must find it through its ownership name.
    const parts = openPackage(first.bytes);
    const workbookXml = (partText(parts, "xl/workbook.xml") ?? "").replace(
      'name="Practice Detail"',
      'name="My detail"'
    );
    parts.set(
      "xl/workbook.xml",
      new TextEncoder().encode(
        workbookXml.replace("&apos;Practice Detail&apos;!$A$1", "&apos;My detail&apos;!$A$1")
      )
    );
    const second = await write(savePackage(parts), [
      { ...scoring, tables: [], charts: [], output: "Practice Detail" },
    ]);
    expect(second.result.written.map((w) => w.sheetName)).toEqual(["My detail"]);
    const names = workbookSheets(text(await packageParts(second.bytes), "xl/workbook.xml")).map(
      (s) => s.name
    );
    expect(names).toEqual(["Practices", "Notes", "Lookup", "My detail"]);
    // A sheet of the user's named "Notes"… we use "CCG Summary": add a user sheet of that name first.
    const userParts = openPackage(input);
    const userXml = (partText(userParts, "xl/workbook.xml") ?? "").replace(
      'name="Notes"',
      'name="CCG Summary"'
    );
    userParts.set("xl/workbook.xml", new TextEncoder().encode(userXml));
    const diverted = await write(savePackage(userParts), [userSummary]);
    expect(diverted.result.written.map((w) => w.sheetName)).toEqual(["CCG Summary (2)"]);
    expect(diverted.result.notices).toHaveLength(1);
    const after = await packageParts(diverted.bytes);
    expect(
      Buffer.from(after.get("xl/worksheets/sheet2.xml") ?? []).equals(
        Buffer.from((userParts.get("xl/worksheets/sheet2.xml") as Uint8Array | undefined) ?? [0])
      )
    ).toBe(true);
  });
});
