/** @jest-environment jsdom */
// The CCG table: sorting by a column header, filtering by text and rating, selecting a CCG (in the table
// or on the map) shows its figures and every component's reason, and the map and table follow.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { analyseWorkbook } from "../../../src/engine/analyse";
import type { CcgAnalysis } from "../../../src/engine/analysis";
import { generateSmallSample } from "../../../src/sample/generateSample";
import { fakeExcelHost, installDomPolyfills, renderPane, tableCodes } from "./paneTestKit";

beforeAll(installDomPolyfills);

const sample = generateSmallSample();
/** The same analysis the pane runs, computed here to compare with what it shows. */
const expected = analyseWorkbook(sample);

async function analysedPane(): Promise<void> {
  const { host } = fakeExcelHost(sample);
  await renderPane(host);
  fireEvent.click(screen.getByTestId("analyse-button"));
  await screen.findByTestId("ccg-table");
}

function codesBy(compare: (a: CcgAnalysis, b: CcgAnalysis) => number): string[] {
  return [...expected.ccgs]
    .sort((a, b) => compare(a, b) || a.code.localeCompare(b.code))
    .map((c) => c.code);
}

function clickHeader(column: string): void {
  const header = screen.getByTestId(`sort-${column}`);
  fireEvent.click(within(header).getByRole("button"));
}

