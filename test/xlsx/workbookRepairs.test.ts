import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { Workbook } from "exceljs";
import type { OutputTable } from "../../src/output/report/outputTable";
import { readInputFile } from "../../src/xlsx/files";
import { workbookDataFromExcelJs } from "../../src/xlsx/fromExcelJs";
import { repairLoadedWorkbook } from "../../src/xlsx/workbookRepairs";
import { tableSheet } from "../../src/output/tableSheet";
import { addOutputSheets } from "../../src/xlsx/writeOutputs";
import { FIXTURES, loadExcelJsWorkbook, PRACTICE_LIST_FIXTURE } from "./fixtureWorkbooks";
import { inspectPackage } from "./packageInspection";

/**
 * Saved by LibreOffice Calc 7.4 (`soffice --convert-to xlsx`) from practice-list-with-title.xlsx:
 * its table has no <tableStyleInfo> and an <autoFilter> without <filterColumn>s.
 */
const LIBREOFFICE_FIXTURE = path.join(FIXTURES, "practice-list-saved-by-libreoffice.xlsx");

const dataQuality: OutputTable = {
  sheetName: "Data Quality",
  tableName: "DataQuality",
  columns: [{ header: "Severity", format: "text" }],
  rows: [["warning"]],
};

async function tableXml(buffer: ArrayBuffer, tableName: string): Promise<string> {
  const pkg = await inspectPackage(buffer);
  expect(pkg.problems).toEqual([]);
  const part = pkg.tables.find((table) => table.name === tableName)!.part;
  return (await JSZip.loadAsync(buffer)).file(part)!.async("string");
}

/** The committed ExcelJS fixture with its table part edited the way another program writes it. */
async function fixtureWithTableXml(edit: (xml: string) => string): Promise<Workbook> {
  const zip = await JSZip.loadAsync(fs.readFileSync(PRACTICE_LIST_FIXTURE));
  const part = Object.keys(zip.files).find((name) => /^xl\/tables\/table\d+\.xml$/.test(name))!;
  zip.file(part, edit(await zip.file(part)!.async("string")));
  const workbook = new Workbook();
  await workbook.xlsx.load(await zip.generateAsync({ type: "arraybuffer" }));
  return workbook;
}

describe("writing back workbooks that other programs saved", () => {
  test("issue: ExcelJS crashed writing a table without <tableStyleInfo> (file saved by LibreOffice)", async () => {
    const { data } = await readInputFile(LIBREOFFICE_FIXTURE);
    const workbook = await loadExcelJsWorkbook(LIBREOFFICE_FIXTURE);
    expect(data.sheets.map((sheet) => sheet.name)).toEqual(["Practices", "CCGs"]);
    expect(data.sheets[0]?.rows[5]?.[3]).toEqual({ error: "#N/A" });
    addOutputSheets(workbook, [tableSheet(dataQuality)]);
    const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const xml = await tableXml(buffer, "PracticeList");
    expect(xml).toMatch(/<tableStyleInfo showFirstColumn="0"/);
    expect(xml).not.toContain('hiddenButton="1"'); // LibreOffice wrote visible buttons
    const reread = new Workbook();
    await reread.xlsx.load(buffer);
    expect(workbookDataFromExcelJs(reread).sheets.slice(0, 2)).toEqual(data.sheets);
  });

  test("issue: an <autoFilter> without <filterColumn>s (as Excel writes tables) lost its filter buttons", async () => {
    const workbook = await fixtureWithTableXml((xml) => xml.replace(/<autoFilter ref="([^"]+)">.*?<\/autoFilter>/, '<autoFilter ref="$1"/>'));
    repairLoadedWorkbook(workbook);
    const xml = await tableXml((await workbook.xlsx.writeBuffer()) as ArrayBuffer, "PracticeList");
    expect(xml).toContain('<autoFilter ref="A3:F8">');
    expect(xml).not.toContain('hiddenButton="1"');
  });

  test("issue: a <filterColumn> holding a filter but no hiddenButton attribute hid its button", async () => {
    const workbook = await fixtureWithTableXml((xml) =>
      xml.replace(/<autoFilter ref="([^"]+)">.*?<\/autoFilter>/, '<autoFilter ref="$1"><filterColumn colId="2"><filters><filter val="07L"/></filters></filterColumn></autoFilter>'),
    );
    repairLoadedWorkbook(workbook);
    const xml = await tableXml((await workbook.xlsx.writeBuffer()) as ArrayBuffer, "PracticeList");
    expect(xml).not.toContain('hiddenButton="1"');
  });

  test("a table saved without filter buttons keeps them hidden, even when repaired twice", async () => {
    const workbook = await fixtureWithTableXml((xml) => xml.replace(/<autoFilter\b.*?<\/autoFilter>/, ""));
    repairLoadedWorkbook(workbook);
    repairLoadedWorkbook(workbook);
    const xml = await tableXml((await workbook.xlsx.writeBuffer()) as ArrayBuffer, "PracticeList");
    expect(xml).toMatch(/<autoFilter ref="A3:F8"><filterColumn colId="0" hiddenButton="1"\/>/);
    expect(xml).not.toContain('hiddenButton="0"');
  });
});
