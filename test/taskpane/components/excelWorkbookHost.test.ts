// The Excel WorkbookHost over the in-memory Office.js host: reading skips our output sheets, writing
// goes through the adapter, and writing assumptions updates the user's own sheet safely or creates ours.
import { DEFAULT_ASSUMPTIONS } from "../../../src/engine/assumptions";
import { analyseWorkbook } from "../../../src/engine/analyse";
import { ownershipName } from "../../../src/output/names";
import { buildOutputContents } from "../../../src/output/tableSheet";
import { createExcelWorkbookHost } from "../../../src/taskpane/host/excelWorkbookHost";
import { AssumptionsSheetError } from "../../../src/taskpane/host/assumptionsSheetPlan";
import { createExcelHost } from "../../excel-host";
import type { InitialWorkbook } from "../../excel-host";
import { HAND_MADE_HEADERS, handMadePractices } from "./paneTestKit";

function practicesSheet() {
  return {
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
  };
}

function hostWith(initial: InitialWorkbook) {
  const excel = createExcelHost(initial);
  return { excel, host: createExcelWorkbookHost(excel.run) };
}

describe("the Excel workbook host", () => {
  test("readWorkbook reads every sheet but our output sheets (found by their ownership names), in 2 syncs", async () => {
    const { excel, host } = hostWith({
      sheets: [
        practicesSheet(),
        {
          name: "My summary",
          values: [
            ["Code", "Population"],
            ["02V", 1],
          ],
        },
        { name: "Notes", values: [["keep me"]] },
      ],
      names: [{ name: ownershipName("CCG Summary"), reference: "='My summary'!$A$1" }],
    });
    const data = await host.readWorkbook();
    expect(data.sheets.map((sheet) => sheet.name)).toEqual(["Practices", "Notes"]);
    expect(data.sheets[0]!.rows[1]).toEqual([
      "B86001",
      "02V",
      "Leeds North",
      5100,
      4010,
      53.75,
      -1.7,
    ]);
    expect(excel.counters.syncs).toBe(2);
  });

  test("writeOutputs writes the tables through the adapter and reports where they went", async () => {
    const { excel, host } = hostWith({
      sheets: [practicesSheet(), { name: "Data Quality", values: [["mine"]] }],
    });
    const result = analyseWorkbook(await host.readWorkbook());
    const summary = await host.writeOutputs(
      buildOutputContents(result, ["CCG Summary", "Data Quality"])
    );
    expect(summary.written).toEqual([
      { output: "CCG Summary", sheetName: "CCG Summary" },
      { output: "Data Quality", sheetName: "Data Quality (2)" },
    ]);
    expect(summary.notices).toHaveLength(1);
    expect(summary.notices[0]).toContain("'Data Quality (2)'");
    expect(excel.values("Data Quality")).toEqual([["mine"]]);
    expect(excel.values("CCG Summary", "A1:B2")).toEqual([
      ["Code", "Name"],
      ["02V", "Leeds North"],
    ]);
  });
});

