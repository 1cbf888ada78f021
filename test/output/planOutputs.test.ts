/**
 * The output layer's one set of rules, as plain functions: ownership names and references, where
 * each output goes (replaced in place, diverted around a user's sheet with one notice), table
 * names, and content checked before anything is written.
 */
import type { OutputTable } from "../../src/output/report/outputTable";
import {
  diversionNotice,
  freeSheetName,
  ownershipName,
  sheetNameOfReference,
  uniqueTableName,
} from "../../src/output/names";
import { ownedSheetNames, ownedSheets, planOutputs } from "../../src/output/planOutputs";
import { tableSheet } from "../../src/output/tableSheet";
import type { SheetContent, WorkbookInventory } from "../../src/output/sheetPlan";
import { OutputContentError } from "../../src/output/validateContent";

const table = (sheetName: OutputTable["sheetName"], tableName: string, rows = 2): OutputTable => ({
  sheetName,
  tableName,
  columns: [
    { header: "Code", format: "text" },
    { header: "Population", format: "integer" },
  ],
  rows: Array.from({ length: rows }, (_, i) => [`0${i}A`, 1000 * i]),
});
const summary = tableSheet(table("CCG Summary", "CCGSummary"));
const detail = tableSheet(table("Practice Detail", "PracticeDetail"));
const quality = tableSheet(table("Data Quality", "DataQuality"));

const inventory = (overrides: Partial<WorkbookInventory> = {}): WorkbookInventory => ({
  sheetNames: ["Practices"],
  definedNames: [],
  tables: [],
  ...overrides,
});

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

describe("ownedSheets", () => {
  const definedNames = [
    { name: ownershipName("CCG Summary"), reference: "='Summary 2012'!$A$1" },
    { name: ownershipName("Practice Detail"), reference: "" },
    { name: ownershipName("Data Quality"), reference: "'Deleted sheet'!$A$1" },
    { name: ownershipName("Assumptions"), reference: "'summary 2012'!$A$1" },
  ];
  test("a name owns the existing sheet it refers to; broken names and missing sheets own nothing; a sheet is claimed once", () => {
    const owned = ownedSheets({ sheetNames: ["Practices", "Summary 2012"], definedNames }, [
      "CCG Summary",
      "Practice Detail",
      "Data Quality",
      "Assumptions",
    ]);
    expect([...owned]).toEqual([["CCG Summary", "Summary 2012"]]);
    expect(ownedSheetNames({ sheetNames: ["Practices", "Summary 2012"], definedNames })).toEqual([
      "Summary 2012",
    ]);
  });
});

