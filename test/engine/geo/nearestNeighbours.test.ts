import { buildPracticeIndex } from "../../../src/engine/geo/practiceIndex";
import { findNearestNeighbours } from "../../../src/engine/geo/nearestSearch";
import { buildTerritoryAdjacency } from "../../../src/engine/geo/delaunayAdjacency";
import { measureNeighbourPurity } from "../../../src/engine/geo/neighbourPurity";
import {
  BorderCandidateSearch,
  findBorderCandidates,
} from "../../../src/engine/geo/borderCandidates";
import type { PackedPractices } from "../../../src/engine/geo/types";
import { bruteNearest, bruteNearestOther, distanceSquared } from "./helpers/bruteForce";
import { mulberry32, packKm, randomLayout } from "./helpers/seededLayouts";

const layouts: Array<[string, PackedPractices]> = [
  ["uniform", randomLayout({ kind: "uniform", count: 700, groupCount: 20, seed: 11 })],
  ["clustered", randomLayout({ kind: "clustered", count: 700, groupCount: 20, seed: 12 })],
  // Coarse rounding makes many equal distances, so the tie rule (lower index first) is exercised.
  [
    "clustered, rounded to 500 m",
    randomLayout({ kind: "clustered", count: 700, groupCount: 20, seed: 13, roundM: 500 }),
  ],
  [
    "uniform, 40% co-located",
    randomLayout({ kind: "uniform", count: 400, groupCount: 6, seed: 14, duplicateShare: 0.4 }),
  ],
];

describe.each(layouts)("nearest neighbours on a %s layout", (_name, points) => {
  const index = buildPracticeIndex(points.x, points.y, points.count);

  test.each([1, 6, 13])(
    "k = %i matches an all-pairs scan, in order, ties to the lower index",
    (k) => {
      const result = findNearestNeighbours(index, k);
      expect(result.k).toBe(k);
      for (let p = 0; p < points.count; p++) {
        const expected = bruteNearest(points, p, k);
        const got = Array.from(result.neighbours.subarray(p * k, p * k + k));
        expect({ p, neighbours: got }).toEqual({ p, neighbours: expected });
        for (let j = 0; j < k; j++) {
          expect(result.distanceM[p * k + j]).toBe(
            Math.sqrt(distanceSquared(points, p, expected[j] as number))
          );
        }
      }
    }
  );

  test.each([
    ["given", true],
    ["built by the stage", false],
  ])("purity, embedded and nearest other group match brute force (adjacency %s)", (_how, given) => {
    const k = 6;
    const adjacency = given ? buildTerritoryAdjacency(points.x, points.y, points.count) : undefined;
    const result = measureNeighbourPurity(points, index, k, adjacency);
    for (let p = 0; p < points.count; p++) {
      const nearest = bruteNearest(points, p, k);
      const same = nearest.filter((q) => points.group[q] === points.group[p]).length;
      expect(result.practicePurity[p]).toBe(same / k);
      expect(result.embedded[p]).toBe(same === 0 ? 1 : 0);
      const other = bruteNearestOther(points, p);
      expect({ p, group: result.nearestOtherGroup[p] }).toEqual({ p, group: points.group[other] });
      expect(result.nearestOtherKm[p]).toBe(Math.sqrt(distanceSquared(points, p, other)) / 1000);
    }
  });

  test("group purity and embedded share are list-size-weighted means", () => {
    const result = measureNeighbourPurity(points, index, 6);
    for (let g = 0; g < points.groupCount; g++) {
      let w = 0;
      let wp = 0;
      let we = 0;
      let n = 0;
      let embedded = 0;
      for (let p = 0; p < points.count; p++) {
        if (points.group[p] !== g) continue;
        const weight = points.weight[p] as number;
        n++;
        w += weight;
        wp += weight * (result.practicePurity[p] as number);
        if (result.embedded[p] === 1) {
          we += weight;
          embedded++;
        }
      }
      expect(result.embeddedPractices[g]).toBe(embedded);
      if (n === 0) {
        expect(result.groupPurity[g]).toBeNaN();
      } else if (w === 0) {
        expect(result.embeddedShare[g]).toBeCloseTo(embedded / n, 12);
      } else {
        expect(result.groupPurity[g]).toBeCloseTo(wp / w, 12);
        expect(result.embeddedShare[g]).toBeCloseTo(we / w, 12);
      }
    }
  });
});

