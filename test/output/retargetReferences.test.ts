import type { OutputPlan, SheetPlan } from "../../src/output/sheetPlan";
import { retargetOutputReferences } from "../../src/output/retargetReferences";

function sheet(output: SheetPlan["output"], sheetName: string, cells: SheetPlan["cells"]): SheetPlan {
  return {
    output, sheetName, cells, replace: false, ownershipName: "x",
    numberFormats: [], tables: [], validations: [], conditionalFormats: [], columnWidths: [],
    hiddenColumns: [], frozenRows: 0, boldRanges: [], charts: [],
  };
}

describe("retargetOutputReferences", () => {
  test("references to a renamed or diverted scoring sheet follow it; others are left", () => {
    const plan: OutputPlan = {
      notices: [],
      sheets: [
        sheet("Scoring 07L", "07L self-assessment", []),
        sheet("Scoring 08M", "Scoring 08M", []),
        sheet("Domain Summary", "Domain Summary", [
          ["07L", { formula: "'Scoring 07L'!$B$16", result: "Fully authorised" }, "'Scoring 07L'!$B$16"],
          ["08M", { formula: "'Scoring 08M'!$B$16" }],
        ]),
      ],
    };
    const cells = retargetOutputReferences(plan).sheets[2]?.cells;
    expect(cells?.[0]).toEqual([
      "07L",
      { formula: "'07L self-assessment'!$B$16", result: "Fully authorised" },
      "'Scoring 07L'!$B$16", // text stays text
    ]);
    expect(cells?.[1]?.[1]).toEqual({ formula: "'Scoring 08M'!$B$16" });
  });

  test("a plan where nothing moved is returned as it is", () => {
    const plan: OutputPlan = { notices: [], sheets: [sheet("Scoring 07L", "Scoring 07L", [])] };
    expect(retargetOutputReferences(plan)).toBe(plan);
  });

  test("quotes in sheet names are doubled", () => {
    const plan: OutputPlan = {
      notices: [],
      sheets: [
        sheet("Scoring 07L", "Bob's 07L", []),
        sheet("Domain Summary", "Domain Summary", [[{ formula: "'Scoring 07L'!$B$5" }]]),
      ],
    };
    expect(retargetOutputReferences(plan).sheets[1]?.cells[0]?.[0]).toEqual({ formula: "'Bob''s 07L'!$B$5" });
  });
});
