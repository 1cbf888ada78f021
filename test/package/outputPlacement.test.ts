/**
 * Where the package writer puts the runner's output tables in a user's workbook and what it leaves
 * alone (SPEC §7), on workbooks another program wrote (ExcelJS, test-only) and read back by ExcelJS
 * and by JSZip (test/xlsx/packageInspection.ts): real tables with frozen headers, formats and RAG
 * rules; a user's sheet bearing an output's name never touched; re-runs replacing our own sheets in
 * place, following a renamed sheet, writing a deleted one anew; the user's names and tables kept.
 */
import JSZip from "jszip";
import { Workbook } from "exceljs";
import type { ConditionalFormattingOptions, Worksheet } from "exceljs";
import { NUMBER_FORMATS, RAG_COLOURS } from "../../src/output/report/outputTable";
import { ownershipName } from "../../src/output/names";
import type { OutputTable } from "../../src/output/report/outputTable";
import { referenceToA1 } from "../../src/output/names";
import { tableSheet } from "../../src/output/tableSheet";
import { addOutputsToPackage, openPackage, savePackage } from "../../src/package";
import { excelJsBytes, loadByExcelJs, workbookDataFromExcelJs } from "../helpers/excelJs";
import { inspectPackage } from "../xlsx/packageInspection";

/** The runner's write: report tables turned into sheet contents, written into the file's package. */
function addOutputSheets(bytes: Uint8Array, tables: readonly OutputTable[]) {
  const parts = openPackage(bytes);
  const result = addOutputsToPackage(parts, tables.map(tableSheet));
  return { ...result, bytes: savePackage(parts) };
}

/** ExcelJS's ValueType.String (the enum is declared, not exported at run time under isolatedModules). */
const STRING_CELL = 3;

function summaryTable(rows: OutputTable["rows"]): OutputTable {
  return {
    sheetName: "CCG Summary",
    tableName: "CCGSummary",
    columns: [
      { header: "CCG code", format: "text" },
      { header: "CCG name", format: "text", width: 30 },
      { header: "Population", format: "integer" },
      { header: "RCA", format: "gbp" },
      { header: "Headroom per head", format: "gbpPence" },
      { header: "Detached share", format: "percent" },
      { header: "Size rating", format: "rating" },
      { header: "Configuration rating", format: "rating" },
    ],
    rows,
  };
}

const firstSummary = summaryTable([
  ["07L", "BARKING & DAGENHAM CCG", 212345, 5308625, 11.29, 0, "GREEN", "GREEN"],
  ["=HYPERLINK(\"http://x\")", "+44 20 7946 0000", 40000, 1000000, -3.5, 0.25, "RED", "AMBER"],
  ["-x", "@x", null, null, null, null, null, "RED"],
]);

const practiceDetail: OutputTable = {
  sheetName: "Practice Detail",
  tableName: "PracticeDetail",
  columns: [
    { header: "Practice code", format: "text" },
    { header: "CCG code", format: "text" },
    { header: "Detached", format: "text" },
    { header: "Purity", format: "decimal2" },
  ],
  rows: [
    ["F82625", "07L", "N", 0.93],
    ["F82018", "07L"], // shorter than the header: the rest is empty
  ],
};

const emptyDataQuality: OutputTable = {
  sheetName: "Data Quality",
  tableName: "DataQuality",
  columns: [
    { header: "Severity", format: "text" },
    { header: "Sheet", format: "text" },
    { header: "Row", format: "integer" },
    { header: "Message", format: "text" },
  ],
  rows: [],
};

/** A user's workbook: a practice list, their own "CCG Summary" notes, a user table. */
function usersWorkbook(options: { withOwnSummarySheet: boolean }): Workbook {
  const workbook = new Workbook();
  const practices = workbook.addWorksheet("Practices");
  practices.getCell("A1").value = "Practice list, June 2014";
  practices.addTable({
    name: "PracticeList",
    ref: "A3",
    columns: [{ name: "Practice code", filterButton: true }, { name: "CCG code", filterButton: true }, { name: "List size", filterButton: true }],
    rows: [
      ["F82625", "07L", 6568],
      ["F82018", "07L", { error: "#N/A" }],
    ],
  });
  if (options.withOwnSummarySheet) {
    const notes = workbook.addWorksheet("CCG Summary");
    notes.getCell("A1").value = "My own notes";
    notes.getCell("B2").value = { formula: "1+1", result: 2 };
  }
  workbook.addWorksheet("Lookups").getCell("A1").value = "keep me";
  return workbook;
}

