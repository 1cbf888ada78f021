import * as fs from "fs";
import { Workbook } from "exceljs";
import { workbookDataFromExcelJs } from "../helpers/excelJs";
import { FAKE_XLSX_FIXTURE, FAKE_XLSX_TEXT, FIXTURES, PRACTICE_LIST_FIXTURE, practiceListWorkbook } from "./fixtureWorkbooks";
import { inspectPackage } from "./packageInspection";

describe("committed xlsx fixtures", () => {
  test("practice-list-with-title.xlsx matches its recipe (REGEN=1 rewrites it)", async () => {
    const recipe = practiceListWorkbook();
    if (process.env.REGEN) {
      fs.mkdirSync(FIXTURES, { recursive: true });
      fs.writeFileSync(PRACTICE_LIST_FIXTURE, Buffer.from((await recipe.xlsx.writeBuffer()) as ArrayBuffer));
      fs.writeFileSync(FAKE_XLSX_FIXTURE, FAKE_XLSX_TEXT);
    }
    const bytes = fs.readFileSync(PRACTICE_LIST_FIXTURE);
    const committed = new Workbook();
    await committed.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbookDataFromExcelJs(committed)).toEqual(workbookDataFromExcelJs(recipe));

    const pkg = await inspectPackage(bytes);
    expect(pkg.problems).toEqual([]);
    expect(pkg.tables).toEqual([
      expect.objectContaining({ sheetName: "Practices", name: "PracticeList", ref: "A3:F8" }),
    ]);
  });

  test("the fixture holds what its name promises: a title row, a table below it, an error cell", () => {
    const data = workbookDataFromExcelJs(practiceListWorkbook());
    const practices = data.sheets[0]!;
    expect(practices.firstRow).toBe(1);
    expect(practices.rows[0]?.[0]).toBe("GP practices and registered patients, January 2016");
    expect(practices.rows[1]).toEqual([]);
    expect(practices.rows[2]?.[0]).toBe("Practice code");
    expect(practices.rows[5]?.[3]).toEqual({ error: "#N/A" });
    expect(practices.rows[6]?.[3]).toBe(4382);
    expect(data.sheets[1]?.rows[0]).toEqual(["Clinical commissioning groups"]);
  });

  test("fake.xlsx is text, not a workbook", () => {
    expect(fs.readFileSync(FAKE_XLSX_FIXTURE, "utf8")).toBe(FAKE_XLSX_TEXT);
  });
});
