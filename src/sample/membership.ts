/**
 * Which practices have signed up as members of their CCG: nearly all, except in one or two
 * CCGs below the 75% red line and a few CCGs with one practice holding out (between 75% and 100%).
 */

import type { PracticePoints } from "./placement";
import type { SeededRandom } from "./random";

/** Member flag per practice and the CCGs given low or partial membership. */
export interface Membership {
  /** 1 when the practice is a member, 0 when not. */
  readonly isMember: Uint8Array;
  /** CCG indices where members hold under 75% of the population. */
  readonly belowRedLine: readonly number[];
  /** CCG indices where members hold between 75% and 100%. */
  readonly partial: readonly number[];
}

/**
 * Decides membership.
 * @param points List sizes.
 * @param ccgOfPractice CCG index per practice.
 * @param ccgCount Number of CCGs.
 * @param excluded CCG indices to leave fully signed up (the deliberate geography and size cases).
 * @param random The shared generator.
 * @returns Member flags and the CCGs affected.
 */
export function assignMembership(
  points: PracticePoints,
  ccgOfPractice: Int32Array,
  ccgCount: number,
  excluded: ReadonlySet<number>,
  random: SeededRandom
): Membership {
  const isMember = new Uint8Array(points.count).fill(1);
  const practicesOf: number[][] = Array.from({ length: ccgCount }, () => []);
  for (let p = 0; p < points.count; p++) practicesOf[ccgOfPractice[p] as number]?.push(p);
  const candidates = practicesOf
    .map((practices, ccg) => ({ practices, ccg }))
    .filter(({ practices, ccg }) => practices.length >= 4 && !excluded.has(ccg));
  random.shuffle(candidates);
  const lowCount = ccgCount >= 20 ? 2 : ccgCount >= 2 ? 1 : 0;
  const partialCount = ccgCount >= 4 ? Math.max(1, Math.round(ccgCount * 0.06)) : 0;
  const belowRedLine: number[] = [];
  const partial: number[] = [];
  for (const { practices, ccg } of candidates) {
    const population = practices.reduce((sum, p) => sum + (points.listSize[p] as number), 0);
    const shuffled = random.shuffle([...practices]);
    if (belowRedLine.length < lowCount) {
      // Take practices out until members hold 55–74% of the population.
      let outside = 0;
      for (const p of shuffled) {
        const size = points.listSize[p] as number;
        if ((outside + size) / population > 0.45) continue;
        isMember[p] = 0;
        outside += size;
        if (outside / population > 0.26) break;
      }
      if (outside / population > 0.25) belowRedLine.push(ccg);
      else for (const p of practices) isMember[p] = 1;
    } else if (partial.length < partialCount) {
      const holdOut = shuffled.find((p) => (points.listSize[p] as number) / population < 0.2);
      if (holdOut === undefined) continue;
      isMember[holdOut] = 0;
      partial.push(ccg);
    } else {
      break;
    }
  }
  return { isMember, belowRedLine, partial };
}
