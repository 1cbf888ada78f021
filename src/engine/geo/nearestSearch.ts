/**
 * Exact nearest-neighbour searches over a kdbush layout (kdbush itself only answers range and
 * radius queries). Depth-first branch-and-bound over the kd-sorted arrays, in the manner of
 * mourner's geokdbush `around`, without allocating per query. The k-nearest search of an
 * indexed practice starts at its own leaf and climbs (its own leaf gives a tight bound at once),
 * which is about a third faster than descending from the root.
 *
 * Candidates are ordered by (distance, practice index): ties at equal distance go to the lower
 * practice index, so results are deterministic. Co-located practices are at distance 0.
 */
import type { PracticeIndex, SearchScratch } from "./practiceIndex";
import { createSearchScratch, descendToPosition } from "./practiceIndex";

/** Exact k nearest neighbours of every practice. */
export interface NearestNeighbours {
  /** Neighbours per practice (min(requested, count − 1)). */
  readonly k: number;
  /** Practice p's neighbours are neighbours[p·k … p·k + k), nearest first (ties: lower index first). */
  readonly neighbours: Int32Array;
  /** Matching distances in metres. */
  readonly distanceM: Float64Array;
}

/**
 * Depth-first search of the subtree [left, right] for the k nearest to (qx, qy), skipping
 * position `self`, merging into the sorted best lists that already hold `found` entries.
 * @returns The new number of entries (≤ k).
 */
function searchSubtree(
  index: PracticeIndex,
  left0: number,
  right0: number,
  axis0: number,
  bound0: number,
  qx: number,
  qy: number,
  self: number,
  k: number,
  found0: number,
  bestPosition: Int32Array,
  bestId: Int32Array,
  bestD: Float64Array,
  stack: Float64Array
): number {
  const { ids, coords, nodeSize } = index;
  let found = found0;
  let sp = 0;
  stack[sp++] = left0;
  stack[sp++] = right0;
  stack[sp++] = axis0;
  stack[sp++] = axis0 === 0 ? 0 : bound0;
  stack[sp++] = axis0 === 0 ? bound0 : 0;
  while (sp > 0) {
    // Lower bounds of the squared distance along each axis: their sum bounds the subtree.
    const boundY = stack[--sp] as number;
    const boundX = stack[--sp] as number;
    const bound = boundX + boundY;
    const axis = stack[--sp] as number;
    const right = stack[--sp] as number;
    const left = stack[--sp] as number;
    if (found === k && bound > (bestD[k - 1] as number)) continue;
    const leaf = right - left <= nodeSize;
    const m = leaf ? left : (left + right) >> 1;
    const last = leaf ? right : m;
    // A leaf: every point in it. An inner node: its median point, then both halves.
    for (let i = m; i <= last; i++) {
      if (i === self) continue;
      const dx = (coords[2 * i] as number) - qx;
      const dy = (coords[2 * i + 1] as number) - qy;
      const d = dx * dx + dy * dy;
      const id = ids[i] as number;
      if (found === k) {
        const worst = bestD[k - 1] as number;
        if (d > worst || (d === worst && id > (bestId[k - 1] as number))) continue;
      }
      let j = found < k ? found++ : k - 1;
      while (j > 0) {
        const pd = bestD[j - 1] as number;
        if (pd < d || (pd === d && (bestId[j - 1] as number) < id)) break;
        bestD[j] = pd;
        bestId[j] = bestId[j - 1] as number;
        bestPosition[j] = bestPosition[j - 1] as number;
        j--;
      }
      bestD[j] = d;
      bestId[j] = id;
      bestPosition[j] = i;
    }
    if (leaf) continue;
    const split = axis === 0 ? qx - (coords[2 * m] as number) : qy - (coords[2 * m + 1] as number);
    const far = split * split;
    const farX = axis === 0 ? Math.max(boundX, far) : boundX;
    const farY = axis === 0 ? boundY : Math.max(boundY, far);
    // Push the far half first so the near half is searched first.
    if (split < 0) {
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
      stack[sp++] = farX;
      stack[sp++] = farY;
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
      stack[sp++] = boundX;
      stack[sp++] = boundY;
    } else {
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
      stack[sp++] = farX;
      stack[sp++] = farY;
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
      stack[sp++] = boundX;
      stack[sp++] = boundY;
    }
  }
  return found;
}

