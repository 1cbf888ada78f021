/**
 * Ownership decisions as plain functions: reading ownership names, free sheet names, plans and
 * notices, table names.
 */
import { ownershipName } from "../../../src/engine/output";
import {
  diversionNotice,
  freeSheetName,
  ownedSheetsFromNames,
  planOutputSheets,
  sheetNameOfReference,
  uniqueTableName,
} from "../../../src/taskpane/excel/ownership";

describe("sheetNameOfReference", () => {
  test.each([
    ["'CCG Summary'!$A$1", "CCG Summary"],
    ["='CCG Summary'!$A$1", "CCG Summary"],
    ["Sheet1!$A$1:$B$2", "Sheet1"],
    ["'Bob''s list'!$A$1", "Bob's list"],
    ["#REF!$A$1", "#REF"],
    ["$A$1", undefined],
  ])("%s → %s", (reference, sheet) => {
    expect(sheetNameOfReference(reference)).toBe(sheet);
  });
});

describe("ownedSheetsFromNames", () => {
  const names = [
    { name: ownershipName("CCG Summary"), type: "Range", value: "'Summary 2012'!$A$1" },
    { name: ownershipName("Practice Detail"), type: "Error", value: "#REF!" },
    { name: ownershipName("Data Quality"), type: "Range", value: "'Deleted sheet'!$A$1" },
    { name: ownershipName("Assumptions"), type: "Range", value: "'summary 2012'!$A$1" },
  ];
  test("a name owns the existing sheet it refers to; broken names and missing sheets own nothing; a sheet is claimed once", () => {
    const owned = ownedSheetsFromNames(
      names,
      ["Practices", "Summary 2012"],
      ["CCG Summary", "Practice Detail", "Data Quality", "Assumptions"]
    );
    expect([...owned]).toEqual([["CCG Summary", "Summary 2012"]]);
  });
});

describe("planOutputSheets", () => {
  test("ours is replaced wherever it is; a free contract name is used; a user's sheet diverts with a notice", () => {
    const { plans, notices } = planOutputSheets(
      ["CCG Summary", "Practice Detail", "Data Quality"],
      ["Practices", "ccg summary", "CCG Summary (2)", "Detail (mine)"],
      new Map([["Practice Detail", "Detail (mine)"]])
    );
    expect(plans).toEqual([
      { output: "CCG Summary", sheetName: "CCG Summary (3)", replace: false },
      { output: "Practice Detail", sheetName: "Detail (mine)", replace: true },
      { output: "Data Quality", sheetName: "Data Quality", replace: false },
    ]);
    expect(notices).toEqual([diversionNotice("CCG Summary", "CCG Summary (3)", "ccg summary")]);
    expect(notices[0]).toMatch(/^A sheet named 'ccg summary' that/);
  });

  test("our own sheet at the contract name is not a diversion", () => {
    const { plans, notices } = planOutputSheets(
      ["CCG Summary"],
      ["CCG Summary"],
      new Map([["CCG Summary", "CCG Summary"]])
    );
    expect(plans).toEqual([{ output: "CCG Summary", sheetName: "CCG Summary", replace: true }]);
    expect(notices).toEqual([]);
  });
});

describe("names", () => {
  test("free sheet names stay within Excel's 31 characters", () => {
    expect(freeSheetName("CCG Summary", ["CCG Summary", "ccg summary (2)"])).toBe(
      "CCG Summary (3)"
    );
    const long = "A".repeat(31);
    const free = freeSheetName(long, [long]);
    expect(free).toBe(`${"A".repeat(27)} (2)`);
    expect(free.length).toBeLessThanOrEqual(31);
  });

  test("table names are made valid and unique", () => {
    expect(uniqueTableName("CCGSummary", new Set())).toBe("CCGSummary");
    expect(uniqueTableName("CCGSummary", new Set(["ccgsummary", "ccgsummary_2"]))).toBe(
      "CCGSummary_3"
    );
    expect(uniqueTableName("Scoring 07L", new Set())).toBe("Scoring_07L");
    expect(uniqueTableName("CCG1", new Set())).toBe("T_CCG1");
    expect(uniqueTableName("2012 summary", new Set())).toBe("T_2012_summary");
    expect(uniqueTableName("R1C1", new Set())).toBe("T_R1C1");
  });

  test("the diversion notice says what happened in plain words", () => {
    expect(diversionNotice("Practice Detail", "Practice Detail (2)")).toBe(
      "A sheet named 'Practice Detail' that CCG Footprint did not create was left untouched; the practice detail was written to 'Practice Detail (2)'."
    );
  });
});
