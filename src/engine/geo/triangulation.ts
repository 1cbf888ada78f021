/**
 * delaunator's triangulation, with its arrays lent from the analysis scratch (workArrays.ts).
 *
 * `new Delaunator(coords)` allocates its own arrays: about 72 MB in eight allocations for a million
 * positions, used only until the adjacency is built. Here the same object is set up over views of
 * the scratch and triangulated by its public `update()`, which delaunator documents for re-running
 * on arrays it already has (so it reads nothing it has not written). The fields set are delaunator's
 * own (5.1.0, pinned in package.json); triangulation.test.ts checks the result against
 * `new Delaunator(coords)`, so a version that changes them fails there, not silently.
 */
import Delaunator from "delaunator";
import { borrowFloat64, borrowInt32, borrowUint32, type WorkArrays } from "./workArrays";

/** A triangulation as delaunator gives it. */
export interface Triangulation {
  /** Vertex indices, three per triangle, counter-clockwise. */
  readonly triangles: Uint32Array;
  /** Opposite half-edge of each half-edge, -1 on the hull. */
  readonly halfedges: Int32Array;
  /** Hull vertices, counter-clockwise. */
  readonly hull: Uint32Array;
}

/** The fields delaunator's constructor sets before calling `update()`. */
interface DelaunatorState {
  coords: Float64Array;
  _triangles: Uint32Array;
  _halfedges: Int32Array;
  _hashSize: number;
  _hullPrev: Uint32Array;
  _hullNext: Uint32Array;
  _hullTri: Uint32Array;
  _hullHash: Int32Array;
  _ids: Uint32Array;
  _dists: Float64Array;
  trianglesLen: number;
  _cx: number;
  _cy: number;
  _hullStart: number;
  hull: Uint32Array;
  triangles: Uint32Array;
  halfedges: Int32Array;
  update(): void;
}

/** Triangle slots delaunator reserves for `vertexCount` positions (three entries each). */
function triangleEntries(vertexCount: number): number {
  return 3 * Math.max(2 * vertexCount - 5, 0);
}

/**
 * Int32 entries of scratch {@link triangulate} uses for `vertexCount` positions.
 * @param vertexCount Number of positions.
 * @returns Scratch length.
 * @example
 * const length = triangulationWorkLength(count);
 */
export function triangulationWorkLength(vertexCount: number): number {
  const hashSize = Math.ceil(Math.sqrt(vertexCount));
  // dists (Float64) first, then triangles, halfedges, hull prev / next / triangle, ids and hash.
  return 2 * vertexCount + 2 * triangleEntries(vertexCount) + 4 * vertexCount + hashSize;
}

/**
 * Delaunay triangulation of interleaved positions (delaunator), its arrays in scratch entries
 * [from, from + {@link triangulationWorkLength}) when `work` holds them, else delaunator's own.
 * The result is valid until that scratch is lent again.
 * @param coords Positions, interleaved (x at 2v, y at 2v + 1).
 * @param work Scratch, if any.
 * @param from First scratch entry to use: even.
 * @returns Triangles, half-edges and hull, as `new Delaunator(coords)` gives them.
 * @example
 * const { triangles, halfedges, hull } = triangulate(vertexCoords, work, count + (count % 2));
 */
export function triangulate(
  coords: Float64Array,
  work: WorkArrays | undefined,
  from: number
): Triangulation {
  const n = coords.length >> 1;
  if (work === undefined || work.buffer.length < from + triangulationWorkLength(n)) {
    const { triangles, halfedges, hull } = new Delaunator(coords);
    return { triangles, halfedges, hull };
  }
  const entries = triangleEntries(n);
  const hashSize = Math.ceil(Math.sqrt(n));
  let at = from;
  const take = (length: number): number => {
    const start = at;
    at += length;
    return start;
  };
  const state = Object.create(Delaunator.prototype) as DelaunatorState;
  state.coords = coords;
  state._dists = borrowFloat64(work, take(2 * n), n);
  state._triangles = borrowUint32(work, take(entries), entries);
  state._halfedges = borrowInt32(work, take(entries), entries);
  state._hashSize = hashSize;
  state._hullPrev = borrowUint32(work, take(n), n);
  state._hullNext = borrowUint32(work, take(n), n);
  state._hullTri = borrowUint32(work, take(n), n);
  state._ids = borrowUint32(work, take(n), n);
  state._hullHash = borrowInt32(work, take(hashSize), hashSize);
  state.trianglesLen = 0;
  state._cx = 0;
  state._cy = 0;
  state._hullStart = 0;
  state.hull = state._triangles;
  state.triangles = state._triangles;
  state.halfedges = state._halfedges;
  state.update();
  return { triangles: state.triangles, halfedges: state.halfedges, hull: state.hull };
}
