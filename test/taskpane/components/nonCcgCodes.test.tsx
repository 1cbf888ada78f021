/** @jest-environment jsdom */
// Issue #15 in the pane: a code that is not a CCG is left out of the RAG counts, marked in the CCG table
// and listed apart; the assumption include_non_ccg (in the editor) brings it into the counts. A workbook
// with a CCG → local-authority lookup sheet gives the lookup's fit, as the runner and CCG.SUMMARY do.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { analyseWorkbook } from "../../../src/engine/analyse";
import { WorkbookData } from "../../../src/engine/cells";
import {
  fakeExcelHost,
  handMadePractices,
  handMadeWorkbook,
  installDomPolyfills,
  renderPane,
} from "./paneTestKit";

beforeAll(installDomPolyfills);

/** The hand-made list with one practice of an area team (Q59) and an ONS-style lookup sheet. */
function workbookWithAreaTeam(): WorkbookData {
  const rows = [
    ...handMadePractices(),
    {
      code: "B86999",
      ccg: "Q59",
      ccgName: "Area team",
      listSize: 59,
      registered2012: 50,
      latitude: 53.9,
      longitude: -1.5,
    },
  ];
  const practices = handMadeWorkbook(rows).sheets[0]!;
  const lookup = {
    name: "CCG to LAD",
    firstRow: 1,
    firstColumn: 1,
    rows: [
      ["CCG16CDH", "LAD16CD", "LAD16NM", "n_lsoa"],
      ["02V", "E08000035", "Leeds", 100],
      ["03C", "E08000035", "Leeds", 120],
      ["02W", "E08000032", "Bradford", 80],
    ],
  };
  return { sheets: [practices, lookup] };
}

async function analyse(): Promise<void> {
  fireEvent.click(screen.getByTestId("analyse-button"));
  await screen.findByTestId("ccg-table");
}

const count = (rating: string): string | null => screen.getByTestId(`rag-${rating}`).textContent;

describe("codes that are not CCGs in the pane", () => {
  const data = workbookWithAreaTeam();
  const expected = analyseWorkbook(data);

  test("Q59 is marked and listed apart, not counted; the lookup gives the local-authority fit", async () => {
    expect(expected.ccgs.map((c) => [c.code, c.rated])).toEqual([
      ["02V", true],
      ["02W", true],
      ["03C", true],
      ["Q59", false],
    ]);
    expect(expected.ccgs.find((c) => c.code === "02W")?.localAuthorityFit?.fit).toBe("coterminous");
    const { host } = fakeExcelHost(data);
    await renderPane(host);
    await analyse();
    const rated = expected.ccgs.filter((c) => c.rated);
    for (const rating of ["RED", "AMBER", "GREEN"] as const) {
      expect(count(rating.toLowerCase())).toBe(
        String(rated.filter((c) => c.rating === rating).length)
      );
    }
    expect(Number(count("red")) + Number(count("amber")) + Number(count("green"))).toBe(3);
    // Marked in words in the table: "Not a CCG" where its rating would be.
    expect(screen.getByTestId("set-aside-Q59").textContent).toBe("Not a CCG");
    expect(screen.getByTestId("set-aside-Q59").getAttribute("title")).toBe(
      "Set aside, not rated: Q59 is not a CCG (area team)"
    );
    expect(screen.queryByTestId("set-aside-02W")).toBeNull();
    expect(screen.getByTestId("set-aside-codes").textContent).toContain(
      "Q59 (area team, population 59)"
    );
    fireEvent.click(screen.getByTestId("ccg-row-Q59"));
    expect(screen.getByTestId("ccg-set-aside").textContent).toContain(
      "Set aside: Q59 is not a CCG (area team)"
    );
    fireEvent.click(screen.getByTestId("ccg-row-02W"));
    expect(screen.getByTestId("reason-localAuthority").textContent).toBe(
      "Coterminous with Bradford"
    );
  });

  test("include_non_ccg = 1 in the assumptions editor rates Q59 and counts it (RED on size)", async () => {
    const { host } = fakeExcelHost(data);
    await renderPane(host);
    const redBefore = expected.ccgs.filter((c) => c.rated && c.rating === "RED").length;
    fireEvent.click(screen.getByRole("button", { name: /Codes that are not CCGs/ }));
    const box = screen.getByRole("checkbox", { name: /Rate codes that are not CCGs/ });
    expect(box).toHaveProperty("checked", false);
    fireEvent.click(box);
    expect(box).toHaveProperty("checked", true);
    await analyse();
    await waitFor(() => expect(count("red")).toBe(String(redBefore + 1)));
    expect(screen.queryByTestId("set-aside-codes")).toBeNull();
    expect(screen.queryByTestId("set-aside-Q59")).toBeNull();
    expect(screen.getByTestId("rated-non-ccg-codes").textContent).toContain("Q59 (area team");
    // Rated now, and still marked as not a CCG (before its name).
    expect(screen.getByTestId("not-ccg-Q59").textContent).toBe("Not a CCG");
    expect(screen.getByTestId("not-ccg-Q59").getAttribute("title")).toBe(
      "Q59 is not a CCG: area team"
    );
    expect(screen.queryByTestId("not-ccg-02W")).toBeNull();
  });

  test("the checkbox under the counts leaves them out (the default) or rates them, analysing again", async () => {
    const { host, calls } = fakeExcelHost(data);
    await renderPane(host);
    await analyse();
    const redBefore = expected.ccgs.filter((c) => c.rated && c.rating === "RED").length;
    const leaveOut = screen.getByTestId("leave-out-non-ccg");
    expect(leaveOut).toHaveProperty("checked", true);
    expect(count("red")).toBe(String(redBefore));
    const reads = calls.reads;
    fireEvent.click(leaveOut);
    // Analysed again (Excel reads the workbook afresh), Q59 now rated and counted red.
    await waitFor(() => expect(count("red")).toBe(String(redBefore + 1)));
    expect(calls.reads).toBe(reads + 1);
    expect(screen.getByTestId("leave-out-non-ccg")).toHaveProperty("checked", false);
    expect(screen.queryByTestId("results-out-of-date")).toBeNull();
    // The editor shows the same choice.
    fireEvent.click(screen.getByRole("button", { name: /Codes that are not CCGs/ }));
    expect(screen.getByTestId("assumption-include_non_ccg")).toHaveProperty("checked", true);
    // And back: left out again, the counts as at first.
    fireEvent.click(screen.getByTestId("leave-out-non-ccg"));
    await waitFor(() => expect(count("red")).toBe(String(redBefore)));
    expect(screen.getByTestId("set-aside-codes").textContent).toContain("Q59 (area team");
  });
});
