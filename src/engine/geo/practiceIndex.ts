/**
 * Spatial index of practices (kdbush) and exact k-nearest searches through its documented radius
 * query, `within()`.
 *
 * A radius query returns every practice within the radius, so once it holds k practices besides the
 * query, the k nearest are among them: they are ordered here by (squared distance, practice index),
 * and a tie at the k-th place goes to the lower practice index, whatever the index's internal order.
 * The caller suggests the first radius (the analysis takes it from the Delaunay neighbours, which
 * nearly always hold k practices); a radius that holds too few is doubled. Co-located practices are
 * at distance 0 from each other.
 */
import KDBush from "kdbush";

/** Practices in a kdbush index, with the positions it was built from. */
export interface PracticeIndex {
  /** Number of practices indexed. */
  readonly count: number;
  /** Eastings and northings (metres) of the practices, by practice index. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** The kdbush index (item i is practice i); null when there are no practices. */
  readonly tree: KDBush | null;
}

/** Leaf size of the kd-tree: small radius queries are quickest with small leaves. */
const NODE_SIZE = 16;

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
  const tree = new KDBush(count, NODE_SIZE);
  for (let i = 0; i < count; i++) tree.add(x[i] as number, y[i] as number);
  tree.finish();
  return { count, x, y, tree };
}

/**
 * The k practices nearest to practice `p` (itself excluded), ordered by (squared distance, practice
 * index).
 * @param index From {@link buildPracticeIndex}.
 * @param p The query practice.
 * @param k Neighbours wanted (≥ 1; at most count − 1 are found).
 * @param startRadiusM First search radius in metres (any non-negative number gives the same answer;
 *   one that holds about k practices is quickest).
 * @param outIds Out: practice indices of the neighbours, nearest first (length ≥ k).
 * @param outD2 Out: their squared distances (m²).
 * @returns How many were found: min(k, count − 1).
 * @example
 * const found = nearestPractices(index, 0, 6, 500, ids, d2);
 */
export function nearestPractices(
  index: PracticeIndex,
  p: number,
  k: number,
  startRadiusM: number,
  outIds: Int32Array,
  outD2: Float64Array
): number {
  const { tree, x, y, count } = index;
  const wanted = Math.min(k, count - 1);
  if (tree === null || wanted < 1) return 0;
  const qx = x[p] as number;
  const qy = y[p] as number;
  let radius = Number.isFinite(startRadiusM) && startRadiusM > 0 ? startRadiusM : 0;
  for (;;) {
    const found = tree.within(qx, qy, radius);
    if (found.length > wanted) {
      // The `wanted` best so far in outIds / outD2, kept in (distance, index) order.
      let kept = 0;
      for (const q of found) {
        if (q === p) continue;
        const dx = (x[q] as number) - qx;
        const dy = (y[q] as number) - qy;
        const d = dx * dx + dy * dy;
        if (kept === wanted) {
          const worst = outD2[wanted - 1] as number;
          if (d > worst || (d === worst && q > (outIds[wanted - 1] as number))) continue;
        }
        let j = kept < wanted ? kept++ : wanted - 1;
        while (j > 0) {
          const before = outD2[j - 1] as number;
          if (before < d || (before === d && (outIds[j - 1] as number) < q)) break;
          outD2[j] = before;
          outIds[j] = outIds[j - 1] as number;
          j--;
        }
        outD2[j] = d;
        outIds[j] = q;
      }
      return wanted;
    }
    radius = radius > 0 ? 2 * radius : 1;
  }
}

/**
 * The practices in the index's own order, neighbours mostly near each other: kdbush's range query
 * over everything, which walks its kd-tree. Stages that visit practices in this order read nearby
 * memory; only their speed depends on it, never their results.
 * @param index From {@link buildPracticeIndex}.
 * @returns Each practice index once.
 * @example
 * const adjacency = buildTerritoryAdjacency(x, y, count, spatialOrder(index));
 */
export function spatialOrder(index: PracticeIndex): number[] {
  if (index.tree === null) return [];
  return index.tree.range(-Infinity, -Infinity, Infinity, Infinity);
}
