/** Convex hull outlines for drawing (the geometry module measures hull areas; this returns the corners). */

/**
 * Corners of the convex hull of points, anticlockwise (Andrew's monotone chain).
 * @param points [x, y] pairs
 * @returns the hull's corners; fewer than 3 when the points are fewer or collinear
 */
export function convexHullOutline(
  points: readonly (readonly [number, number])[]
): [number, number][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted.map(([x, y]) => [x, y]);
  const cross = (
    o: readonly [number, number],
    a: readonly [number, number],
    b: readonly [number, number]
  ) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: (readonly [number, number])[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: (readonly [number, number])[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return [...lower, ...upper].map(([x, y]) => [x, y]);
}
