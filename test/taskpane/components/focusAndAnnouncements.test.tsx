/** @jest-environment jsdom */
// Focus stays on the button that was used while the pane analyses and writes (a disabled button would
// drop it to the page), and the polite live region says what is happening and how it ended.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { analyseWorkbook } from "../../../src/engine/analyse";
import { generateSmallSample } from "../../../src/sample/generateSample";
import { fakeExcelHost, installDomPolyfills, renderPane } from "./paneTestKit";

beforeAll(installDomPolyfills);

const sample = generateSmallSample();
const expected = analyseWorkbook(sample);

describe("focus and the live region", () => {
  test("after Analyse the focus is still on the Analyse button and the live region gives the counts", async () => {
    const { host } = fakeExcelHost(sample);
    await renderPane(host);
    const live = screen.getByTestId("live-region");
    expect(live.getAttribute("aria-live")).toBe("polite");
    const analyse = screen.getByTestId("analyse-button");
    analyse.focus();
    fireEvent.click(analyse);
    await screen.findByTestId("ccg-table");
    expect(document.activeElement).toBe(screen.getByTestId("analyse-button"));
    const red = expected.ccgs.filter((ccg) => ccg.rating === "RED").length;
    expect(live.textContent).toBe(
      `Analysis done: ${expected.ccgs.length} CCGs, ${red} red, ` +
        `${expected.ccgs.filter((ccg) => ccg.rating === "AMBER").length} amber, ` +
        `${expected.ccgs.filter((ccg) => ccg.rating === "GREEN").length} green.`
    );
  });

  test("after Write the focus is still on the Write button and the live region says what was written", async () => {
    const { host } = fakeExcelHost(sample);
    await renderPane(host);
    fireEvent.click(screen.getByTestId("analyse-button"));
    await screen.findByTestId("ccg-table");
    const write = screen.getByTestId("write-button");
    write.focus();
    fireEvent.click(write);
    await waitFor(() =>
      expect(screen.getByTestId("write-button").textContent).not.toMatch(/Writing/)
    );
    await waitFor(() => expect(screen.getByTestId("live-region").textContent).toMatch(/^Wrote /));
    expect(document.activeElement).toBe(screen.getByTestId("write-button"));
  });
});

describe("what changed after a re-analysis", () => {
  test("CCGs whose rating moved are listed old → new, and the live region says how many", async () => {
    const { host } = fakeExcelHost(sample);
    await renderPane(host);
    fireEvent.click(screen.getByTestId("analyse-button"));
    await screen.findByTestId("ccg-table");
    expect(screen.queryByTestId("rating-changes")).toBeNull();
    // A red line for size above every CCG's population: every CCG not already red turns red.
    const redLine = Math.max(...expected.ccgs.map((ccg) => ccg.population)) + 1;
    const again = analyseWorkbook(sample, { assumptions: { population_red_below: redLine } });
    const moved = expected.ccgs.filter(
      (ccg) =>
        ccg.rated && again.ccgs.find((other) => other.code === ccg.code)?.rating !== ccg.rating
    );
    expect(moved.length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: /^Size/ }));
    fireEvent.change(screen.getByTestId("assumption-population_red_below"), {
      target: { value: String(redLine) },
    });
    fireEvent.click(screen.getByTestId("analyse-button"));
    const list = await screen.findByTestId("rating-changes");
    const items = [...list.querySelectorAll("li")].map((item) => item.textContent);
    expect(items).toHaveLength(moved.length);
    for (const ccg of moved) {
      expect(items.some((item) => item?.startsWith(`${ccg.code} `) && item.endsWith("→ Red"))).toBe(
        true
      );
    }
    expect(screen.getByTestId("live-region").textContent).toContain(
      `${moved.length} changed rating.`
    );
  });
});
