/** @jest-environment jsdom */
// Writing sheets: the chosen subset, and only it, goes to the host; Assumptions through writeAssumptions
// with the values the analysis used; in preview mode the analysed workbook is offered for download.
import type { OutputSheetName } from "../../../src/output/report/outputTable";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { analyseWorkbook } from "../../../src/engine/analyse";
import { buildOutputContents } from "../../../src/output/tableSheet";
import { sheetCheckboxTestId } from "../../../src/taskpane/components/WriteSection";
import {
  clickedDownloads,
  fakeExcelHost,
  fakePreviewHost,
  handMadeWorkbook,
  installDomPolyfills,
  renderPane,
} from "./paneTestKit";

beforeAll(installDomPolyfills);

async function analyse(): Promise<void> {
  fireEvent.click(screen.getByTestId("analyse-button"));
  await screen.findByTestId("ccg-table");
}

function untick(sheet: OutputSheetName): void {
  fireEvent.click(screen.getByTestId(sheetCheckboxTestId(sheet)));
}

describe("writing sheets", () => {
  test("before an analysis there is nothing to write", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    expect((screen.getByTestId("write-button") as HTMLButtonElement).disabled).toBe(true);
  });

  test("a chosen subset: the host gets exactly those tables, built from this analysis, and nothing else", async () => {
    const data = handMadeWorkbook();
    const { host, calls } = fakeExcelHost(data);
    await renderPane(host);
    await analyse();
    untick("Practice Detail");
    untick("Assumptions");
    untick("Sensitivity");
    expect(
      (screen.getByTestId(sheetCheckboxTestId("Practice Detail")) as HTMLInputElement).checked
    ).toBe(false);
    fireEvent.click(screen.getByTestId("write-button"));
    await screen.findByTestId("notice-message");

    expect(calls.writtenTables).toHaveLength(1);
    const tables = calls.writtenTables[0]!;
    expect(tables.map((t) => t.output)).toEqual(["CCG Summary", "Data Quality"]);
    expect(tables).toEqual(
      buildOutputContents(analyseWorkbook(data), ["CCG Summary", "Data Quality"])
    );
    expect(calls.writtenAssumptions).toHaveLength(0);
    expect(
      within(screen.getByTestId("section-write")).getByTestId("notice-message").textContent
    ).toBe("Wrote 'CCG Summary' and 'Data Quality'.");
  });

  test("Assumptions alone: no tables, and writeAssumptions gets the values the analysis used (edits included)", async () => {
    const { host, calls } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: /Running costs/ }));
    fireEvent.change(screen.getByTestId("assumption-rca_per_head"), { target: { value: "22.07" } });
    await analyse();
    untick("CCG Summary");
    untick("Practice Detail");
    untick("Data Quality");
    untick("Sensitivity");
    fireEvent.click(screen.getByTestId("write-button"));
    await screen.findByTestId("notice-message");
    expect(calls.writtenTables).toHaveLength(0);
    expect(calls.writtenAssumptions).toHaveLength(1);
    expect(calls.writtenAssumptions[0]!.rca_per_head).toBe(22.07);
    expect(calls.writtenAssumptions[0]!.fixed_costs).toBe(1_000_000);
  });

  test("no sheet chosen: the button is disabled", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    await analyse();
    for (const sheet of [
      "CCG Summary",
      "Practice Detail",
      "Data Quality",
      "Assumptions",
      "Sensitivity",
    ] as const)
      untick(sheet);
    expect((screen.getByTestId("write-button") as HTMLButtonElement).disabled).toBe(true);
  });

  test("the host's notices (a user's sheet left untouched) are listed under the message", async () => {
    const notice =
      "A sheet named 'CCG Summary' that CCG Footprint did not create was left untouched; the summary was written to 'CCG Summary (2)'.";
    const { host } = fakeExcelHost(handMadeWorkbook(), {
      writeOutputs: async (tables) => ({
        written: tables.map((t) => ({
          output: t.output,
          sheetName: t.output === "CCG Summary" ? "CCG Summary (2)" : t.output,
        })),
        notices: [notice],
      }),
    });
    await renderPane(host);
    await analyse();
    fireEvent.click(screen.getByTestId("write-button"));
    const bar = await screen.findByTestId("notice-message");
    expect(bar.textContent).toContain(
      "Wrote 'CCG Summary (2)', 'Practice Detail', 'Data Quality', 'Sensitivity' and 'Assumptions'."
    );
    expect(within(bar).getByRole("listitem").textContent).toBe(notice);
  });

  test("the assumptions editor writes its values on request", async () => {
    const { host, calls } = fakeExcelHost(handMadeWorkbook(), {
      writeAssumptions: async () => ({
        sheetName: "Assumptions",
        created: false,
        updated: ["support_per_head"],
        added: [],
        notices: [],
      }),
    });
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: /Running costs/ }));
    fireEvent.change(screen.getByTestId("assumption-support_per_head"), {
      target: { value: "11" },
    });
    fireEvent.click(screen.getByTestId("save-assumptions"));
    const bar = await within(screen.getByTestId("section-assumptions")).findByTestId(
      "notice-message"
    );
    expect(bar.textContent).toBe("Wrote 1 value to the sheet 'Assumptions'.");
    expect(calls.writtenAssumptions).toHaveLength(1);
    expect(calls.writtenAssumptions[0]!.support_per_head).toBe(11);
  });
});

describe("preview mode", () => {
  test("pick a file, analyse, add the sheets: a download link to <name>.analysed.xlsx", async () => {
    const { host, calls, opened } = fakePreviewHost(handMadeWorkbook());
    await renderPane(host);
    expect(screen.getByTestId("pane-mode").textContent).toBe("Preview");
    expect((screen.getByTestId("analyse-button") as HTMLButtonElement).disabled).toBe(true);

    const file = new File(["not read by the fake host"], "leeds practices.xlsx");
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
    await screen.findByTestId("input-summary");
    expect(opened).toEqual(["leeds practices.xlsx"]);
    expect(screen.getByTestId("input-summary").textContent).toContain("leeds practices.xlsx");

    await analyse();
    expect(screen.queryByTestId("download-link")).toBeNull();
    untick("Data Quality");
    fireEvent.click(screen.getByTestId("write-button"));
    const link = (await screen.findByTestId("download-link")) as HTMLAnchorElement;
    expect(link.getAttribute("download")).toBe("leeds practices.analysed.xlsx");
    expect(link.getAttribute("href")).toMatch(/^blob:/);
    expect(link.textContent).toBe("Download leeds practices.analysed.xlsx");
    // One click: writing in preview also starts the download.
    await waitFor(() => expect(clickedDownloads).toEqual(["leeds practices.analysed.xlsx"]));
    expect(calls.writtenTables.map((tables) => tables.map((t) => t.output))).toEqual([
      ["CCG Summary", "Practice Detail", "Sensitivity"],
    ]);
    expect(calls.writtenAssumptions).toHaveLength(1);
    await waitFor(() =>
      expect(
        within(screen.getByTestId("section-write")).getByTestId("notice-message").textContent
      ).toContain("started its download (the link below downloads it again)")
    );
  });
});
