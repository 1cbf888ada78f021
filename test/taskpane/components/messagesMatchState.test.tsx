/** @jest-environment jsdom */
// Messages that match the state (issue #14), with preview mode's real host (the package writer):
// after "Put in the download" wrote a new Assumptions sheet, nothing in the pane still says the
// workbook has none; after re-analysing, the Write section no longer speaks of a download link that is gone.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import { createPreviewWorkbookHost } from "../../../src/taskpane/host/previewWorkbookHost";
import { handMadeWorkbook, installDomPolyfills, renderPane } from "./paneTestKit";

/** Reading, analysing and writing a real workbook in jsdom takes seconds when the machine is busy. */
const WORK = { timeout: 15_000 };

beforeAll(() => {
  installDomPolyfills();
  // jsdom has no TextEncoder/TextDecoder; the package writer needs them (browsers have them).
  Object.assign(globalThis, { TextEncoder, TextDecoder });
});

async function pickHandMadeWorkbook(): Promise<void> {
  // Loaded after beforeAll: the package writer needs TextDecoder when its module loads.
  const { xlsxBytesOf } = await import("../../helpers/workbookFiles");
  const bytes = xlsxBytesOf(handMadeWorkbook());
  await renderPane(createPreviewWorkbookHost());
  fireEvent.change(screen.getByTestId("file-input"), {
    target: { files: [new File([bytes as BlobPart], "leeds.xlsx")] },
  });
  await screen.findByTestId("input-summary", {}, WORK);
}

async function analyse(): Promise<void> {
  fireEvent.click(screen.getByTestId("analyse-button"));
  await waitFor(() => expect(screen.queryByTestId("analysis-progress")).toBeNull(), WORK);
  await screen.findByTestId("ccg-table", {}, WORK);
}

const paneText = () => document.body.textContent ?? "";

describe("messages that match the state (preview mode, real host)", () => {
  test('"Put in the download" writes a new Assumptions sheet; the pane then says the values are on it', async () => {
    await pickHandMadeWorkbook();
    expect(screen.getByTestId("input-summary").textContent).toContain(
      "defaults (no Assumptions sheet)"
    );
    fireEvent.click(screen.getByRole("button", { name: /Running costs/ }));
    fireEvent.change(screen.getByTestId("assumption-rca_per_head"), { target: { value: "22" } });
    fireEvent.click(screen.getByTestId("save-assumptions"));
    const bar = await within(screen.getByTestId("section-assumptions")).findByTestId(
      "notice-message",
      {},
      WORK
    );
    expect(bar.textContent).toBe(
      "Wrote every assumption to a new sheet 'Assumptions'. It goes into the downloaded workbook."
    );
    await waitFor(() => expect(paneText()).not.toMatch(/no Assumptions sheet/));
    expect(screen.getByTestId("input-summary").textContent).toContain("sheet 'Assumptions'");
    expect(screen.getByTestId("section-assumptions").textContent).toContain(
      "From the sheet 'Assumptions'."
    );
    // The value written is the one in force, and the analysis uses it.
    expect((screen.getByTestId("assumption-rca_per_head") as HTMLInputElement).value).toBe("22");
    await analyse();
    fireEvent.click(screen.getByTestId("ccg-row-02V"));
    const details = screen.getByTestId("ccg-details").textContent ?? "";
    const population = Number(/Population ([\d,]+)/.exec(details)?.[1]?.replace(/,/g, ""));
    expect(details).toContain(
      `£${(population * 22).toLocaleString("en-GB")} running cost allowance`
    );
  });

  test("re-analysing withdraws the download link and every word about it", async () => {
    await pickHandMadeWorkbook();
    await analyse();
    fireEvent.click(screen.getByTestId("write-button"));
    await screen.findByTestId("download-link", {}, WORK);
    const write = screen.getByTestId("section-write");
    expect(write.textContent).toMatch(/link below/);
    await analyse();
    expect(screen.queryByTestId("download-link")).toBeNull();
    expect(write.textContent).not.toMatch(/link below|started its download/);
    expect(within(write).queryAllByTestId("notice-message")).toHaveLength(0);
  });
});
