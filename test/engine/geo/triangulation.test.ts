import Delaunator from "delaunator";
import { triangulate, triangulationWorkLength } from "../../../src/engine/geo/triangulation";
import {
  borrowFloat64,
  borrowInt32,
  borrowUint32,
  createWorkArrays,
} from "../../../src/engine/geo/workArrays";
import { mulberry32 } from "./helpers/seededLayouts";

/** Interleaved positions. */
function positions(count: number, place: (i: number) => [number, number]): Float64Array {
  const coords = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) [coords[2 * i], coords[2 * i + 1]] = place(i);
  return coords;
}

const random = mulberry32(7);
const cases: Array<[string, Float64Array]> = [
  ["uniform", positions(500, () => [random() * 1e5, random() * 1e5])],
  ["grid (many co-circular)", positions(400, (i) => [(i % 20) * 100, Math.floor(i / 20) * 100])],
  [
    "rounded to 1 km",
    positions(400, () => [Math.round(random() * 30) * 1000, Math.round(random() * 30) * 1000]),
  ],
  ["collinear", positions(50, (i) => [i * 10, i * 5])],
  ["three", positions(3, (i) => [i, i * i])],
  ["two", positions(2, (i) => [i, 0])],
  ["one", positions(1, () => [5, 5])],
  ["none", new Float64Array(0)],
];

describe.each(cases)("triangulation in scratch, %s", (_name, coords) => {
  const expected = new Delaunator(coords);
  const n = coords.length >> 1;

  test("matches new Delaunator(coords) exactly, over scratch full of leftovers", () => {
    const from = 6;
    const work = createWorkArrays(from + triangulationWorkLength(n));
    // Whatever an earlier stage left in the scratch must not matter.
    const leftovers = mulberry32(n + 1);
    for (let i = 0; i < work.buffer.length; i++)
      work.buffer[i] = Math.floor(leftovers() * 2 ** 31) - 2 ** 30;
    const result = triangulate(coords, work, from);
    expect(Array.from(result.triangles)).toEqual(Array.from(expected.triangles));
    expect(Array.from(result.halfedges)).toEqual(Array.from(expected.halfedges));
    expect(Array.from(result.hull)).toEqual(Array.from(expected.hull));
    if (result.triangles.length > 0) expect(result.triangles.buffer).toBe(work.buffer.buffer);
  });

  test("falls back to delaunator's own arrays when the scratch is short", () => {
    const work = createWorkArrays(Math.max(triangulationWorkLength(n) - 1, 0));
    const result = triangulate(coords, work, 0);
    expect(Array.from(result.triangles)).toEqual(Array.from(expected.triangles));
    expect(Array.from(triangulate(coords, undefined, 0).halfedges)).toEqual(
      Array.from(expected.halfedges)
    );
  });
});

describe("scratch views", () => {
  test("Uint32 and Float64 views share the Int32 scratch's memory", () => {
    const work = createWorkArrays(10);
    borrowUint32(work, 2, 2)[0] = 7;
    expect(borrowInt32(work, 2, 1)[0]).toBe(7);
    const d = borrowFloat64(work, 4, 2);
    d[1] = 1;
    expect(borrowInt32(work, 7, 1)[0]).not.toBe(0);
  });

  test("a Float64 view must start at an even entry; short scratch gives new arrays", () => {
    const work = createWorkArrays(4);
    expect(() => borrowFloat64(work, 1, 1)).toThrow("even entry");
    expect(borrowFloat64(work, 2, 2).buffer).not.toBe(work.buffer.buffer);
    expect(borrowUint32(undefined, 0, 3)).toEqual(new Uint32Array(3));
  });
});
