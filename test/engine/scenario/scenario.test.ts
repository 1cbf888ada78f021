// Issue #12: footprint scenarios (moves and merges) and merge suggestions on a small hand-made list.
import { analyseWorkbook } from "../../../src/engine/analyse";
import { CellValue } from "../../../src/engine/cells";
import {
  adjacentCcgs,
  analyseScenario,
  mergeMoves,
  suggestMerges,
} from "../../../src/engine/scenario";
import { generateSample } from "../../../src/sample";
import { sheet, workbook } from "../../helpers/sheets";

const HEADERS = ["Practice code", "CCG code", "CCG name", "List size", "Easting", "Northing"];

/** Three CCGs side by side on a 2 km grid (01A west, 02B east, 03C small, north), and an exclave of 01A in 02B. */
function practiceRows(): CellValue[][] {
  const rows: CellValue[][] = [HEADERS];
  let next = 1;
  const add = (ccg: string, name: string, size: number, x: number, y: number): void => {
    rows.push([
      `P${String(next++).padStart(5, "0")}`,
      ccg,
      name,
      size,
      400000 + x * 2000,
      300000 + y * 2000,
    ]);
  };
  for (let x = 0; x < 4; x++)
    for (let y = 0; y < 4; y++) {
      add("01A", "West", 9000 + 100 * x + y, x, y);
      add("02B", "East", 8000 + 50 * y + x, x + 4, y);
    }
  for (let x = 0; x < 8; x += 2) add("03C", "North", 7000 + x, x + 0.5, 4);
  add("01A", "West", 5000, 6.5, 1.5); // the exclave, among 02B's practices
  return rows;
}

const baseline = analyseWorkbook(workbook(sheet("Practices", practiceRows())));
const byCode = (result: typeof baseline, code: string) => {
  const ccg = result.ccgs.find((c) => c.code === code);
  if (ccg === undefined) throw new Error(`${code} missing`);
  return ccg;
};

describe("a move", () => {
  test("changes the two CCGs' populations by exactly the moved list sizes, and no other", () => {
    const outcome = analyseScenario(
      baseline,
      new Map([
        ["P00001", "02B"],
        ["P00003", "03C"],
      ])
    );
    const moved1 = 9000;
    const moved3 = 9001;
    expect(byCode(outcome.result, "01A").population).toBe(
      byCode(baseline, "01A").population - moved1 - moved3
    );
    expect(byCode(outcome.result, "02B").population).toBe(
      byCode(baseline, "02B").population + moved1
    );
    expect(byCode(outcome.result, "03C").population).toBe(
      byCode(baseline, "03C").population + moved3
    );
    expect(outcome.result.totalPopulation).toBe(baseline.totalPopulation);
    const gainedLost = Object.fromEntries(
      outcome.comparison.map((row) => [row.code, [row.practicesGained, row.practicesLost]])
    );
    expect(gainedLost).toMatchObject({ "01A": [0, 2], "02B": [1, 0], "03C": [1, 0] });
    const row = outcome.comparison.find((c) => c.code === "01A");
    expect(row?.baseline?.population).toBe(byCode(baseline, "01A").population);
    expect(row?.scenario?.population).toBe(byCode(outcome.result, "01A").population);
  });

  test("moving the exclave to the CCG around it leaves its CCG in one piece", () => {
    const exclave = byCode(baseline, "01A");
    expect(exclave.geography?.pieces).toBe(2);
    const outcome = analyseScenario(baseline, new Map([["P00037", "02B"]]));
    expect(byCode(outcome.result, "01A").geography?.pieces).toBe(1);
    expect(byCode(outcome.result, "01A").geography?.detachedShare).toBe(0);
    expect(outcome.changed).toEqual(expect.arrayContaining(["01A", "02B"]));
    const row = outcome.comparison.find((c) => c.code === "01A");
    expect([row?.baseline?.pieces, row?.scenario?.pieces]).toEqual([2, 1]);
  });

  test("a brand-new code is a split: a CCG of its own; unknown practices and no-op moves change nothing", () => {
    const outcome = analyseScenario(
      baseline,
      new Map([
        ["P00002", "04D"],
        ["P00004", "04d00"],
        ["X99999", "02B"],
        ["P00005", "01A"],
      ])
    );
    const split = byCode(outcome.result, "04D");
    expect(split.practices).toBe(2);
    expect(split.population).toBe(8000 + 8050); // P00002 and P00004, both of 02B
    expect(split.name).toBeNull();
    expect(byCode(outcome.result, "02B").population).toBe(
      byCode(baseline, "02B").population - 16050
    );
    expect(byCode(outcome.result, "01A")).toEqual(byCode(baseline, "01A"));
    expect(outcome.comparison.find((c) => c.code === "04D")?.baseline).toBeNull();
  });
});

