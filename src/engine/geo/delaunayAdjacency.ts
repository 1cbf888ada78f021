/**
 * Territory adjacency (SPEC §3.2): one Delaunay triangulation over all practices.
 *
 * Co-located practices (identical x and y) are merged into one vertex before triangulating
 * (delaunator silently drops duplicates) and mapped back. Two practices are neighbours when
 * their vertices share a triangulation edge (their Voronoi cells touch) or they are co-located.
 * The graph is kept at vertex level (linear size even when many practices share a point);
 * practiceAdjacency.ts expands it to practices when a caller needs that view.
 */
import Delaunator from "delaunator";
import { interleavedPositions, mergeCoLocated, vertexPositions } from "./coLocatedPositions";

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
 */
function practicesByVertex(
  vertexCount: number,
  vertexAt: Int32Array,
  order: ArrayLike<number>
): { vertexPracticeOffsets: Int32Array; vertexPractices: Int32Array } {
  const count = vertexAt.length;
  const vertexPracticeOffsets = new Int32Array(vertexCount + 1);
  const vertexPractices = new Int32Array(count);
  if (vertexCount === count) {
    // One practice per vertex: vertex v is the v-th practice of `order`.
    for (let v = 0; v < count; v++) {
      vertexPracticeOffsets[v + 1] = v + 1;
      vertexPractices[v] = order[v] as number;
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
  const cursor = vertexPracticeOffsets.slice(0, vertexCount);
  for (let k = 0; k < count; k++) {
    const v = vertexAt[k] as number;
    const slot = cursor[v] as number;
    cursor[v] = slot + 1;
    vertexPractices[slot] = order[k] as number;
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

/** Throws unless `order` holds each of 0 … count − 1 exactly once. */
function checkPermutation(order: ArrayLike<number>, count: number): void {
  if (order.length !== count) {
    throw new Error(`Vertex order has ${order.length} entries for ${count} practices.`);
  }
  const seen = new Uint8Array(count);
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

/**
 * Builds the territory adjacency of practices from one Delaunay triangulation (`new Delaunator`).
 * Degenerate inputs are handled: no practices, one position, two positions, all positions on a
 * line (consecutive positions along the line are neighbours) and all practices co-located.
 * @param x Eastings in metres.
 * @param y Northings in metres.
 * @param count Number of practices (default: all of `x`).
 * @param order Optional permutation of the practices in which vertices are numbered (default: index
 *   order). A spatial order (practiceIndex.ts `spatialOrder`) keeps neighbouring vertices close in memory, which
 *   makes a million practices given in random order markedly quicker to triangulate and to search.
 *   The adjacency itself does not depend on it.
 * @returns The vertex-level adjacency with its practice mapping.
 * @example
 * const adjacency = buildTerritoryAdjacency(points.x, points.y, points.count);
 */
export function buildTerritoryAdjacency(
  x: Float64Array,
  y: Float64Array,
  count: number = x.length,
  order?: ArrayLike<number>
): TerritoryAdjacency {
  if (!Number.isInteger(count) || count < 0 || count > x.length || count > y.length) {
    throw new Error(
      `Cannot triangulate ${count} practices from ${x.length} eastings and ${y.length} northings.`
    );
  }
  const practiceOrder = order ?? Int32Array.from({ length: count }, (_, i) => i);
  if (order !== undefined) checkPermutation(order, count);
  // Interleaved in `order`, as delaunator reads them.
  const positions = interleavedPositions(x, y, practiceOrder);
  const { vertexCount, vertexAt } = mergeCoLocated(positions);
  const vertexOfPractice = new Int32Array(count);
  for (let k = 0; k < count; k++)
    vertexOfPractice[practiceOrder[k] as number] = vertexAt[k] as number;
  const vertexCoords =
    vertexCount === count ? positions : vertexPositions(positions, vertexAt, vertexCount);
  const { vertexPracticeOffsets, vertexPractices } = practicesByVertex(
    vertexCount,
    vertexAt,
    practiceOrder
  );

  const onOuterHull = new Uint8Array(vertexCount);
  const neighbourOffsets = new Int32Array(vertexCount + 1);
  let neighbourVertices: Int32Array;
  if (vertexCount <= 1) {
    if (vertexCount === 1) onOuterHull[0] = 1;
    neighbourVertices = new Int32Array(0);
  } else {
    const { triangles, halfedges, hull } = new Delaunator(vertexCoords);
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
    neighbourVertices = new Int32Array(neighbourOffsets[vertexCount] as number);
    placeEdges(edges, neighbourOffsets.slice(0, vertexCount), neighbourVertices);
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
