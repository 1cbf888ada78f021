// The `Suggested merge` column of CCG Summary (issue #12 item 3): the best partner of each CCG red or amber
// on size or finance and the merged configuration rating, blank elsewhere.
import { analyseWorkbook } from "../../../src/engine/analyse";
import { suggestMerges } from "../../../src/engine/scenario";
import { buildSummaryTable, SUMMARY_HEADERS } from "../../../src/output/report/summaryTable";
import { generateSampleWorkbook } from "../../../src/sample/generateSample";
import { parseCsv } from "../../../src/xlsx/csv";

test("each flagged CCG with a partner names the best partner and the merged rating; every other row is blank", () => {
  const result = analyseWorkbook(generateSampleWorkbook());
  const table = buildSummaryTable(result);
  const headers = table.columns.map((c) => c.header);
  const column = headers.indexOf(SUMMARY_HEADERS.suggestedMerge);
  expect(column).toBe(headers.indexOf(SUMMARY_HEADERS.rating) + 1);
  expect(table.columns[column]?.format).toBe("text");
  const suggestions = new Map(suggestMerges(result).map((s) => [s.code, s]));
  expect(suggestions.size).toBeGreaterThan(3);
  result.ccgs.forEach((ccg, row) => {
    const cell = table.rows[row]?.[column];
    const suggestion = suggestions.get(ccg.code);
    const best = suggestion?.partners[0];
    if (best === undefined) {
      expect(cell).toBeNull();
      return;
    }
    expect(cell).toBe(`${ccg.code} → ${best.code} (merged ${best.rating})`);
    const short = [ccg.components.size.rating, ccg.components.finance.rating];
    expect(short.some((rating) => rating === "RED" || rating === "AMBER")).toBe(true);
  });
  const written = table.rows.map((r) => r[column]).filter((cell) => cell !== null);
  expect(written).toHaveLength(suggestions.size);
});

test("small CCGs sharing territory suggest each other; a small CCG alone on the list gets a blank", () => {
  // Both CCGs are far below the size lines (RED on size).
  const rows = [
    "Practice code,CCG code,List size,Latitude,Longitude",
    "A81001,07A,5000,51.50,-0.10",
    "A81002,07A,6000,51.52,-0.12",
    "A81003,07B,5000,51.51,-0.08",
    "A81004,07B,7000,51.53,-0.09",
  ];
  const result = analyseWorkbook({
    sheets: [parseCsv(`${rows.join("\n")}\n`, "Practices")],
    ownedSheets: [],
  });
  const table = buildSummaryTable(result);
  const column = table.columns.findIndex((c) => c.header === SUMMARY_HEADERS.suggestedMerge);
  const cells = Object.fromEntries(table.rows.map((r) => [r[0], r[column]]));
  expect(cells["07A"]).toMatch(/^07A → 07B \(merged (RED|AMBER|GREEN)\)$/);
  expect(cells["07B"]).toMatch(/^07B → 07A \(merged (RED|AMBER|GREEN)\)$/);
  const lone = analyseWorkbook({
    sheets: [parseCsv(`${rows.slice(0, 3).join("\n")}\n`, "Practices")],
    ownedSheets: [],
  });
  const loneTable = buildSummaryTable(lone);
  expect(loneTable.rows[0]?.[column]).toBeNull();
});
