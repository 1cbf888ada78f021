import { convexHullAreaM2 } from "../../../src/engine/geo/convexHull";
import { measureDispersion } from "../../../src/engine/geo/dispersion";
import type { PackedPractices } from "../../../src/engine/geo/types";
import { giftWrapHull, polygonArea } from "./helpers/bruteForce";
import { mulberry32, packKm, randomLayout } from "./helpers/seededLayouts";

function hullArea(xs: number[], ys: number[]): number {
  const order = Int32Array.from(xs.keys());
  return convexHullAreaM2(
    order,
    0,
    xs.length - 1,
    Float64Array.from(xs),
    Float64Array.from(ys),
    new Int32Array(2 * xs.length + 1)
  );
}

describe("convex hull area", () => {
  test("known shapes", () => {
    expect(hullArea([0, 4, 4, 0, 2, 1], [0, 0, 3, 3, 1, 2])).toBe(12); // rectangle with inner points
    expect(hullArea([0, 6, 0], [0, 0, 4])).toBe(12); // triangle
    expect(hullArea([0, 1, 2, 3], [0, 1, 2, 3])).toBe(0); // collinear
    expect(hullArea([5, 5, 5], [5, 5, 5])).toBe(0); // co-located
    expect(hullArea([0, 1], [0, 1])).toBe(0); // fewer than 3
    expect(hullArea([0, 2, 2, 0, 1, 2, 1, 0], [0, 0, 2, 2, 0, 1, 2, 1])).toBe(4); // square with points on its edges
  });

  test("a regular 1000-gon far from the origin approaches the circle (precision with BNG-sized coordinates)", () => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 1000; i++) {
      xs.push(650000 + 100 * Math.cos((2 * Math.PI * i) / 1000));
      ys.push(1200000 + 100 * Math.sin((2 * Math.PI * i) / 1000));
    }
    const exact = (1000 / 2) * 100 * 100 * Math.sin((2 * Math.PI) / 1000);
    expect(hullArea(xs, ys)).toBeCloseTo(exact, 4);
  });

  test.each([1, 2, 3, 4, 5])("matches gift wrapping on random point sets (seed %i)", (seed) => {
    const random = mulberry32(seed);
    const n = 3 + Math.floor(random() * 200);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < n; i++) {
      // Rounded coordinates: duplicates and collinear points on the hull happen.
      xs.push(Math.round(random() * 50) * 100);
      ys.push(Math.round(random() * 30) * 100);
    }
    const expected = polygonArea(xs, ys, giftWrapHull(xs, ys));
    expect(hullArea(xs, ys)).toBeCloseTo(expected, 6);
  });
});

describe("dispersion per group", () => {
  const layouts: Array<[string, PackedPractices]> = [
    ["uniform", randomLayout({ kind: "uniform", count: 600, groupCount: 15, seed: 41 })],
    [
      "clustered with co-located practices",
      randomLayout({
        kind: "clustered",
        count: 600,
        groupCount: 15,
        seed: 42,
        duplicateShare: 0.2,
      }),
    ],
  ];

  test.each(layouts)(
    "%s: centre, standard distance, max distance and hull area match direct formulas",
    (_name, points) => {
      const result = measureDispersion(points);
      for (let g = 0; g < points.groupCount; g++) {
        const members = [...Array(points.count).keys()].filter((p) => points.group[p] === g);
        if (members.length === 0) {
          expect(result.centreX[g]).toBeNaN();
          continue;
        }
        const w = members.map((p) => points.weight[p] as number);
        const total = w.reduce((a, b) => a + b, 0);
        const weights = total > 0 ? w : w.map(() => 1);
        const sum = total > 0 ? total : members.length;
        const cx =
          members.reduce((acc, p, i) => acc + (weights[i] as number) * (points.x[p] as number), 0) /
          sum;
        const cy =
          members.reduce((acc, p, i) => acc + (weights[i] as number) * (points.y[p] as number), 0) /
          sum;
        expect(result.centreX[g]).toBeCloseTo(cx, 6);
        expect(result.centreY[g]).toBeCloseTo(cy, 6);
        const squares = members.map(
          (p) => ((points.x[p] as number) - cx) ** 2 + ((points.y[p] as number) - cy) ** 2
        );
        const sd =
          Math.sqrt(squares.reduce((acc, d2, i) => acc + (weights[i] as number) * d2, 0) / sum) /
          1000;
        expect(result.standardDistanceKm[g]).toBeCloseTo(sd, 9);
        expect(result.maxDistanceKm[g]).toBeCloseTo(Math.sqrt(Math.max(...squares)) / 1000, 9);
        const xs = members.map((p) => points.x[p] as number);
        const ys = members.map((p) => points.y[p] as number);
        expect(result.hullAreaKm2[g]).toBeCloseTo(
          polygonArea(xs, ys, giftWrapHull(xs, ys)) / 1e6,
          6
        );
      }
    }
  );

  test("hand-checked: a weighted pair and a square", () => {
    // Group 0: 3,000 patients at (0, 0) km and 1,000 at (4, 0) km → centre (1, 0) km,
    // standard distance √((3000·1 + 1000·9) / 4000) = √3 km, max distance 3 km, hull 0.
    // Group 1: a 2 km square with equal list sizes → centre (11, 1), sd √2, max √2, hull 4 km².
    // Group 2: no practices.
    const points = packKm(
      [
        [0, 0, 3000, 0],
        [4, 0, 1000, 0],
        [10, 0, 500, 1],
        [12, 0, 500, 1],
        [12, 2, 500, 1],
        [10, 2, 500, 1],
      ],
      3
    );
    const result = measureDispersion(points);
    expect(result.centreX[0]).toBeCloseTo(1000, 9);
    expect(result.centreY[0]).toBe(0);
    expect(result.standardDistanceKm[0]).toBeCloseTo(Math.sqrt(3), 12);
    expect(result.maxDistanceKm[0]).toBeCloseTo(3, 12);
    expect(result.hullAreaKm2[0]).toBe(0);
    expect(result.centreX[1]).toBeCloseTo(11000, 9);
    expect(result.standardDistanceKm[1]).toBeCloseTo(Math.SQRT2, 12);
    expect(result.maxDistanceKm[1]).toBeCloseTo(Math.SQRT2, 12);
    expect(result.hullAreaKm2[1]).toBeCloseTo(4, 12);
    expect(result.standardDistanceKm[2]).toBeNaN();
    expect(result.hullAreaKm2[2]).toBeNaN();
  });

  test("list sizes summing to 0 give the plain mean and equal weights", () => {
    const points = packKm(
      [
        [0, 0, 0, 0],
        [2, 0, 0, 0],
        [0, 2, 0, 0],
      ],
      1
    );
    const result = measureDispersion(points);
    expect(result.centreX[0]).toBeCloseTo(2000 / 3, 9);
    expect(result.centreY[0]).toBeCloseTo(2000 / 3, 9);
    const d2 = [(2 / 3) ** 2 * 2, (4 / 3) ** 2 + (2 / 3) ** 2, (4 / 3) ** 2 + (2 / 3) ** 2];
    expect(result.standardDistanceKm[0]).toBeCloseTo(
      Math.sqrt(d2.reduce((a, b) => a + b, 0) / 3),
      12
    );
    expect(result.hullAreaKm2[0]).toBeCloseTo(2, 12);
  });
});
