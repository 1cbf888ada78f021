// Writing from the pane (writing.ts) through preview mode's real host: the chosen sheets are written, and
// the workbook's own Assumptions sheet is never edited by Write (SPEC §6, §7: only "Save" in the
// Assumptions section writes into it), while an Assumptions sheet CCG Footprint wrote is refreshed.
import { promises as fs } from "fs";
import path from "path";
import { analyseWorkbook } from "../../../src/engine/analyse";
import { createPreviewWorkbookHost } from "../../../src/taskpane/host/previewWorkbookHost";
import { WRITABLE_SHEETS } from "../../../src/taskpane/state/paneState";
import { sheetsWrittenMessage, writeChosenSheets } from "../../../src/taskpane/state/writing";
import { packageParts, text } from "../../package/packageParts";

const FIXTURES = path.resolve(__dirname, "../../fixtures");
const OWN_SHEETS = path.join(FIXTURES, "package/analyst-own-sheets.xlsm");

describe("Write and the Assumptions sheet", () => {
  test("the workbook's own Assumptions sheet is kept byte for byte, even with different values in force, and the pane says so", async () => {
    const bytes = new Uint8Array(await fs.readFile(OWN_SHEETS));
    const host = createPreviewWorkbookHost();
    await host.openFile(new File([bytes], "own.xlsm"));
    const workbook = await host.readWorkbook();
    const analysed = analyseWorkbook(workbook);
    // As after an edit in the pane that was analysed but not saved: £22.07 in force, £25 on the sheet.
    const result = {
      ...analysed,
      assumptions: {
        ...analysed.assumptions,
        assumptions: { ...analysed.assumptions.assumptions, rca_per_head: 22.07 },
      },
    };
    const written = await writeChosenSheets(host, result, WRITABLE_SHEETS, workbook);
    expect(written.sheets).toEqual([
      "CCG Summary",
      "Practice Detail",
      "Data Quality",
      "Sensitivity",
    ]);
    expect(written.keptAssumptionsSheet).toBe("Assumptions");
    expect(sheetsWrittenMessage(written, "preview").text).toContain(
      "Your own sheet 'Assumptions' is kept as it is (Save in the Assumptions section writes the pane's values into it)."
    );
    const output = await packageParts(
      new Uint8Array(await (await host.prepareDownload()).blob.arrayBuffer())
    );
    const input = await packageParts(bytes);
    expect(text(output, "xl/worksheets/sheet4.xml")).toBe(text(input, "xl/worksheets/sheet4.xml"));

    const onlyAssumptions = await writeChosenSheets(host, result, ["Assumptions"], workbook);
    expect(sheetsWrittenMessage(onlyAssumptions, "excel").text).toBe(
      "Nothing was written. Your own sheet 'Assumptions' is kept as it is (Save in the Assumptions section writes the pane's values into it)."
    );
  });

  test("an Assumptions sheet CCG Footprint wrote is written again with the values in force", async () => {
    const csv = await fs.readFile(path.join(FIXTURES, "workbooks/messy-practices.csv"));
    const host = createPreviewWorkbookHost();
    await host.openFile(new File([new Uint8Array(csv)], "practices.csv"));
    const first = await host.readWorkbook();
    const result = analyseWorkbook(first);
    expect(result.assumptions.sheetName).toBeNull();
    expect((await writeChosenSheets(host, result, ["Assumptions"], first)).sheets).toEqual([
      "Assumptions",
    ]);
    // Read again (as the pane does): the sheet is there, and it is ours.
    const again = await host.readWorkbook();
    expect(again.ownedSheets).toContain("Assumptions");
    const second = analyseWorkbook(again, { assumptions: { rca_per_head: 21 } });
    expect(second.assumptions.sheetName).toBe("Assumptions");
    const written = await writeChosenSheets(host, second, ["Assumptions"], again);
    expect(written).toEqual({ sheets: ["Assumptions"], notices: [] });
    const sheet = (await host.readWorkbook()).sheets.find((s) => s.name === "Assumptions");
    expect(sheet?.rows.find((row) => row[0] === "rca_per_head")?.[1]).toBe(21);
  });
});