/** The user's workbook as a file. */
function usersFile(options: { withOwnSummarySheet: boolean }): Promise<Uint8Array> {
  return excelJsBytes(usersWorkbook(options));
}

/** The written file read back by ExcelJS. */
async function writeAndRead(buffer: Uint8Array): Promise<{ reread: Workbook; buffer: Uint8Array }> {
  return { reread: await loadByExcelJs(buffer), buffer };
}

function tablesOf(worksheet: Worksheet): { name: string; tableRef: string; columns: { name: string }[] }[] {
  return (worksheet.getTables() as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }[]).map(
    (table) => table.table,
  );
}

/** ExcelJS keeps conditional formats read from a file here (missing from its type declarations). */
function conditionalFormatsOf(worksheet: Worksheet): ConditionalFormattingOptions[] {
  return (worksheet as unknown as { conditionalFormattings: ConditionalFormattingOptions[] }).conditionalFormattings;
}

function userSheetsData(workbook: Workbook, names: string[]): unknown {
  return workbookDataFromExcelJs(workbook).sheets.filter((sheet) => names.includes(sheet.name));
}

/** Every part of a package as bytes, to compare a package before and after. */
function partsOf(bytes: Uint8Array): Map<string, unknown> {
  return new Map(openPackage(bytes));
}

