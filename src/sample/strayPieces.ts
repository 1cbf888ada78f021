/**
 * Makes every sample CCG one contiguous territory (SPEC §3.2 pieces: practices connected through
 * shared Delaunay edges). Straight cuts through thinly populated country can leave a few practices
 * of a CCG cut off from the rest. A stray piece joins the neighbouring CCG it shares most edges
 * with; but for a CCG whose size matters (a deliberately small one) the piece is instead bridged to
 * its main piece, by taking over the few practices in between, when that changes its population
 * less.
 */

import type { PracticeAdjacency } from "./contiguity";
import type { PracticePoints } from "./placement";
import { findRoot } from "../engine/geo/unionFind";

/** Most passes (a moved piece can strand another). */
const MAX_PASSES = 4;
/** Most practices searched for a bridge from a stray piece to its main piece. */
const MAX_BRIDGE_SEARCH = 400;

/**
 * Joins or bridges stray pieces until every CCG is one piece (or no pass changes anything).
 * @param points List sizes.
 * @param ccgOfPractice CCG index per practice; changed in place.
 * @param adjacency Practice adjacency.
 * @param keep CCGs whose stray pieces may be bridged rather than given away, and which take in
 *   no other CCG's stray piece (e.g. the planned small CCGs).
 * @returns How many practices changed CCG.
 * @example joinStrayPieces(points, ccgOfPractice, practiceAdjacency(points)) // 37
 */
export function joinStrayPieces(
  points: PracticePoints,
  ccgOfPractice: Int32Array,
  adjacency: PracticeAdjacency,
  keep: ReadonlySet<number> = new Set()
): number {
  let moved = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const movedThisPass = joinOnce(points, ccgOfPractice, adjacency, keep);
    moved += movedThisPass;
    if (movedThisPass === 0) break;
  }
  return moved;
}

/** Piece of every practice (root index) and each CCG's most populous piece. */
function findPieces(
  points: PracticePoints,
  ccgOfPractice: Int32Array,
  adjacency: PracticeAdjacency
) {
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
  const pieceOf = new Int32Array(count);
  const piecePopulation = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    const root = findRoot(parent, p);
    pieceOf[p] = root;
    piecePopulation[root] = (piecePopulation[root] as number) + (points.listSize[p] as number);
  }
  const mainPiece = new Map<number, number>();
  for (let p = 0; p < count; p++) {
    if (pieceOf[p] !== p || offsets[p] === offsets[p + 1]) continue;
    const ccg = ccgOfPractice[p] as number;
    const best = mainPiece.get(ccg);
    if (best === undefined || (piecePopulation[p] as number) > (piecePopulation[best] as number))
      mainPiece.set(ccg, p);
  }
  return { pieceOf, mainPiece };
}

function joinOnce(
  points: PracticePoints,
  ccgOfPractice: Int32Array,
  adjacency: PracticeAdjacency,
  keep: ReadonlySet<number>
): number {
  const { count } = points;
  const { offsets, neighbours } = adjacency;
  const { pieceOf, mainPiece } = findPieces(points, ccgOfPractice, adjacency);
  const isStray = (p: number): boolean =>
    mainPiece.get(ccgOfPractice[p] as number) !== pieceOf[p] && offsets[p] !== offsets[p + 1];
  // Edges from each stray piece to other CCGs (never into a kept CCG); stray pieces of kept CCGs also listed.
  const contacts = new Map<number, Map<number, number>>();
  const keptStrays = new Map<number, number[]>();
  for (let a = 0; a < count; a++) {
    if (!isStray(a)) continue;
    const root = pieceOf[a] as number;
    if (keep.has(ccgOfPractice[a] as number)) {
      const members = keptStrays.get(root) ?? [];
      members.push(a);
      keptStrays.set(root, members);
    }
    for (let k = offsets[a] as number; k < (offsets[a + 1] as number); k++) {
      const other = ccgOfPractice[neighbours[k] as number] as number;
      if (other === ccgOfPractice[a] || keep.has(other)) continue;
      const byCcg = contacts.get(root) ?? new Map<number, number>();
      byCcg.set(other, (byCcg.get(other) ?? 0) + 1);
      contacts.set(root, byCcg);
    }
  }
  // A kept CCG's stray piece is bridged to its main piece when that changes its population less
  // than giving the piece away would.
  const bridges: [number[], number][] = [];
  for (const [root, members] of keptStrays) {
    const ccg = ccgOfPractice[members[0] as number] as number;
    const main = mainPiece.get(ccg) as number;
    const path = bridge(
      members,
      (q) => pieceOf[q] === main && ccgOfPractice[q] === ccg,
      adjacency,
      (q) => !keep.has(ccgOfPractice[q] as number)
    );
    const population = (list: readonly number[]): number =>
      list.reduce((sum, p) => sum + (points.listSize[p] as number), 0);
    if (path.length > 0 && population(path) <= population(members)) {
      bridges.push([path, ccg]);
      contacts.delete(root);
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
    const target = newCcgOfPiece.get(pieceOf[p] as number);
    if (target === undefined) continue;
    ccgOfPractice[p] = target;
    moved++;
  }
  for (const [path, ccg] of bridges) {
    for (const p of path) {
      if (ccgOfPractice[p] === ccg) continue;
      ccgOfPractice[p] = ccg;
      moved++;
    }
  }
  return moved;
}

/**
 * The practices on a shortest path (in edges) from a stray piece to its main piece, endpoints left
 * out; empty when none is found within {@link MAX_BRIDGE_SEARCH} practices.
 * @param from Practices of the stray piece.
 * @param isTarget True for practices of the main piece.
 * @param adjacency Practice adjacency.
 * @param mayCross True for practices the path may go through.
 */
function bridge(
  from: readonly number[],
  isTarget: (p: number) => boolean,
  adjacency: PracticeAdjacency,
  mayCross: (p: number) => boolean
): number[] {
  const cameFrom = new Map<number, number>(from.map((p) => [p, -1]));
  const queue = [...from];
  for (let head = 0; head < queue.length && cameFrom.size < MAX_BRIDGE_SEARCH; head++) {
    const p = queue[head] as number;
    for (let k = adjacency.offsets[p] as number; k < (adjacency.offsets[p + 1] as number); k++) {
      const q = adjacency.neighbours[k] as number;
      if (cameFrom.has(q)) continue;
      if (isTarget(q)) {
        const path: number[] = [];
        for (let step = p; cameFrom.get(step) !== -1; step = cameFrom.get(step) as number)
          path.push(step);
        return path;
      }
      if (!mayCross(q)) continue;
      cameFrom.set(q, p);
      queue.push(q);
    }
  }
  return [];
}
