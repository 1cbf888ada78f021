import Delaunator from "delaunator";
import { buildTerritoryAdjacency } from "../../../src/engine/geo/delaunayAdjacency";
import { practiceAdjacency } from "../../../src/engine/geo/practiceAdjacency";
import { buildPracticeIndex, spatialOrder } from "../../../src/engine/geo/practiceIndex";
import type { PackedPractices } from "../../../src/engine/geo/types";
import { cross, distanceSquared } from "./helpers/bruteForce";
import { randomLayout } from "./helpers/seededLayouts";

function neighbourSet(offsets: Int32Array, neighbours: Int32Array, p: number): Set<number> {
  return new Set(neighbours.subarray(offsets[p] as number, offsets[p + 1] as number));
}

function fromCoordinates(xs: number[], ys: number[]): { x: Float64Array; y: Float64Array } {
  return { x: Float64Array.from(xs), y: Float64Array.from(ys) };
}

const layouts: Array<[string, PackedPractices]> = [
  ["uniform", randomLayout({ kind: "uniform", count: 300, groupCount: 12, seed: 1 })],
  ["clustered", randomLayout({ kind: "clustered", count: 300, groupCount: 12, seed: 2 })],
  [
    "clustered, rounded to 1 km",
    randomLayout({ kind: "clustered", count: 300, groupCount: 12, seed: 3, roundM: 1000 }),
  ],
  [
    "uniform, 30% co-located",
    randomLayout({ kind: "uniform", count: 200, groupCount: 5, seed: 4, duplicateShare: 0.3 }),
  ],
];

test("positions holding -0 give vertices holding 0", () => {
  const { x, y } = fromCoordinates([-0, 3, 5], [1, -0, 4]);
  const adjacency = buildTerritoryAdjacency(x, y, 3);
  expect(Array.from(adjacency.vertexCoords).some((value) => Object.is(value, -0))).toBe(false);
  expect(adjacency.vertexCount).toBe(3);
});

