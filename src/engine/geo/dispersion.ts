/**
 * Dispersion and shape of each CCG (SPEC §3.2): list-size-weighted centre, weighted standard
 * distance, largest distance from the centre, and convex hull area.
 */
import type { PackedPractices } from "./types";
import { convexHullAreaM2 } from "./convexHull";

/** Per-group dispersion; NaN where a group has no practices. */
export interface GroupDispersion {
  /** List-size-weighted centre (metres); the plain mean when the list sizes sum to 0. */
  readonly centreX: Float64Array;
  readonly centreY: Float64Array;
  /** √(Σ wᵢ‖xᵢ − x̄‖² / W) in km (equal weights when W = 0). */
  readonly standardDistanceKm: Float64Array;
  /** Largest distance of a practice from the weighted centre (km). */
  readonly maxDistanceKm: Float64Array;
  /** Convex hull area (km²); 0 for fewer than 3 practices or collinear practices. */
  readonly hullAreaKm2: Float64Array;
}

/**
 * Measures each group's centre, spread and hull area in two passes over the practices plus
 * one hull per group.
 * @param points Packed practices (metres).
 * @returns Per-group dispersion.
 * @example
 * const { standardDistanceKm } = measureDispersion(points);
 */
export function measureDispersion(points: PackedPractices): GroupDispersion {
  const { count, x, y, weight, group, groupCount } = points;
  const totalWeight = new Float64Array(groupCount);
  const practices = new Int32Array(groupCount);
  const sumWX = new Float64Array(groupCount);
  const sumWY = new Float64Array(groupCount);
  const sumX = new Float64Array(groupCount);
  const sumY = new Float64Array(groupCount);
  for (let p = 0; p < count; p++) {
    const g = group[p] as number;
    const w = weight[p] as number;
    const px = x[p] as number;
    const py = y[p] as number;
    totalWeight[g] = (totalWeight[g] as number) + w;
    practices[g] = (practices[g] as number) + 1;
    sumWX[g] = (sumWX[g] as number) + w * px;
    sumWY[g] = (sumWY[g] as number) + w * py;
    sumX[g] = (sumX[g] as number) + px;
    sumY[g] = (sumY[g] as number) + py;
  }
  const centreX = new Float64Array(groupCount);
  const centreY = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const n = practices[g] as number;
    const w = totalWeight[g] as number;
    if (n === 0) {
      centreX[g] = Number.NaN;
      centreY[g] = Number.NaN;
    } else if (w > 0) {
      centreX[g] = (sumWX[g] as number) / w;
      centreY[g] = (sumWY[g] as number) / w;
    } else {
      centreX[g] = (sumX[g] as number) / n;
      centreY[g] = (sumY[g] as number) / n;
    }
  }

  // Second pass: spread about the centre (two passes avoid cancellation in Σw‖x‖² − W‖x̄‖²),
  // and practices bucketed by group for the hulls.
  const sumSquares = new Float64Array(groupCount);
  const maxSquare = new Float64Array(groupCount);
  const groupStart = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++)
    groupStart[g + 1] = (groupStart[g] as number) + (practices[g] as number);
  const cursor = groupStart.slice(0, groupCount);
  const order = new Int32Array(count);
  for (let p = 0; p < count; p++) {
    const g = group[p] as number;
    const dx = (x[p] as number) - (centreX[g] as number);
    const dy = (y[p] as number) - (centreY[g] as number);
    const d2 = dx * dx + dy * dy;
    sumSquares[g] =
      (sumSquares[g] as number) +
      ((totalWeight[g] as number) > 0 ? (weight[p] as number) * d2 : d2);
    if (d2 > (maxSquare[g] as number)) maxSquare[g] = d2;
    const slot = cursor[g] as number;
    cursor[g] = slot + 1;
    order[slot] = p;
  }

  const standardDistanceKm = new Float64Array(groupCount);
  const maxDistanceKm = new Float64Array(groupCount);
  const hullAreaKm2 = new Float64Array(groupCount);
  let largest = 0;
  for (let g = 0; g < groupCount; g++) largest = Math.max(largest, practices[g] as number);
  const chain = new Int32Array(2 * largest + 1);
  // Each group's positions are copied next to each other for its hull, so that the hull's sort
  // works in cache rather than all over x and y. Local index j stands for practice order[from + j]:
  // practices were bucketed in index order, so ties between equal positions still go the same way.
  const localX = new Float64Array(largest);
  const localY = new Float64Array(largest);
  const localOrder = new Int32Array(largest);
  for (let g = 0; g < groupCount; g++) {
    const n = practices[g] as number;
    if (n === 0) {
      standardDistanceKm[g] = Number.NaN;
      maxDistanceKm[g] = Number.NaN;
      hullAreaKm2[g] = Number.NaN;
      continue;
    }
    const w = totalWeight[g] as number;
    standardDistanceKm[g] = Math.sqrt((sumSquares[g] as number) / (w > 0 ? w : n)) / 1000;
    maxDistanceKm[g] = Math.sqrt(maxSquare[g] as number) / 1000;
    const from = groupStart[g] as number;
    for (let j = 0; j < n; j++) {
      const p = order[from + j] as number;
      localX[j] = x[p] as number;
      localY[j] = y[p] as number;
      localOrder[j] = j;
    }
    hullAreaKm2[g] = convexHullAreaM2(localOrder, 0, n - 1, localX, localY, chain) / 1e6;
  }
  return { centreX, centreY, standardDistanceKm, maxDistanceKm, hullAreaKm2 };
}
