/** Outlines of territory pieces: the convex hull of the piece's dots, padded so one dot still has a shape. */
import { convexHullOutline } from "./hullOutline";

const SIDES = 8;

/**
 * The outline of a piece: the convex hull of circles of radius `padding` (as octagons) round each dot,
 * so a one- or two-practice piece still gets a closed outline that contains its dots.
 * @param points - the piece's dots, [x, y] in drawing units
 * @param padding - space between the dots and the outline
 * @returns the outline's corners, anticlockwise (empty without points)
 * @example paddedOutline([[10, 10]], 3).length // 8
 */
export function paddedOutline(
  points: readonly (readonly [number, number])[],
  padding: number
): [number, number][] {
  // The octagon's edges are inside its circle; push the corners out so the edges clear the padding.
  const reach = padding / Math.cos(Math.PI / SIDES);
  const corners: [number, number][] = [];
  for (const [x, y] of points) {
    for (let k = 0; k < SIDES; k++) {
      const angle = ((k + 0.5) * 2 * Math.PI) / SIDES;
      corners.push([x + reach * Math.cos(angle), y + reach * Math.sin(angle)]);
    }
  }
  return convexHullOutline(corners);
}