describe("planOutputs: where each output goes (SPEC §7)", () => {
  test("a first run adds every output under its contract name, with its ownership name", () => {
    const plan = planOutputs([summary, detail], inventory());
    expect(plan.sheets.map((s) => [s.output, s.sheetName, s.replace, s.ownershipName])).toEqual([
      ["CCG Summary", "CCG Summary", false, "CCGFootprint_CCG_Summary"],
      ["Practice Detail", "Practice Detail", false, "CCGFootprint_Practice_Detail"],
    ]);
    expect(plan.notices).toEqual([]);
    expect(plan.sheets[0]?.cells).toEqual(summary.cells);
  });

  test("a re-run replaces our own sheets in place", () => {
    const plan = planOutputs(
      [summary],
      inventory({
        sheetNames: ["Practices", "CCG Summary"],
        definedNames: [{ name: ownershipName("CCG Summary"), reference: "'CCG Summary'!$A$1" }],
        tables: [{ name: "CCGSummary", sheetName: "CCG Summary" }],
      })
    );
    expect(plan.sheets.map((s) => [s.sheetName, s.replace])).toEqual([["CCG Summary", true]]);
    // The table on the sheet being replaced frees its name.
    expect(plan.sheets[0]?.tables.map((t) => t.name)).toEqual(["CCGSummary"]);
    expect(plan.notices).toEqual([]);
  });

  test("ownership follows a sheet the user renamed; a new user sheet with the contract name is left alone, and said so", () => {
    const renamed = inventory({
      sheetNames: ["Practices", "Summary 2012"],
      definedNames: [{ name: ownershipName("CCG Summary"), reference: "='Summary 2012'!$A$1" }],
    });
    expect(planOutputs([summary], renamed).sheets[0]).toMatchObject({
      sheetName: "Summary 2012",
      replace: true,
    });
    const withUsersSheet = { ...renamed, sheetNames: [...renamed.sheetNames, "CCG Summary"] };
    const plan = planOutputs([summary], withUsersSheet);
    expect(plan.sheets[0]).toMatchObject({ sheetName: "Summary 2012", replace: true });
    expect(plan.notices).toEqual([diversionNotice("CCG Summary", "Summary 2012")]);
  });

  test("a user's sheet bearing an output's name is never touched: the output goes to the next free '(k)' name with one notice", () => {
    const plan = planOutputs(
      [summary, detail, quality],
      inventory({
        sheetNames: ["Practices", "ccg summary", "CCG Summary (2)", "Detail (mine)"],
        definedNames: [
          { name: ownershipName("Practice Detail"), reference: "'Detail (mine)'!$A$1" },
        ],
      })
    );
    expect(plan.sheets.map((s) => [s.output, s.sheetName, s.replace])).toEqual([
      ["CCG Summary", "CCG Summary (3)", false],
      ["Practice Detail", "Detail (mine)", true],
      ["Data Quality", "Data Quality", false],
    ]);
    expect(plan.notices).toEqual([
      "A sheet named 'ccg summary' that CCG Footprint did not create was left untouched; the summary was written to 'CCG Summary (3)'.",
    ]);
  });

  test("a diverted output is found again on the next run, and the notice is repeated while the user's sheet is there", () => {
    const plan = planOutputs(
      [summary],
      inventory({
        sheetNames: ["Practices", "CCG Summary", "CCG Summary (2)"],
        definedNames: [{ name: ownershipName("CCG Summary"), reference: "'CCG Summary (2)'!$A$1" }],
      })
    );
    expect(plan.sheets[0]).toMatchObject({ sheetName: "CCG Summary (2)", replace: true });
    expect(plan.notices).toEqual([diversionNotice("CCG Summary", "CCG Summary (2)")]);
  });

  test("our own sheet at the contract name is not a diversion", () => {
    const plan = planOutputs(
      [summary],
      inventory({
        sheetNames: ["CCG Summary"],
        definedNames: [{ name: ownershipName("CCG Summary"), reference: "'CCG Summary'!$A$1" }],
      })
    );
    expect(plan.notices).toEqual([]);
  });
});

describe("planOutputs: table names", () => {
  test("a user's table or defined name with the same name (any case) makes ours unique; tables on replaced sheets free theirs", () => {
    const plan = planOutputs(
      [summary, detail, quality],
      inventory({
        sheetNames: ["Practices", "Old detail"],
        definedNames: [
          { name: "dataquality", reference: "Practices!$A$1" },
          { name: ownershipName("Practice Detail"), reference: "'Old detail'!$A$1" },
        ],
        tables: [
          { name: "ccgsummary", sheetName: "Practices" },
          { name: "CCGSummary_2", sheetName: "Practices" },
          { name: "PracticeDetail", sheetName: "Old detail" },
        ],
      })
    );
    expect(plan.sheets.map((s) => s.tables[0]?.name)).toEqual([
      "CCGSummary_3",
      "PracticeDetail",
      "DataQuality_2",
    ]);
  });

  test("two contents asking for one name get two names; invalid names are made valid", () => {
    const scoring: SheetContent = tableSheet(table("Data Quality", "Scoring 07L"));
    const plan = planOutputs(
      [
        tableSheet(table("CCG Summary", "Shared")),
        tableSheet(table("Practice Detail", "shared")),
        scoring,
      ],
      inventory()
    );
    expect(plan.sheets.map((s) => s.tables[0]?.name)).toEqual([
      "Shared",
      "shared_2",
      "Scoring_07L",
    ]);
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
    expect(uniqueTableName("A1", new Set())).toBe("T_A1");
  });

  test("free sheet names stay within Excel's 31 characters", () => {
    expect(freeSheetName("CCG Summary", ["CCG Summary", "ccg summary (2)"])).toBe(
      "CCG Summary (3)"
    );
    const long = "A".repeat(31);
    const free = freeSheetName(long, [long]);
    expect(free).toBe(`${"A".repeat(27)} (2)`);
    expect(free.length).toBeLessThanOrEqual(31);
  });

  test("the diversion notice says what happened in plain words", () => {
    expect(diversionNotice("Practice Detail", "Practice Detail (2)")).toBe(
      "A sheet named 'Practice Detail' that CCG Footprint did not create was left untouched; the practice detail was written to 'Practice Detail (2)'."
    );
  });
});

