/**
 * Recipes for the committed fixture workbooks (the practice list is also a golden-JSON fixture of the
 * runner, in test/fixtures/workbooks/). `REGEN=1 npx jest
 * test/xlsx/fixtures.test.ts` rewrites them; otherwise the test checks they still match.
 */
import * as path from "path";
import { Workbook } from "exceljs";

export const FIXTURES = path.resolve(__dirname, "../fixtures/xlsx");
export const PRACTICE_LIST_FIXTURE = path.resolve(
  __dirname,
  "../fixtures/workbooks/practice-list-with-title.xlsx"
);
export const FAKE_XLSX_FIXTURE = path.join(FIXTURES, "fake.xlsx");

/**
 * A practice list as analysts keep them: a title row above the header, the list as an Excel table,
 * an `#N/A` left by a failed lookup, a list size computed by a formula, and a CCG sheet with a
 * merged title.
 */
export function practiceListWorkbook(): Workbook {
  const workbook = new Workbook();
  workbook.creator = "CCG Footprint fixtures";
  workbook.created = new Date(Date.UTC(2016, 0, 1));
  workbook.modified = new Date(Date.UTC(2016, 0, 1));

  const practices = workbook.addWorksheet("Practices");
  practices.getCell("A1").value = "GP practices and registered patients, January 2016";
  practices.getCell("A1").font = { bold: true, size: 14 };
  practices.addTable({
    name: "PracticeList",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: [
      { name: "Practice code", filterButton: true },
      { name: "Practice name", filterButton: true },
      { name: "CCG code", filterButton: true },
      { name: "List size", filterButton: true },
      { name: "Latitude", filterButton: true },
      { name: "Longitude", filterButton: true },
    ],
    rows: [
      ["F82625", "ABBEY MEDICAL CENTRE", "07L", 6568, 51.541385650634766, 0.07929682731628418],
      ["F82018", "BARKING MEDICAL GROUP PRACTICE", "07L", 11916, 51.541313171386719, 0.097267262637615204],
      ["F82680", "=HYPERLINK(\"not a formula\")", "07L", { error: "#N/A" }, 51.5448, 0.1299],
      ["F83004", "THE SURGERY, HAROLD HILL", "08F", { formula: "2000+2382", result: 4382 }, 51.606266021728516, 0.22490917146205902],
      ["F86034", "GREEN LANE, GOODMAYES MEDICAL PRACTICE", "08N", 5518, 51.563316345214844, 0.11357355862855911],
    ],
  });
  practices.getColumn(2).width = 40;

  const ccgs = workbook.addWorksheet("CCGs");
  ccgs.getCell("A1").value = "Clinical commissioning groups";
  ccgs.mergeCells("A1:C1");
  ccgs.addRow([]);
  ccgs.getRow(3).values = ["CCG code", "CCG name", "Collaborative arrangement"];
  ccgs.getRow(4).values = ["07L", "BARKING & DAGENHAM CCG", "Y"];
  ccgs.getRow(5).values = ["08F", "HAVERING CCG", "N"];
  ccgs.getRow(6).values = ["08N", "REDBRIDGE CCG", true];
  return workbook;
}

/** The text of the garbage "workbook". */
export const FAKE_XLSX_TEXT = "This is a text file that someone named fake.xlsx.\nIt is not an Excel workbook.\n";
