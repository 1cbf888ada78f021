/**
 * Spatial index of practices: a kdbush kd-tree, with its kd-sorted layout (`ids`, `coords`,
 * `nodeSize`) exposed in monomorphic arrays for the exact nearest-neighbour searches in
 * nearestSearch.ts, and kdbush itself kept for radius queries.
 */
import KDBush from "kdbush";
import { kdSort } from "./kdSort";

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

/** Reusable scratch for the searches (no allocation per query). */
export interface SearchScratch {
  /** Depth-first stack: frames of (left, right, axis, lower bounds of squared distance along x and y). */
  readonly stack: Float64Array;
  /** Root-to-leaf path: (left, right, axis) per level. */
  readonly path: Int32Array;
  /** Best candidate of a single-nearest search: squared distance, practice index, kd position. */
  readonly best: Float64Array;
}

const DEFAULT_NODE_SIZE = 16;

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
  nodeSize: number = DEFAULT_NODE_SIZE
): PracticeIndex {
  if (!Number.isInteger(count) || count < 0 || count > x.length || count > y.length) {
    throw new Error(
      `Cannot index ${count} practices from ${x.length} eastings and ${y.length} northings.`
    );
  }
  let tree = new KDBush(count, nodeSize, Float64Array);
  if (tree.ids instanceof Uint32Array && Number.isInteger(nodeSize) && tree.nodeSize === nodeSize) {
    // Filled and kd-sorted here (kdSort.ts: kdbush's layout, faster), then reopened from its data
    // so that kdbush holds a finished index.
    const ids = idsAsInt32(tree.ids);
    const coords = tree.coords as Float64Array;
    for (let i = 0; i < count; i++) {
      ids[i] = i;
      coords[2 * i] = x[i] as number;
      coords[2 * i + 1] = y[i] as number;
    }
    kdSort(ids, coords, nodeSize, 0, count - 1, 0);
    tree = KDBush.from(tree.data);
  } else {
    for (let i = 0; i < count; i++) tree.add(x[i] as number, y[i] as number);
    tree.finish();
  }
  return {
    count,
    tree,
    ids: idsAsInt32(tree.ids),
    coords: tree.coords as Float64Array,
    nodeSize: tree.nodeSize,
  };
}

/**
 * kdbush's ids as an Int32Array: a large index's Uint32Array is read in place (indices stay below
 * 2³¹), a small index's Uint16Array is copied.
 */
function idsAsInt32(ids: Uint16Array | Uint32Array): Int32Array {
  if (ids instanceof Uint32Array) return new Int32Array(ids.buffer, ids.byteOffset, ids.length);
  return Int32Array.from(ids);
}

/**
 * Scratch for searching an index, sized for its depth.
 * @param index The index to be searched.
 * @returns Stack, path and best-candidate arrays.
 * @example
 * const scratch = createSearchScratch(index);
 */
export function createSearchScratch(index: PracticeIndex): SearchScratch {
  const depth = 2 * Math.ceil(Math.log2(index.count + 2)) + 8;
  return {
    stack: new Float64Array(5 * depth),
    path: new Int32Array(3 * depth),
    best: new Float64Array(3),
  };
}

/**
 * Groups laid out in the index's kd order (groupAtPosition[i] = group[ids[i]]), so searches
 * read groups next to the coordinates they just read instead of all over memory.
 * @param index The index.
 * @param group Group of each practice.
 * @param out Optional array of at least `index.count` entries to fill (default: a new one).
 * @returns Group per kd position.
 * @example
 * const groupAtPosition = groupsInIndexOrder(index, points.group);
 */
export function groupsInIndexOrder(
  index: PracticeIndex,
  group: Int32Array,
  out?: Int32Array
): Int32Array {
  const { ids, count } = index;
  const groupAtPosition = out ?? new Int32Array(count);
  for (let i = 0; i < count; i++) groupAtPosition[i] = group[ids[i] as number] as number;
  return groupAtPosition;
}

/**
 * Walks from the root to the node whose leaf or median is `position`, by position alone (no
 * distances), writing each level's (left, right, axis) to `path`: where nearest searches start
 * before they climb back up.
 * @param index The index.
 * @param position kd position of the query practice.
 * @param path Out: (left, right, axis) per level, from {@link createSearchScratch}.
 * @returns The depth of that node; its frame is at `path[3 * depth]`.
 * @example const depth = descendToPosition(index, 0, scratch.path);
 */
export function descendToPosition(
  index: PracticeIndex,
  position: number,
  path: Int32Array
): number {
  const { nodeSize } = index;
  let left = 0;
  let right = index.count - 1;
  let axis = 0;
  let depth = 0;
  for (;;) {
    path[3 * depth] = left;
    path[3 * depth + 1] = right;
    path[3 * depth + 2] = axis;
    if (right - left <= nodeSize) return depth;
    const m = (left + right) >> 1;
    if (position === m) return depth;
    if (position < m) right = m - 1;
    else left = m + 1;
    axis = 1 - axis;
    depth++;
  }
}
