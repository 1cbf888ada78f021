/**
 * Spatial index of practices (flatbush) and exact k-nearest searches through its documented
 * `neighbors()`, with ties broken explicitly.
 *
 * flatbush returns neighbours in order of distance, but leaves the order of equal distances (and so
 * which of several equally distant practices make the k-th place) to its priority queue. Here the k
 * nearest are ordered by (squared distance, practice index): a tie at the k-th place goes to the
 * lower practice index, so results do not depend on the index's internals. Co-located practices are
 * at distance 0 from each other.
 */
import Flatbush from "flatbush";

/** Practices in a flatbush index, with the positions it was built from. */
export interface PracticeIndex {
  /** Number of practices indexed. */
  readonly count: number;
  /** Eastings and northings (metres) of the practices, by practice index. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** The flatbush index (item i is practice i); null when there are no practices. */
  readonly tree: Flatbush | null;
}

/**
 * Builds the spatial index of practices.
 * @param x Eastings in metres.
 * @param y Northings in metres.
 * @param count Number of practices (default: all of `x`).
 * @returns The index.
 * @example
 * const index = buildPracticeIndex(points.x, points.y, points.count);
 */
export function buildPracticeIndex(
  x: Float64Array,
  y: Float64Array,
  count: number = x.length
): PracticeIndex {
  if (!Number.isInteger(count) || count < 0 || count > x.length || count > y.length) {
    throw new Error(
      `Cannot index ${count} practices from ${x.length} eastings and ${y.length} northings.`
    );
  }
  if (count === 0) return { count, x, y, tree: null };
  const tree = new Flatbush(count);
  for (let i = 0; i < count; i++) {
    const px = x[i] as number;
    const py = y[i] as number;
    tree.add(px, py, px, py);
  }
  tree.finish();
  return { count, x, y, tree };
}

/** Squared distance (m²) from practice `from` to practice `to`. */
function squaredDistance(index: PracticeIndex, from: number, to: number): number {
  const dx = (index.x[to] as number) - (index.x[from] as number);
  const dy = (index.y[to] as number) - (index.y[from] as number);
  return dx * dx + dy * dy;
}

/**
 * Sorts the first `length` entries of `ids` (with their squared distances `d2`) by (distance, index).
 */
function sortByDistanceThenIndex(ids: number[], d2: number[], length: number): void {
  for (let j = 1; j < length; j++) {
    const id = ids[j] as number;
    const d = d2[j] as number;
    let i = j - 1;
    while (
      i >= 0 &&
      ((d2[i] as number) > d || ((d2[i] as number) === d && (ids[i] as number) > id))
    ) {
      ids[i + 1] = ids[i] as number;
      d2[i + 1] = d2[i] as number;
      i--;
    }
    ids[i + 1] = id;
    d2[i + 1] = d;
  }
}

/**
 * The k practices nearest to practice `p` (itself excluded) that pass `accept`, ordered by (squared
 * distance, practice index). Asks flatbush for one more than needed: when that one is farther than
 * the k-th, the k nearest are complete; when it is just as far, the tie may go on, so it asks for
 * twice as many, until the answer is past the tie or every practice has been seen.
 * @param index From {@link buildPracticeIndex}.
 * @param p The query practice.
 * @param k Neighbours wanted (≥ 1).
 * @param outIds Out: practice indices of the neighbours, nearest first (length ≥ k).
 * @param outD2 Out: their squared distances (m²).
 * @param accept Optional test of a candidate practice (e.g. "of another CCG").
 * @returns How many were found (≤ k; fewer when fewer practices pass).
 * @example
 * const found = nearestPractices(index, 0, 6, ids, d2);
 */
export function nearestPractices(
  index: PracticeIndex,
  p: number,
  k: number,
  outIds: Int32Array,
  outD2: Float64Array,
  accept?: (q: number) => boolean
): number {
  const { tree } = index;
  if (tree === null || k < 1) return 0;
  const qx = index.x[p] as number;
  const qy = index.y[p] as number;
  const filter =
    accept === undefined ? (q: number) => q !== p : (q: number) => q !== p && accept(q);
  let asked = k + 1;
  for (;;) {
    const ids = tree.neighbors(qx, qy, asked, Infinity, filter);
    if (ids.length === 0) return 0;
    const d2 = ids.map((q) => squaredDistance(index, p, q));
    const exhausted = ids.length < asked;
    if (!exhausted && (d2[ids.length - 1] as number) === (d2[k - 1] as number)) {
      asked *= 2;
      continue;
    }
    // Every practice at most as far as the k-th is here (flatbush hands them out by distance).
    const kth = d2[Math.min(k, ids.length) - 1] as number;
    let length = 0;
    while (length < ids.length && (d2[length] as number) <= kth) length++;
    sortByDistanceThenIndex(ids, d2, length);
    const found = Math.min(k, length);
    for (let j = 0; j < found; j++) {
      outIds[j] = ids[j] as number;
      outD2[j] = d2[j] as number;
    }
    return found;
  }
}
