// Issue #15: a practice counts as embedded only outside its CCG's main territory; inside it, a practice
// whose 6 nearest are all across the border is a border practice (reported, not rated).
import { analyseWorkbook } from "../../../src/engine/analyse";
import { CellValue } from "../../../src/engine/cells";
import {
  countEmbeddedPractices,
  isBorderPractice,
  isEmbeddedForRating,
} from "../../../src/engine/embeddedPractices";
import { PackedPractices, PracticeGeography } from "../../../src/engine/geo/types";
import { buildPracticeDetailTable } from "../../../src/output/report/practiceDetailTable";
import { sheet, workbook } from "../../helpers/sheets";

function flags(
  embedded: number[],
  detached: number[],
  nearestOtherGroup: number[]
): PracticeGeography {
  const n = embedded.length;
  return {
    piece: new Int32Array(n),
    detached: Uint8Array.from(detached),
    embedded: Uint8Array.from(embedded),
    purity: new Float64Array(n),
    nearestOtherGroup: Int32Array.from(nearestOtherGroup),
    nearestOtherKm: new Float64Array(n),
  };
}

describe("embedded for the rating, from the geography's flags", () => {
  const points: PackedPractices = {
    count: 5,
    x: new Float64Array(5),
    y: new Float64Array(5),
    weight: Float64Array.of(1000, 2000, 3000, 4000, 10000),
    group: Int32Array.of(0, 0, 0, 0, 1),
    groupCount: 2,
  };
  // practice 0: no own-CCG neighbour, detached → embedded; 1: no own-CCG neighbour, main piece → border;
  // 2: detached but with own-CCG neighbours → neither; 3: ordinary.
  const geography = flags([1, 1, 0, 0, 0], [1, 0, 1, 0, 0], [1, 1, 1, 1, 0]);

  test("embedded needs both flags; border is the main-piece case", () => {
    expect([0, 1, 2, 3].map((i) => isEmbeddedForRating(geography, i))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([0, 1, 2, 3].map((i) => isBorderPractice(geography, i))).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });

  test("counts per CCG; the share is of the CCG's population; the split goes round the detached practices' neighbour", () => {
    const counts = countEmbeddedPractices(points, geography);
    expect([...counts.embeddedPractices]).toEqual([1, 0]);
    expect([...counts.borderPractices]).toEqual([1, 0]);
    expect(counts.embeddedShare[0]).toBeCloseTo(1000 / 10000, 12);
    expect(counts.embeddedShare[1]).toBe(0);
    expect([...counts.splitAround]).toEqual([1, -1]);
  });
});

describe("a practice at the edge of the main piece vs. one in a detached piece (whole analysis)", () => {
  // CCG 01A: a 5 × 5 grid at 1 km spacing, one practice at its east edge beside a dense cluster of 02B
  // (its 6 nearest are all 02B, but it touches 01A's grid: a border practice), and one practice in the
  // middle of a ring of 02B practices (cut off from 01A: embedded).
  const rows: CellValue[][] = [["Practice code", "CCG code", "List size", "Easting", "Northing"]];
  let next = 1;
  const add = (ccg: string, x: number, y: number, listSize = 5000): string => {
    const code = `A${String(next++).padStart(5, "0")}`;
    rows.push([code, ccg, listSize, 400000 + x * 1000, 300000 + y * 1000]);
    return code;
  };
  for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) add("01A", i, j);
  const edge = add("01A", 5, 2);
  for (let k = 0; k < 7; k++) add("02B", 5.2 + 0.03 * k, 1.91 + 0.03 * k);
  for (let k = 0; k < 8; k++) {
    const angle = (2 * Math.PI * k) / 8;
    add("02B", 9 + 0.3 * Math.cos(angle), 2 + 0.3 * Math.sin(angle));
  }
  for (let k = 0; k < 12; k++) add("02B", 8 + 0.4 * k, 4);
  for (let k = 0; k < 12; k++) add("02B", 8 + 0.4 * k, 0);
  const island = add("01A", 9, 2, 2500);
  const result = analyseWorkbook(workbook(sheet("Practices", rows)));
  const a = result.ccgs.find((ccg) => ccg.code === "01A");

  test("the island is embedded; the edge practice is a border practice, not embedded", () => {
    expect(a?.geography).toMatchObject({ embeddedPractices: 1, borderPractices: 1, pieces: 2 });
    expect(a?.geography?.embeddedShare).toBeCloseTo(2500 / (26 * 5000 + 2500), 12);
    const detail = buildPracticeDetailTable(result);
    const column = (header: string) => detail.columns.findIndex((c) => c.header === header);
    const rowOf = (code: string) => detail.rows.find((row) => row[0] === code) ?? [];
    expect([
      rowOf(edge)[column("Detached")],
      rowOf(edge)[column("Embedded")],
      rowOf(edge)[column("Border practice")],
    ]).toEqual(["N", "N", "Y"]);
    expect([
      rowOf(island)[column("Detached")],
      rowOf(island)[column("Embedded")],
      rowOf(island)[column("Border practice")],
    ]).toEqual(["Y", "Y", "N"]);
  });

  test("the border practice is reported in the reasons, not rated", () => {
    const reason = a?.components.geography.reason ?? "";
    expect(reason).toContain("1 border practice inside the main territory");
    expect(reason).toContain("(not rated)");
    // The island holds 1.9% of 01A: below the 2% embedded line, so only the detached share could rate.
    expect(reason).not.toContain("Embedded practices");
  });
});