describe.each(layouts)("territory adjacency on a %s layout", (_name, points) => {
  const adjacency = buildTerritoryAdjacency(points.x, points.y, points.count);
  const { offsets, neighbours } = practiceAdjacency(adjacency);
  const n = points.count;
  const adjacent = (a: number, b: number): boolean => neighbourSet(offsets, neighbours, a).has(b);

  test("is symmetric and has no self-loops or repeated neighbours", () => {
    for (let p = 0; p < n; p++) {
      const list = Array.from(neighbours.subarray(offsets[p] as number, offsets[p + 1] as number));
      expect(list).not.toContain(p);
      expect(new Set(list).size).toBe(list.length);
      for (const q of list) expect(adjacent(q, p)).toBe(true);
    }
  });

  test("co-located practices are neighbours, and a practice is mapped to a vertex at its position", () => {
    for (let p = 0; p < n; p++) {
      const v = adjacency.vertexOfPractice[p] as number;
      expect(adjacency.vertexCoords[2 * v]).toBe(points.x[p]);
      expect(adjacency.vertexCoords[2 * v + 1]).toBe(points.y[p]);
      for (let q = p + 1; q < n; q++) {
        if (points.x[p] === points.x[q] && points.y[p] === points.y[q])
          expect(adjacent(p, q)).toBe(true);
      }
    }
  });

  test("every edge of a Delaunay triangulation of the distinct positions appears", () => {
    const coords = new Float64Array(2 * adjacency.vertexCount);
    for (let v = 0; v < adjacency.vertexCount; v++) {
      coords[2 * v] = adjacency.vertexCoords[2 * v] as number;
      coords[2 * v + 1] = adjacency.vertexCoords[2 * v + 1] as number;
    }
    const { triangles } = new Delaunator(coords);
    expect(triangles.length).toBeGreaterThan(0);
    const first = (v: number): number =>
      adjacency.vertexPractices[adjacency.vertexPracticeOffsets[v] as number] as number;
    for (let e = 0; e < triangles.length; e++) {
      const a = triangles[e] as number;
      const b = triangles[e % 3 === 2 ? e - 2 : e + 1] as number;
      expect(adjacent(first(a), first(b))).toBe(true);
    }
  });

  test("holds every Gabriel edge (independent check: empty diametral circle ⇒ Delaunay edge)", () => {
    const V = adjacency.vertexCount;
    const vx = adjacency.vertexCoords.filter((_, i) => i % 2 === 0);
    const vy = adjacency.vertexCoords.filter((_, i) => i % 2 === 1);
    const vertexAdjacent = (a: number, b: number): boolean => {
      for (
        let k = adjacency.neighbourOffsets[a] as number;
        k < (adjacency.neighbourOffsets[a + 1] as number);
        k++
      ) {
        if (adjacency.neighbourVertices[k] === b) return true;
      }
      return false;
    };
    for (let a = 0; a < V; a++) {
      for (let b = a + 1; b < V; b++) {
        const mx = ((vx[a] as number) + (vx[b] as number)) / 2;
        const my = ((vy[a] as number) + (vy[b] as number)) / 2;
        const r2 =
          (((vx[a] as number) - (vx[b] as number)) ** 2 +
            ((vy[a] as number) - (vy[b] as number)) ** 2) /
          4;
        let empty = true;
        for (let c = 0; c < V && empty; c++) {
          if (c === a || c === b) continue;
          // Strictly inside, with a relative margin so rounding cannot decide.
          if (((vx[c] as number) - mx) ** 2 + ((vy[c] as number) - my) ** 2 < r2 * (1 + 1e-9))
            empty = false;
        }
        if (empty) expect(vertexAdjacent(a, b)).toBe(true);
      }
    }
  });

  test("has 3V − 3 − h vertex edges (a full triangulation), h = positions on the convex hull boundary", () => {
    const V = adjacency.vertexCount;
    const xs = Array.from(adjacency.vertexCoords.filter((_, i) => i % 2 === 0));
    const ys = Array.from(adjacency.vertexCoords.filter((_, i) => i % 2 === 1));
    // Brute force: a position is on the hull boundary when some line through it and another
    // position has every position on one closed side.
    let boundary = 0;
    for (let p = 0; p < V; p++) {
      let onBoundary = false;
      for (let a = 0; a < V && !onBoundary; a++) {
        if (a === p) continue;
        let left = 0;
        let right = 0;
        for (let c = 0; c < V; c++) {
          const s = cross(
            xs[p] as number,
            ys[p] as number,
            xs[a] as number,
            ys[a] as number,
            xs[c] as number,
            ys[c] as number
          );
          if (s > 0) left++;
          else if (s < 0) right++;
        }
        if (left === 0 || right === 0) onBoundary = true;
      }
      if (onBoundary) boundary++;
      expect({ p, onOuterHull: adjacency.onOuterHull[p] === 1 }).toEqual({
        p,
        onOuterHull: onBoundary,
      });
    }
    const edges = (adjacency.neighbourOffsets[V] as number) / 2;
    expect(edges).toBe(3 * V - 3 - boundary);
  });

  test("numbering vertices in the spatial index's order gives the same practice adjacency", () => {
    const order = spatialOrder(buildPracticeIndex(points.x, points.y, points.count));
    const ordered = practiceAdjacency(
      buildTerritoryAdjacency(points.x, points.y, points.count, order)
    );
    for (let p = 0; p < n; p++) {
      const a = [...neighbourSet(offsets, neighbours, p)].sort((u, v) => u - v);
      const b = [...neighbourSet(ordered.offsets, ordered.neighbours, p)].sort((u, v) => u - v);
      expect({ p, neighbours: b }).toEqual({ p, neighbours: a });
    }
  });

  test("each practice is adjacent to its nearest distinct position", () => {
    for (let p = 0; p < n; p++) {
      let best = Infinity;
      for (let q = 0; q < n; q++) {
        const d = distanceSquared(points, p, q);
        if (d > 0 && d < best) best = d;
      }
      for (let q = 0; q < n; q++) {
        if (distanceSquared(points, p, q) === best) expect(adjacent(p, q)).toBe(true);
      }
    }
  });
});

