import { buildSummaryTable } from "../../../src/output/report/summaryTable";
import {
  COHERENCE_HEADERS,
  coherenceTable,
  packFormulaPractices,
} from "../../../src/engine/formulas";
import { sampleColumns } from "./helpers/sampleColumns";

describe("coherence table", () => {
  test("its headers are CCG Summary headers", () => {
    const { result } = sampleColumns();
    const summaryHeaders = buildSummaryTable(result).columns.map((column) => column.header);
    for (const header of COHERENCE_HEADERS) expect(summaryHeaders).toContain(header);
  });

  test.each([1, 4])(
    "equals the CCG Summary's columns for the same practices (sample seed %i)",
    (seed) => {
      const { result, columns } = sampleColumns(seed);
      const summary = buildSummaryTable(result);
      const table = coherenceTable(packFormulaPractices(columns));
      expect(table[0]).toEqual([...COHERENCE_HEADERS]);
      expect(table.length).toBe(summary.rows.length + 1);
      const columnOf = summary.columns.map((column) => column.header);
      summary.rows.forEach((summaryRow, r) => {
        const row = table[r + 1] ?? [];
        COHERENCE_HEADERS.forEach((header, c) => {
          const expected = summaryRow[columnOf.indexOf(header)] ?? "";
          const actual = row[c];
          if (typeof expected === "number") expect(actual).toBeCloseTo(expected, 9);
          else expect({ header, value: actual }).toEqual({ header, value: expected });
        });
      });
    }
  );

  test("a CCG with no coordinates is counted with blank geography", () => {
    const table = coherenceTable(
      packFormulaPractices({
        ccgCodes: ["07L", "07L", "08A"],
        latitudes: [52, 52.1, null],
        longitudes: [-1, -1.1, null],
        weights: [1000, 3000, 700],
      })
    );
    expect(table[2]).toEqual(["08A", 1, 700, "", "", "", "", "", "", "", ""]);
    expect(table[1]?.slice(0, 5)).toEqual(["07L", 2, 4000, 1, 0]);
  });
});
