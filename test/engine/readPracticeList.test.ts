import { analyseWorkbook } from "../../src/engine/analyse";
import { CellValue } from "../../src/engine/cells";
import { UnusableInputError } from "../../src/engine/errors";
import { locatePracticeList } from "../../src/engine/locatePracticeList";
import { practiceRecords } from "../../src/engine/practiceTable";
import { readPracticeList } from "../../src/engine/readPracticeList";
import { PRACTICE_HEADERS, sheet, workbook } from "../helpers/sheets";

/** Reads a practice list; practices as records. */
function read(rows: CellValue[][], headers: CellValue[] = PRACTICE_HEADERS) {
  const location = locatePracticeList(workbook(sheet("Practices", [headers, ...rows])));
  const reading = readPracticeList(location);
  return { ...reading, practices: practiceRecords(reading.practices) };
}

describe("locating the practice list", () => {
  test("finds the header row below title rows, and reports where", () => {
    const data = workbook(
      sheet("Notes", [["hello"]]),
      sheet(
        "My list",
        [
          ["Practice list for cluster"],
          [],
          PRACTICE_HEADERS,
          ["A81001", "X", "07L", "Y", 100, 51.5, -0.1],
        ],
        3,
        2
      )
    );
    const location = locatePracticeList(data);
    expect(location.sheet.name).toBe("My list");
    expect(location.headerIndex).toBe(2);
    expect(location.mapping.columns.listSize).toBe(4);
  });
  test("prefers the sheet with more recognised fields, and 'Practices' on a tie", () => {
    const minimal = ["Code", "CCG", "Patients"];
    const location = locatePracticeList(
      workbook(sheet("Other", [minimal]), sheet("Practices", [minimal]))
    );
    expect(location.sheet.name).toBe("Practices");
  });
  test("a chosen sheet is the only one searched; a chosen sheet that is absent is an error naming it", () => {
    const minimal = ["Code", "CCG", "Patients"];
    const data = workbook(sheet("Other", [minimal]), sheet("Practices", [minimal]));
    expect(locatePracticeList(data, {}, "Other").sheet.name).toBe("Other");
    expect(() => locatePracticeList(data, {}, "Notes")).toThrow(
      "the workbook has no sheet 'Notes' (chosen for the practice list)"
    );
    const notes = workbook(
      sheet("Notes", [["Prepared by", "Date"]]),
      sheet("Practices", [minimal])
    );
    expect(() => locatePracticeList(notes, {}, "Notes")).toThrow(
      "sheet 'Notes' has no recognisable practice-list headers"
    );
  });
  test("skips sheets this product owns", () => {
    const detail = sheet("Practice Detail", [
      ["Practice code", "CCG code", "List size", "Latitude", "Longitude", "Postcode"],
    ]);
    const mine = sheet("Mine", [["Code", "CCG", "Patients"]]);
    expect(
      locatePracticeList({ sheets: [detail, mine], ownedSheets: ["Practice Detail"] }).sheet.name
    ).toBe("Mine");
  });
  test("no practice list: the error names each sheet and the missing headers", () => {
    const data = workbook(
      sheet("Sheet1", [["Practice code", "Name", "Patients"]]),
      sheet("Empty", [])
    );
    expect(() => locatePracticeList(data)).toThrow(UnusableInputError);
    expect(() => locatePracticeList(data)).toThrow("sheet 'Sheet1' row 1 has no CCG code column");
    expect(() => locatePracticeList(data)).toThrow("sheet 'Empty' is empty");
  });
  test("a mapping override naming an absent header is an error naming it", () => {
    const data = workbook(sheet("Practices", [PRACTICE_HEADERS]));
    expect(() => locatePracticeList(data, { postcode: "Post Code Here" })).toThrow(
      "column 'Post Code Here' (chosen for postcode)"
    );
    expect(() => locatePracticeList(data, { listSize: "Total" })).toThrow(
      "no column 'Total' (chosen for list size)"
    );
  });
});