describe("a merge", () => {
  test("population and allowance are the sums; the merged-away CCG disappears", () => {
    const moves = mergeMoves(baseline, "03C", "02B");
    expect(moves.size).toBe(4);
    const outcome = analyseScenario(baseline, moves);
    const merged = byCode(outcome.result, "02B");
    const a = byCode(baseline, "03C");
    const b = byCode(baseline, "02B");
    expect(merged.population).toBe(a.population + b.population);
    expect(merged.runningCostAllowance).toBe(a.runningCostAllowance + b.runningCostAllowance);
    expect(merged.name).toBe("East");
    expect(outcome.result.ccgs.some((ccg) => ccg.code === "03C")).toBe(false);
    const gone = outcome.comparison.find((c) => c.code === "03C");
    expect(gone?.scenario).toBeNull();
    expect(gone?.practicesLost).toBe(4);
  });
});

test("re-coding every practice to its baseline CCG gives the baseline bit for bit", () => {
  const moves = new Map<string, string>();
  for (let index = 0; index < baseline.practices.count; index++)
    moves.set(
      baseline.practices.code[index] ?? "",
      baseline.ccgs[baseline.practiceCcg[index] ?? 0]?.code ?? ""
    );
  const outcome = analyseScenario(baseline, moves);
  expect(outcome.result).toEqual(baseline);
  expect(outcome.changed).toEqual([]);
  expect(outcome.comparison).toEqual([]);
});

describe("merge suggestions", () => {
  test("only CCGs red or amber on size or finance, partners adjacent, ordered by merged rating then compactness", () => {
    const suggestions = suggestMerges(baseline);
    const adjacent = adjacentCcgs(baseline);
    const codes = baseline.ccgs.map((ccg) => ccg.code);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      const ccg = byCode(baseline, suggestion.code);
      expect([ccg.components.size.rating, ccg.components.finance.rating]).not.toEqual([
        "GREEN",
        "GREEN",
      ]);
      expect(suggestion.partners.length).toBeLessThanOrEqual(3);
      const group = codes.indexOf(suggestion.code);
      const order = { GREEN: 0, AMBER: 1, RED: 2 };
      suggestion.partners.forEach((partner, i) => {
        expect(adjacent[group]).toContain(codes.indexOf(partner.code));
        const merged = byCode(
          analyseScenario(baseline, mergeMoves(baseline, suggestion.code, partner.code)).result,
          partner.code
        );
        expect(partner).toMatchObject({
          population: merged.population,
          headroom: merged.headroom,
          rating: merged.rating,
        });
        const previous = suggestion.partners[i - 1];
        if (previous !== undefined) {
          const key = (p: typeof partner) => [order[p.rating], p.standardDistanceKm ?? Infinity];
          const [r0, d0] = key(previous);
          const [r1, d1] = key(partner);
          expect(r0! < r1! || (r0 === r1 && d0! <= d1!)).toBe(true);
        }
      });
    }
    // 03C (4 practices, about 28,000 people) is red on size; its neighbours are 01A and 02B.
    const north = suggestions.find((s) => s.code === "03C");
    expect(north?.rating).toBe("RED");
    expect(north?.partners.map((p) => p.code).sort()).toEqual(["01A", "02B"]);
  });
});

