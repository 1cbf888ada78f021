/**
 * Keeps the deliberately small CCGs near their planned size: cutting errors and stray-piece
 * repairs can leave one with only a practice or two, so it takes over neighbouring practices
 * (nearest its centre first, from CCGs that can spare them) until it is back near its plan.
 */

import type { PracticeAdjacency } from "./contiguity";
import type { PracticePoints } from "./placement";

/** A small CCG below this share of its plan grows… */
const GROW_BELOW_SHARE = 0.85;
/** …without passing this share of it. */
const GROW_AT_MOST_SHARE = 1.1;
/** Donor CCGs keep more than this many practices. */
const DONOR_MIN_PRACTICES = 10;

/**
 * Grows each of the given CCGs that fell well below its planned population, in place.
 * @param points List sizes.
 * @param ccgOfPractice CCG index per practice; changed in place.
 * @param adjacency Practice adjacency with grid positions.
 * @param plannedPopulations Planned population by CCG index.
 * @param small The CCGs to look after (they never donate to each other).
 * @returns How many practices changed CCG.
 */
export function growSmallCcgs(
  points: PracticePoints,
  ccgOfPractice: Int32Array,
  adjacency: PracticeAdjacency,
  plannedPopulations: readonly number[],
  small: ReadonlySet<number>
): number {
  const population = new Map<number, number>();
  const practiceCount = new Map<number, number>();
  const members = new Map<number, number[]>();
  for (let p = 0; p < points.count; p++) {
    const ccg = ccgOfPractice[p] as number;
    population.set(ccg, (population.get(ccg) ?? 0) + (points.listSize[p] as number));
    practiceCount.set(ccg, (practiceCount.get(ccg) ?? 0) + 1);
    if (small.has(ccg)) members.set(ccg, [...(members.get(ccg) ?? []), p]);
  }
  const { offsets, neighbours, grid } = adjacency;
  let moved = 0;
  for (const ccg of [...small].sort((a, b) => a - b)) {
    const planned = plannedPopulations[ccg] as number;
    const own = members.get(ccg) ?? [];
    while ((population.get(ccg) ?? 0) < GROW_BELOW_SHARE * planned && own.length > 0) {
      let east = 0;
      let north = 0;
      for (const p of own) {
        east += grid[2 * p] as number;
        north += grid[2 * p + 1] as number;
      }
      east /= own.length;
      north /= own.length;
      let best = -1;
      let bestDistance = Infinity;
      for (const p of own) {
        for (let k = offsets[p] as number; k < (offsets[p + 1] as number); k++) {
          const q = neighbours[k] as number;
          const donor = ccgOfPractice[q] as number;
          if (
            donor === ccg ||
            small.has(donor) ||
            (practiceCount.get(donor) ?? 0) <= DONOR_MIN_PRACTICES
          )
            continue;
          if (
            (population.get(ccg) ?? 0) + (points.listSize[q] as number) >
            GROW_AT_MOST_SHARE * planned
          )
            continue;
          const distance =
            ((grid[2 * q] as number) - east) ** 2 + ((grid[2 * q + 1] as number) - north) ** 2;
          if (distance < bestDistance) [best, bestDistance] = [q, distance];
        }
      }
      if (best < 0) break;
      const donor = ccgOfPractice[best] as number;
      const size = points.listSize[best] as number;
      population.set(donor, (population.get(donor) ?? 0) - size);
      practiceCount.set(donor, (practiceCount.get(donor) ?? 0) - 1);
      population.set(ccg, (population.get(ccg) ?? 0) + size);
      ccgOfPractice[best] = ccg;
      own.push(best);
      moved++;
    }
  }
  return moved;
}