describe("reading practice rows (SPEC §2.4)", () => {
  test("a clean row becomes a practice with BNG coordinates", () => {
    const { practices, findings } = read([
      ["a81001 ", "The Surgery", "07L00", "Barking", 6568, 51.541385, 0.079296],
    ]);
    expect(findings.findings).toEqual([]);
    expect(practices).toHaveLength(1);
    const practice = practices[0]!;
    expect(practice).toMatchObject({
      code: "A81001",
      ccgCode: "07L",
      listSize: 6568,
      name: "The Surgery",
      row: 2,
      sheet: "Practices",
    });
    expect(practice.easting).toBeGreaterThan(540000);
    expect(practice.easting).toBeLessThan(550000);
    expect(practice.northing).toBeGreaterThan(180000);
    expect(practice.northing).toBeLessThan(190000);
  });
  test("blank rows are ignored quietly", () => {
    const { practices, findings, rowsRead } = read([
      ["A81001", null, "07L", null, 100, null, null],
      [null, "", "  ", null, null, null, null],
      ["A81002", null, "07L", null, 200, null, null],
    ]);
    expect(practices.map((p) => p.row)).toEqual([2, 4]);
    expect(rowsRead).toBe(2);
    expect(findings.findings.every((f) => f.message.includes("no coordinates"))).toBe(true);
  });
  test("duplicate practice code: error, the later row left out, message names both rows", () => {
    const { practices, findings } = read([
      ["A81001", null, "07L", null, 100, 51.5, -0.1],
      ["A81001", null, "07L", null, 200, 51.5, -0.1],
    ]);
    expect(practices).toHaveLength(1);
    expect(findings.findings).toEqual([
      {
        severity: "error",
        sheet: "Practices",
        row: 3,
        column: "Practice code",
        value: "A81001",
        message:
          "Practice code 'A81001' in Practices!A3 repeats the practice of row 2; this later row is left out",
        kind: "practiceRepeated",
      },
    ]);
  });
  // Issue #10: the first row's code was recorded as seen before its list size was read, so the second,
  // good row was rejected as a repeat of a row that had itself been left out: 6,000 people lost silently.
  test("a rejected row does not hold its practice code (A81001 n/a, A81001 6000, A81002 10000 → 16,000 and one finding)", () => {
    const data = workbook(
      sheet("Practices", [
        ["Practice code", "List size", "CCG code"],
        ["A81001", "n/a", "07L"],
        ["A81001", 6000, "07L"],
        ["A81002", 10000, "07L"],
      ])
    );
    const result = analyseWorkbook(data);
    expect(result.totalPopulation).toBe(16000);
    expect(result.ccgs.map((ccg) => [ccg.code, ccg.practices, ccg.population])).toEqual([
      ["07L", 2, 16000],
    ]);
    expect(result.dataQuality).toEqual([
      {
        severity: "error",
        sheet: "Practices",
        row: 2,
        column: "List size",
        value: "n/a",
        message: expect.stringContaining("List size 'n/a' in Practices!B2"),
        kind: "listSizeUnusable",
      },
    ]);
    const { practices } = read(
      [
        ["A81001", "n/a", "07L"],
        ["A81001", 6000, "07L"],
        ["A81002", 10000, "07L"],
      ],
      ["Practice code", "List size", "CCG code"]
    );
    expect(practices.map((practice) => [practice.code, practice.row, practice.listSize])).toEqual([
      ["A81001", 3, 6000],
      ["A81002", 4, 10000],
    ]);
  });
  test("a repeat of an accepted practice is still an error naming the accepted row", () => {
    const { practices, findings } = read(
      [
        ["A81001", "n/a", "07L"],
        ["A81001", 6000, "07L"],
        ["A81001", 7000, "07L"],
      ],
      ["Practice code", "List size", "CCG code"]
    );
    expect(practices.map((practice) => practice.row)).toEqual([3]);
    expect(findings.findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining("List size 'n/a' in Practices!B2"),
      "Practice code 'A81001' in Practices!A4 repeats the practice of row 3; this later row is left out",
    ]);
  });
  test.each([
    ["n/a", "is not a whole number"],
    [-5, "is negative"],
    [12.5, "is not a whole number"],
    [{ error: "#N/A" }, "holds the Excel error #N/A"],
  ])("list size %p: error naming the cell, practice left out", (value, problem) => {
    const { practices, findings } = read([
      ["A81001", null, "07L", null, value as CellValue, 51.5, -0.1],
    ]);
    expect(practices).toHaveLength(0);
    expect(findings.findings[0]).toMatchObject({ severity: "error", row: 2, column: "List size" });
    expect(findings.findings[0]?.message).toContain(`in Practices!E2 ${problem}`);
  });
  test("missing list size and missing CCG code are errors", () => {
    const { practices, findings } = read([
      ["A81001", null, "07L", null, null, 51.5, -0.1],
      ["A81002", null, "", null, 10, 51.5, -0.1],
    ]);
    expect(practices).toHaveLength(0);
    expect(findings.findings.map((f) => f.message)).toEqual([
      "List size in Practices!E2 is blank; the practice is left out",
      "CCG code in Practices!C3 is blank; the practice is left out",
    ]);
  });
  test("malformed practice and CCG codes are warnings and the practice is kept", () => {
    const { practices, findings } = read([["A8100", null, "5C5", null, 10, 51.5, -0.1]]);
    expect(practices).toHaveLength(1);
    expect(findings.findings.map((f) => [f.severity, f.column])).toEqual([
      ["warning", "Practice code"],
      ["warning", "CCG code"],
    ]);
  });
  test("ONS-style CCG codes (E38 + 6 digits) are CCG codes; near misses are warned", () => {
    const { practices, findings } = read([
      ["A81001", null, "E38000056", null, 10, 51.5, -0.1],
      ["A81002", null, "e38000056", null, 10, 51.5, -0.1],
      ["A81003", null, "E3800005", null, 10, 51.5, -0.1],
    ]);
    expect(practices.map((p) => p.ccgCode)).toEqual(["E38000056", "E38000056", "E3800005"]);
    expect(findings.findings.map((f) => [f.severity, f.column, f.row])).toEqual([
      ["warning", "CCG code", 4],
    ]);
  });
  test("coordinates: swapped, outside Great Britain, missing, not a number — warnings, practice kept without geography", () => {
    const { practices, findings } = read([
      ["A81001", null, "07L", null, 10, -1.5, 52.4],
      ["A81002", null, "07L", null, 10, 40.4, -3.7],
      ["A81003", null, "07L", null, 10, null, null],
      ["A81004", null, "07L", null, 10, "x", -0.1],
    ]);
    expect(practices).toHaveLength(4);
    expect(practices.every((p) => p.easting === null)).toBe(true);
    const messages = findings.findings.map((f) => f.message);
    expect(messages[0]).toContain("looks swapped");
    expect(messages[1]).toContain("outside Great Britain");
    expect(messages[2]).toContain("no coordinates");
    expect(messages[3]).toContain("'x' in Practices!F5 is not a number");
    expect(findings.findings.every((f) => f.severity === "warning")).toBe(true);
  });
  test("easting/northing are used as given", () => {
    const { practices } = read(
      [["A81001", "07L", 10, 530000, 180000]],
      ["Code", "CCG", "Patients", "Easting", "Northing"]
    );
    expect(practices[0]).toMatchObject({ easting: 530000, northing: 180000, latitude: null });
  });
  test("list size is the sum of age/sex bands when there is no list-size column", () => {
    const headers = [
      "PCO Code",
      "Practice Code",
      "Male 0-4",
      "Female 0-4",
      "Male 75+",
      "Female 75+",
    ];
    const { practices, findings } = read(
      [
        ["07L00", "F82625", 100, 110, 20, null],
        ["07L00", "F82018", 1, "x", 3, 4],
      ],
      headers
    );
    expect(practices).toEqual([
      expect.objectContaining({ code: "F82625", ccgCode: "07L", listSize: 230 }),
    ]);
    expect(findings.findings.find((f) => f.severity === "error")?.message).toContain(
      "Female 0-4 'x' in Practices!D3 is not a whole number"
    );
  });
  test("member column: Y/N read, blank and odd values warned and treated as not signed up", () => {
    const headers = ["Code", "CCG", "Patients", "Member"];
    const { practices, findings } = read(
      [
        ["A81001", "07L", 10, "Y"],
        ["A81002", "07L", 10, "no"],
        ["A81003", "07L", 10, null],
        ["A81004", "07L", 10, "perhaps"],
      ],
      headers
    );
    expect(practices.map((p) => p.member)).toEqual([true, false, false, false]);
    expect(findings.findings.map((f) => f.row)).toEqual([4, 5]);
  });
  test("Excel errors in optional text fields are warnings, field treated as blank", () => {
    const headers = ["Code", "CCG", "Patients", "Name"];
    const { practices, findings } = read([["A81001", "07L", 10, { error: "#REF!" }]], headers);
    expect(practices[0]?.name).toBeNull();
    expect(findings.findings[0]).toMatchObject({
      severity: "warning",
      column: "Name",
      value: "#REF!",
    });
  });
  test("progress is reported on large inputs", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 25000; i++)
      rows.push([`A${String(10000 + i).padStart(5, "0")}`, "07L", 10]);
    const calls: number[] = [];
    const location = locatePracticeList(
      workbook(sheet("Practices", [["Code", "CCG", "Patients"], ...rows]))
    );
    const reading = readPracticeList(location, (done) => calls.push(done));
    expect(reading.practices.count).toBe(25000);
    expect(calls).toEqual([10000, 20000]);
  });
});
