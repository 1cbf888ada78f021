import { buildTerritoryAdjacency } from "../../../src/engine/geo/delaunayAdjacency";
import { practiceAdjacency } from "../../../src/engine/geo/practiceAdjacency";
import { findSurroundingGroups } from "../../../src/engine/geo/enclosure";
import type { PackedPractices } from "../../../src/engine/geo/types";
import { cross } from "./helpers/bruteForce";
import { packKm, randomLayout } from "./helpers/seededLayouts";

type Row = [number, number, number, number];

function circle(radiusKm: number, practices: number, group: number, phase = 0): Row[] {
  return Array.from({ length: practices }, (_, i): Row => {
    const angle = phase + (2 * Math.PI * i) / practices;
    return [radiusKm * Math.cos(angle), radiusKm * Math.sin(angle), 1000, group];
  });
}

const blob: Row[] = [
  [0, 0, 1000, 1],
  [0.5, 0, 1000, 1],
  [-0.5, 0, 1000, 1],
  [0, 0.5, 1000, 1],
  [0, -0.5, 1000, 1],
];

function surroundedBy(points: PackedPractices): number[] {
  return Array.from(
    findSurroundingGroups(points, buildTerritoryAdjacency(points.x, points.y, points.count))
  );
}

describe("enclosure", () => {
  test("a blob inside a ring is surrounded by the ring; the ring and the outer (coastal) ring are not", () => {
    // Group 1 (B) blob, group 0 (A) ring at 5 km, group 2 (C) ring at 12 km on the outside.
    const points = packKm([...circle(5, 12, 0), ...blob, ...circle(12, 16, 2, 0.1)], 3);
    expect(surroundedBy(points)).toEqual([-1, 0, -1]);
  });

  test("a coastal group touching a single neighbour is not surrounded", () => {
    // Without the outer ring, A is on the outer hull: its only cross neighbour is B, yet not enclosed.
    const points = packKm([...circle(5, 12, 0), ...blob], 2);
    expect(surroundedBy(points)).toEqual([-1, 0]);
  });

  test("a blob touching two groups is not surrounded", () => {
    const ring = circle(5, 12, 0).map(([x, y, w, g], i): Row => [x, y, w, i < 6 ? g : 3]);
    const points = packKm([...ring, ...blob, ...circle(12, 16, 2, 0.1)], 4);
    expect(surroundedBy(points)).toEqual([-1, -1, -1, -1]);
  });

  test("a practice of another group at the same position counts as a neighbour", () => {
    const points = packKm(
      [...circle(5, 12, 0), ...blob, [0, 0, 10, 3], ...circle(12, 16, 2, 0.1)],
      4
    );
    expect(surroundedBy(points)[1]).toBe(-1);
    // Group 3's single practice shares a point with B and touches only B: surrounded by B.
    expect(surroundedBy(points)[3]).toBe(1);
  });

  test("groups without practices, and a single group, are never surrounded", () => {
    expect(surroundedBy(packKm([], 2))).toEqual([-1, -1]);
    expect(surroundedBy(packKm(blob, 3))).toEqual([-1, -1, -1]);
  });

  test("random layout: matches the definition computed by brute force", () => {
    const base = randomLayout({
      kind: "clustered",
      count: 400,
      groupCount: 30,
      seed: 31,
      noiseShare: 0.02,
      duplicateShare: 0.1,
    });
    // Add a one-practice group on top of a practice whose territory neighbours are all in its
    // own group, so that the layout surely holds an enclosed group.
    const baseAdjacency = practiceAdjacency(buildTerritoryAdjacency(base.x, base.y, base.count));
    let host = -1;
    for (let p = 0; p < base.count && host < 0; p++) {
      const list = baseAdjacency.neighbours.subarray(
        baseAdjacency.offsets[p] as number,
        baseAdjacency.offsets[p + 1] as number
      );
      if (list.length > 3 && list.every((q) => base.group[q] === base.group[p])) host = p;
    }
    expect(host).toBeGreaterThanOrEqual(0);
    const points: PackedPractices = {
      count: base.count + 1,
      x: Float64Array.of(...base.x, base.x[host] as number),
      y: Float64Array.of(...base.y, base.y[host] as number),
      weight: Float64Array.of(...base.weight, 500),
      group: Int32Array.of(...base.group, base.groupCount),
      groupCount: base.groupCount + 1,
    };
    const adjacency = buildTerritoryAdjacency(points.x, points.y, points.count);
    const { offsets, neighbours } = practiceAdjacency(adjacency);
    const n = points.count;
    const onBoundary = (p: number): boolean => {
      for (let a = 0; a < n; a++) {
        if (points.x[a] === points.x[p] && points.y[a] === points.y[p]) continue;
        let left = 0;
        let right = 0;
        for (let c = 0; c < n; c++) {
          const s = cross(
            points.x[p] as number,
            points.y[p] as number,
            points.x[a] as number,
            points.y[a] as number,
            points.x[c] as number,
            points.y[c] as number
          );
          if (s > 0) left++;
          else if (s < 0) right++;
        }
        if (left === 0 || right === 0) return true;
      }
      return false;
    };
    const expected: number[] = [];
    for (let g = 0; g < points.groupCount; g++) {
      const others = new Set<number>();
      let outer = false;
      let present = false;
      for (let p = 0; p < n; p++) {
        if (points.group[p] !== g) continue;
        present = true;
        if (onBoundary(p)) outer = true;
        for (let k = offsets[p] as number; k < (offsets[p + 1] as number); k++) {
          const h = points.group[neighbours[k] as number] as number;
          if (h !== g) others.add(h);
        }
      }
      expected.push(present && !outer && others.size === 1 ? ([...others][0] as number) : -1);
    }
    const got = surroundedBy(points);
    expect(got).toEqual(expected);
    expect(got[base.groupCount]).toBe(base.group[host]);
  });
});
