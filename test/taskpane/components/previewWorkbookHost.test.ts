// Preview mode's host (in Node): a picked file is read, outputs, assumptions and scenarios are added to
// its package, and the download is that package; bad files fail in plain words. ExcelJS makes some
// inputs and reads the downloads back, as an independent reader.
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { analyseWorkbook } from "../../../src/engine/analyse";
import { DEFAULT_ASSUMPTIONS } from "../../../src/engine/assumptions";
import { ownershipName } from "../../../src/output/names";
import { buildOutputContents } from "../../../src/output/tableSheet";
import {
  XLSX_MIME_TYPE,
  analysedFileName,
  createPreviewWorkbookHost,
} from "../../../src/taskpane/host/previewWorkbookHost";
import { decodeCsvText } from "../../../src/xlsx/csv";
import { changedParts, malformedParts, packageParts, text } from "../../package/packageParts";
import { excelJsWorkbookOf } from "../../helpers/excelJs";
import { xlsxBytesOf } from "../../helpers/workbookFiles";
import { handMadeWorkbook } from "./paneTestKit";

const FIXTURES = path.resolve(__dirname, "../../fixtures");
/** An .xlsm from XlsxWriter with the analyst's own Assumptions and Scenarios sheets, a chart and VBA. */
const OWN_SHEETS = path.join(FIXTURES, "package/analyst-own-sheets.xlsm");

function fileFrom(bytes: Uint8Array | string, name: string): File {
  return new File([bytes as BlobPart], name);
}

async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function readBlob(blob: Blob): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  return workbook;
}

