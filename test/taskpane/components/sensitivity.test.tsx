/** @jest-environment jsdom */
// The running-cost what-if in the pane (issue #13): the slider, the locale-aware box and the cost boxes
// change the RAG counts, the table's finance and headroom and the selected CCG's figures to what a full
// analysis with those assumptions gives, without analysing again.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { analyseWorkbook } from "../../../src/engine/analyse";
import type { Assumptions } from "../../../src/engine/assumptions";
import { formatPounds, formatPoundsPerHead } from "../../../src/engine/format";
import { TaskPane } from "../../../src/taskpane/components/TaskPane";
import { generateSmallSample } from "../../../src/sample/generateSample";
import { fakeExcelHost, installDomPolyfills } from "./paneTestKit";

beforeAll(installDomPolyfills);

const sample = generateSmallSample();

async function analysedPane(locale = "en-GB"): Promise<{ analyses: () => number }> {
  let reads = 0;
  const { host } = fakeExcelHost(async () => {
    reads += 1;
    return sample;
  });
  render(<TaskPane host={host} locale={locale} />);
  await waitFor(() => expect(screen.queryByText("Reading the workbook…")).toBeNull());
  fireEvent.click(screen.getByTestId("analyse-button"));
  await screen.findByTestId("sensitivity-panel");
  return { analyses: () => reads };
}

function expectPaneToShow(assumptions: Partial<Assumptions>): void {
  const rerun = analyseWorkbook(sample, { assumptions });
  for (const rating of ["RED", "AMBER", "GREEN"] as const) {
    const count = rerun.ccgs.filter((c) => c.rating === rating).length;
    expect(screen.getByTestId(`rag-${rating.toLowerCase()}`).textContent).toBe(String(count));
  }
  for (const ccg of rerun.ccgs) {
    const row = screen.getByTestId(`ccg-row-${ccg.code}`);
    expect(row.textContent).toContain(formatPounds(ccg.headroom));
    const finance = ccg.components.finance.rating ?? "";
    expect(within(row).getAllByText(new RegExp(`^${finance}$`, "i")).length).toBeGreaterThan(0);
  }
}

function slider(): HTMLInputElement {
  return screen.getByTestId("whatif-rca-slider") as HTMLInputElement;
}

describe("the running-cost what-if", () => {
  test("moving the slider to £20 shows what an analysis at £20 gives, without analysing again", async () => {
    const pane = await analysedPane();
    const reads = pane.analyses();
    expectPaneToShow({});
    fireEvent.change(slider(), { target: { value: "20" } });
    expect(screen.getByTestId("whatif-rca-in-use").textContent).toBe(
      "In use: £20.00 per head (analysed at £25.00)"
    );
    expectPaneToShow({ rca_per_head: 20 });
    expect((screen.getByTestId("whatif-rca-box") as HTMLInputElement).value).toBe("20.00");
    expect(pane.analyses()).toBe(reads);
  });

  test("the box takes 22,5 and 22.5 in en-GB", async () => {
    await analysedPane("en-GB");
    const box = screen.getByTestId("whatif-rca-box");
    fireEvent.change(box, { target: { value: "22,5" } });
    expect(screen.getByTestId("whatif-rca-in-use").textContent).toContain("£22.50");
    expectPaneToShow({ rca_per_head: 22.5 });
    // A comma groups thousands in en-GB: the reading is questioned, as in the assumptions editor.
    expect(
      screen.getByText(
        "Read as £22.50 per head: '22,5' has a ',', which in your settings groups thousands; type 22.50 to confirm."
      )
    ).toBeTruthy();
    fireEvent.change(box, { target: { value: "21.75" } });
    expect(screen.queryByText(/Read as/)).toBeNull();
    expect(screen.getByTestId("whatif-rca-in-use").textContent).toContain("£21.75");
    expect(Number(slider().value)).toBe(21.75);
  });

  test("moving the slider replaces what is typed in the £/head box; a new analysis goes back to the analysed values", async () => {
    await analysedPane();
    const box = screen.getByTestId("whatif-rca-box") as HTMLInputElement;
    fireEvent.change(box, { target: { value: "22,5" } });
    expect(box.value).toBe("22,5");
    fireEvent.change(slider(), { target: { value: "21" } });
    expect(box.value).toBe("21.00");
    expect(screen.queryByText(/Read as/)).toBeNull();
    fireEvent.click(screen.getByTestId("analyse-button"));
    await waitFor(() =>
      expect(screen.getByTestId("whatif-rca-in-use").textContent).toBe("In use: £25.00 per head")
    );
    expect(box.value).toBe("25.00");
    expectPaneToShow({});
  });

  test("in de-DE, 22,5 is £22.50 and the value in use is written the German way", async () => {
    await analysedPane("de-DE");
    fireEvent.change(screen.getByTestId("whatif-rca-box"), { target: { value: "22,5" } });
    expect(screen.getByTestId("whatif-rca-in-use").textContent).toMatch(
      /In use: 22,50\s£ per head/
    );
    expectPaneToShow({ rca_per_head: 22.5 });
  });

  test("text that is not an amount is said so, and the value in use stays", async () => {
    await analysedPane();
    fireEvent.change(screen.getByTestId("whatif-rca-box"), { target: { value: "lots" } });
    expect(screen.getByText(/'lots' is not an amount in £/)).toBeTruthy();
    expect(screen.getByTestId("whatif-rca-in-use").textContent).toBe("In use: £25.00 per head");
  });

  test("fixed costs and support boxes, then back to the analysed values", async () => {
    await analysedPane();
    fireEvent.change(screen.getByTestId("whatif-fixed-costs"), { target: { value: "2,500,000" } });
    fireEvent.change(screen.getByTestId("whatif-support"), { target: { value: "12" } });
    expectPaneToShow({ fixed_costs: 2_500_000, support_per_head: 12 });
    fireEvent.click(screen.getByTestId("whatif-reset"));
    expectPaneToShow({});
    expect((screen.getByTestId("whatif-fixed-costs") as HTMLInputElement).value).toBe("1,000,000");
  });

  test("the chart marks the selected CCG's break-even £/head, and its figures follow the slider", async () => {
    await analysedPane();
    // The CCG with the highest break-even £/head: inside the chart's £20–£35.
    const ccgs = [...analyseWorkbook(sample).ccgs].sort(
      (a, b) => (b.breakEvenPerHead ?? 0) - (a.breakEvenPerHead ?? 0)
    );
    const code = ccgs[0]?.code ?? "";
    expect(ccgs[0]?.breakEvenPerHead).toBeGreaterThan(20);
    fireEvent.click(screen.getByTestId(`ccg-row-${code}`));
    expect(screen.getByTestId("chart-marker-break-even")).toBeTruthy();
    expect(screen.getByTestId("chart-line-red").getAttribute("points")).toMatch(/^[\d., ]+$/);
    fireEvent.change(slider(), { target: { value: "20" } });
    const rerun = analyseWorkbook(sample, { assumptions: { rca_per_head: 20 } });
    const ccg = rerun.ccgs.find((c) => c.code === code);
    expect(screen.getByTestId("ccg-details").textContent).toContain(
      formatPoundsPerHead(ccg?.headroomPerHead ?? 0)
    );
    expect(ccg?.headroomPerHead).not.toBe(ccgs[0]?.headroomPerHead);
  });
});
