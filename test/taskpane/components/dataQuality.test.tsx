/** @jest-environment jsdom */
// Data quality in the pane (issue #14): one line per kind of problem with its count, errors first, each
// opening onto every finding of that kind (a long list grows by steps), with no "N more problems" left
// only for the written sheet.
import { FluentProvider } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { analyseWorkbook } from "../../../src/engine/analyse";
import type { CellValue } from "../../../src/engine/cells";
import {
  DataQualitySummary,
  FINDINGS_PER_STEP,
} from "../../../src/taskpane/components/DataQualitySummary";
import { paneTheme } from "../../../src/taskpane/components/theme";
import { installDomPolyfills } from "./paneTestKit";

beforeAll(installDomPolyfills);

const WITHOUT_COORDINATES = FINDINGS_PER_STEP + 52;

/** 02V with practices spread out, many without coordinates; four codes that are not CCGs; one bad list size. */
function findings() {
  const rows: CellValue[][] = [["Practice code", "CCG code", "List size", "Latitude", "Longitude"]];
  for (let i = 0; i < 20; i++) rows.push([`B8${1000 + i}`, "02V", 8000, 53.7 + i * 0.01, -1.5]);
  for (let i = 0; i < WITHOUT_COORDINATES; i++)
    rows.push([`C8${1000 + i}`, "02V", 100, null, null]);
  for (const [i, code] of ["Q59", "112", "114", "RY6"].entries())
    rows.push([`D8${1000 + i}`, code, 59, 53.8, -1.4 - i * 0.01]);
  rows.push(["E81000", "02V", "n/a", 53.8, -1.5]);
  return analyseWorkbook({
    sheets: [{ name: "Practices", firstRow: 1, firstColumn: 1, rows }],
  }).dataQuality;
}

function renderSummary() {
  const all = findings();
  render(
    <FluentProvider theme={paneTheme}>
      <DataQualitySummary findings={all} />
    </FluentProvider>
  );
  return all;
}

describe("data quality in the pane", () => {
  test("one line per kind with its count, errors first; the counts add up", () => {
    const all = renderSummary();
    const groups = within(screen.getByRole("list", { name: "Data-quality problems by kind" }))
      .getAllByRole("listitem")
      .map((item) => item.getAttribute("data-testid"));
    expect(groups).toEqual([
      "dq-group-listSizeUnusable",
      "dq-group-noCoordinates",
      "dq-group-notCcgCodeOnPractice",
      "dq-group-notCcg",
    ]);
    expect(screen.getByTestId("dq-summary-noCoordinates").textContent).toBe(
      `${WITHOUT_COORDINATES} practices have no coordinates (left out of the geography)`
    );
    expect(screen.getByTestId("dq-summary-notCcg").textContent).toBe(
      "4 codes are not CCG codes: 112, 114, Q59, RY6"
    );
    expect(screen.getByTestId("dq-errors").textContent).toBe("1");
    expect(screen.getByTestId("dq-warnings").textContent).toBe(String(all.length - 1));
    expect(screen.getByTestId("data-quality").textContent).not.toMatch(/more problem/);
  });

  test("a group opens onto every one of its findings, step by step when there are many", () => {
    const all = renderSummary();
    const toggle = screen.getByTestId("dq-toggle-noCoordinates");
    expect(toggle.textContent).toBe(`Show all ${WITHOUT_COORDINATES}`);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByTestId("dq-rows-noCoordinates")).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const rows = () =>
      within(screen.getByTestId("dq-rows-noCoordinates"))
        .getAllByRole("listitem")
        .map((item) => item.textContent);
    expect(rows()).toHaveLength(FINDINGS_PER_STEP);
    fireEvent.click(screen.getByTestId("dq-more-noCoordinates"));
    expect(screen.queryByTestId("dq-more-noCoordinates")).toBeNull();
    // Every finding of the kind, as the Data Quality sheet words it (its cell named).
    expect(rows()).toEqual(
      all.filter((finding) => finding.kind === "noCoordinates").map((finding) => finding.message)
    );
    expect(rows()[0]).toMatch(/^Latitude in Practices!D\d+ is blank/);
    fireEvent.click(toggle);
    expect(screen.queryByTestId("dq-rows-noCoordinates")).toBeNull();
  });
});
