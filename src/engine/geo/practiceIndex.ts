/**
 * Spatial index of practices (kdbush) and exact nearest-neighbour searches over its layout.
 *
 * kdbush only answers range and radius queries; the k-nearest search here is a depth-first
 * branch-and-bound over kdbush's kd-sorted arrays (`ids`, `coords`, `nodeSize`), in the manner of
 * mourner's geokdbush `around`, without allocating per query. Every search orders candidates by
 * (distance, practice index), so ties at equal distance go to the lower practice index and
 * results are deterministic. Co-located practices are neighbours at distance 0.
 */
import KDBush from 'kdbush';

/** kdbush's kd-sorted layout in monomorphic arrays. */
export interface PracticeIndex {
  /** Number of practices indexed. */
  readonly count: number;
  /** The kdbush index (for range and radius queries). */
  readonly tree: KDBush;
  /** Practice at each kd-sorted position. */
  readonly ids: Int32Array;
  /** Interleaved x, y at each kd-sorted position (metres). */
  readonly coords: Float64Array;
  /** Leaf size of the kd-tree. */
  readonly nodeSize: number;
}

/** Exact k nearest neighbours of every practice. */
export interface NearestNeighbours {
  /** Neighbours per practice (min(requested, count − 1)). */
  readonly k: number;
  /** Practice p's neighbours are neighbours[p·k … p·k + k), nearest first (ties: lower index first). */
  readonly neighbours: Int32Array;
  /** Matching distances in metres. */
  readonly distanceM: Float64Array;
}

const DEFAULT_NODE_SIZE = 16;
/** Stack frames of (left, right, axis, lower bound of squared distance). */
const FRAME = 4;

/**
 * Builds the kd-tree of practices.
 * @param x Eastings in metres.
 * @param y Northings in metres.
 * @param count Number of practices (default: all of `x`).
 * @param nodeSize Leaf size (default 16, good for k-nearest queries).
 * @returns The index.
 * @example
 * const index = buildPracticeIndex(points.x, points.y, points.count);
 */
export function buildPracticeIndex(
  x: Float64Array,
  y: Float64Array,
  count: number = x.length,
  nodeSize: number = DEFAULT_NODE_SIZE,
): PracticeIndex {
  if (!Number.isInteger(count) || count < 0 || count > x.length || count > y.length) {
    throw new Error(`Cannot index ${count} practices from ${x.length} eastings and ${y.length} northings.`);
  }
  const tree = new KDBush(count, nodeSize, Float64Array);
  for (let i = 0; i < count; i++) tree.add(x[i] as number, y[i] as number);
  tree.finish();
  return {
    count,
    tree,
    ids: Int32Array.from(tree.ids),
    coords: tree.coords as Float64Array,
    nodeSize: tree.nodeSize,
  };
}

/** Depth of the kd-tree's explicit search stack, generous for 2^31 points. */
function stackFor(count: number): Float64Array {
  return new Float64Array(FRAME * (2 * Math.ceil(Math.log2(count + 2)) + 8));
}

/**
 * k nearest practices of (qx, qy) other than `self`, into bestI/bestD sorted by (distance², index).
 * @returns How many were found (≤ k).
 */