describe("the CCG table", () => {
  test("starts in code order with every CCG, and the RAG counts match the analysis", async () => {
    await analysedPane();
    expect(tableCodes()).toEqual(expected.ccgs.map((c) => c.code).sort());
    for (const rating of ["RED", "AMBER", "GREEN"] as const) {
      const count = expected.ccgs.filter((c) => c.rating === rating).length;
      expect(screen.getByTestId(`rag-${rating.toLowerCase()}`).textContent).toBe(String(count));
    }
    expect(screen.getByTestId("sort-code").getAttribute("aria-sort")).toBe("ascending");
  });

  test("clicking a column header sorts by it (numbers largest first), clicking again reverses", async () => {
    await analysedPane();
    clickHeader("population");
    expect(tableCodes()).toEqual(codesBy((a, b) => b.population - a.population));
    expect(screen.getByTestId("sort-population").getAttribute("aria-sort")).toBe("descending");
    clickHeader("population");
    expect(tableCodes()).toEqual(codesBy((a, b) => a.population - b.population));
    expect(screen.getByTestId("sort-population").getAttribute("aria-sort")).toBe("ascending");

    clickHeader("name");
    expect(tableCodes()).toEqual(
      codesBy((a, b) =>
        (a.name ?? "").localeCompare(b.name ?? "", "en-GB", { sensitivity: "base" })
      )
    );
    const severity = { RED: 2, AMBER: 1, GREEN: 0 };
    clickHeader("rating");
    expect(tableCodes()).toEqual(codesBy((a, b) => severity[b.rating] - severity[a.rating]));
  });

  test("the header's sort button works from the keyboard (Enter)", async () => {
    await analysedPane();
    const button = within(screen.getByTestId("sort-practices")).getByRole("button");
    fireEvent.keyDown(button, { key: "Enter" });
    expect(tableCodes()).toEqual(codesBy((a, b) => b.practices - a.practices));
  });

  test("filters by text (code or name, any case) and by rating, together", async () => {
    await analysedPane();
    const someone = expected.ccgs[3]!;
    const word = (someone.name ?? "").split(" ")[1]!.toLowerCase();
    fireEvent.change(screen.getByTestId("ccg-filter-text"), { target: { value: word } });
    const byName = expected.ccgs.filter(
      (c) => (c.name ?? "").toLowerCase().includes(word) || c.code.toLowerCase().includes(word)
    );
    expect(byName.length).toBeLessThan(expected.ccgs.length);
    expect(tableCodes()).toEqual(byName.map((c) => c.code).sort());

    fireEvent.change(screen.getByTestId("ccg-filter-text"), {
      target: { value: someone.code.toLowerCase() },
    });
    expect(tableCodes()).toEqual([someone.code]);

    fireEvent.change(screen.getByTestId("ccg-filter-text"), { target: { value: "" } });
    fireEvent.change(screen.getByTestId("ccg-filter-rating"), { target: { value: "RED" } });
    const reds = expected.ccgs.filter((c) => c.rating === "RED").map((c) => c.code);
    expect(reds.length).toBeGreaterThan(0);
    expect(tableCodes()).toEqual(reds.sort());
    expect(screen.getByTestId("ccg-count").textContent).toContain(
      `Showing ${reds.length} of ${expected.ccgs.length} CCGs`
    );

    fireEvent.change(screen.getByTestId("ccg-filter-text"), { target: { value: "no such ccg" } });
    expect(screen.queryAllByTestId(/^ccg-row-/)).toHaveLength(0);
    expect(screen.getByText("No CCG matches the filter.")).toBeTruthy();
  });

  test("a RAG count filters to its rating and, pressed again, shows all", async () => {
    await analysedPane();
    const amberButton = screen.getByTestId("rag-amber").closest("button")!;
    fireEvent.click(amberButton);
    expect(amberButton.getAttribute("aria-pressed")).toBe("true");
    expect(tableCodes()).toEqual(
      expected.ccgs
        .filter((c) => c.rating === "AMBER")
        .map((c) => c.code)
        .sort()
    );
    expect((screen.getByTestId("ccg-filter-rating") as HTMLSelectElement).value).toBe("AMBER");
    fireEvent.click(amberButton);
    expect(tableCodes()).toHaveLength(expected.ccgs.length);
  });

  test("selecting a CCG shows its figures and every component's reason, and highlights it on the map", async () => {
    await analysedPane();
    expect(screen.getByTestId("ccg-details").textContent).toContain("Select a CCG");
    const red = expected.ccgs.find((c) => c.rating === "RED")!;
    fireEvent.click(within(screen.getByTestId(`ccg-row-${red.code}`)).getByText(red.code));

    const details = screen.getByTestId("ccg-details");
    expect(within(details).getByRole("heading").textContent).toBe(`${red.code} ${red.name}`);
    for (const component of [
      "size",
      "finance",
      "geography",
      "localAuthority",
      "membership",
    ] as const) {
      expect(within(details).getByTestId(`reason-${component}`).textContent).toBe(
        red.components[component].reason
      );
    }
    expect(details.textContent).toContain(red.population.toLocaleString("en-GB"));
    expect(red.reasons.length).toBeGreaterThan(0);
    expect(screen.getByTestId(`ccg-row-${red.code}`).getAttribute("aria-selected")).toBe("true");

    const map = screen.getByTestId("map");
    const groups = map.querySelectorAll("g[data-ccg]");
    expect(groups.length).toBe(expected.ccgs.filter((c) => c.geography !== null).length);
    expect(map.querySelector(`g[data-ccg="${red.code}"]`)?.getAttribute("class")).toContain(
      "selected"
    );
    expect(map.querySelectorAll("g.selected")).toHaveLength(1);
  });

  test("clicking a CCG on the map selects it: the details, the table row and the highlight follow", async () => {
    await analysedPane();
    const other = expected.ccgs.find((c) => c.geography !== null && c.rating === "AMBER")!;
    const dot = screen.getByTestId("map").querySelector(`g[data-ccg="${other.code}"] circle`)!;
    fireEvent.click(dot);
    await waitFor(() =>
      expect(within(screen.getByTestId("ccg-details")).getByRole("heading").textContent).toBe(
        `${other.code} ${other.name}`
      )
    );
    expect(
      within(screen.getByTestId("ccg-details")).getByTestId("reason-geography").textContent
    ).toBe(other.components.geography.reason);
    expect(screen.getByTestId(`ccg-row-${other.code}`).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByTestId("map").querySelector("g.selected")?.getAttribute("data-ccg")).toBe(
      other.code
    );
  });
});
