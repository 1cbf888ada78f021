/** @jest-environment jsdom */
// The pane's scenario mode over the in-memory Excel: select a practice in the list, move it to a new CCG
// code, the counts and the comparison follow at once, undo and redo, save the scenario as a column of
// the Scenarios sheet, and load it back.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createExcelWorkbookHost } from "../../../src/taskpane/host/excelWorkbookHost";
import { createExcelHost } from "../../excel-host";
import {
  HAND_MADE_HEADERS,
  handMadePractices,
  installDomPolyfills,
  renderPane,
} from "./paneTestKit";

beforeAll(installDomPolyfills);

const count = (rating: string) => Number(screen.getByTestId(`rag-${rating}`).textContent);

test("move, counts, undo, redo, save, load", async () => {
  const excel = createExcelHost({
    sheets: [
      {
        name: "Practices",
        values: [
          HAND_MADE_HEADERS,
          ...handMadePractices().map((r) => [
            r.code,
            r.ccg,
            r.ccgName,
            r.listSize,
            r.registered2012,
            r.latitude,
            r.longitude,
          ]),
        ],
      },
    ],
  });
  await renderPane(createExcelWorkbookHost(excel.run));
  fireEvent.click(screen.getByTestId("analyse-button"));
  await screen.findByTestId("ccg-table");
  const redBefore = count("red");

  fireEvent.click(screen.getByTestId("scenario-mode"));
  fireEvent.click(screen.getByTestId("ccg-row-02V"));
  fireEvent.click(await screen.findByTestId("scenario-practice-B86001"));
  expect(screen.getByTestId("scenario-summary").textContent).toContain("1 practice selected");
  fireEvent.click(screen.getByTestId("scenario-new-code"));
  expect((screen.getByTestId("scenario-target") as HTMLInputElement).value).toBe("99Z");
  fireEvent.click(screen.getByTestId("scenario-move"));

  // A practice of 5,100 people alone is red on size: one more red CCG, shown in the comparison.
  await waitFor(() => expect(count("red")).toBe(redBefore + 1));
  expect(screen.getByTestId("scenario-row-99Z").textContent).toContain("5,100");
  expect(screen.getByTestId("scenario-row-02V").textContent).toMatch(/→/);
  expect(screen.getByTestId("live-region").textContent).toBe("Moved 1 practice to 99Z.");

  fireEvent.click(screen.getByTestId("scenario-undo"));
  await waitFor(() => expect(count("red")).toBe(redBefore));
  expect(screen.queryByTestId("scenario-comparison")).toBeNull();
  fireEvent.click(screen.getByTestId("scenario-redo"));
  await waitFor(() => expect(count("red")).toBe(redBefore + 1));

  fireEvent.change(screen.getByTestId("scenario-name"), { target: { value: "Split B86001" } });
  fireEvent.click(screen.getByTestId("scenario-save"));
  await waitFor(() =>
    expect(screen.getByTestId("live-region").textContent).toContain("Saved 'Split B86001'")
  );
  expect(excel.values("Scenarios")).toEqual([
    ["Practice code", "Split B86001"],
    ["B86001", "99Z"],
  ]);

  fireEvent.click(screen.getByTestId("scenario-reset"));
  await waitFor(() => expect(count("red")).toBe(redBefore));
  fireEvent.click(await screen.findByTestId("scenario-load"));
  await waitFor(() => expect(count("red")).toBe(redBefore + 1));
  expect(screen.getByTestId("live-region").textContent).toContain("Loaded 'Split B86001'");
});
