/** @jest-environment jsdom */
// The pane's Scoring section over the Excel host and the in-memory Excel: choose CCGs, write their
// scoring sheets and the Domain Summary, read the sheets back after edits made in Excel, and write
// again without losing those edits.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createExcelWorkbookHost } from "../../../src/taskpane/host/excelWorkbookHost";
import { createExcelHost } from "../../excel-host";
import { scoringWorkbook } from "../../engine/scoring/helpers/scoringWorkbook";
import { installDomPolyfills, renderPane } from "./paneTestKit";

beforeAll(installDomPolyfills);

function excelWithPractices() {
  const rows = scoringWorkbook().sheets[0]?.rows ?? [];
  return createExcelHost({
    sheets: [{ name: "Practices", values: rows.map((row) => [...row] as (string | number)[]) }],
  });
}

function outcomeOf(code: string): string | null {
  return screen.getByTestId(`scoring-outcome-${code}`).textContent;
}

describe("the Scoring section", () => {
  test("before an analysis nothing can be scored", async () => {
    await renderPane(createExcelWorkbookHost(excelWithPractices().run));
    expect((screen.getByTestId("scoring-write") as HTMLButtonElement).disabled).toBe(true);
  });

  test("writes every CCG's scoring sheet, shows the outcomes, reads back edits made in Excel and keeps them", async () => {
    const excel = excelWithPractices();
    await renderPane(createExcelWorkbookHost(excel.run));
    fireEvent.click(screen.getByTestId("analyse-button"));
    await screen.findByTestId("ccg-table");

    fireEvent.click(screen.getByLabelText("Every CCG"));
    fireEvent.click(screen.getByTestId("scoring-write"));
    await screen.findByTestId("scoring-results");
    expect(excel.sheetNames()).toEqual([
      "Practices",
      "Scoring 01A",
      "Scoring 02B",
      "Domain Summary",
    ]);
    // 02B: configuration RED and critical criteria not met
    expect(outcomeOf("02B")).toBe("Authorised with conditions and directions");
    expect(outcomeOf("01A")).toBe("Authorised with conditions");
    const section = within(screen.getByTestId("section-scoring"));
    expect(section.getByTestId("notice-message").textContent).toBe(
      "Wrote 2 scoring sheets and the Domain Summary."
    );

    // Someone marks 01A's governing-body criterion (critical) Not met in Excel.
    const ids = excel.values("Scoring 01A", "B19:B60").map((row) => row[0]);
    const row = 19 + ids.indexOf("4.2A");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Scoring 01A").getRange(`E${row}`).values = [["Not met"]];
      await context.sync();
    });
    fireEvent.click(screen.getByTestId("scoring-read"));
    await waitFor(() => expect(outcomeOf("01A")).toBe("Authorised with conditions and directions"));
    expect(screen.getByTestId("scoring-row-01A").textContent).toContain(
      "Critical criterion 4.2A is not met"
    );

    // Writing again keeps the edit.
    fireEvent.click(screen.getByTestId("scoring-write"));
    await waitFor(() =>
      expect(section.getByTestId("notice-message").textContent).toBe(
        "Wrote 2 scoring sheets and the Domain Summary."
      )
    );
    expect(excel.values("Scoring 01A", `E${row}`)).toEqual([["Not met"]]);
    expect(outcomeOf("01A")).toBe("Authorised with conditions and directions");
  });

  test("a threshold set on a scoring sheet in Excel drives the outcome, survives writing again and is named in the notice", async () => {
    const excel = excelWithPractices();
    await renderPane(createExcelWorkbookHost(excel.run));
    fireEvent.click(screen.getByTestId("analyse-button"));
    await screen.findByTestId("ccg-table");
    fireEvent.click(screen.getByLabelText("The red and amber CCGs"));
    fireEvent.click(screen.getByTestId("scoring-write"));
    await screen.findByTestId("scoring-results");
    expect(outcomeOf("02B")).toBe("Authorised with conditions and directions");

    // The analyst lowers 02B's refusal line to 10% in Excel.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Scoring 02B").getRange("B8").values = [[0.1]];
      await context.sync();
    });
    fireEvent.click(screen.getByTestId("scoring-read"));
    await waitFor(() => expect(outcomeOf("02B")).toBe("Not authorised"));

    fireEvent.click(screen.getByTestId("scoring-write"));
    const section = within(screen.getByTestId("section-scoring"));
    await waitFor(() =>
      expect(section.getByTestId("notice-message").textContent).toContain(
        "Refusal share on 'Scoring 02B' (cell B8) is 10%, set on the sheet; the assumptions say 50%"
      )
    );
    expect(excel.values("Scoring 02B", "B8")).toEqual([[0.1]]);
    expect(outcomeOf("02B")).toBe("Not authorised");
  });

  test("the selected CCG with none selected: a message, nothing written", async () => {
    const excel = excelWithPractices();
    await renderPane(createExcelWorkbookHost(excel.run));
    fireEvent.click(screen.getByTestId("analyse-button"));
    await screen.findByTestId("ccg-table");
    fireEvent.click(screen.getByLabelText(/The selected CCG/));
    fireEvent.click(screen.getByTestId("scoring-write"));
    await within(screen.getByTestId("section-scoring")).findByText(
      "Select a CCG in the results first."
    );
    expect(excel.sheetNames()).toEqual(["Practices"]);
  });
});
