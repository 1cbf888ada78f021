/** @jest-environment jsdom */
// Every control of the pane has an accessible name, and the table is usable from the keyboard.
import { fireEvent, screen, within } from "@testing-library/react";
import {
  fakeExcelHost,
  fakePreviewHost,
  handMadeWorkbook,
  installDomPolyfills,
  renderPane,
} from "./paneTestKit";

beforeAll(installDomPolyfills);

const ROLES = ["button", "combobox", "textbox", "searchbox", "checkbox"] as const;

function expectEveryControlNamed(): number {
  let controls = 0;
  for (const role of ROLES) {
    const all = screen.queryAllByRole(role);
    const named = screen.queryAllByRole(role, { name: /\S/ });
    expect({
      role,
      unnamed: all
        .filter((element) => !named.includes(element))
        .map((element) => element.outerHTML.slice(0, 120)),
    }).toEqual({
      role,
      unnamed: [],
    });
    controls += all.length;
  }
  return controls;
}

describe("accessibility", () => {
  test("after an analysis, with the mapping, an assumption group and the figures open, every control is named", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    fireEvent.click(screen.getByTestId("analyse-button"));
    await screen.findByTestId("ccg-table");
    fireEvent.click(within(screen.getByTestId("mapping-toggle")).getByRole("button"));
    fireEvent.click(screen.getByRole("button", { name: /Geography/ }));
    fireEvent.click(screen.getByRole("button", { name: "Show 03C Leeds West" }));
    fireEvent.click(screen.getByRole("button", { name: "All figures" }));
    expect(expectEveryControlNamed()).toBeGreaterThan(40);
    expect(screen.getByRole("table", { name: "CCGs" })).toBeTruthy();
    expect(
      screen.getByRole("img", { name: /Map of 36 practices in 3 CCGs, 03C highlighted/ })
    ).toBeTruthy();
  });

  test("preview mode: the file input is labelled", async () => {
    const { host } = fakePreviewHost(handMadeWorkbook());
    await renderPane(host);
    expect(screen.getByLabelText("Workbook file")).toBe(screen.getByTestId("file-input"));
    expectEveryControlNamed();
  });

  test("a CCG is selected from the keyboard: its code is a button reached by Tab, Enter selects it", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    fireEvent.click(screen.getByTestId("analyse-button"));
    await screen.findByTestId("ccg-table");
    const button = screen.getByRole("button", { name: "Show 02W Bradford City" });
    expect(button.tagName).toBe("BUTTON");
    expect(button.getAttribute("tabindex")).not.toBe("-1");
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button); // a native button: Enter and Space fire click
    expect(within(screen.getByTestId("ccg-details")).getByRole("heading").textContent).toBe(
      "02W Bradford City"
    );
    expect(button.getAttribute("aria-pressed")).toBe("true");
  });
});