describe("the package writer on a workbook without earlier outputs", () => {
  test("each output is a real Excel table with the right name, range, columns and a frozen header", async () => {
    const workbook = await usersFile({ withOwnSummarySheet: false });
    const result = addOutputSheets(workbook, [firstSummary, practiceDetail, emptyDataQuality]);
    expect(result.notices).toEqual([]);
    expect(result.written).toEqual([
      { output: "CCG Summary", sheetName: "CCG Summary", tableNames: ["CCGSummary"] },
      { output: "Practice Detail", sheetName: "Practice Detail", tableNames: ["PracticeDetail"] },
      { output: "Data Quality", sheetName: "Data Quality", tableNames: ["DataQuality"] },
    ]);
    const { reread, buffer } = await writeAndRead(result.bytes);
    expect(reread.worksheets.map((sheet) => sheet.name)).toEqual(["Practices", "Lookups", "CCG Summary", "Practice Detail", "Data Quality"]);

    const summary = reread.getWorksheet("CCG Summary")!;
    const [table] = tablesOf(summary);
    expect(tablesOf(summary)).toHaveLength(1);
    expect(table?.name).toBe("CCGSummary");
    expect(table?.tableRef).toBe("A1:H4");
    expect(table?.columns.map((column) => column.name)).toEqual(firstSummary.columns.map((column) => column.header));
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(summary.getColumn(2).width).toBe(30);
    expect(summary.getColumn(1).width).toBeGreaterThanOrEqual("CCG code".length);

    const pkg = await inspectPackage(buffer);
    expect(pkg.problems).toEqual([]);
    const summaryPart = pkg.tables.find((t) => t.name === "CCGSummary")!;
    expect(summaryPart).toMatchObject({ sheetName: "CCG Summary", ref: "A1:H4", autoFilterRef: "A1:H4" });
    expect(pkg.sheetXml.get("CCG Summary")).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    expect(pkg.tables.map((t) => t.name).sort()).toEqual(["CCGSummary", "DataQuality", "PracticeDetail", "PracticeList"]);
  });

  test("number formats are on the data cells of each column", async () => {
    const workbook = await usersFile({ withOwnSummarySheet: false });
    const { bytes } = addOutputSheets(workbook, [firstSummary, practiceDetail]);
    const { reread } = await writeAndRead(bytes);
    const summary = reread.getWorksheet("CCG Summary")!;
    for (const row of [2, 3]) {
      expect(summary.getCell(row, 1).numFmt).toBe(NUMBER_FORMATS.text);
      expect(summary.getCell(row, 3).numFmt).toBe(NUMBER_FORMATS.integer);
      expect(summary.getCell(row, 4).numFmt).toBe(NUMBER_FORMATS.gbp);
      expect(summary.getCell(row, 5).numFmt).toBe(NUMBER_FORMATS.gbpPence);
      expect(summary.getCell(row, 6).numFmt).toBe(NUMBER_FORMATS.percent);
    }
    expect(summary.getCell(1, 4).numFmt).toBeUndefined(); // the header keeps General
    expect(summary.getCell(2, 4).value).toBe(5308625); // values are never rounded
    expect(summary.getCell(2, 5).value).toBe(11.29);
    expect(reread.getWorksheet("Practice Detail")!.getCell("D2").numFmt).toBe(NUMBER_FORMATS.decimal2);
  });

  test("rating columns carry RED / AMBER / GREEN 'contains text' conditional formats with the RAG colours", async () => {
    const workbook = await usersFile({ withOwnSummarySheet: false });
    const { bytes } = addOutputSheets(workbook, [firstSummary]);
    const { reread } = await writeAndRead(bytes);
    const formats = conditionalFormatsOf(reread.getWorksheet("CCG Summary")!);
    expect(formats.map((format) => format.ref)).toEqual(["G2:G4", "H2:H4"]);
    const priorities: number[] = [];
    for (const format of formats) {
      const column = format.ref.slice(0, 1);
      expect(format.rules).toHaveLength(3);
      (["RED", "AMBER", "GREEN"] as const).forEach((rating, k) => {
        const rule = format.rules[k] as { type?: string; operator?: string; formulae?: string[]; priority: number; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } };
        // A "contains text" rule with the formula Excel itself stores for one (ExcelJS reads no
        // `text` attribute: that is checked in the XML below).
        expect(rule.type).toBe("containsText");
        expect(rule.formulae).toEqual([`NOT(ISERROR(SEARCH("${rating}",${column}2)))`]);
        expect(rule.style?.fill?.bgColor?.argb).toBe(`FF${RAG_COLOURS[rating].fill}`);
        expect(rule.style?.font?.color?.argb).toBe(`FF${RAG_COLOURS[rating].font}`);
        priorities.push(rule.priority);
      });
    }
    expect(new Set(priorities).size).toBe(6);
    const xml = (await inspectPackage(bytes)).sheetXml.get("CCG Summary")!;
    expect([...xml.matchAll(/<cfRule type="containsText"[^>]* text="([A-Z]+)"/g)].map((m) => m[1])).toEqual([
      "RED",
      "AMBER",
      "GREEN",
      "RED",
      "AMBER",
      "GREEN",
    ]);
  });

  test("text that looks like a formula or a number stays text", async () => {
    const workbook = await usersFile({ withOwnSummarySheet: false });
    const { bytes } = addOutputSheets(workbook, [firstSummary]);
    const { reread, buffer } = await writeAndRead(bytes);
    const summary = reread.getWorksheet("CCG Summary")!;
    const expected: Record<string, string> = { A3: '=HYPERLINK("http://x")', B3: "+44 20 7946 0000", A4: "-x", B4: "@x" };
    for (const [address, text] of Object.entries(expected)) {
      expect(summary.getCell(address).type).toBe(STRING_CELL);
      expect(summary.getCell(address).value).toBe(text);
    }
    const xml = (await inspectPackage(buffer)).sheetXml.get("CCG Summary")!;
    expect(xml).not.toContain("<f>");
    for (const address of Object.keys(expected)) expect(xml).toMatch(new RegExp(`<c r="${address}"[^>]* t="inlineStr"`));
  });

  test("empty cells stay empty; short rows are padded", async () => {
    const workbook = await usersFile({ withOwnSummarySheet: false });
    const { bytes } = addOutputSheets(workbook, [firstSummary, practiceDetail]);
    const { reread } = await writeAndRead(bytes);
    expect(reread.getWorksheet("CCG Summary")!.getCell("C4").value).toBeNull();
    const detail = reread.getWorksheet("Practice Detail")!;
    expect(detail.getCell("C3").value).toBeNull();
    expect(tablesOf(detail)[0]?.tableRef).toBe("A1:D3");
  });

  test("an empty output is still a valid table, with one blank row under its header", async () => {
    const workbook = await usersFile({ withOwnSummarySheet: false });
    const { bytes } = addOutputSheets(workbook, [emptyDataQuality]);
    const { reread, buffer } = await writeAndRead(bytes);
    const sheet = reread.getWorksheet("Data Quality")!;
    expect(tablesOf(sheet)[0]?.tableRef).toBe("A1:D2");
    expect(workbookDataFromExcelJs(reread).sheets.find((s) => s.name === "Data Quality")?.rows).toEqual([
      ["Severity", "Sheet", "Row", "Message"],
    ]);
    const pkg = await inspectPackage(buffer);
    expect(pkg.problems).toEqual([]);
    expect(pkg.tables.find((t) => t.name === "DataQuality")).toMatchObject({ ref: "A1:D2", autoFilterRef: "A1:D2" });
  });

  test("a table name a user table already has gets a suffix", async () => {
    const workbook = await usersFile({ withOwnSummarySheet: false });
    const clash: OutputTable = { ...practiceDetail, tableName: "practicelist" };
    const { written, bytes } = addOutputSheets(workbook, [clash]);
    expect(written[0]?.tableNames).toEqual(["practicelist_2"]);
    const { buffer } = await writeAndRead(bytes);
    expect((await inspectPackage(buffer)).problems).toEqual([]);
  });

  test("malformed tables are refused before anything changes", async () => {
    const workbook = await usersFile({ withOwnSummarySheet: false });
    const parts = openPackage(workbook);
    const write = (tables: OutputTable[]) => addOutputsToPackage(parts, tables.map(tableSheet));
    expect(() => write([firstSummary, { ...practiceDetail, rows: [["A", "B", "N", Number.NaN]] }])).toThrow(
      "Output 'Practice Detail': D2 is NaN; outputs must be finite numbers or empty.",
    );
    expect(() => write([firstSummary, { ...practiceDetail, rows: [["A", "B", "N", 1, "extra"]] }])).toThrow(
      "Output 'Practice Detail': row 2 has 5 values for the 4 columns of table 'PracticeDetail' (E2 is right of it).",
    );
    expect(() =>
      write([{ ...practiceDetail, columns: [{ header: "Code", format: "text" }, { header: "code", format: "text" }], rows: [] }]),
    ).toThrow("Output 'Practice Detail': table 'PracticeDetail' has the header 'code' twice.");
    expect(() => write([practiceDetail, practiceDetail])).toThrow("Output 'Practice Detail' was given twice");
    expect(new Map(parts)).toEqual(partsOf(workbook));
  });

  test("a table name Excel would refuse is made valid (one rule for both writers)", async () => {
    const workbook = await usersFile({ withOwnSummarySheet: false });
    const result = addOutputSheets(workbook, [{ ...practiceDetail, tableName: "A1" }, { ...emptyDataQuality, tableName: "Data Quality" }]);
    expect(result.written.map((w) => w.tableNames)).toEqual([["T_A1"], ["Data_Quality"]]);
  });
});

