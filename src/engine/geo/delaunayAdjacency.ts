/**
 * Territory adjacency (SPEC §3.2): one Delaunay triangulation over all practices.
 *
 * Co-located practices (identical x and y) are merged into one vertex before triangulating
 * (delaunator silently drops duplicates) and mapped back. Two practices are neighbours when
 * their vertices share a triangulation edge (their Voronoi cells touch) or they are co-located.
 * The graph is kept at vertex level (linear size even when many practices share a point);
 * practiceAdjacency.ts expands it to practices when a caller needs that view.
 */
import { borrowInt32, type WorkArrays } from "./workArrays";
import { arenaBytes, float64From, int32From, uint8From, type ArraySource } from "../typedArena";
import { triangulate, triangulationWorkLength } from "./triangulation";
import {
  hashTableSize,
  mergeCoLocated,
  positionsInOrder,
  vertexPositions,
} from "./coLocatedPositions";

/** Delaunay adjacency of the distinct practice positions, with the practices at each position. */
export interface TerritoryAdjacency {
  /** Number of practices. */
  readonly practiceCount: number;
  /** Number of distinct positions (vertices). */
  readonly vertexCount: number;
  /** Vertex of each practice. */
  readonly vertexOfPractice: Int32Array;
  /** Practices of vertex v: vertexPractices[vertexPracticeOffsets[v] … vertexPracticeOffsets[v+1]), ascending. */
  readonly vertexPracticeOffsets: Int32Array;
  readonly vertexPractices: Int32Array;
  /** Position of each vertex, interleaved: x of v at 2v, y at 2v + 1 (metres; as triangulated). */
  readonly vertexCoords: Float64Array;
  /** Neighbouring vertices of v: neighbourVertices[neighbourOffsets[v] … neighbourOffsets[v+1]). */
  readonly neighbourOffsets: Int32Array;
  readonly neighbourVertices: Int32Array;
  /** 1 when the vertex lies on the outer boundary (convex hull) of all practices. */
  readonly onOuterHull: Uint8Array;
}

/**
 * Entries of scratch ({@link WorkArrays}) that {@link buildTerritoryAdjacency} uses.
 * @param count Number of practices.
 * @returns Scratch length for `count` practices.
 * @example
 * const work = createWorkArrays(territoryAdjacencyWorkLength(points.count));
 */
export function territoryAdjacencyWorkLength(count: number): number {
  // The merge's hash table and vertex of each position; then the counting sorts' cursor (at most
  // `count` entries) and, after it, the triangulation's arrays.
  return Math.max(
    hashTableSize(count) + count,
    triangulationStart(count) + triangulationWorkLength(count)
  );
}

/** First scratch entry of the triangulation: after the cursor, even (its Float64 view comes first). */
function triangulationStart(count: number): number {
  return count + (count % 2);
}

/**
 * Bytes of the arrays {@link buildTerritoryAdjacency} keeps (its result) for `count` practices, at
 * most: a planar triangulation has under 3 edges per vertex, and each vertex it skips adds one join.
 * @param count Number of practices.
 * @returns Bytes for the kept arena ({@link createWorkArrays}).
 * @example
 * const work = createWorkArrays(territoryAdjacencyWorkLength(n), territoryAdjacencyKeptBytes(n));
 */
export function territoryAdjacencyKeptBytes(count: number): number {
  return arenaBytes(
    4 * count, // vertexOfPractice
    4 * (count + 1), // vertexPracticeOffsets
    4 * count, // vertexPractices
    16 * count, // vertexCoords (when positions repeat)
    count, // onOuterHull
    4 * (count + 1), // neighbourOffsets
    4 * 8 * count // neighbourVertices: 2 ends × (under 3 edges + 1 join) per vertex
  );
}

/** Sorts values[from … to) ascending (insertion sort for the usual handful). */
function sortRange(values: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    values.subarray(from, to).sort();
    return;
  }
  for (let j = from + 1; j < to; j++) {
    const item = values[j] as number;
    let i = j - 1;
    while (i >= from && (values[i] as number) > item) {
      values[i + 1] = values[i] as number;
      i--;
    }
    values[i + 1] = item;
  }
}

/**
 * Practices per vertex, ascending within a vertex (a counting sort over positions, which visits
 * vertices almost in order).
 * @param cursor Scratch of `vertexCount` entries.
 */