describe("writing assumptions to Excel", () => {
  test("no Assumptions sheet: a new sheet CCG Footprint owns, a table with every key and the values given", async () => {
    const { excel, host } = hostWith({ sheets: [practicesSheet()] });
    const summary = await host.writeAssumptions({ ...DEFAULT_ASSUMPTIONS, rca_per_head: 22.07 });
    expect(summary).toEqual({
      sheetName: "Assumptions",
      created: true,
      updated: [],
      added: [],
      notices: [],
    });
    expect(excel.sheetNames()).toEqual(["Practices", "Assumptions"]);
    const values = excel.values("Assumptions");
    expect(values[0]).toEqual(["Key", "Value", "Description"]);
    expect(values.find((row) => row[0] === "rca_per_head")?.[1]).toBe(22.07);
    expect(values.find((row) => row[0] === "fixed_costs")?.[1]).toBe(1_000_000);
    expect(excel.names().map((n) => n.name)).toContain(ownershipName("Assumptions"));
    expect(excel.tables().map((t) => t.sheet)).toContain("Assumptions");
    // And the engine reads it back as the workbook's assumptions.
    const reread = analyseWorkbook(await host.readWorkbook());
    expect(reread.assumptions.sheetName).toBe("Assumptions");
    expect(reread.assumptions.assumptions.rca_per_head).toBe(22.07);
  });

  test("the user's sheet: only changed Value cells of known keys; a formula is left alone with a notice; a missing non-default key is added below", async () => {
    const { excel, host } = hostWith({
      sheets: [
        practicesSheet(),
        {
          name: "assumptions",
          start: "B3",
          values: [
            ["Our finance assumptions", null, null],
            [null, null, null],
            ["Key", "Value", "Description"],
            ["rca_per_head", 25, "from the 2012 letter"],
            ["Fixed costs", 1_000_000, "per CCG"],
            ["support_per_head", 9, "CSU estimate"],
            ["not_a_key", 3, "ours"],
            ["bridge_km", 0, "formula"],
          ],
          formulas: [[null], [null], [null], [null], [null], [null], [null], [null, "=1-1"]],
        },
      ],
    });
    excel.resetCounters();
    const summary = await host.writeAssumptions({
      ...DEFAULT_ASSUMPTIONS,
      rca_per_head: 22.07, // on the sheet: updated
      support_per_head: 9, // unchanged: not touched
      bridge_km: 2, // a formula: left alone
      dispersion_red_km: 60, // not on the sheet, not the default: added
    });
    expect(summary.sheetName).toBe("assumptions");
    expect(summary.created).toBe(false);
    expect(summary.updated).toEqual(["rca_per_head"]);
    expect(summary.added).toEqual(["dispersion_red_km"]);
    expect(summary.notices).toEqual([
      "bridge_km in assumptions!C10 is a formula, so it was left as it is (it gives 0; the pane's value is 2).",
    ]);
    expect(excel.counters.syncs).toBe(3);
    expect(excel.values("assumptions", "B3:D11")).toEqual([
      ["Our finance assumptions", null, null],
      [null, null, null],
      ["Key", "Value", "Description"],
      ["rca_per_head", 22.07, "from the 2012 letter"],
      ["Fixed costs", 1_000_000, "per CCG"],
      ["support_per_head", 9, "CSU estimate"],
      ["not_a_key", 3, "ours"],
      ["bridge_km", 0, "formula"],
      [
        "dispersion_red_km",
        60,
        "Geography is red when the weighted standard distance exceeds this (km)",
      ],
    ]);
    expect(excel.cell("assumptions", "C10").formula).toBe("=1-1");
    expect(excel.sheetNames()).toEqual(["Practices", "assumptions"]);
    const reread = analyseWorkbook(await host.readWorkbook());
    expect(reread.assumptions.assumptions.rca_per_head).toBe(22.07);
    expect(reread.assumptions.assumptions.dispersion_red_km).toBe(60);
  });

  test("the user's sheet already holds the values: nothing is written (2 syncs)", async () => {
    const { excel, host } = hostWith({
      sheets: [
        practicesSheet(),
        {
          name: "Assumptions",
          values: [
            ["Key", "Value"],
            ["rca_per_head", 25],
          ],
        },
      ],
    });
    excel.resetCounters();
    const summary = await host.writeAssumptions(DEFAULT_ASSUMPTIONS);
    expect(summary).toEqual({
      sheetName: "Assumptions",
      created: false,
      updated: [],
      added: [],
      notices: [],
    });
    expect(excel.counters.syncs).toBe(2);
  });

  test("a sheet named Assumptions without Key and Value headers is not written, and the error says what to do", async () => {
    const { excel, host } = hostWith({
      sheets: [practicesSheet(), { name: "Assumptions", values: [["rca", 25]] }],
    });
    const attempt = host.writeAssumptions({ ...DEFAULT_ASSUMPTIONS, rca_per_head: 20 });
    await expect(attempt).rejects.toBeInstanceOf(AssumptionsSheetError);
    await expect(attempt).rejects.toThrow(
      "The sheet 'Assumptions' has no Key and Value headers, so the assumptions were not written to it."
    );
    expect(excel.values("Assumptions")).toEqual([["rca", 25]]);
  });
});
