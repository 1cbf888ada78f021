import { analyseWorkbook } from "../../src/engine/analyse";
import { CellValue } from "../../src/engine/cells";
import { locatePracticeList } from "../../src/engine/locatePracticeList";
import { practiceAt, practiceRecords } from "../../src/engine/practiceTable";
import { readPracticeList } from "../../src/engine/readPracticeList";
import { PRACTICE_HEADERS, sheet, workbook } from "../helpers/sheets";

function readTable(rows: CellValue[][], headers: CellValue[] = PRACTICE_HEADERS) {
  return readPracticeList(locatePracticeList(workbook(sheet("Practices", [headers, ...rows]))))
    .practices;
}

describe("the practice table", () => {
  test("columns hold every usable practice in input order; a record view gives nulls for missing values", () => {
    const table = readTable([
      ["A81001", "The Surgery", "07L", "Barking", 6568, 51.541385, 0.079296],
      ["A81002", null, "07L", null, 100, null, null],
      ["A81003", "Island", "07L", null, 200, 60.5, -30],
    ]);
    expect(table.count).toBe(3);
    expect(table.code).toEqual(["A81001", "A81002", "A81003"]);
    expect([...table.row]).toEqual([2, 3, 4]);
    const located = practiceAt(table, 0);
    expect(located).toMatchObject({
      code: "A81001",
      name: "The Surgery",
      ccgName: "Barking",
      listSize: 6568,
      latitude: 51.541385,
      sheet: "Practices",
      row: 2,
    });
    expect(located.easting).not.toBeNull();
    expect(practiceAt(table, 1)).toMatchObject({
      name: null,
      ccgName: null,
      latitude: null,
      longitude: null,
      easting: null,
      northing: null,
    });
    // Degrees outside Great Britain are kept as read, but give no grid position.
    expect(practiceAt(table, 2)).toMatchObject({
      latitude: 60.5,
      longitude: -30,
      easting: null,
      northing: null,
    });
  });

  test("a field the list has no column for is null for every practice; member is null without its column", () => {
    const table = readTable([["A81001", "07L", 10]], ["Code", "CCG", "Patients"]);
    expect(table.name).toBeNull();
    expect(table.localAuthority).toBeNull();
    expect(table.member).toBeNull();
    expect(practiceAt(table, 0)).toEqual({
      code: "A81001",
      name: null,
      ccgCode: "07L",
      ccgName: null,
      listSize: 10,
      latitude: null,
      longitude: null,
      easting: null,
      northing: null,
      localAuthority: null,
      member: null,
      postcode: null,
      sheet: "Practices",
      row: 2,
    });
    const members = readTable(
      [
        ["A81001", "07L", 10, "yes"],
        ["A81002", "07L", 10, "no"],
      ],
      ["Code", "CCG", "Patients", "Member"]
    );
    expect(practiceRecords(members).map((p) => p.member)).toEqual([true, false]);
  });

  test("rejected rows leave no gap: numeric columns are exactly as long as the practices kept", () => {
    const table = readTable([
      ["A81001", null, "07L", null, 100, 51.5, -0.1],
      ["A81001", null, "07L", null, 200, 51.5, -0.1],
      ["A81002", null, "07L", null, "lots", 51.5, -0.1],
      ["A81003", null, "07L", null, 300, 51.6, -0.2],
    ]);
    expect(table.count).toBe(2);
    for (const column of [
      table.listSize,
      table.latitude,
      table.longitude,
      table.easting,
      table.northing,
      table.row,
    ]) {
      expect(column.length).toBe(2);
      expect(column.buffer.byteLength).toBe(2 * column.BYTES_PER_ELEMENT);
    }
    expect([...table.listSize]).toEqual([100, 300]);
    expect(table.code).toEqual(["A81001", "A81003"]);
    expect(table.ccgCode).toHaveLength(2);
  });

  test("the analysis packs practices without coordinates out of the geography and keeps them in population", () => {
    const result = analyseWorkbook(
      workbook(
        sheet("Practices", [
          PRACTICE_HEADERS,
          ["A81001", null, "07L", null, 100, 51.5, -0.1],
          ["A81002", null, "07L", null, 200, null, null],
          ["A81003", null, "07L", null, 300, 51.6, -0.2],
        ])
      )
    );
    expect([...result.practiceGeographyIndex]).toEqual([0, -1, 1]);
    expect(result.totalPopulation).toBe(600);
    expect(result.ccgs[0]?.practicesWithCoordinates).toBe(2);
  });
});
