/** @jest-environment jsdom */
// Guards for large inputs (the table draws at most 500 rows; a very large map waits to be asked for) and
// when results are out of date (the settings in force changed, not merely where they are kept).
import { FluentProvider } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { AnalysisResult } from "../../../src/engine/analysis";
import type { WorkbookData } from "../../../src/engine/cells";
import { MAX_TABLE_ROWS } from "../../../src/taskpane/components/CcgTable";
import { MAP_AUTO_DRAW_LIMIT, MapSection } from "../../../src/taskpane/components/MapSection";
import { paneTheme } from "../../../src/taskpane/components/theme";
import {
  HAND_MADE_HEADERS,
  fakeExcelHost,
  fakePreviewHost,
  handMadeWorkbook,
  installDomPolyfills,
  renderPane,
  tableCodes,
} from "./paneTestKit";

beforeAll(installDomPolyfills);

async function analyse(): Promise<void> {
  fireEvent.click(screen.getByTestId("analyse-button"));
  await waitFor(() => expect(screen.queryByTestId("analysis-progress")).toBeNull());
  await screen.findByTestId("ccg-table");
}

describe("large inputs", () => {
  test(`more than ${MAX_TABLE_ROWS} CCGs: the first ${MAX_TABLE_ROWS} rows are drawn, and a filter reaches the others`, async () => {
    const ccgCount = MAX_TABLE_ROWS + 40;
    const rows = Array.from({ length: ccgCount }, (_, i) => {
      const ccg = `${String(10 + Math.floor(i / 26)).padStart(2, "0")}${String.fromCharCode(65 + (i % 26))}`;
      return [
        `A${String(81001 + i)}`,
        ccg,
        `CCG ${ccg}`,
        60_000 + i,
        1,
        52 + (i % 30) * 0.05,
        -1.5 + Math.floor(i / 30) * 0.05,
      ];
    });
    const data: WorkbookData = {
      sheets: [
        { name: "Practices", firstRow: 1, firstColumn: 1, rows: [HAND_MADE_HEADERS, ...rows] },
      ],
    };
    const { host } = fakeExcelHost(data);
    await renderPane(host);
    await analyse();
    expect(tableCodes()).toHaveLength(MAX_TABLE_ROWS);
    expect(screen.getByTestId("ccg-count").textContent).toContain(
      `Showing the first ${MAX_TABLE_ROWS} of ${ccgCount} matching CCGs (${ccgCount} in all)`
    );
    const last = rows[rows.length - 1]![1] as string;
    fireEvent.change(screen.getByTestId("ccg-filter-text"), { target: { value: last } });
    expect(tableCodes()).toEqual([last]);
  });

  test(`more than ${MAP_AUTO_DRAW_LIMIT.toLocaleString("en-GB")} mapped practices: the map waits for "Draw the map"`, () => {
    const huge = {
      practiceGeographyIndex: new Int32Array(MAP_AUTO_DRAW_LIMIT + 1),
    } as unknown as AnalysisResult;
    render(
      <FluentProvider theme={paneTheme}>
        <MapSection
          result={huge}
          selectedCcg={null}
          onSelect={() => undefined}
          onDismiss={() => undefined}
        />
      </FluentProvider>
    );
    expect(screen.getByTestId("draw-map")).toBeTruthy();
    expect(screen.queryByTestId("map")).toBeNull();
    expect(screen.getByTestId("section-map").textContent).toContain(
      "25,001 practices have coordinates"
    );
  });

  test("a small analysis draws its map at once", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    await analyse();
    expect(screen.queryByTestId("draw-map")).toBeNull();
    expect(screen.getByTestId("map").querySelectorAll("g[data-ccg]")).toHaveLength(3);
  });
});

describe("results out of date", () => {
  test("assumptions written to the sheet and read again: the values in force are the same, so the results stay current", async () => {
    let data: WorkbookData = handMadeWorkbook();
    const { host } = fakeExcelHost(async () => data, {
      writeAssumptions: async (assumptions) => {
        data = {
          sheets: [
            ...data.sheets,
            {
              name: "Assumptions",
              firstRow: 1,
              firstColumn: 1,
              rows: [
                ["Key", "Value"],
                ["rca_per_head", assumptions.rca_per_head],
              ],
            },
          ],
        };
        return { sheetName: "Assumptions", created: true, updated: [], added: [], notices: [] };
      },
    });
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: /Running costs/ }));
    fireEvent.change(screen.getByTestId("assumption-rca_per_head"), { target: { value: "22" } });
    await analyse();
    fireEvent.click(screen.getByTestId("save-assumptions"));
    await screen.findByTestId("notice-message");
    fireEvent.click(screen.getByTestId("refresh-input"));
    await waitFor(() =>
      expect(screen.getByTestId("input-summary").textContent).toContain("sheet 'Assumptions'")
    );
    expect(screen.queryByTestId("results-out-of-date")).toBeNull();

    // The sheet is then edited in Excel: reading it again puts the results out of date.
    data = {
      sheets: [
        data.sheets[0]!,
        {
          name: "Assumptions",
          firstRow: 1,
          firstColumn: 1,
          rows: [
            ["Key", "Value"],
            ["fixed_costs", 2_000_000],
          ],
        },
      ],
    };
    fireEvent.click(screen.getByTestId("refresh-input"));
    await screen.findByTestId("results-out-of-date");
  });

  test("preview: a new analysis withdraws the download made from the previous one", async () => {
    const { host } = fakePreviewHost(handMadeWorkbook());
    await renderPane(host);
    fireEvent.change(screen.getByTestId("file-input"), {
      target: { files: [new File(["x"], "leeds.xlsx")] },
    });
    await screen.findByTestId("input-summary");
    await analyse();
    fireEvent.click(screen.getByTestId("write-button"));
    await screen.findByTestId("download-link");
    expect(
      within(screen.getByTestId("section-write")).queryAllByTestId("notice-message")
    ).toHaveLength(1);
    await analyse();
    expect(screen.queryByTestId("download-link")).toBeNull();
    // Nor does the Write section still talk about the withdrawn download.
    expect(
      within(screen.getByTestId("section-write")).queryAllByTestId("notice-message")
    ).toHaveLength(0);
  });
});