function practicesByVertex(
  count: number,
  vertexCount: number,
  order: ArrayLike<number> | undefined,
  vertexAt: Int32Array,
  cursor: Int32Array,
  kept: ArraySource
): { vertexPracticeOffsets: Int32Array; vertexPractices: Int32Array } {
  const vertexPracticeOffsets = int32From(kept, vertexCount + 1);
  const vertexPractices = int32From(kept, count);
  if (vertexCount === count) {
    // One practice per vertex: vertex v is the v-th practice of `order`.
    for (let v = 0; v < count; v++) {
      vertexPracticeOffsets[v + 1] = v + 1;
      vertexPractices[v] = order === undefined ? v : (order[v] as number);
    }
    return { vertexPracticeOffsets, vertexPractices };
  }
  for (let k = 0; k < count; k++) {
    const next = (vertexAt[k] as number) + 1;
    vertexPracticeOffsets[next] = (vertexPracticeOffsets[next] as number) + 1;
  }
  for (let v = 0; v < vertexCount; v++) {
    vertexPracticeOffsets[v + 1] =
      (vertexPracticeOffsets[v + 1] as number) + (vertexPracticeOffsets[v] as number);
  }
  cursor.set(vertexPracticeOffsets.subarray(0, vertexCount));
  for (let k = 0; k < count; k++) {
    const v = vertexAt[k] as number;
    const slot = cursor[v] as number;
    cursor[v] = slot + 1;
    vertexPractices[slot] = order === undefined ? k : (order[k] as number);
  }
  for (let v = 0; v < vertexCount; v++) {
    const from = vertexPracticeOffsets[v] as number;
    const to = vertexPracticeOffsets[v + 1] as number;
    if (to - from > 1) sortRange(vertexPractices, from, to);
  }
  return { vertexPracticeOffsets, vertexPractices };
}

/** Nearest other vertex by a linear scan (used only for the rare vertex delaunator skipped). */
function nearestVertex(v: number, vertexCoords: Float64Array, vertexCount: number): number {
  const vx = vertexCoords[2 * v] as number;
  const vy = vertexCoords[2 * v + 1] as number;
  let best = -1;
  let bestD = Infinity;
  for (let u = 0; u < vertexCount; u++) {
    if (u === v) continue;
    const dx = (vertexCoords[2 * u] as number) - vx;
    const dy = (vertexCoords[2 * u + 1] as number) - vy;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = u;
    }
  }
  return best;
}

/**
 * Throws unless `order` holds each of 0 … count − 1 exactly once.
 * @param seen Scratch of `count` zeros (left holding ones).
 */
function checkPermutation(order: ArrayLike<number>, count: number, seen: Int32Array): void {
  if (order.length !== count)
    throw new Error(`Vertex order has ${order.length} entries for ${count} practices.`);
  for (let k = 0; k < count; k++) {
    const i = order[k] as number;
    if (!Number.isInteger(i) || i < 0 || i >= count || seen[i] === 1) {
      throw new Error(
        `Vertex order entry ${k} (${i}) is not an unused practice index below ${count}.`
      );
    }
    seen[i] = 1;
  }
}

/** The edges of a triangulation, and the joins added for vertices it skipped. */
interface VertexEdges {
  readonly triangles: Uint32Array;
  readonly halfedges: Int32Array;
  readonly hull: Uint32Array;
  /** Extra edges (joinedA[k], joinedB[k]). */
  readonly joinedA: number[];
  readonly joinedB: number[];
}

/**
 * Visits every undirected edge once, always in the same order: each triangulation edge (or, when all
 * positions are on a line and there are no triangles, each step along the hull), then the extra joins.
 * Without `neighbourVertices` it counts: slot[v] += 1 for each end v. With it, it places each end's
 * neighbour at slot[v] (a cursor into the compressed rows) and advances the cursor.
 */
function placeEdges(
  edges: VertexEdges,
  slot: Int32Array,
  neighbourVertices: Int32Array | null
): void {
  const { triangles, halfedges, hull, joinedA, joinedB } = edges;
  const place = (a: number, b: number): void => {
    if (neighbourVertices === null) {
      slot[a] = (slot[a] as number) + 1;
      slot[b] = (slot[b] as number) + 1;
      return;
    }
    const slotA = slot[a] as number;
    const slotB = slot[b] as number;
    slot[a] = slotA + 1;
    slot[b] = slotB + 1;
    neighbourVertices[slotA] = b;
    neighbourVertices[slotB] = a;
  };
  if (triangles.length === 0) {
    for (let k = 0; k + 1 < hull.length; k++) place(hull[k] as number, hull[k + 1] as number);
  } else {
    for (let e = 0; e < triangles.length; e++) {
      if ((halfedges[e] as number) < e) {
        place(triangles[e] as number, triangles[e % 3 === 2 ? e - 2 : e + 1] as number);
      }
    }
  }
  for (let k = 0; k < joinedA.length; k++) place(joinedA[k] as number, joinedB[k] as number);
}

