/**
 * Exact k nearest practices of every practice, ordered by (distance, practice index): ties at equal
 * distance go to the lower practice index (see practiceIndex.ts). Co-located practices are at distance 0.
 */
import { nearestPractices, type PracticeIndex } from "./practiceIndex";

/** Exact k nearest neighbours of every practice. */
export interface NearestNeighbours {
  /** Neighbours per practice (min(requested, count − 1)). */
  readonly k: number;
  /** Practice p's neighbours are neighbours[p·k … p·k + k), nearest first (ties: lower index first). */
  readonly neighbours: Int32Array;
  /** Matching distances in metres. */
  readonly distanceM: Float64Array;
}

/**
 * Exact k nearest practices of every practice (not an all-pairs scan).
 * @param index From {@link buildPracticeIndex}.
 * @param neighbourCount Requested k; the result uses min(k, count − 1).
 * @returns Neighbours and distances per practice, nearest first.
 * @example
 * const { k, neighbours } = findNearestNeighbours(buildPracticeIndex(x, y), 6);
 */
export function findNearestNeighbours(
  index: PracticeIndex,
  neighbourCount: number
): NearestNeighbours {
  if (!Number.isInteger(neighbourCount) || neighbourCount < 1) {
    throw new Error(`Neighbour count ${neighbourCount} is not a whole number of at least 1.`);
  }
  const { count } = index;
  const k = Math.max(0, Math.min(neighbourCount, count - 1));
  const neighbours = new Int32Array(count * k);
  const distanceM = new Float64Array(count * k);
  const ids = new Int32Array(Math.max(k, 1));
  const d2 = new Float64Array(Math.max(k, 1));
  for (let p = 0; p < count && k > 0; p++) {
    nearestPractices(index, p, k, ids, d2);
    for (let j = 0; j < k; j++) {
      neighbours[p * k + j] = ids[j] as number;
      distanceM[p * k + j] = Math.sqrt(d2[j] as number);
    }
  }
  return { k, neighbours, distanceM };
}