describe("the preview workbook host", () => {
  test("the analysed copy's name", () => {
    expect(analysedFileName("practices.csv")).toBe("practices.analysed.xlsx");
    expect(analysedFileName("C:\\data\\list 2013.xlsx")).toBe("list 2013.analysed.xlsx");
    expect(analysedFileName(".xlsx")).toBe(".xlsx.analysed.xlsx");
  });

  test("nothing picked yet: a plain request to choose a file", async () => {
    const host = createPreviewWorkbookHost();
    await expect(host.readWorkbook()).rejects.toThrow(
      "Choose a workbook file (.xlsx or .csv) first."
    );
    await expect(host.prepareDownload()).rejects.toThrow("Choose a workbook file");
  });

  test("an .xlsx: read, analysed, outputs and new assumptions added, downloaded with the user's sheets unchanged", async () => {
    const bytes = xlsxBytesOf(handMadeWorkbook());
    const host = createPreviewWorkbookHost();
    expect(await host.openFile(fileFrom(bytes, "leeds.xlsx"))).toEqual({ fileName: "leeds.xlsx" });
    const data = await host.readWorkbook();
    expect(data.sheets.map((sheet) => sheet.name)).toEqual(["Practices"]);
    const result = analyseWorkbook(data);
    expect(result.ccgs.map((c) => c.code)).toEqual(["02V", "02W", "03C"]);

    const written = await host.writeOutputs(
      buildOutputContents(result, ["CCG Summary", "Data Quality"])
    );
    expect(written).toEqual({
      written: [
        { output: "CCG Summary", sheetName: "CCG Summary" },
        { output: "Data Quality", sheetName: "Data Quality" },
      ],
      notices: [],
    });
    const assumptions = await host.writeAssumptions({
      ...DEFAULT_ASSUMPTIONS,
      rca_per_head: 24.73,
    });
    expect(assumptions).toMatchObject({ sheetName: "Assumptions", created: true });

    const download = await host.prepareDownload();
    expect(download.fileName).toBe("leeds.analysed.xlsx");
    expect(download.blob.type).toBe(XLSX_MIME_TYPE);
    const saved = await readBlob(download.blob);
    expect(saved.worksheets.map((sheet) => sheet.name)).toEqual([
      "Practices",
      "CCG Summary",
      "Data Quality",
      "Assumptions",
    ]);
    expect(saved.getWorksheet("Practices")!.getCell("A2").value).toBe("B86001");
    expect(saved.getWorksheet("CCG Summary")!.getCell("A2").value).toBe("02V");
    const rca = saved.getWorksheet("Assumptions")!.getColumn(1).values.indexOf("rca_per_head");
    expect(saved.getWorksheet("Assumptions")!.getCell(rca, 2).value).toBe(24.73);
    expect(saved.definedNames.getRanges(ownershipName("Assumptions")).ranges).toEqual([
      expect.stringMatching(/^'?Assumptions'?!\$A\$1$/),
    ]);
  });

  test("the workbook's own Assumptions sheet is updated in place; a formula cell is kept", async () => {
    const workbook = excelJsWorkbookOf(handMadeWorkbook());
    const sheet = workbook.addWorksheet("Assumptions");
    sheet.addRow(["Key", "Value", "Description"]);
    sheet.addRow(["rca_per_head", 25, "letter"]);
    sheet.addRow(["fixed_costs", { formula: "500000*2", result: 1_000_000 }, "formula"]);
    const host = createPreviewWorkbookHost();
    await host.openFile(fileFrom(await xlsxBytes(workbook), "with-assumptions.xlsx"));
    const summary = await host.writeAssumptions({
      ...DEFAULT_ASSUMPTIONS,
      rca_per_head: 22.07,
      fixed_costs: 900_000,
    });
    expect(summary).toMatchObject({
      sheetName: "Assumptions",
      created: false,
      updated: ["rca_per_head"],
      added: [],
    });
    expect(summary.notices).toEqual([
      "fixed_costs in Assumptions!B3 is a formula, so it was left as it is (it gives 1000000; the pane's value is 900000).",
    ]);
    const saved = await readBlob((await host.prepareDownload()).blob);
    expect(saved.worksheets.map((s) => s.name)).toEqual(["Practices", "Assumptions"]);
    expect(saved.getWorksheet("Assumptions")!.getCell("B2").value).toBe(22.07);
    expect(saved.getWorksheet("Assumptions")!.getCell("B3").formula).toBe("500000*2");
  });

  test("ExcelJS never reads the picked file, even to edit the user's own sheet (the package does it all)", async () => {
    const XLSX = require("exceljs/lib/xlsx/xlsx") as { prototype: { load: () => unknown } };
    const load = jest.spyOn(XLSX.prototype, "load");
    try {
      const host = createPreviewWorkbookHost();
      await host.openFile(fileFrom(await fs.promises.readFile(OWN_SHEETS), "own.xlsm"));
      await host.writeOutputs(buildOutputContents(analyseWorkbook(await host.readWorkbook())));
      await host.writeAssumptions({ ...DEFAULT_ASSUMPTIONS, rca_per_head: 22 });
      await host.writeScenario("Merge", new Map([["F81002", "01B"]]));
      await host.prepareDownload();
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
  });

  test("the analyst's own Assumptions and Scenarios sheets are edited in their cells alone: VBA, chart, comments and every other part kept byte for byte", async () => {
    const bytes = new Uint8Array(await fs.promises.readFile(OWN_SHEETS));
    const host = createPreviewWorkbookHost();
    await host.openFile(fileFrom(bytes, "analyst-own-sheets.xlsm"));
    const result = analyseWorkbook(await host.readWorkbook());
    await host.writeOutputs(buildOutputContents(result));
    const assumptions = await host.writeAssumptions({
      ...DEFAULT_ASSUMPTIONS,
      rca_per_head: 22.07,
      fixed_costs: 900_000,
    });
    expect(assumptions).toMatchObject({
      sheetName: "Assumptions",
      created: false,
      updated: ["rca_per_head"],
    });
    const scenario = await host.writeScenario(
      "Merge",
      new Map([
        ["F81002", "01B"],
        ["F81003", "01B"],
      ])
    );
    expect(scenario).toMatchObject({
      sheetName: "Scenarios",
      created: false,
      scenarioName: "Merge",
    });
    // Reading again sees the edits (the pane loads a scenario back from them).
    const again = await host.readWorkbook();
    const scenarios = again.sheets.find((sheet) => sheet.name === "Scenarios");
    expect(scenarios?.rows).toEqual([
      ["Practice code", "Scenario A", "Merge"],
      ["F81001", "01B"],
      ["F81002", null, "01B"],
      ["F81003", null, "01B"],
    ]);

    const download = await host.prepareDownload();
    expect(download.fileName).toBe("analyst-own-sheets.analysed.xlsm");
    const input = await packageParts(bytes);
    const output = await packageParts(new Uint8Array(await download.blob.arrayBuffer()));
    // The two sheets edited, and bookkeeping parts: nothing else of the user's changes.
    expect(changedParts(input, output)).toEqual([
      "xl/worksheets/sheet4.xml",
      "xl/worksheets/sheet5.xml",
    ]);
    expect(text(output, "xl/sharedStrings.xml")).toBe(text(input, "xl/sharedStrings.xml"));
    expect(malformedParts(output)).toEqual([]);
    const saved = await readBlob(download.blob);
    const own = saved.getWorksheet("Assumptions")!;
    expect(own.getCell("B2").value).toBe(22.07);
    expect(own.getCell("B2").numFmt).toBe("£#,##0.00");
    expect(own.getCell("B3").formula).toBe("500000*2");
    expect(own.getCell("D2").formula).toBe("B2*2");
    expect(saved.getWorksheet("Scenarios")!.getCell("C3").value).toBe("01B");
  });

  test("a CSV: read as one sheet; the download is a new workbook with it and the outputs", async () => {
    const csv = fs.readFileSync(path.join(FIXTURES, "workbooks/messy-practices.csv"));
    const host = createPreviewWorkbookHost();
    await host.openFile(fileFrom(new Uint8Array(csv), "messy-practices.csv"));
    const data = await host.readWorkbook();
    expect(data.sheets.map((sheet) => sheet.name)).toEqual(["messy-practices"]);
    const result = analyseWorkbook(data);
    expect(result.practices.count).toBe(53);
    await host.writeOutputs(buildOutputContents(result));
    const download = await host.prepareDownload();
    expect(download.fileName).toBe("messy-practices.analysed.xlsx");
    const saved = await readBlob(download.blob);
    expect(saved.worksheets.map((sheet) => sheet.name)).toEqual([
      "messy-practices",
      "CCG Summary",
      "Practice Detail",
      "Data Quality",
      "Assumptions",
      "Sensitivity",
    ]);
  });

  test("an earlier analysed copy: our old output sheets are marked, not taken for input", async () => {
    const first = createPreviewWorkbookHost();
    await first.openFile(fileFrom(xlsxBytesOf(handMadeWorkbook()), "leeds.xlsx"));
    await first.writeOutputs(buildOutputContents(analyseWorkbook(await first.readWorkbook())));
    const again = createPreviewWorkbookHost();
    const bytes = new Uint8Array(await (await first.prepareDownload()).blob.arrayBuffer());
    await again.openFile(fileFrom(bytes, "leeds.analysed.xlsx"));
    const data = await again.readWorkbook();
    expect(data.ownedSheets).toEqual(
      expect.arrayContaining(["CCG Summary", "Practice Detail", "Data Quality"])
    );
    expect(analyseWorkbook(data).input.practiceSheet).toBe("Practices");
  });

  test.each([
    [
      "list.xls",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      "Cannot read 'list.xls': only Excel workbooks (.xlsx, .xlsm) and CSV files (.csv) are accepted (open it in Excel and save it as .xlsx).",
    ],
    [
      "old.xlsx",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "Cannot read 'old.xlsx': it is an old Excel 97-2003 workbook (open it in Excel and save it as .xlsx).",
    ],
    ["empty.xlsx", new Uint8Array([]), "Cannot read 'empty.xlsx': the file is empty."],
    [
      "notes.xlsx",
      new TextEncoder().encode("just some text"),
      "Cannot read 'notes.xlsx': it is not an Excel workbook (.xlsx).",
    ],
    [
      "zipped.csv",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]),
      "Cannot read 'zipped.csv': it is an Excel workbook, not a CSV file (give it an .xlsx name).",
    ],
    [
      "broken.csv",
      new TextEncoder().encode('code,name\n"A81001,unterminated\n'),
      "Cannot read 'broken.csv': ",
    ],
  ])("%s fails in plain words", async (name, bytes, message) => {
    const host = createPreviewWorkbookHost();
    await expect(host.openFile(fileFrom(bytes, name))).rejects.toThrow(message);
    await expect(host.readWorkbook()).rejects.toThrow("Choose a workbook file");
  });

  test("an encrypted workbook is named as such", async () => {
    const marker = Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]);
    const bytes = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      9,
      9,
      ...marker,
      7,
    ]);
    await expect(
      createPreviewWorkbookHost().openFile(fileFrom(bytes, "secret.xlsx"))
    ).rejects.toThrow("Cannot read 'secret.xlsx': it is password-protected or encrypted");
  });

  test("a damaged .xlsx (a zip that is not a workbook)", async () => {
    const fake = fs.readFileSync(path.join(FIXTURES, "xlsx/fake.xlsx"));
    await expect(
      createPreviewWorkbookHost().openFile(fileFrom(new Uint8Array(fake), "fake.xlsx"))
    ).rejects.toThrow(
      /^Cannot read 'fake\.xlsx': it (is damaged or is not an Excel workbook|is not an Excel workbook)/
    );
  });

  test("CSV text: UTF-8, UTF-16 with its mark, and Windows-1252 (a £ as one byte)", () => {
    expect(decodeCsvText(new TextEncoder().encode("£25"))).toBe("£25");
    expect(decodeCsvText(new Uint8Array([0xff, 0xfe, 0xa3, 0x00, 0x32, 0x00]))).toBe("£2");
    expect(decodeCsvText(new Uint8Array([0xa3, 0x32, 0x35]))).toBe("£25");
  });
});