describe("ownership: a user's sheet with an output's name", () => {
  test("is left untouched; the output goes to 'CCG Summary (2)' and the user is told", async () => {
    const workbook = await usersFile({ withOwnSummarySheet: true });
    const userDataBefore = userSheetsData(await loadByExcelJs(workbook), ["Practices", "CCG Summary", "Lookups"]);
    const result = addOutputSheets(workbook, [firstSummary]);
    expect(result.written).toEqual([{ output: "CCG Summary", sheetName: "CCG Summary (2)", tableNames: ["CCGSummary"] }]);
    expect(result.notices).toEqual([
      "A sheet named 'CCG Summary' that CCG Footprint did not create was left untouched; the summary was written to 'CCG Summary (2)'.",
    ]);
    const { reread, buffer } = await writeAndRead(result.bytes);
    expect(userSheetsData(reread, ["Practices", "CCG Summary", "Lookups"])).toEqual(userDataBefore);
    expect(tablesOf(reread.getWorksheet("CCG Summary")!)).toEqual([]);
    expect(reread.getWorksheet("CCG Summary (2)")!.getCell("A2").value).toBe("07L");
    const pkg = await inspectPackage(buffer);
    expect(pkg.problems).toEqual([]);
    expect(pkg.definedNames).toContainEqual({ name: ownershipName("CCG Summary"), localSheetId: undefined, text: "'CCG Summary (2)'!$A$1" });
  });

  test("a name differing only in case is the same sheet name to Excel", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("ccg summary").getCell("A1").value = "mine";
    const result = addOutputSheets(await excelJsBytes(workbook), [firstSummary]);
    expect(result.written[0]?.sheetName).toBe("CCG Summary (2)");
    expect(result.notices[0]).toContain("A sheet named 'ccg summary'");
  });

  test("the next free name is used when '(2)' is taken too", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Data Quality");
    workbook.addWorksheet("Data Quality (2)");
    const result = addOutputSheets(await excelJsBytes(workbook), [emptyDataQuality]);
    expect(result.written[0]?.sheetName).toBe("Data Quality (3)");
    expect(result.notices[0]).toBe(
      "A sheet named 'Data Quality' that CCG Footprint did not create was left untouched; the data-quality list was written to 'Data Quality (3)'.",
    );
  });
});

