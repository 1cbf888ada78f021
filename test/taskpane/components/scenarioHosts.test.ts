// Saving a scenario as a column of the Scenarios sheet through both hosts: Excel (the in-memory Office.js
// host, counting round trips) and preview (the package writer, the download read back by ExcelJS).
import ExcelJS from "exceljs";
import { createExcelWorkbookHost } from "../../../src/taskpane/host/excelWorkbookHost";
import { createPreviewWorkbookHost } from "../../../src/taskpane/host/previewWorkbookHost";
import { createExcelHost } from "../../excel-host";
import { xlsxBytesOf } from "../../helpers/workbookFiles";
import { handMadeWorkbook } from "./paneTestKit";

const MOVES = new Map([
  ["B86002", "02W"],
  ["B86003", "99Z"],
]);

async function readBlob(blob: Blob): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  return workbook;
}

describe("saving a scenario in Excel", () => {
  test("no Scenarios sheet: one is added with the column, in 2 syncs; a second save appends, in 3", async () => {
    const excel = createExcelHost({
      sheets: [{ name: "Practices", values: [["Code"], ["B86001"]] }],
    });
    const host = createExcelWorkbookHost(excel.run);
    const first = await host.writeScenario("Move two", MOVES);
    expect(first).toEqual({
      sheetName: "Scenarios",
      scenarioName: "Move two",
      created: true,
      notices: [],
    });
    expect(excel.counters.syncs).toBe(2);
    expect(excel.values("Scenarios")).toEqual([
      ["Practice code", "Move two"],
      ["B86002", "02W"],
      ["B86003", "99Z"],
    ]);
    const before = excel.counters.syncs;
    const second = await host.writeScenario("move TWO", new Map([["B86009", "03C"]]));
    expect(excel.counters.syncs - before).toBe(3);
    expect(second.scenarioName).toBe("move TWO (2)");
    expect(second.created).toBe(false);
    expect(second.notices[0]).toContain("'move TWO (2)'");
    expect(excel.values("Scenarios")).toEqual([
      ["Practice code", "Move two", "move TWO (2)"],
      ["B86002", "02W", null],
      ["B86003", "99Z", null],
      ["B86009", null, "03C"],
    ]);
  });

  test("the user's sheet: listed practices get their row, text is never taken for a formula, used cells untouched", async () => {
    const excel = createExcelHost({
      sheets: [
        {
          name: "scenarios",
          values: [
            ["Practice code", "Mine", "Notes"],
            ["B86003", "=A1", "keep"],
          ],
        },
      ],
    });
    const host = createExcelWorkbookHost(excel.run);
    await host.writeScenario("=SUM(1)", MOVES);
    expect(excel.values("scenarios")).toEqual([
      ["Practice code", "Mine", "Notes", "=SUM(1)"],
      ["B86003", "=A1", "keep", "99Z"],
      ["B86002", null, null, "02W"],
    ]);
    expect(excel.formulas("scenarios", "D1:D3")).toEqual([[null], [null], [null]]);
  });
});

describe("saving a scenario in preview mode", () => {
  test("a new Scenarios sheet in the download; a second save appends its column; reading again sees both", async () => {
    const bytes = xlsxBytesOf(handMadeWorkbook());
    const host = createPreviewWorkbookHost();
    await host.openFile(new File([bytes as BlobPart], "leeds.xlsx"));
    const first = await host.writeScenario("Move two", MOVES);
    expect(first).toMatchObject({ sheetName: "Scenarios", created: true });
    let download = await readBlob((await host.prepareDownload()).blob);
    expect(download.worksheets.map((sheet) => sheet.name)).toEqual(["Practices", "Scenarios"]);
    expect(download.getWorksheet("Scenarios")?.getRow(2).values).toEqual([
      undefined,
      "B86002",
      "02W",
    ]);

    const second = await host.writeScenario("Merge", new Map([["B86002", "03C"]]));
    expect(second).toMatchObject({ scenarioName: "Merge", created: false });
    download = await readBlob((await host.prepareDownload()).blob);
    const sheet = download.getWorksheet("Scenarios");
    expect(sheet?.getRow(1).values).toEqual([undefined, "Practice code", "Move two", "Merge"]);
    expect(sheet?.getRow(2).values).toEqual([undefined, "B86002", "02W", "03C"]);
    const data = await host.readWorkbook();
    expect(data.sheets.find((s) => s.name === "Scenarios")?.rows[0]).toEqual([
      "Practice code",
      "Move two",
      "Merge",
    ]);
  });
});
