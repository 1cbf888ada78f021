/**
 * O(n²) and O(n³) reference computations the indexed geometry is checked against.
 */
import type { PackedPractices } from "../../../../src/engine/geo/types";

/**
 * Squared distance between practices a and b, computed exactly as the index does.
 * @param points Packed practices.
 * @param a Practice.
 * @param b Practice.
 * @returns Squared distance (m²).
 */
export function distanceSquared(points: PackedPractices, a: number, b: number): number {
  const dx = (points.x[b] as number) - (points.x[a] as number);
  const dy = (points.y[b] as number) - (points.y[a] as number);
  return dx * dx + dy * dy;
}

/**
 * The k nearest other practices of p by an all-pairs scan, ordered by (distance², index).
 * @param points Packed practices.
 * @param p Query practice.
 * @param k Neighbours wanted.
 * @returns Practice indices, nearest first.
 */
export function bruteNearest(points: PackedPractices, p: number, k: number): number[] {
  const others: number[] = [];
  for (let q = 0; q < points.count; q++) if (q !== p) others.push(q);
  const d = others.map((q) => distanceSquared(points, p, q));
  const order = others
    .map((_, i) => i)
    .sort(
      (a, b) => (d[a] as number) - (d[b] as number) || (others[a] as number) - (others[b] as number)
    );
  return order.slice(0, k).map((i) => others[i] as number);
}

/**
 * Nearest practice of another group than p's, by (distance², index).
 * @param points Packed practices.
 * @param p Query practice.
 * @returns The practice, or -1 when none.
 */
export function bruteNearestOther(points: PackedPractices, p: number): number {
  let best = -1;
  let bestD = Infinity;
  for (let q = 0; q < points.count; q++) {
    if (points.group[q] === points.group[p]) continue;
    const d = distanceSquared(points, p, q);
    if (d < bestD) {
      bestD = d;
      best = q;
    }
  }
  return best;
}

/**
 * Cross product (b − a) × (c − a): positive when a → b → c turns left.
 * @param ax Point a.
 * @param ay Point a.
 * @param bx Point b.
 * @param by Point b.
 * @param cx Point c.
 * @param cy Point c.
 * @returns The cross product.
 */
export function cross(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number
): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/**
 * Convex hull vertices (strict, counter-clockwise) by gift wrapping (Jarvis march) over distinct points.
 * @param xs X coordinates.
 * @param ys Y coordinates.
 * @returns Indices into xs/ys; fewer than 3 when the points are collinear or fewer than 3.
 */
export function giftWrapHull(xs: readonly number[], ys: readonly number[]): number[] {
  const n = xs.length;
  if (n < 3) return [];
  let start = 0;
  for (let i = 1; i < n; i++) {
    if (
      (xs[i] as number) < (xs[start] as number) ||
      (xs[i] === xs[start] && (ys[i] as number) < (ys[start] as number))
    )
      start = i;
  }
  const hull: number[] = [];
  let current = start;
  for (let guard = 0; guard <= n; guard++) {
    hull.push(current);
    let candidate = current === 0 ? 1 : 0;
    for (let i = 0; i < n; i++) {
      if (i === current) continue;
      const c = cross(
        xs[current] as number,
        ys[current] as number,
        xs[candidate] as number,
        ys[candidate] as number,
        xs[i] as number,
        ys[i] as number
      );
      const farther =
        Math.hypot(
          (xs[i] as number) - (xs[current] as number),
          (ys[i] as number) - (ys[current] as number)
        ) >
        Math.hypot(
          (xs[candidate] as number) - (xs[current] as number),
          (ys[candidate] as number) - (ys[current] as number)
        );
      // Most clockwise point; among collinear, the farthest (keeps only strict vertices).
      if (c < 0 || (c === 0 && farther)) candidate = i;
    }
    current = candidate;
    if (current === start) break;
  }
  return hull;
}

/**
 * Area of a polygon given by vertex indices (shoelace, absolute value).
 * @param xs X coordinates.
 * @param ys Y coordinates.
 * @param polygon Vertex indices in order.
 * @returns The area.
 */
export function polygonArea(
  xs: readonly number[],
  ys: readonly number[],
  polygon: readonly number[]
): number {
  let twice = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i] as number;
    const b = polygon[(i + 1) % polygon.length] as number;
    twice += (xs[a] as number) * (ys[b] as number) - (xs[b] as number) * (ys[a] as number);
  }
  return Math.abs(twice) / 2;
}

/**
 * Connected components under an edge predicate, by breadth-first search over all pairs.
 * @param count Number of elements.
 * @param joined Whether a and b are joined by an edge.
 * @returns A component label per element.
 */
export function bruteComponents(
  count: number,
  joined: (a: number, b: number) => boolean
): Int32Array {
  const label = new Int32Array(count).fill(-1);
  let next = 0;
  for (let s = 0; s < count; s++) {
    if (label[s] !== -1) continue;
    label[s] = next;
    const queue = [s];
    while (queue.length > 0) {
      const a = queue.pop() as number;
      for (let b = 0; b < count; b++) {
        if (label[b] === -1 && joined(a, b)) {
          label[b] = next;
          queue.push(b);
        }
      }
    }
    next++;
  }
  return label;
}

/**
 * Whether two labelings define the same partition.
 * @param a Labels.
 * @param b Labels.
 * @returns True when the partitions are equal.
 */
export function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if ((forward.get(x) ?? y) !== y || (backward.get(y) ?? x) !== x) return false;
    forward.set(x, y);
    backward.set(y, x);
  }
  return true;
}