describe("re-running on the analysed workbook", () => {
  const secondSummary = summaryTable([
    ["07L", "BARKING & DAGENHAM CCG", 212000, 5300000, 10, 0.01, "AMBER", "AMBER"],
    ["08F", "HAVERING CCG", 250000, 6250000, 12, 0, "GREEN", "GREEN"],
    ["08M", "NEWHAM CCG", 330000, 8250000, 14, 0, "GREEN", "GREEN"],
    ["08N", "REDBRIDGE CCG", 280000, 7000000, 13, 0, "GREEN", "GREEN"],
  ]);
  const secondQuality: OutputTable = { ...emptyDataQuality, rows: [["warning", "Practices", 12, "List size 'n/a' is not a whole number"]] };

  async function runTwice(options: { withOwnSummarySheet: boolean; betweenRuns?: (buffer: Uint8Array) => Promise<Uint8Array> }) {
    const workbook = usersWorkbook(options);
    const userDataBefore = userSheetsData(workbook, ["Practices", "CCG Summary", "Lookups"]);
    const first = addOutputSheets(await excelJsBytes(workbook), [firstSummary, practiceDetail, emptyDataQuality]);
    let buffer = first.bytes;
    if (options.betweenRuns) buffer = await options.betweenRuns(buffer);
    const second = addOutputSheets(buffer, [secondSummary, practiceDetail, secondQuality]);
    const final = await writeAndRead(second.bytes);
    return { first, second, userDataBefore, ...final, pkg: await inspectPackage(final.buffer) };
  }

  test("replaces its own sheets in place and leaves the user's sheets and values intact", async () => {
    const { second, userDataBefore, reread, pkg } = await runTwice({ withOwnSummarySheet: false });
    expect(second.notices).toEqual([]);
    expect(reread.worksheets.map((sheet) => sheet.name)).toEqual(["Practices", "Lookups", "CCG Summary", "Practice Detail", "Data Quality"]);
    expect(userSheetsData(reread, ["Practices", "Lookups"])).toEqual(userDataBefore);
    const summary = workbookDataFromExcelJs(reread).sheets.find((sheet) => sheet.name === "CCG Summary")!;
    expect(summary.rows.map((row) => row[0])).toEqual(["CCG code", "07L", "08F", "08M", "08N"]);
    expect(pkg.problems).toEqual([]);
    expect(pkg.tables.map((t) => `${t.sheetName}:${t.name}:${t.ref}`).sort()).toEqual([
      "CCG Summary:CCGSummary:A1:H5",
      "Data Quality:DataQuality:A1:D2",
      "Practice Detail:PracticeDetail:A1:D3",
      "Practices:PracticeList:A3:C5",
    ]);
    expect(pkg.definedNames.map((name) => name.name).sort()).toEqual(
      [ownershipName("CCG Summary"), ownershipName("Data Quality"), ownershipName("Practice Detail")].sort(),
    );
    expect(conditionalFormatsOf(reread.getWorksheet("CCG Summary")!).map((format) => format.ref)).toEqual(["G2:G5", "H2:H5"]);
  });

  test("replaces the diverted sheet of an earlier run, still leaving the user's sheet alone", async () => {
    const { first, second, userDataBefore, reread, pkg } = await runTwice({ withOwnSummarySheet: true });
    expect(first.notices).toHaveLength(1);
    // Said again: the user's sheet still bears the output's name, so the output is still elsewhere.
    expect(second.notices).toEqual(first.notices);
    expect(second.written[0]).toEqual({ output: "CCG Summary", sheetName: "CCG Summary (2)", tableNames: ["CCGSummary"] });
    expect(reread.worksheets.map((sheet) => sheet.name)).toEqual([
      "Practices",
      "CCG Summary",
      "Lookups",
      "CCG Summary (2)",
      "Practice Detail",
      "Data Quality",
    ]);
    expect(userSheetsData(reread, ["Practices", "CCG Summary", "Lookups"])).toEqual(userDataBefore);
    expect(reread.getWorksheet("CCG Summary (2)")!.getCell("A5").value).toBe("08N");
    expect(pkg.problems).toEqual([]);
  });

  test("follows a sheet the user renamed in Excel (the defined name follows the sheet)", async () => {
    const renameInExcel = async (buffer: Uint8Array): Promise<Uint8Array> => {
      // What Excel saves after the user renames "CCG Summary" to "Bob's CCGs": the sheet and every reference to it.
      const zip = await JSZip.loadAsync(buffer);
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", xml.replace('name="CCG Summary"', 'name="Bob&apos;s CCGs"').replace("&apos;CCG Summary&apos;!$A$1", "&apos;Bob&apos;&apos;s CCGs&apos;!$A$1"));
      return zip.generateAsync({ type: "uint8array" });
    };
    const { second, reread, pkg } = await runTwice({ withOwnSummarySheet: false, betweenRuns: renameInExcel });
    expect(second.written[0]?.sheetName).toBe("Bob's CCGs");
    expect(second.notices).toEqual([]);
    expect(reread.worksheets.map((sheet) => sheet.name)).toEqual(["Practices", "Lookups", "Bob's CCGs", "Practice Detail", "Data Quality"]);
    expect(reread.getWorksheet("Bob's CCGs")!.getCell("A5").value).toBe("08N");
    expect(pkg.problems).toEqual([]);
    expect(pkg.definedNames).toContainEqual({ name: ownershipName("CCG Summary"), localSheetId: undefined, text: "'Bob''s CCGs'!$A$1" });
  });

  test("keeps each replaced sheet at its tab position when the user added sheets after it", async () => {
    // Saved by another program (ExcelJS) after the user added a sheet.
    const addNotesSheet = async (buffer: Uint8Array): Promise<Uint8Array> => {
      const reopened = await loadByExcelJs(buffer);
      reopened.addWorksheet("Notes").getCell("A1").value = "after the outputs";
      return excelJsBytes(reopened);
    };
    const { reread, pkg } = await runTwice({ withOwnSummarySheet: false, betweenRuns: addNotesSheet });
    expect(reread.worksheets.map((sheet) => sheet.name)).toEqual(["Practices", "Lookups", "CCG Summary", "Practice Detail", "Data Quality", "Notes"]);
    expect(pkg.sheetNames).toEqual(["Practices", "Lookups", "CCG Summary", "Practice Detail", "Data Quality", "Notes"]);
    expect(reread.getWorksheet("Notes")!.getCell("A1").value).toBe("after the outputs");
    expect(pkg.problems).toEqual([]);
  });

  test("writes a new sheet at the end when the user deleted the owned one (Excel leaves #REF! in the name)", async () => {
    const deleteInExcel = async (buffer: Uint8Array): Promise<Uint8Array> => {
      const reopened = await loadByExcelJs(buffer);
      reopened.removeWorksheet(reopened.getWorksheet("Practice Detail")!.id);
      const zip = await JSZip.loadAsync(await reopened.xlsx.writeBuffer());
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", xml.replace("&apos;Practice Detail&apos;!$A$1", "#REF!$A$1"));
      return zip.generateAsync({ type: "uint8array" });
    };
    const { second, reread, pkg } = await runTwice({ withOwnSummarySheet: false, betweenRuns: deleteInExcel });
    expect(second.notices).toEqual([]);
    expect(reread.worksheets.map((sheet) => sheet.name)).toEqual(["Practices", "Lookups", "CCG Summary", "Data Quality", "Practice Detail"]);
    expect(pkg.problems).toEqual([]);
    expect(pkg.definedNames).toContainEqual({ name: ownershipName("Practice Detail"), localSheetId: undefined, text: "'Practice Detail'!$A$1" });
  });

  test("a user sheet created with an output's name after our sheet was renamed is not touched", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Practices").getCell("A1").value = "x";
    workbook.addWorksheet("Old summary");
    workbook.definedNames.add(referenceToA1("Old summary"), ownershipName("CCG Summary"));
    const theirs = workbook.addWorksheet("CCG Summary");
    theirs.getCell("A1").value = "theirs";
    const result = addOutputSheets(await excelJsBytes(workbook), [firstSummary]);
    expect(result.written[0]?.sheetName).toBe("Old summary");
    const { reread } = await writeAndRead(result.bytes);
    expect(reread.getWorksheet("CCG Summary")!.getCell("A1").value).toBe("theirs");
    expect(reread.getWorksheet("Old summary")!.getCell("A2").value).toBe("07L");
    expect(result.notices).toEqual([
      "A sheet named 'CCG Summary' that CCG Footprint did not create was left untouched; the summary was written to 'Old summary'.",
    ]);
  });
});

