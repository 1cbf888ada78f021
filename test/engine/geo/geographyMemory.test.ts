/**
 * The geography's memory plan: its scratch and kept arrays come from one allocation, its per-practice
 * results from the caller's arena, with the same results as separate arrays. The size estimates are
 * checked here: a low one would not change results, only bring back allocations (and collections).
 */
import {
  analyseGeography,
  createGeographyWork,
  DEFAULT_GEOGRAPHY_OPTIONS,
  geographyOutputBytes,
} from "../../../src/engine/geo/coherence";
import { buildTerritoryAdjacency } from "../../../src/engine/geo/delaunayAdjacency";
import { findBorderCandidates } from "../../../src/engine/geo/borderCandidates";
import {
  borderCandidateArena,
  neighbourPurityWorkLength,
} from "../../../src/engine/geo/neighbourPurity";
import { buildPracticeIndex } from "../../../src/engine/geo/practiceIndex";
import type { PackedPractices } from "../../../src/engine/geo/types";
import { TypedArena } from "../../../src/engine/typedArena";
import { randomLayout } from "./helpers/seededLayouts";

const collinear: PackedPractices = (() => {
  const count = 60;
  const x = Float64Array.from({ length: count }, (_, i) => i * 250);
  return {
    count,
    x,
    y: Float64Array.from(x, (value) => value / 2),
    weight: new Float64Array(count).fill(1000),
    group: Int32Array.from({ length: count }, (_, i) => Math.floor(i / 20)),
    groupCount: 3,
  };
})();

const layouts: Array<[string, PackedPractices]> = [
  ["uniform", randomLayout({ kind: "uniform", count: 3000, groupCount: 40, seed: 61 })],
  ["clustered", randomLayout({ kind: "clustered", count: 3000, groupCount: 40, seed: 62 })],
  [
    "clustered, rounded to 500 m",
    randomLayout({ kind: "clustered", count: 2000, groupCount: 30, seed: 63, roundM: 500 }),
  ],
  [
    "uniform, 40% co-located",
    randomLayout({ kind: "uniform", count: 2000, groupCount: 20, seed: 64, duplicateShare: 0.4 }),
  ],
  ["collinear", collinear],
];

describe.each(layouts)("geography memory, %s layout", (_name, points) => {
  const { count, x, y } = points;

  test("the adjacency fits the kept bytes estimated for it, the border candidates the scratch after it", () => {
    const index = buildPracticeIndex(x, y, count);
    const work = createGeographyWork(count, points.groupCount);
    const adjacency = buildTerritoryAdjacency(x, y, count, index.ids, index.coords, work);
    expect(work.kept.overflowBytes).toBe(0);
    expect(adjacency.neighbourVertices.buffer).toBe(work.buffer.buffer);
    // Leftovers of the triangulation in the scratch must not show in the candidates.
    const arena = borderCandidateArena(work, count);
    const candidates = findBorderCandidates(
      x,
      y,
      points.group,
      points.groupCount,
      adjacency,
      arena
    );
    expect(arena?.overflowBytes).toBe(0);
    expect(candidates.coords.buffer).toBe(work.buffer.buffer);
    expect(candidates.coords.byteOffset).toBeGreaterThanOrEqual(
      work.buffer.byteOffset + 4 * neighbourPurityWorkLength(count)
    );
    const plainCandidates = findBorderCandidates(x, y, points.group, points.groupCount, adjacency);
    expect(candidates.offsets).toEqual(plainCandidates.offsets);
    expect(candidates.practices).toEqual(plainCandidates.practices);
    expect(candidates.coords).toEqual(plainCandidates.coords);
    expect(candidates.boxes).toEqual(plainCandidates.boxes);
    // The same adjacency as with arrays of its own.
    const plain = buildTerritoryAdjacency(x, y, count, index.ids, index.coords);
    expect(adjacency.neighbourOffsets).toEqual(plain.neighbourOffsets);
    expect(adjacency.neighbourVertices).toEqual(plain.neighbourVertices);
    expect(adjacency.vertexPractices).toEqual(plain.vertexPractices);
    expect(adjacency.onOuterHull).toEqual(plain.onOuterHull);
  });

  test("per-practice results come from the caller's arena, the same as without one", () => {
    const outputs = new TypedArena(geographyOutputBytes(count));
    const inArena = analyseGeography(
      points,
      DEFAULT_GEOGRAPHY_OPTIONS,
      createGeographyWork(count, points.groupCount, outputs)
    );
    const plain = analyseGeography(points, DEFAULT_GEOGRAPHY_OPTIONS);
    expect(outputs.overflowBytes).toBe(0);
    for (const array of Object.values(inArena.practices)) expect(array.buffer).toBe(outputs.buffer);
    expect(inArena.practices).toEqual(plain.practices);
    expect(inArena.groups).toEqual(plain.groups);
  });
});
