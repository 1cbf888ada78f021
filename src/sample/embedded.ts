/**
 * Smoothing of accidental "embedded" practices (SPEC §3.2: none of a practice's 6 nearest
 * practices is in its own CCG). Straight cuts through thin country leave a few practices on the
 * wrong side of a city's edge; each such practice joins the CCG holding most of its nearest
 * practices, so that ordinary sample CCGs rate green on geography and only the deliberate cases
 * show embedded practices.
 */

import type { PracticeAdjacency } from "./contiguity";

/** Nearest practices looked at, as in the analysis. */
const NEIGHBOUR_COUNT = 6;
/** CCGs with this many practices or fewer are not smoothed. */
const MIN_PRACTICES_KEPT = 10;
/** Passes (a moved practice can leave a neighbour embedded). */
const MAX_PASSES = 3;

/**
 * The `count` nearest practices to p among its Delaunay neighbours and their neighbours (this
 * two-step ring holds the true nearest practices in all but freak layouts).
 * @param adjacency Practice adjacency with grid positions.
 * @param p A practice.
 * @param count How many.
 * @returns Practice indices, nearest first.
 */
export function nearestPractices(adjacency: PracticeAdjacency, p: number, count: number): number[] {
  const { offsets, neighbours, grid } = adjacency;
  const ring = new Set<number>();
  for (let k = offsets[p] as number; k < (offsets[p + 1] as number); k++) {
    const q = neighbours[k] as number;
    ring.add(q);
    for (let j = offsets[q] as number; j < (offsets[q + 1] as number); j++)
      ring.add(neighbours[j] as number);
  }
  ring.delete(p);
  const x = grid[2 * p] as number;
  const y = grid[2 * p + 1] as number;
  const distance = (q: number): number =>
    ((grid[2 * q] as number) - x) ** 2 + ((grid[2 * q + 1] as number) - y) ** 2;
  return [...ring].sort((a, b) => distance(a) - distance(b) || a - b).slice(0, count);
}

/** The nearest of p's Delaunay neighbours (which is its nearest practice), or p when it has none. */
function nearestNeighbour(adjacency: PracticeAdjacency, p: number): number {
  const { offsets, neighbours, grid } = adjacency;
  const x = grid[2 * p] as number;
  const y = grid[2 * p + 1] as number;
  let best = p;
  let bestDistance = Infinity;
  for (let k = offsets[p] as number; k < (offsets[p + 1] as number); k++) {
    const q = neighbours[k] as number;
    const distance = ((grid[2 * q] as number) - x) ** 2 + ((grid[2 * q + 1] as number) - y) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [q, distance];
  }
  return best;
}

/**
 * Moves each embedded practice to the CCG holding most of its nearest practices, in place
 * (practices of CCGs with {@link MIN_PRACTICES_KEPT} practices or fewer stay: a CCG of a handful
 * of practices in a city is "embedded" throughout and would be eaten up).
 * @param ccgOfPractice CCG index per practice; changed in place.
 * @param adjacency Practice adjacency with grid positions.
 * @param keep CCGs whose practices must not change (neither leave nor join), e.g. planned small ones.
 * @returns How many practices changed CCG.
 */
export function absorbEmbeddedPractices(
  ccgOfPractice: Int32Array,
  adjacency: PracticeAdjacency,
  keep: ReadonlySet<number> = new Set()
): number {
  const practiceCount = new Map<number, number>();
  for (const ccg of ccgOfPractice) practiceCount.set(ccg, (practiceCount.get(ccg) ?? 0) + 1);
  let moved = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let movedThisPass = 0;
    for (let p = 0; p < ccgOfPractice.length; p++) {
      const own = ccgOfPractice[p] as number;
      if (keep.has(own) || (practiceCount.get(own) ?? 0) <= MIN_PRACTICES_KEPT) continue;
      // The nearest practice is always a Delaunay neighbour: when it is in the same CCG, p is not embedded.
      if (ccgOfPractice[nearestNeighbour(adjacency, p)] === own) continue;
      const nearest = nearestPractices(adjacency, p, NEIGHBOUR_COUNT);
      if (nearest.length === 0 || nearest.some((q) => ccgOfPractice[q] === own)) continue;
      const votes = new Map<number, number>();
      for (const q of nearest)
        votes.set(ccgOfPractice[q] as number, (votes.get(ccgOfPractice[q] as number) ?? 0) + 1);
      // Most votes; ties go to the CCG of the nearer practice (the list is nearest first).
      let best = ccgOfPractice[nearest[0] as number] as number;
      for (const q of nearest) {
        const ccg = ccgOfPractice[q] as number;
        if ((votes.get(ccg) as number) > (votes.get(best) as number)) best = ccg;
      }
      if (keep.has(best)) continue;
      practiceCount.set(own, (practiceCount.get(own) as number) - 1);
      practiceCount.set(best, (practiceCount.get(best) ?? 0) + 1);
      ccgOfPractice[p] = best;
      movedThisPass++;
    }
    moved += movedThisPass;
    if (movedThisPass === 0) break;
  }
  return moved;
}
