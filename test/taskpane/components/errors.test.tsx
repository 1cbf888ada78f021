/** @jest-environment jsdom */
// Every failure reaches the user as a Fluent message bar in plain words: never a stack trace.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { UnusableInputError } from "../../../src/engine/errors";
import { TaskPane } from "../../../src/taskpane/components/TaskPane";
import type { Analyser } from "../../../src/taskpane/state/analyser";
import { fakeExcelHost, handMadeWorkbook, installDomPolyfills, renderPane } from "./paneTestKit";

beforeAll(installDomPolyfills);

function errorText(): string {
  return screen.getByTestId("error-message").textContent ?? "";
}

describe("errors in the pane", () => {
  test("a host whose readWorkbook rejects: the message, in the Input section, without the stack", async () => {
    const failure = new Error("The workbook could not be opened");
    failure.stack = "Error: The workbook could not be opened\n    at readWorkbook (excel.ts:12:3)";
    const { host } = fakeExcelHost(() => Promise.reject(failure));
    await renderPane(host);
    const bar = await screen.findByTestId("error-message");
    expect(within(screen.getByTestId("section-input")).getByTestId("error-message")).toBe(bar);
    expect(errorText()).toBe("The workbook could not be opened.");
    expect(errorText()).not.toContain("excel.ts");
  });

  test("an Office.js error: its code in plain words, its message kept, no debug info", async () => {
    const officeError = Object.assign(
      new Error("You can't change this part of a protected sheet."),
      {
        code: "AccessDenied",
        debugInfo: { errorLocation: "Range.values" },
      }
    );
    const { host } = fakeExcelHost(() => Promise.reject(officeError));
    await renderPane(host);
    await screen.findByTestId("error-message");
    expect(errorText()).toBe(
      "Excel could not finish reading the workbook: the workbook is protected or read-only. Excel says: You can't change this part of a protected sheet."
    );
    expect(errorText()).not.toContain("errorLocation");
  });

  test("something thrown that is not an Error still gives a sentence", async () => {
    const { host } = fakeExcelHost(() => Promise.reject({ weird: true }));
    await renderPane(host);
    await screen.findByTestId("error-message");
    expect(errorText()).toBe("Something went wrong while reading the workbook. Please try again.");
  });

  test("an input with no practice list: the engine's plain message names the sheet and the missing columns", async () => {
    const { host } = fakeExcelHost({
      sheets: [
        {
          name: "Notes",
          firstRow: 1,
          firstColumn: 1,
          rows: [["Meeting notes"], ["Bring the list sizes"]],
        },
      ],
    });
    await renderPane(host);
    expect(errorText()).toBe(
      "No practice list found. A practice list needs columns for practice code, CCG code and list size " +
        "(or age/sex bands such as 'Male 0-4'): sheet 'Notes' has no recognisable practice-list headers"
    );
    expect((screen.getByTestId("analyse-button") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("section-results").textContent).toContain(
      "correct the workbook and read it again"
    );
  });

  test("the analysis fails: the engine's message in the Results section; dismissing it removes it", async () => {
    const analyser: Analyser = () =>
      Promise.reject(
        new UnusableInputError(
          "sheet 'Practices' has no usable practice rows (nothing below the header row)"
        )
      );
    const { host } = fakeExcelHost(handMadeWorkbook());
    render(<TaskPane host={host} analyser={analyser} />);
    await screen.findByTestId("input-summary");
    fireEvent.click(screen.getByTestId("analyse-button"));
    const bar = await screen.findByTestId("error-message");
    expect(within(screen.getByTestId("section-results")).getByTestId("error-message")).toBe(bar);
    expect(errorText()).toBe(
      "Sheet 'Practices' has no usable practice rows (nothing below the header row)."
    );
    expect((screen.getByTestId("analyse-button") as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(within(bar).getByRole("button", { name: "Dismiss message" }));
    await waitFor(() => expect(screen.queryByTestId("error-message")).toBeNull());
  });

  test("writing fails: the message in the Write section, and the results stay", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook(), {
      writeOutputs: () =>
        Promise.reject(
          Object.assign(new Error("InsertDeleteConflict"), { code: "InsertDeleteConflict" })
        ),
    });
    await renderPane(host);
    fireEvent.click(screen.getByTestId("analyse-button"));
    await screen.findByTestId("ccg-table");
    fireEvent.click(screen.getByTestId("write-button"));
    await screen.findByTestId("error-message");
    expect(
      within(screen.getByTestId("section-write")).getByTestId("error-message").textContent
    ).toBe(
      "Excel could not finish writing the sheets: the sheet is protected or a table is in the way."
    );
    expect(screen.getByTestId("ccg-table")).toBeTruthy();
  });

  test("an assumption that is not a number is marked on its field, and Analyse waits for a correction", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: /Running costs/ }));
    const input = screen.getByTestId("assumption-rca_per_head");
    fireEvent.change(input, { target: { value: "twenty" } });
    expect(screen.getByText("'twenty' is not a number.")).toBeTruthy();
    expect((screen.getByTestId("analyse-button") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(input, { target: { value: "-3" } });
    expect(screen.getByText("It must not be negative.")).toBeTruthy();
    fireEvent.change(input, { target: { value: "22.07" } });
    expect(screen.queryByText("It must not be negative.")).toBeNull();
    expect((screen.getByTestId("analyse-button") as HTMLButtonElement).disabled).toBe(false);
  });
});