describe("the names and tables of a workbook saved by Excel", () => {
  test("sheet-scoped filter names, broken names and a table without filter buttons are kept as saved", async () => {
    const workbook = usersWorkbook({ withOwnSummarySheet: false });
    workbook.getWorksheet("Lookups")!.autoFilter = "A1:A3";
    workbook.definedNames.add("Lookups!$A$1", "KeepMe");
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      xml.replace(
        "</definedNames>",
        '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Lookups!$A$1:$A$3</definedName><definedName name="Broken">#REF!$B$2</definedName></definedNames>',
      ),
    );
    const tablePath = Object.keys(zip.files).find((path) => path.startsWith("xl/tables/table") && path.endsWith(".xml"))!;
    const tableXml = (await zip.file(tablePath)!.async("string")).replace(/<autoFilter\b.*?<\/autoFilter>/, "");
    zip.file(tablePath, tableXml);
    const excelSaved = await zip.generateAsync({ type: "uint8array" });

    const { bytes } = addOutputSheets(excelSaved, [practiceDetail]);
    const pkg = await inspectPackage(bytes);
    // Excel itself writes a name whose sheet is gone as #REF!: the user's name, kept.
    expect(pkg.problems).toEqual(["defined name Broken refers to missing sheet '#REF'"]);
    expect(pkg.definedNames).toEqual([
      { name: "KeepMe", localSheetId: undefined, text: "Lookups!$A$1" },
      { name: "_xlnm._FilterDatabase", localSheetId: "1", text: "Lookups!$A$1:$A$3" },
      { name: "Broken", localSheetId: undefined, text: "#REF!$B$2" },
      { name: ownershipName("Practice Detail"), localSheetId: undefined, text: "'Practice Detail'!$A$1" },
    ]);
    expect(pkg.tables.find((t) => t.name === "PracticeList")).toMatchObject({ ref: "A3:C5", autoFilterRef: undefined });
    expect(await (await JSZip.loadAsync(bytes)).file(tablePath)!.async("string")).toBe(tableXml);
  });
});