/**
 * Builds the territory adjacency of practices from one Delaunay triangulation.
 * Degenerate inputs are handled: no practices, one position, two positions, all positions on a
 * line (consecutive positions along the line are neighbours) and all practices co-located.
 * @param x Eastings in metres.
 * @param y Northings in metres.
 * @param count Number of practices (default: all of `x`).
 * @param order Optional permutation of practices in which vertices are numbered. A spatial order
 *   (e.g. a kd-tree's `ids`) keeps neighbouring vertices close in memory: on a million practices
 *   given in random order it makes the triangulation and everything after it markedly faster.
 *   The adjacency itself does not depend on it.
 * @param orderedCoords Optional positions of the practices in `order`, interleaved (a kd-tree's
 *   `coords`; entry k must hold exactly x and y of practice order[k]): co-located practices are
 *   found from them, and when no two practices share a position they serve as the vertices'
 *   positions, with no copy. Read only.
 * @param work Optional scratch of {@link territoryAdjacencyWorkLength} entries for temporaries.
 * @returns The vertex-level adjacency with its practice mapping.
 * @example
 * const adjacency = buildTerritoryAdjacency(points.x, points.y, points.count, index.ids, index.coords);
 */
export function buildTerritoryAdjacency(
  x: Float64Array,
  y: Float64Array,
  count: number = x.length,
  order?: ArrayLike<number>,
  orderedCoords?: Float64Array,
  work?: WorkArrays
): TerritoryAdjacency {
  if (!Number.isInteger(count) || count < 0 || count > x.length || count > y.length) {
    throw new Error(
      `Cannot triangulate ${count} practices from ${x.length} eastings and ${y.length} northings.`
    );
  }
  const kept = work?.kept;
  const vertexOfPractice = int32From(kept, count);
  // Every entry is written by the merge, so it can serve as the permutation check's scratch first.
  if (order !== undefined) checkPermutation(order, count, vertexOfPractice);
  // Interleaved and in `order`, as delaunator reads them and spatially ordered when `order` is.
  const positions =
    orderedCoords !== undefined && orderedCoords.length >= 2 * count
      ? orderedCoords
      : positionsInOrder(x, y, count, order);
  const tableSize = hashTableSize(count);
  const vertexAt = borrowInt32(work, tableSize, count);
  const { vertexCount, negativeZero } = mergeCoLocated(
    positions,
    count,
    order,
    vertexOfPractice,
    vertexAt,
    borrowInt32(work, 0, tableSize)
  );
  const vertexCoords =
    vertexCount === count && !negativeZero
      ? positions.subarray(0, 2 * count)
      : vertexPositions(
          positions,
          count,
          vertexAt,
          vertexCount,
          float64From(kept, 2 * vertexCount)
        );
  // The hash table is done with: its scratch serves as the cursor of both counting sorts.
  const cursor = borrowInt32(work, 0, vertexCount);
  const { vertexPracticeOffsets, vertexPractices } = practicesByVertex(
    count,
    vertexCount,
    order,
    vertexAt,
    cursor,
    kept
  );

  const onOuterHull = uint8From(kept, vertexCount);
  const neighbourOffsets = int32From(kept, vertexCount + 1);
  let neighbourVertices: Int32Array;
  if (vertexCount <= 1) {
    if (vertexCount === 1) onOuterHull[0] = 1;
    neighbourVertices = new Int32Array(0);
  } else {
    // In the scratch after the cursor (the hash table and vertexAt are done with).
    const { triangles, halfedges, hull } = triangulate(
      vertexCoords,
      work,
      triangulationStart(count)
    );
    for (let k = 0; k < hull.length; k++) onOuterHull[hull[k] as number] = 1;
    const edges: VertexEdges = { triangles, halfedges, hull, joinedA: [], joinedB: [] };
    // Degrees first (neighbourOffsets[v + 1] counts v's edges), then the skipped vertices' joins.
    const degree = neighbourOffsets.subarray(1);
    placeEdges(edges, degree, null);
    for (let v = 0; v < vertexCount; v++) {
      if (degree[v] === 0) {
        // A vertex delaunator skipped (near-duplicate in floating point) joins its nearest vertex.
        const nearest = nearestVertex(v, vertexCoords, vertexCount);
        edges.joinedA.push(v);
        edges.joinedB.push(nearest);
        degree[v] = 1;
        degree[nearest] = (degree[nearest] as number) + 1;
      }
    }
    for (let v = 0; v < vertexCount; v++) {
      neighbourOffsets[v + 1] =
        (neighbourOffsets[v + 1] as number) + (neighbourOffsets[v] as number);
    }
    neighbourVertices = int32From(kept, neighbourOffsets[vertexCount] as number);
    cursor.set(neighbourOffsets.subarray(0, vertexCount));
    placeEdges(edges, cursor, neighbourVertices);
  }

  return {
    practiceCount: count,
    vertexCount,
    vertexOfPractice,
    vertexPracticeOffsets,
    vertexPractices,
    vertexCoords,
    neighbourOffsets,
    neighbourVertices,
    onOuterHull,
  };
}
