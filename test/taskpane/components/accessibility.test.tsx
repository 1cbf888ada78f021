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
    fireEvent.click(screen.getByRole("row", { name: /03C Leeds West/ }));
    fireEvent.click(screen.getByRole("button", { name: "All figures" }));
    expect(expectEveryControlNamed()).toBeGreaterThan(40);
    expect(screen.getByRole("grid", { name: "CCGs" })).toBeTruthy();
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

  test("the table is one tab stop: the arrow keys move between rows, Enter and Space select", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    fireEvent.click(screen.getByTestId("analyse-button"));
    await screen.findByTestId("ccg-table");
    const grid = screen.getByRole("grid", { name: "CCGs" });
    const rows = within(grid)
      .getAllByRole("row")
      .filter((row) => row.hasAttribute("data-code"));
    expect(rows.map((row) => row.getAttribute("data-code"))).toEqual(["02V", "02W", "03C"]);
    // One tab stop in the whole table: the first row; the header's sort buttons are reached by arrows.
    const tabStops = [...grid.querySelectorAll("[tabindex]")].filter(
      (element) => element.getAttribute("tabindex") !== "-1"
    );
    expect(tabStops).toEqual([rows[0]]);
    rows[0]!.focus();
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement?.getAttribute("data-code")).toBe("02W");
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement?.getAttribute("data-code")).toBe("03C");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement?.getAttribute("data-code")).toBe("03C");
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(document.activeElement?.getAttribute("data-code")).toBe("02V");
    fireEvent.keyDown(document.activeElement!, { key: "PageDown" });
    expect(document.activeElement?.getAttribute("data-code")).not.toBe("02V");
    fireEvent.keyDown(document.activeElement!, { key: "PageUp" });
    expect(document.activeElement?.getAttribute("data-code")).toBe("02V");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    // The roving tab stop followed the focus.
    const stopNow = [...grid.querySelectorAll("[tabindex]")].filter(
      (element) => element.getAttribute("tabindex") !== "-1"
    );
    expect(stopNow.map((element) => element.getAttribute("data-code"))).toEqual(["02W"]);

    fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    expect(within(screen.getByTestId("ccg-details")).getByRole("heading").textContent).toBe(
      "02W Bradford City"
    );
    expect(screen.getByTestId("ccg-row-02W").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    fireEvent.keyDown(document.activeElement!, { key: " " });
    expect(within(screen.getByTestId("ccg-details")).getByRole("heading").textContent).toBe(
      "03C Leeds West"
    );

    // Up from the first row reaches the column headers; Right moves along them, Enter sorts, Down returns.
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
    expect(document.activeElement?.closest("th")?.getAttribute("data-testid")).toBe("sort-code");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(document.activeElement?.closest("th")?.getAttribute("data-testid")).toBe("sort-name");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement?.getAttribute("data-code")).toBe("02V");
  });
});
