import { analyseWorkbook } from "../../../src/engine/analyse";
import { buildSummaryTable } from "../../../src/output/report/summaryTable";
import { parseCsv } from "../../../src/xlsx/csv";

// Found by the hostile-input corpus: a CCG whose only located practice has no neighbours at all (the
// other practice lies in Paris, outside Great Britain) has no neighbour purity, and the summary
// carried NaN into the written workbook, which refused to be written.
test("a CCG with one located practice and no neighbours has a blank neighbour purity", () => {
  const sheet = parseCsv(
    "Practice code,CCG code,List size,Latitude,Longitude\nA81001,07L,5000,48.86,2.35\nA81002,07L,6000,51.51,-0.13\n",
    "Practices"
  );
  const result = analyseWorkbook({ sheets: [sheet], ownedSheets: [] });
  const table = buildSummaryTable(result);
  const column = table.columns.findIndex((c) => c.header === "Neighbour purity");
  expect(column).toBeGreaterThanOrEqual(0);
  expect(table.rows[0]?.[column]).toBeNull();
  for (const value of table.rows.flat()) {
    if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  }
});