function searchNearest(
  index: PracticeIndex,
  qx: number,
  qy: number,
  self: number,
  k: number,
  bestI: Int32Array,
  bestD: Float64Array,
  stack: Float64Array,
): number {
  const { ids, coords, nodeSize } = index;
  let found = 0;
  let sp = 0;
  stack[sp++] = 0;
  stack[sp++] = ids.length - 1;
  stack[sp++] = 0;
  stack[sp++] = 0;
  while (sp > 0) {
    const bound = stack[--sp] as number;
    const axis = stack[--sp] as number;
    const right = stack[--sp] as number;
    const left = stack[--sp] as number;
    if (found === k && bound > (bestD[k - 1] as number)) continue;
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) {
        const id = ids[i] as number;
        if (id === self) continue;
        const dx = (coords[2 * i] as number) - qx;
        const dy = (coords[2 * i + 1] as number) - qy;
        const d = dx * dx + dy * dy;
        if (found === k) {
          const worst = bestD[k - 1] as number;
          if (d > worst || (d === worst && id > (bestI[k - 1] as number))) continue;
        }
        let j = found < k ? found++ : k - 1;
        while (j > 0) {
          const pd = bestD[j - 1] as number;
          if (pd < d || (pd === d && (bestI[j - 1] as number) < id)) break;
          bestD[j] = pd;
          bestI[j] = bestI[j - 1] as number;
          j--;
        }
        bestD[j] = d;
        bestI[j] = id;
      }
      continue;
    }
    const m = (left + right) >> 1;
    const mx = coords[2 * m] as number;
    const my = coords[2 * m + 1] as number;
    const id = ids[m] as number;
    if (id !== self) {
      const dx = mx - qx;
      const dy = my - qy;
      const d = dx * dx + dy * dy;
      let better = found < k;
      if (!better) {
        const worst = bestD[k - 1] as number;
        better = d < worst || (d === worst && id < (bestI[k - 1] as number));
      }
      if (better) {
        let j = found < k ? found++ : k - 1;
        while (j > 0) {
          const pd = bestD[j - 1] as number;
          if (pd < d || (pd === d && (bestI[j - 1] as number) < id)) break;
          bestD[j] = pd;
          bestI[j] = bestI[j - 1] as number;
          j--;
        }
        bestD[j] = d;
        bestI[j] = id;
      }
    }
    const split = axis === 0 ? qx - mx : qy - my;
    const farBound = Math.max(bound, split * split);
    // Push the far half first so the near half is searched first.
    if (split < 0) {
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
      stack[sp++] = farBound;
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
      stack[sp++] = bound;
    } else {
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
      stack[sp++] = farBound;
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
      stack[sp++] = bound;
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
export function findNearestNeighbours(index: PracticeIndex, neighbourCount: number): NearestNeighbours {
  if (!Number.isInteger(neighbourCount) || neighbourCount < 1) {
    throw new Error(`Neighbour count ${neighbourCount} is not a whole number of at least 1.`);
  }
  const { count, ids, coords } = index;
  const k = Math.max(0, Math.min(neighbourCount, count - 1));
  const neighbours = new Int32Array(count * k);
  const distanceM = new Float64Array(count * k);
  if (k === 0) return { k, neighbours, distanceM };
  const bestI = new Int32Array(k);
  const bestD = new Float64Array(k);
  const stack = stackFor(count);
  // Query in kd order: consecutive queries are close together, so the tree stays in cache.
  for (let position = 0; position < count; position++) {
    const p = ids[position] as number;
    searchNearest(index, coords[2 * position] as number, coords[2 * position + 1] as number, p, k, bestI, bestD, stack);
    const base = p * k;
    for (let j = 0; j < k; j++) {
      neighbours[base + j] = bestI[j] as number;
      distanceM[base + j] = Math.sqrt(bestD[j] as number);
    }
  }
  return { k, neighbours, distanceM };
}

/**
 * Nearest practice to (qx, qy) whose group differs from `ownGroup` (ties: lower index).
 * @param index From {@link buildPracticeIndex}.
 * @param group Group of each practice.
 * @param qx Query easting (metres).
 * @param qy Query northing (metres).
 * @param ownGroup Group to exclude.
 * @param stack Scratch from {@link searchStack}.
 * @returns The practice, or -1 when every practice is in `ownGroup`.
 */
export function nearestOfOtherGroup(
  index: PracticeIndex,
  group: Int32Array,
  qx: number,
  qy: number,
  ownGroup: number,
  stack: Float64Array,
): number {
  const { ids, coords, nodeSize } = index;
  let bestId = -1;
  let bestD = Infinity;
  let sp = 0;
  stack[sp++] = 0;
  stack[sp++] = ids.length - 1;
  stack[sp++] = 0;
  stack[sp++] = 0;
  while (sp > 0) {
    const bound = stack[--sp] as number;
    const axis = stack[--sp] as number;
    const right = stack[--sp] as number;
    const left = stack[--sp] as number;
    if (bound > bestD) continue;
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) {
        const id = ids[i] as number;
        if (group[id] === ownGroup) continue;
        const dx = (coords[2 * i] as number) - qx;
        const dy = (coords[2 * i + 1] as number) - qy;
        const d = dx * dx + dy * dy;
        if (d < bestD || (d === bestD && id < bestId)) {
          bestD = d;
          bestId = id;
        }
      }
      continue;
    }
    const m = (left + right) >> 1;
    const mx = coords[2 * m] as number;
    const my = coords[2 * m + 1] as number;
    const id = ids[m] as number;
    if (group[id] !== ownGroup) {
      const dx = mx - qx;
      const dy = my - qy;
      const d = dx * dx + dy * dy;
      if (d < bestD || (d === bestD && id < bestId)) {
        bestD = d;
        bestId = id;
      }
    }
    const split = axis === 0 ? qx - mx : qy - my;
    const farBound = Math.max(bound, split * split);
    if (split < 0) {
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
      stack[sp++] = farBound;
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
      stack[sp++] = bound;
    } else {
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
      stack[sp++] = farBound;
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
      stack[sp++] = bound;
    }
  }
  return bestId;
}

/**
 * Scratch stack for {@link nearestOfOtherGroup}, sized for the index.
 * @param index The index the stack will search.
 * @returns A reusable stack.
 */
export function searchStack(index: PracticeIndex): Float64Array {
  return stackFor(index.count);
}