describe("degenerate inputs", () => {
  test("no practices", () => {
    const adjacency = buildTerritoryAdjacency(new Float64Array(0), new Float64Array(0));
    expect(adjacency.vertexCount).toBe(0);
    expect(Array.from(practiceAdjacency(adjacency).offsets)).toEqual([0]);
  });

  test("one practice is on the hull and has no neighbours", () => {
    const { x, y } = fromCoordinates([5], [7]);
    const adjacency = buildTerritoryAdjacency(x, y);
    expect(adjacency.vertexCount).toBe(1);
    expect(Array.from(adjacency.onOuterHull)).toEqual([1]);
    expect(Array.from(practiceAdjacency(adjacency).neighbours)).toEqual([]);
  });

  test("two practices are neighbours", () => {
    const { x, y } = fromCoordinates([0, 10], [0, 5]);
    const { offsets, neighbours } = practiceAdjacency(buildTerritoryAdjacency(x, y));
    expect(Array.from(offsets)).toEqual([0, 1, 2]);
    expect(Array.from(neighbours)).toEqual([1, 0]);
  });

  test("collinear practices (given out of order) are chained along the line", () => {
    const { x, y } = fromCoordinates([30, 0, 20, 10, 40], [60, 0, 40, 20, 80]);
    const adjacency = buildTerritoryAdjacency(x, y);
    const { offsets, neighbours } = practiceAdjacency(adjacency);
    const sets = [0, 1, 2, 3, 4].map((p) => [...neighbourSet(offsets, neighbours, p)].sort());
    expect(sets).toEqual([[2, 4], [3], [0, 3], [1, 2], [0]]);
    expect(Array.from(adjacency.onOuterHull)).toEqual([1, 1, 1, 1, 1]);
  });

  test("a vertical line of practices is chained too", () => {
    const { x, y } = fromCoordinates([3, 3, 3], [2, 0, 1]);
    const { offsets, neighbours } = practiceAdjacency(buildTerritoryAdjacency(x, y));
    expect([0, 1, 2].map((p) => [...neighbourSet(offsets, neighbours, p)].sort())).toEqual([
      [2],
      [2],
      [0, 1],
    ]);
  });

  test("all practices co-located form one vertex, all mutual neighbours", () => {
    const { x, y } = fromCoordinates([4, 4, 4, 4], [9, 9, 9, 9]);
    const adjacency = buildTerritoryAdjacency(x, y);
    expect(adjacency.vertexCount).toBe(1);
    const { offsets, neighbours } = practiceAdjacency(adjacency);
    for (let p = 0; p < 4; p++) expect(neighbourSet(offsets, neighbours, p).size).toBe(3);
  });

  test("-0 and 0 are the same position", () => {
    const { x, y } = fromCoordinates([0, -0, 5], [0, 0, 5]);
    expect(buildTerritoryAdjacency(x, y).vertexCount).toBe(2);
  });

  test("a vertex order that is not a permutation is rejected", () => {
    const { x, y } = fromCoordinates([0, 1, 2], [0, 1, 0]);
    expect(() => buildTerritoryAdjacency(x, y, 3, [0, 1])).toThrow(
      "Vertex order has 2 entries for 3 practices"
    );
    expect(() => buildTerritoryAdjacency(x, y, 3, [0, 2, 2])).toThrow("Vertex order entry 2 (2)");
  });

  test("a non-finite position is rejected with its value", () => {
    const { x, y } = fromCoordinates([0, Number.NaN, 5], [0, 1, 5]);
    expect(() => buildTerritoryAdjacency(x, y)).toThrow("Practice 1: position (NaN, 1)");
  });
});