describe("nearest neighbours in small cases", () => {
  test("k is capped at count − 1 and a lone practice has NaN purity and no other group", () => {
    const one = packKm([[1, 1, 10, 0]], 1);
    const result = measureNeighbourPurity(one, buildPracticeIndex(one.x, one.y), 6);
    expect(result.neighbourCount).toBe(0);
    expect(result.practicePurity[0]).toBeNaN();
    expect(result.embedded[0]).toBe(0);
    expect(result.nearestOtherGroup[0]).toBe(-1);
    expect(result.nearestOtherKm[0]).toBeNaN();
    expect(result.groupPurity[0]).toBeNaN();

    const three = packKm(
      [
        [0, 0, 1, 0],
        [1, 0, 1, 0],
        [5, 0, 1, 1],
      ],
      2
    );
    const r3 = measureNeighbourPurity(three, buildPracticeIndex(three.x, three.y), 6);
    expect(r3.neighbourCount).toBe(2);
    expect(Array.from(r3.practicePurity)).toEqual([0.5, 0.5, 0]);
    expect(Array.from(r3.embedded)).toEqual([0, 0, 1]);
    expect(Array.from(r3.nearestOtherGroup)).toEqual([1, 1, 0]);
    expect(Array.from(r3.nearestOtherKm)).toEqual([5, 4, 4]);
  });

  test("co-located practices are neighbours at distance 0, lower index first", () => {
    const points = packKm(
      [
        [2, 2, 1, 0],
        [0, 0, 1, 0],
        [2, 2, 1, 1],
        [2, 2, 1, 0],
        [3, 2, 1, 1],
      ],
      2
    );
    const result = findNearestNeighbours(buildPracticeIndex(points.x, points.y), 3);
    expect(Array.from(result.neighbours.subarray(0, 3))).toEqual([2, 3, 4]);
    expect(Array.from(result.distanceM.subarray(0, 3))).toEqual([0, 0, 1000]);
    expect(Array.from(result.neighbours.subarray(9, 12))).toEqual([0, 2, 4]);
  });

  test("a group of embedded practices: all neighbours elsewhere", () => {
    // Practice 4 (group 1) sits among group 0; with k = 2 its neighbours are all group 0.
    const points = packKm(
      [
        [0, 0, 100, 0],
        [2, 0, 100, 0],
        [0, 2, 100, 0],
        [2, 2, 100, 0],
        [1, 1, 300, 1],
        [40, 40, 100, 1],
      ],
      2
    );
    const result = measureNeighbourPurity(points, buildPracticeIndex(points.x, points.y), 2);
    expect(result.embedded[4]).toBe(1);
    // Practice 5 is far away; its 2 nearest are practice 3 (group 0) and practice 4 (group 1).
    expect(result.embedded[5]).toBe(0);
    expect(result.practicePurity[5]).toBe(0.5);
    expect(result.embeddedPractices[1]).toBe(1);
    expect(result.embeddedShare[1]).toBe(300 / 400);
    expect(result.nearestOtherGroup[4]).toBe(0);
    expect(result.nearestOtherKm[4]).toBeCloseTo(Math.SQRT2, 12);
  });

  test("a group whose list sizes sum to 0 is averaged with equal weights", () => {
    const points = packKm(
      [
        [0, 0, 0, 0],
        [1, 0, 0, 0],
        [10, 0, 0, 0],
        [11, 0, 5, 1],
        [12, 0, 5, 1],
      ],
      2
    );
    const result = measureNeighbourPurity(points, buildPracticeIndex(points.x, points.y), 1);
    // Group 0: purities 1, 1, 0 (practice 2's nearest is practice 3 of group 1).
    expect(Array.from(result.practicePurity.subarray(0, 3))).toEqual([1, 1, 0]);
    expect(result.groupPurity[0]).toBeCloseTo(2 / 3, 12);
    expect(result.embeddedShare[0]).toBeCloseTo(1 / 3, 12);
  });

  test("a position with a hundred Delaunay neighbours (a hub) and the ring around it match an all-pairs scan", () => {
    // The hub's walk holds more positions at once than the search first makes room for.
    const rows = Array.from({ length: 100 }, (_, i) => {
      const angle = (2 * Math.PI * i) / 100;
      return [10 * Math.cos(angle), 10 * Math.sin(angle), 1, 0] as [number, number, number, number];
    });
    const points = packKm([...rows, [0, 0, 1, 0], [0.5, 30, 1, 0]], 1);
    const index = buildPracticeIndex(points.x, points.y);
    for (const k of [6, 101]) {
      const result = findNearestNeighbours(index, k);
      for (let p = 0; p < points.count; p++) {
        const got = Array.from(result.neighbours.subarray(p * k, p * k + k));
        expect({ p, k, neighbours: got }).toEqual({ p, k, neighbours: bruteNearest(points, p, k) });
      }
    }
  });

  test("rejects a neighbour count that is not a whole number of at least 1", () => {
    const points = packKm(
      [
        [0, 0, 1, 0],
        [1, 0, 1, 0],
      ],
      1
    );
    const index = buildPracticeIndex(points.x, points.y);
    expect(() => findNearestNeighbours(index, 0)).toThrow("Neighbour count 0");
    expect(() => findNearestNeighbours(index, 2.5)).toThrow("Neighbour count 2.5");
  });
});

