/**
 * Spatial index of practices (kdbush): radius queries through its documented `within()` (the territory
 * pieces' bridging) and the practices in the kd-tree's order (every stage after walks nearby memory).
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