describe("planOutputs: malformed content is refused in plain words before anything is written", () => {
  const refuse = (content: SheetContent) => () => planOutputs([content], inventory());
  test.each<[string, SheetContent, string]>([
    [
      "a row longer than its table's header",
      { ...summary, cells: [...summary.cells.slice(0, 2), ["01A", 5, "extra"]] },
      "Output 'CCG Summary': row 3 has 3 values for the 2 columns of table 'CCGSummary' (C3 is right of it).",
    ],
    [
      "a number that is not finite",
      { ...summary, cells: [summary.cells[0]!, ["00A", Number.NaN], summary.cells[2]!] },
      "Output 'CCG Summary': B2 is NaN; outputs must be finite numbers or empty.",
    ],
    [
      "a header given twice",
      { ...summary, cells: [["Code", "code"], ...summary.cells.slice(1)] },
      "Output 'CCG Summary': table 'CCGSummary' has the header 'code' twice.",
    ],
    [
      "a blank header",
      { ...summary, cells: [["Code", null], ...summary.cells.slice(1)] },
      "Output 'CCG Summary': table 'CCGSummary' has no header text in B1.",
    ],
    [
      "an address that is not one",
      { ...summary, numberFormats: [{ range: "B2:B", format: "0" }] },
      "Output 'CCG Summary': the number format range 'B2:B' is not a cell address such as B2 or B2:D40.",
    ],
    [
      "a formula given with its '='",
      { ...summary, cells: [...summary.cells, [{ formula: "=SUM(B2:B3)" }]] },
      "Output 'CCG Summary': A4 has the formula '=SUM(B2:B3)' (give it without '=').",
    ],
    [
      "a dropdown choice with a comma",
      { ...summary, validations: [{ range: "C2:C3", list: ["Met", "Not met, yet"] }] },
      "Output 'CCG Summary': the dropdown choice 'Not met, yet' on C2:C3 is empty or holds a comma or quote.",
    ],
    [
      "text longer than a cell holds",
      { ...summary, cells: [...summary.cells, ["x".repeat(32_768)]] },
      "Output 'CCG Summary': A4 holds 32768 characters; an Excel cell holds at most 32767.",
    ],
  ])("%s", (_, content, message) => {
    expect(refuse(content)).toThrow(OutputContentError);
    expect(refuse(content)).toThrow(message);
  });

  test("an output given twice", () => {
    expect(() => planOutputs([summary, summary], inventory())).toThrow(
      "Output 'CCG Summary' was given twice; each output is written once."
    );
  });

  test("short rows are blanks, not an error", () => {
    const short = tableSheet({ ...table("CCG Summary", "CCGSummary"), rows: [["00A"]] });
    expect(planOutputs([short], inventory()).sheets[0]?.cells[1]).toEqual(["00A"]);
  });
});