describe("nearest other group from border candidates", () => {
  const line = packKm(
    Array.from(
      { length: 60 },
      (_, i) => [i * 0.5, i * 0.25, 1, Math.floor(i / 7) % 3] as [number, number, number, number]
    ),
    3
  );
  const oneGroup = randomLayout({ kind: "uniform", count: 200, groupCount: 1, seed: 21 });
  const cases: Array<[string, PackedPractices]> = [
    [
      "large groups, a quarter scattered (over the scan limit)",
      randomLayout({ kind: "uniform", count: 6000, groupCount: 3, seed: 22, noiseShare: 0.5 }),
    ],
    [
      "many small groups, rounded to 200 m",
      randomLayout({ kind: "clustered", count: 1500, groupCount: 60, seed: 23, roundM: 200 }),
    ],
    [
      "half co-located",
      randomLayout({
        kind: "clustered",
        count: 800,
        groupCount: 12,
        seed: 24,
        duplicateShare: 0.5,
      }),
    ],
    ["all on one line", line],
    ["one group", oneGroup],
  ];
  test.each(cases)(
    "%s: the same practice group and distance as an all-pairs scan (k = 1)",
    (_name, points) => {
      const index = buildPracticeIndex(points.x, points.y, points.count);
      const result = measureNeighbourPurity(points, index, 1);
      for (let p = 0; p < points.count; p++) {
        const other = bruteNearestOther(points, p);
        if (other < 0) {
          expect(result.nearestOtherGroup[p]).toBe(-1);
          expect(result.nearestOtherKm[p]).toBeNaN();
          continue;
        }
        expect({ p, group: result.nearestOtherGroup[p] }).toEqual({
          p,
          group: points.group[other],
        });
        expect(result.nearestOtherKm[p]).toBe(Math.sqrt(distanceSquared(points, p, other)) / 1000);
      }
    }
  );

  test.each(cases)(
    "%s: each group's nearest candidate is the all-pairs nearest other practice, from any radius",
    (name, points) => {
      const adjacency = buildTerritoryAdjacency(points.x, points.y, points.count);
      const candidates = findBorderCandidates(points.group, points.groupCount, adjacency);
      const search = new BorderCandidateSearch(candidates, points.x, points.y);
      const sizes = Array.from(
        { length: points.groupCount },
        (_, g) => (candidates.offsets[g + 1] ?? 0) - (candidates.offsets[g] ?? 0)
      );
      // Groups of up to 32 candidates scan them, larger ones search a kd-tree of them: both are exercised.
      if (name.startsWith("large")) expect(Math.max(...sizes)).toBeGreaterThan(32);
      if (name.startsWith("many")) expect(Math.min(...sizes)).toBeLessThanOrEqual(32);
      const best = new Float64Array(2);
      const random = mulberry32(25);
      for (let p = 0; p < points.count; p++) {
        const other = bruteNearestOther(points, p);
        search.nearest(
          points.group[p] as number,
          points.x[p] as number,
          points.y[p] as number,
          random() * 3000,
          best
        );
        expect({ p, other: best[1] }).toEqual({ p, other });
        if (other >= 0) expect(best[0]).toBe(distanceSquared(points, p, other));
      }
    }
  );
});