describe("the Scenarios sheet", () => {
  const scenarioRows: CellValue[][] = [
    ["Practice code", "Exclave home", "Split", "Exclave home", ""],
    ["P00037", "02b", null, "01A", null],
    ["P00002", null, "04D", null, null],
    ["X99999", "02B", null, null, null],
    ["P00004", "XYZ", "04d00", null, null],
    ["P00006", null, null, null, null],
  ];
  const result = analyseWorkbook(
    workbook(sheet("Practices", practiceRows()), sheet("Scenarios", scenarioRows))
  );
  const found = (kind: string) => result.dataQuality.filter((f) => f.kind === kind);

  test("columns become scenarios; blank cells leave practices where they are", () => {
    expect(result.scenarios).toEqual([
      { name: "Exclave home", column: "B", moves: [["P00037", "02B"]] },
      {
        name: "Split",
        column: "C",
        moves: [
          ["P00002", "04D"],
          ["P00004", "04D"],
        ],
      },
    ]);
    const outcome = analyseScenario(result, new Map(result.scenarios?.[0]?.moves));
    expect(outcome.result.ccgs.find((c) => c.code === "01A")?.geography?.pieces).toBe(1);
  });

  test("unknown practices, unusable codes and repeated names are Data Quality rows naming the cell", () => {
    expect(found("scenarioNameRepeated")).toEqual([
      expect.objectContaining({
        severity: "error",
        sheet: "Scenarios",
        row: 1,
        message: expect.stringContaining("Scenarios!D1"),
      }),
    ]);
    expect(found("scenarioPracticeUnknown")).toEqual([
      expect.objectContaining({
        severity: "error",
        row: 4,
        value: "X99999",
        message: expect.stringContaining("Scenarios!A4"),
      }),
    ]);
    expect(found("scenarioCcgCodeUnusable")).toEqual([
      expect.objectContaining({
        severity: "error",
        row: 5,
        column: "Exclave home",
        value: "XYZ",
        message: expect.stringContaining("Scenarios!B5"),
      }),
    ]);
    // A code found nowhere in the baseline is a new CCG (a split): one warning per scenario and code.
    expect(found("scenarioNewCcg")).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 3,
        value: "04D",
        message: expect.stringContaining("Scenarios!C3"),
      }),
    ]);
  });
});

test("the sample ships a Scenarios sheet: a merge of its smallest CCG, and its exclave moved home", () => {
  const sample = generateSample({ practices: 300, ccgs: 12, seed: 1 });
  const result = analyseWorkbook(sample.workbook);
  const [merge, exclave] = result.scenarios ?? [];
  expect(merge?.name).toMatch(/^Merge [0-9]{2}[A-Z] into [0-9]{2}[A-Z]$/);
  const from = merge!.name.slice(6, 9);
  const smallest = [...result.ccgs].sort((a, b) => a.population - b.population)[0];
  expect(from).toBe(smallest?.code);
  expect(merge?.moves).toHaveLength(smallest!.practices);
  const home = sample.cases.exclave!;
  expect(exclave?.name).toBe(`${home.ccg} exclave to ${home.host}`);
  expect(exclave?.moves.map(([practice]) => practice).sort()).toEqual(
    [...home.islandPracticeCodes].sort()
  );
  const outcome = analyseScenario(result, new Map(exclave!.moves));
  expect(byCode(result, home.ccg).geography?.pieces).toBeGreaterThan(1);
  expect(byCode(outcome.result, home.ccg).geography?.pieces).toBe(1);
  expect(result.dataQuality.filter((finding) => finding.sheet === "Scenarios")).toEqual([]);
});
