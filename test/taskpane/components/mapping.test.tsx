/** @jest-environment jsdom */
// Input discovery and the editable column mapping: a changed dropdown re-maps, and the next analysis
// uses the header chosen; "(none)" leaves a column out.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  HAND_MADE_HEADERS,
  fakeExcelHost,
  handMadePractices,
  handMadeWorkbook,
  installDomPolyfills,
  renderPane,
} from "./paneTestKit";

beforeAll(installDomPolyfills);

const rows = handMadePractices();
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

async function analyse(): Promise<string> {
  fireEvent.click(screen.getByTestId("analyse-button"));
  await waitFor(() => expect(screen.queryByTestId("analysis-progress")).toBeNull());
  return (await screen.findByTestId("analysis-summary")).textContent ?? "";
}

function openMapping(): void {
  fireEvent.click(within(screen.getByTestId("mapping-toggle")).getByRole("button"));
}

describe("column mapping", () => {
  test("the input summary names the sheet, header row and recognised columns; each dropdown lists the headers with (none)", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    const summary = screen.getByTestId("input-summary").textContent ?? "";
    expect(summary).toContain("sheet 'Practices', headers in row 1");
    expect(summary).toContain("36 below the headers");
    expect(summary).toContain("6 of 12 fields recognised");
    openMapping();
    const listSize = screen.getByTestId("mapping-listSize") as HTMLSelectElement;
    expect(listSize.value).toBe("List size");
    expect(Array.from(listSize.options).map((option) => option.text)).toEqual([
      "(none)",
      ...HAND_MADE_HEADERS,
    ]);
    expect((screen.getByTestId("mapping-postcode") as HTMLSelectElement).value).toBe("");
    expect(screen.getByRole("combobox", { name: /List size/ })).toBe(listSize);
  });

  test("choosing another header for list size: the results go out of date, and the next analysis adds up that column", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    const before = await analyse();
    expect(before).toContain(
      `population ${sum(rows.map((r) => r.listSize)).toLocaleString("en-GB")}`
    );

    openMapping();
    fireEvent.change(screen.getByTestId("mapping-listSize"), {
      target: { value: "Registered 2012" },
    });
    expect((screen.getByTestId("mapping-listSize") as HTMLSelectElement).value).toBe(
      "Registered 2012"
    );
    expect(screen.getByTestId("results-out-of-date")).toBeTruthy();

    const after = await analyse();
    expect(after).toContain(
      `population ${sum(rows.map((r) => r.registered2012)).toLocaleString("en-GB")}`
    );
    expect(screen.queryByTestId("results-out-of-date")).toBeNull();
    expect(screen.getByTestId("ccg-row-02V").textContent).toContain(
      sum(rows.filter((r) => r.ccg === "02V").map((r) => r.registered2012)).toLocaleString("en-GB")
    );
  });

  test("(none) for CCG name leaves the column out: the table shows no names; choosing it again brings them back", async () => {
    const { host } = fakeExcelHost(handMadeWorkbook());
    await renderPane(host);
    openMapping();
    fireEvent.change(screen.getByTestId("mapping-ccgName"), { target: { value: "" } });
    expect((screen.getByTestId("mapping-ccgName") as HTMLSelectElement).value).toBe("");
    expect(screen.getByTestId("input-summary").textContent).toContain("5 of 12 fields recognised");
    await analyse();
    expect(screen.getByTestId("ccg-row-02V").textContent).not.toContain("Leeds North");

    fireEvent.change(screen.getByTestId("mapping-ccgName"), { target: { value: "CCG name" } });
    await analyse();
    expect(screen.getByTestId("ccg-row-02V").textContent).toContain("Leeds North");
  });

  test("unrecognised headers: the plain message says what is missing, and choosing the columns makes the list usable", async () => {
    const data = handMadeWorkbook();
    const sheet = data.sheets[0]!;
    const renamed = {
      sheets: [
        {
          ...sheet,
          rows: [
            [
              "Surgery",
              "Group",
              "CCG name",
              "Head count",
              "Registered 2012",
              "Latitude",
              "Longitude",
            ],
            ...sheet.rows.slice(1),
          ],
        },
      ],
    };
    const { host } = fakeExcelHost(renamed);
    await renderPane(host);
    const error = screen.getByTestId("error-message");
    expect(error.textContent).toContain("No practice list found");
    expect(error.textContent).toContain("has no practice code column");
    expect((screen.getByTestId("analyse-button") as HTMLButtonElement).disabled).toBe(true);

    // The mapping opens by itself, listing the headers of the likeliest row; it starts from what was
    // recognised, and marks only the required fields still without a column.
    const value = (field: string) =>
      (screen.getByTestId(`mapping-${field}`) as HTMLSelectElement).value;
    expect(value("ccgName")).toBe("CCG name");
    expect(value("latitude")).toBe("Latitude");
    expect(value("practiceCode")).toBe("");
    expect(screen.getAllByText("Not recognised: choose its column")).toHaveLength(3);
    // A choice sticks while the list is still unusable (a keyboard arrow press is such a change).
    fireEvent.change(screen.getByTestId("mapping-practiceCode"), { target: { value: "Surgery" } });
    expect(value("practiceCode")).toBe("Surgery");
    expect(value("ccgName")).toBe("CCG name");
    expect(screen.getAllByText("Not recognised: choose its column")).toHaveLength(2);
    fireEvent.change(screen.getByTestId("mapping-ccgCode"), { target: { value: "Group" } });
    expect(value("ccgCode")).toBe("Group");
    fireEvent.change(screen.getByTestId("mapping-listSize"), { target: { value: "Head count" } });
    expect(screen.queryByTestId("error-message")).toBeNull();
    const summary = await analyse();
    expect(summary).toContain("36 practices in 3 CCGs");
    expect(summary).toContain(
      `population ${sum(rows.map((r) => r.listSize)).toLocaleString("en-GB")}`
    );
  });

  test("the sheet picker: the list found on the first sheet, the user picks the other; the analysis reads that one", async () => {
    const all = handMadeWorkbook().sheets[0]!;
    const older = { ...all, name: "List 2012", rows: all.rows.slice(0, 11) };
    const newer = { ...all, name: "List 2013" };
    const { host } = fakeExcelHost({ sheets: [older, newer] });
    await renderPane(host);
    expect(screen.getByTestId("input-summary").textContent).toContain("sheet 'List 2012'");
    openMapping();
    const picker = screen.getByTestId("mapping-sheet") as HTMLSelectElement;
    expect(Array.from(picker.options).map((option) => option.text)).toEqual([
      "List 2012",
      "List 2013",
    ]);
    expect(picker.value).toBe("List 2012");
    expect(await analyse()).toContain("10 practices");
    fireEvent.change(picker, { target: { value: "List 2013" } });
    expect((screen.getByTestId("mapping-sheet") as HTMLSelectElement).value).toBe("List 2013");
    expect(screen.getByTestId("input-summary").textContent).toContain("sheet 'List 2013'");
    expect(screen.getByTestId("results-out-of-date")).toBeTruthy();
    const summary = await analyse();
    expect(summary).toContain(`${rows.length} practices`);
    expect(summary).toContain("from the sheet 'List 2013'");
    // Back to what was found automatically.
    fireEvent.click(screen.getByRole("button", { name: "Use the recognised headers" }));
    expect(screen.getByTestId("input-summary").textContent).toContain("sheet 'List 2012'");
  });

  test("the practice list on a sheet whose headers are not recognised: pick the sheet, then its columns", async () => {
    const notes = {
      name: "Notes",
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ["Prepared by", "Date", "Version", "Comment"],
        ["Cluster team", "2012-03-01", 2, "x"],
      ],
    };
    const list = {
      name: "Surgeries",
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ["Surgery", "Group", "Patients", "Lat", "Long"],
        ...rows.map((r) => [r.code, r.ccg, r.listSize, r.latitude, r.longitude]),
      ],
    };
    const { host } = fakeExcelHost({ sheets: [notes, list] });
    await renderPane(host);
    // Not found: the mapping is open, the sheet to choose.
    expect(screen.getByTestId("error-message").textContent).toContain("No practice list found");
    const picker = screen.getByTestId("mapping-sheet") as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: "Surgeries" } });
    const listSize = screen.getByTestId("mapping-listSize") as HTMLSelectElement;
    expect(Array.from(listSize.options).map((option) => option.text)).toEqual([
      "(none)",
      "Surgery",
      "Group",
      "Patients",
      "Lat",
      "Long",
    ]);
    fireEvent.change(screen.getByTestId("mapping-practiceCode"), { target: { value: "Surgery" } });
    fireEvent.change(screen.getByTestId("mapping-ccgCode"), { target: { value: "Group" } });
    fireEvent.change(screen.getByTestId("mapping-listSize"), { target: { value: "Patients" } });
    await waitFor(() => expect(screen.queryByTestId("error-message")).toBeNull());
    expect(screen.getByTestId("input-summary").textContent).toContain("sheet 'Surgeries'");
    const summary = await analyse();
    expect(summary).toContain(`${rows.length} practices`);
    expect(summary).toContain(
      `population ${sum(rows.map((r) => r.listSize)).toLocaleString("en-GB")}`
    );
  });

  test("a workbook with nothing usable: one plain message and no mapping editor", async () => {
    const { host } = fakeExcelHost({
      sheets: [{ name: "Sheet1", firstRow: 1, rows: [], firstColumn: 1 }],
    });
    await renderPane(host);
    expect(screen.getByTestId("error-message").textContent).toContain("No practice list found");
    expect(screen.queryByTestId("mapping-toggle")).toBeNull();
    expect(screen.queryByTestId("mapping-practiceCode")).toBeNull();
  });
});
