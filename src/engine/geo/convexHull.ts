/**
 * Convex hull area of a set of points (Andrew's monotone chain), over flat arrays.
 */

/**
 * Area (m²) of the convex hull of the points order[from … to] (inclusive). Sorts that range of
 * `order` by position in place. Fewer than 3 distinct points, or all collinear, give 0.
 * @param order Point indices; the range is reordered.
 * @param from First position in `order`.
 * @param to Last position in `order` (inclusive).
 * @param x Eastings (metres).
 * @param y Northings (metres).
 * @param chain Scratch of at least 2 × (to − from + 1) + 1 entries.
 * @returns The hull area in square metres.
 * @example
 * convexHullAreaM2(Int32Array.of(0, 1, 2, 3), 0, 3, xs, ys, new Int32Array(9));
 */
export function convexHullAreaM2(
  order: Int32Array,
  from: number,
  to: number,
  x: Float64Array,
  y: Float64Array,
  chain: Int32Array
): number {
  const n = to - from + 1;
  if (n < 3) return 0;
  // By x, then y, then index: a total order, so equal positions always go the same way.
  order
    .subarray(from, to + 1)
    .sort(
      (a, b) => (x[a] as number) - (x[b] as number) || (y[a] as number) - (y[b] as number) || a - b
    );
  // Work relative to the first point: small numbers keep the cross products exact enough.
  const first = order[from] as number;
  const ox = x[first] as number;
  const oy = y[first] as number;
  let size = 0;
  // Lower hull, left to right.
  for (let j = from; j <= to; j++) {
    const p = order[j] as number;
    const px = (x[p] as number) - ox;
    const py = (y[p] as number) - oy;
    while (size >= 2) {
      const a = chain[size - 2] as number;
      const b = chain[size - 1] as number;
      const ax = (x[a] as number) - ox;
      const ay = (y[a] as number) - oy;
      if (((x[b] as number) - ox - ax) * (py - ay) - ((y[b] as number) - oy - ay) * (px - ax) > 0)
        break;
      size--;
    }
    chain[size++] = p;
  }
  // Upper hull, right to left.
  const lowerSize = size + 1;
  for (let j = to - 1; j >= from; j--) {
    const p = order[j] as number;
    const px = (x[p] as number) - ox;
    const py = (y[p] as number) - oy;
    while (size >= lowerSize) {
      const a = chain[size - 2] as number;
      const b = chain[size - 1] as number;
      const ax = (x[a] as number) - ox;
      const ay = (y[a] as number) - oy;
      if (((x[b] as number) - ox - ax) * (py - ay) - ((y[b] as number) - oy - ay) * (px - ax) > 0)
        break;
      size--;
    }
    chain[size++] = p;
  }
  // chain[0 … size − 1] closes on itself (last = first). Shoelace.
  let twiceArea = 0;
  for (let j = 0; j + 1 < size; j++) {
    const a = chain[j] as number;
    const b = chain[j + 1] as number;
    twiceArea +=
      ((x[a] as number) - ox) * ((y[b] as number) - oy) -
      ((x[b] as number) - ox) * ((y[a] as number) - oy);
  }
  return twiceArea > 0 ? twiceArea / 2 : 0;
}
