/**
 * Practice adjacency in the SPEC §3.2 sense (practices are neighbours when they share a Delaunay
 * edge), used to make every sample CCG one contiguous territory and to check the deliberate
 * geography cases. Straight cuts through thinly populated country can leave a few practices of a
 * CCG cut off from the rest; each such stray piece joins the neighbouring CCG it shares most
 * edges with.
 */

import Delaunator from "delaunator";
import { wgs84ToBritishNationalGrid } from "../engine/geo/projection";
import type { PracticePoints } from "./placement";

/** Neighbours of practice p: `neighbours[offsets[p] … offsets[p + 1])`. */
export interface PracticeAdjacency {
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** 1 when the practice lies on the convex hull of all practices (the edge of the map). */
  readonly onHull: Uint8Array;
  /** British National Grid position of each practice: easting, northing (metres) interleaved. */
  readonly grid: Float64Array;
}

/** Most passes over the triangulation when joining stray pieces (a moved piece can strand another). */
const MAX_PASSES = 4;

/**
 * Triangulates the practices (on the British National Grid) and lists each one's neighbours.
 * @param points Practice positions (their rounded latitude and longitude are used).
 * @returns Compact adjacency; practices at an identical position to another get no neighbours.
 */
export function practiceAdjacency(points: PracticePoints): PracticeAdjacency {
  const { count } = points;
  const onHull = new Uint8Array(count);
  // Triangulate on the British National Grid, as the analysis does (Delaunay depends on the projection).
  const coords = new Float64Array(count * 2);
  for (let p = 0; p < count; p++) {
    const { easting, northing } = wgs84ToBritishNationalGrid(
      points.latitude[p] as number,
      points.longitude[p] as number
    );
    coords[2 * p] = easting;
    coords[2 * p + 1] = northing;
  }
  if (count < 3) {
    return {
      offsets: new Int32Array(count + 1),
      neighbours: new Int32Array(0),
      onHull: onHull.fill(1),
      grid: coords,
    };
  }
  const { triangles, halfedges, hull } = new Delaunator(coords);
  for (const p of hull) onHull[p] = 1;
  const degree = new Int32Array(count + 1);
  const eachEdge = (visit: (a: number, b: number) => void): void => {
    for (let e = 0; e < triangles.length; e++) {
      const twin = halfedges[e] as number;
      if (twin !== -1 && twin < e) continue;
      visit(triangles[e] as number, triangles[e % 3 === 2 ? e - 2 : e + 1] as number);
    }
  };
  eachEdge((a, b) => {
    degree[a + 1] = (degree[a + 1] as number) + 1;
    degree[b + 1] = (degree[b + 1] as number) + 1;
  });
  for (let p = 1; p <= count; p++) degree[p] = (degree[p] as number) + (degree[p - 1] as number);
  const offsets = degree.slice();
  const neighbours = new Int32Array(offsets[count] as number);
  const fill = offsets.slice(0, count);
  eachEdge((a, b) => {
    neighbours[fill[a] as number] = b;
    fill[a] = (fill[a] as number) + 1;
    neighbours[fill[b] as number] = a;
    fill[b] = (fill[b] as number) + 1;
  });
  return { offsets, neighbours, onHull, grid: coords };
}

/**
 * The CCGs, other than their own, that the given practices share an edge with.
 * @param adjacency Practice adjacency.
 * @param ccgOfPractice CCG index per practice.
 * @param practices Practices of one CCG.
 * @returns Neighbouring CCG indices.
 */
export function neighbouringCcgs(
  adjacency: PracticeAdjacency,
  ccgOfPractice: Int32Array,
  practices: readonly number[]
): Set<number> {
  const found = new Set<number>();
  for (const p of practices) {
    const own = ccgOfPractice[p];
    for (let k = adjacency.offsets[p] as number; k < (adjacency.offsets[p + 1] as number); k++) {
      const other = ccgOfPractice[adjacency.neighbours[k] as number] as number;
      if (other !== own) found.add(other);
    }
  }
  return found;
}

/**
 * Number of pieces (connected through same-CCG edges) among the practices of one CCG.
 * @param adjacency Practice adjacency.
 * @param ccgOfPractice CCG index per practice.
 * @param practices All practices of one CCG.
 * @returns The piece count (0 for no practices).
 */
