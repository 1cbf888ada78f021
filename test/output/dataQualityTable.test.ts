/**
 * The Data Quality sheet when there are more findings than a sheet has rows (issue #16): the first
 * findings, then a last row saying how many more and where they all are.
 */
import type { DataQualityFinding } from "../../src/engine/types";
import { MAX_ROWS } from "../../src/output/addresses";
import { buildDataQualityTable, MAX_DATA_QUALITY_ROWS } from "../../src/output/report/dataQualityTable";
import { tableSheet } from "../../src/output/tableSheet";
import { validateContent } from "../../src/output/validateContent";

function finding(severity: "error" | "warning", row: number): DataQualityFinding {
  return { severity, kind: "listSizeImplausible", sheet: "practices", row, column: "list_size", value: "x", message: `${severity} on row ${row}` };
}

const FINDINGS = [finding("warning", 2), finding("error", 3), finding("warning", 4), finding("error", 5), finding("warning", 6), finding("warning", 7), finding("error", 8), finding("warning", 9)];

describe("the Data Quality table", () => {
  test("lists every finding, errors first, when they fit", () => {
    const table = buildDataQualityTable(FINDINGS, 8);
    expect(table.rows.map((row) => row[5])).toEqual(["error on row 3", "error on row 5", "error on row 8", "warning on row 2", "warning on row 4", "warning on row 6", "warning on row 7", "warning on row 9"]);
  });

  test("more findings than rows: the first ones, then a row saying how many more and where they are", () => {
    const table = buildDataQualityTable(FINDINGS, 4);
    expect(table.rows).toHaveLength(4);
    expect(table.rows.slice(0, 3).map((row) => row[5])).toEqual(["error on row 3", "error on row 5", "error on row 8"]);
    expect(table.rows[3]).toEqual([null, null, null, null, null, "5 more findings are not listed here (5 warnings): a sheet holds at most 1,048,576 rows. The runner's JSON report (ccg-footprint analyse --json) lists every finding."]);
    expect(buildDataQualityTable(FINDINGS, 2).rows[1]?.[5]).toMatch(/^7 more findings are not listed here \(2 errors, 5 warnings\)/);
    expect(buildDataQualityTable(FINDINGS, 7).rows[6]?.[5]).toMatch(/^2 more findings are not listed here \(2 warnings\)/);
  });

  test("at Excel's limit: 1,048,575 rows below the header, and the sheet passes the content check", () => {
    expect(MAX_DATA_QUALITY_ROWS).toBe(MAX_ROWS - 1);
    const many = new Array<DataQualityFinding>(MAX_ROWS + 1).fill(finding("warning", 2));
    const table = buildDataQualityTable(many);
    expect(table.rows).toHaveLength(MAX_ROWS - 1);
    expect(table.rows[MAX_ROWS - 2]?.[5]).toMatch(/^3 more findings are not listed here \(3 warnings\)/);
    // Before the cap, this threw "the number format range 'A2:A1048578' is not a cell address".
    expect(() => validateContent(tableSheet(table))).not.toThrow();
  });
});
