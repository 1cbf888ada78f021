/** Property-based tests of the engine (issue #16), with fast-check. */
import fc from "fast-check";
import { analyseWorkbook } from "../../src/engine/analyse";
import { CellValue } from "../../src/engine/cells";
import { UnusableInputError } from "../../src/engine/errors";
import { sheet, workbook } from "../helpers/sheets";

const HEADERS = ["Practice code", "CCG code", "List size", "Easting", "Northing"];
const RUNS = { numRuns: 60 };

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.fullUnicodeString(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constantFrom({ error: "#N/A" }, { error: "#VALUE!" })
) as fc.Arbitrary<CellValue>;

const practice = fc.record({
  code: fc.integer({ min: 0, max: 40 }).map((n) => `A8${String(1000 + n)}`),
  ccg: fc.constantFrom("07L", "08M", "09A"),
  listSize: fc.integer({ min: 0, max: 90_000 }),
  easting: fc.integer({ min: 380_000, max: 540_000 }),
  northing: fc.integer({ min: 150_000, max: 400_000 }),
});
type Practice = { code: string; ccg: string; listSize: number; easting: number; northing: number };

function analysePractices(practices: readonly Practice[], assumptions = {}) {
  const rows = practices.map((p) => [p.code, p.ccg, p.listSize, p.easting, p.northing]);
  return analyseWorkbook(workbook(sheet("Practices", [HEADERS, ...rows])), { assumptions });
}

const RANK = { GREEN: 0, AMBER: 1, RED: 2 } as const;

describe("engine properties", () => {
  test("it never throws anything but a plain unusable-input error on arbitrary cell grids", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { maxLength: 7 }), { maxLength: 12 }),
        fc.boolean(),
        (grid, withHeader) => {
          const rows = withHeader ? [HEADERS as CellValue[], ...grid] : grid;
          try {
            analyseWorkbook(workbook(sheet("Practices", rows)));
          } catch (error) {
            expect(error).toBeInstanceOf(UnusableInputError);
          }
        }
      ),
      RUNS
    );
  });

  test("total population is the sum of the first row of every practice code", () => {
    fc.assert(
      fc.property(fc.array(practice, { minLength: 1, maxLength: 30 }), (practices) => {
        const first = new Map<string, number>();
        for (const p of practices) if (!first.has(p.code)) first.set(p.code, p.listSize);
        const expected = [...first.values()].reduce((a, b) => a + b, 0);
        const result = analysePractices(practices);
        expect(result.totalPopulation).toBe(expected);
        expect(result.ccgs.reduce((sum, ccg) => sum + ccg.population, 0)).toBe(expected);
      }),
      RUNS
    );
  });

  test("raising rca_per_head never worsens a finance rating", () => {
    fc.assert(
      fc.property(
        fc.array(practice, { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (practices, rca, raise) => {
          const before = analysePractices(practices, { rca_per_head: rca });
          const after = analysePractices(practices, { rca_per_head: rca + raise });
          before.ccgs.forEach((ccg, i) => {
            const later = after.ccgs[i];
            expect(later?.code).toBe(ccg.code);
            expect(RANK[later!.components.finance.rating as keyof typeof RANK]).toBeLessThanOrEqual(
              RANK[ccg.components.finance.rating as keyof typeof RANK]
            );
          });
        }
      ),
      RUNS
    );
  });

  test("adding a practice never lowers its CCG's population", () => {
    fc.assert(
      fc.property(
        fc.array(practice, { minLength: 1, maxLength: 20 }),
        practice,
        (practices, extra) => {
          const before = analysePractices(practices);
          const after = analysePractices([...practices, extra]);
          const was = before.ccgs.find((ccg) => ccg.code === extra.ccg)?.population ?? 0;
          const now = after.ccgs.find((ccg) => ccg.code === extra.ccg)?.population ?? 0;
          expect(now).toBeGreaterThanOrEqual(was);
        }
      ),
      RUNS
    );
  });
});