/**
 * k nearest practices to the practice at kd position `position` (itself excluded), sorted by
 * (distance², practice index). Starts at the deepest node holding the position and climbs,
 * searching each sibling subtree only when it can hold something nearer.
 * @param index From {@link buildPracticeIndex}.
 * @param position kd position of the query practice (0 … count − 1).
 * @param k Neighbours wanted (≥ 1).
 * @param bestPosition Out: kd positions of the neighbours (length ≥ k).
 * @param bestId Out: their practice indices.
 * @param bestD Out: their squared distances (m²).
 * @param scratch From {@link createSearchScratch}.
 * @returns How many were found (≤ k).
 * @example
 * const found = searchNearestToIndexed(index, 0, 6, positions, ids, d2, createSearchScratch(index));
 */
export function searchNearestToIndexed(
  index: PracticeIndex,
  position: number,
  k: number,
  bestPosition: Int32Array,
  bestId: Int32Array,
  bestD: Float64Array,
  scratch: SearchScratch
): number {
  const { coords } = index;
  const { stack, path } = scratch;
  const qx = coords[2 * position] as number;
  const qy = coords[2 * position + 1] as number;
  const depth = descendToPosition(index, position, path);
  const left = path[3 * depth] as number;
  const right = path[3 * depth + 1] as number;
  const axis = path[3 * depth + 2] as number;
  let found = searchSubtree(
    index,
    left,
    right,
    axis,
    0,
    qx,
    qy,
    position,
    k,
    0,
    bestPosition,
    bestId,
    bestD,
    stack
  );
  // Climb: at each ancestor, its median and the sibling subtree are at least |split| away.
  for (let level = depth - 1; level >= 0; level--) {
    const l = path[3 * level] as number;
    const r = path[3 * level + 1] as number;
    const a = path[3 * level + 2] as number;
    const m = (l + r) >> 1;
    const split = a === 0 ? qx - (coords[2 * m] as number) : qy - (coords[2 * m + 1] as number);
    const bound = split * split;
    if (found === k && bound > (bestD[k - 1] as number)) continue;
    found = searchSubtree(
      index,
      m,
      m,
      a,
      bound,
      qx,
      qy,
      position,
      k,
      found,
      bestPosition,
      bestId,
      bestD,
      stack
    );
    if (position < m) {
      found = searchSubtree(
        index,
        m + 1,
        r,
        1 - a,
        bound,
        qx,
        qy,
        position,
        k,
        found,
        bestPosition,
        bestId,
        bestD,
        stack
      );
    } else {
      found = searchSubtree(
        index,
        l,
        m - 1,
        1 - a,
        bound,
        qx,
        qy,
        position,
        k,
        found,
        bestPosition,
        bestId,
        bestD,
        stack
      );
    }
  }
  return found;
}

/**
 * Exact k nearest practices of every practice (not an all-pairs scan).
 * @param index From {@link buildPracticeIndex}.
 * @param neighbourCount Requested k; the result uses min(k, count − 1).
 * @returns Neighbours and distances per practice, nearest first.
 * @example
 * const { k, neighbours } = findNearestNeighbours(index, 6);
 */
export function findNearestNeighbours(
  index: PracticeIndex,
  neighbourCount: number
): NearestNeighbours {
  if (!Number.isInteger(neighbourCount) || neighbourCount < 1) {
    throw new Error(`Neighbour count ${neighbourCount} is not a whole number of at least 1.`);
  }
  const { count, ids } = index;
  const k = Math.max(0, Math.min(neighbourCount, count - 1));
  const neighbours = new Int32Array(count * k);
  const distanceM = new Float64Array(count * k);
  if (k === 0) return { k, neighbours, distanceM };
  const bestPosition = new Int32Array(k);
  const bestId = new Int32Array(k);
  const bestD = new Float64Array(k);
  const scratch = createSearchScratch(index);
  // Query in kd order: consecutive queries are close together, so the tree stays in cache.
  for (let position = 0; position < count; position++) {
    searchNearestToIndexed(index, position, k, bestPosition, bestId, bestD, scratch);
    const base = (ids[position] as number) * k;
    for (let j = 0; j < k; j++) {
      neighbours[base + j] = bestId[j] as number;
      distanceM[base + j] = Math.sqrt(bestD[j] as number);
    }
  }
  return { k, neighbours, distanceM };
}