export function countPieces(
  adjacency: PracticeAdjacency,
  ccgOfPractice: Int32Array,
  practices: readonly number[]
): number {
  const seen = new Set<number>();
  let pieces = 0;
  for (const start of practices) {
    if (seen.has(start)) continue;
    pieces++;
    const ccg = ccgOfPractice[start];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const p = stack.pop() as number;
      for (let k = adjacency.offsets[p] as number; k < (adjacency.offsets[p + 1] as number); k++) {
        const q = adjacency.neighbours[k] as number;
        if (ccgOfPractice[q] === ccg && !seen.has(q)) {
          seen.add(q);
          stack.push(q);
        }
      }
    }
  }
  return pieces;
}

/**
 * Moves stray pieces into their best-connected neighbouring CCG, in place.
 * @param points List sizes.
 * @param ccgOfPractice CCG index per practice; changed in place.
 * @param adjacency Practice adjacency from {@link practiceAdjacency}.
 * @returns How many practices changed CCG.
 */
export function joinStrayPieces(
  points: PracticePoints,
  ccgOfPractice: Int32Array,
  adjacency: PracticeAdjacency
): number {
  let moved = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const movedThisPass = joinOnce(points, ccgOfPractice, adjacency);
    moved += movedThisPass;
    if (movedThisPass === 0) break;
  }
  return moved;
}

function findRoot(parent: Int32Array, i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] as number;
  let node = i;
  while (parent[node] !== root) {
    const next = parent[node] as number;
    parent[node] = root;
    node = next;
  }
  return root;
}

function joinOnce(
  points: PracticePoints,
  ccgOfPractice: Int32Array,
  adjacency: PracticeAdjacency
): number {
  const { count } = points;
  const { offsets, neighbours } = adjacency;
  const parent = new Int32Array(count);
  for (let p = 0; p < count; p++) parent[p] = p;
  for (let a = 0; a < count; a++) {
    for (let k = offsets[a] as number; k < (offsets[a + 1] as number); k++) {
      const b = neighbours[k] as number;
      if (b < a || ccgOfPractice[a] !== ccgOfPractice[b]) continue;
      const ra = findRoot(parent, a);
      const rb = findRoot(parent, b);
      if (ra !== rb) parent[ra] = rb;
    }
  }
  // Population of each piece (indexed by its root), and each CCG's most populous piece.
  const piecePopulation = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    const root = findRoot(parent, p);
    piecePopulation[root] = (piecePopulation[root] as number) + (points.listSize[p] as number);
  }
  const mainPiece = new Map<number, number>();
  for (let p = 0; p < count; p++) {
    if (parent[p] !== p || offsets[p] === offsets[p + 1]) continue;
    const ccg = ccgOfPractice[p] as number;
    const best = mainPiece.get(ccg);
    if (best === undefined || (piecePopulation[p] as number) > (piecePopulation[best] as number))
      mainPiece.set(ccg, p);
  }
  // Edges from each stray piece to other CCGs.
  const contacts = new Map<number, Map<number, number>>();
  for (let a = 0; a < count; a++) {
    const root = findRoot(parent, a);
    if (mainPiece.get(ccgOfPractice[a] as number) === root) continue;
    for (let k = offsets[a] as number; k < (offsets[a + 1] as number); k++) {
      const other = ccgOfPractice[neighbours[k] as number] as number;
      if (other === ccgOfPractice[a]) continue;
      let byCcg = contacts.get(root);
      if (byCcg === undefined) {
        byCcg = new Map();
        contacts.set(root, byCcg);
      }
      byCcg.set(other, (byCcg.get(other) ?? 0) + 1);
    }
  }
  const newCcgOfPiece = new Map<number, number>();
  contacts.forEach((byCcg, root) => {
    let bestCcg = -1;
    let bestEdges = 0;
    byCcg.forEach((edges, ccg) => {
      if (edges > bestEdges || (edges === bestEdges && ccg < bestCcg))
        [bestCcg, bestEdges] = [ccg, edges];
    });
    if (bestCcg >= 0) newCcgOfPiece.set(root, bestCcg);
  });
  let moved = 0;
  for (let p = 0; p < count; p++) {
    const target = newCcgOfPiece.get(findRoot(parent, p));
    if (target === undefined) continue;
    ccgOfPractice[p] = target;
    moved++;
  }
  return moved;
}
