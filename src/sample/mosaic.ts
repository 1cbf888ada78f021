/**
 * The mosaic case: two neighbouring CCGs swap practices scattered over a band along their
 * boundary, so each falls into several pieces interleaved with the other ("mosaic" arrangements
 * were unacceptable to the 2011 configuration risk assessment).
 */

import {
  type CaseContext,
  MAX_TRIES,
  type Neighbours,
  byScore,
  practicesOfCcg,
  populationOf,
  relabel,
  spreadSubset,
} from "./caseGeometry";
import { countPieces } from "./contiguity";
import type { PracticePoints } from "./placement";
import type { SeededRandom } from "./random";
import type { Territories } from "./territories";

/** Two neighbours; `mixedPractices` were moved across their boundary, scattered among the other CCG's practices. */
export interface MosaicCase {
  readonly ccgs: readonly [number, number];
  readonly mixedPractices: readonly number[];
}

/** Share of a mosaic pair's population in the band along their boundary where practices are mixed. */
const MOSAIC_BAND_SHARE = 0.7;
/** Share of the practices in that band given to the other CCG. */
const MOSAIC_SWAP_SHARE = 0.4;
/** Random mixings tried per mosaic candidate pair. */
const MOSAIC_ROLLS = 3;
/** Most practices of the other CCG measured against when finding a mosaic's boundary band. */
const MOSAIC_DISTANCE_SAMPLE = 400;

/**
 * Makes the mosaic from the largest suitable pair of neighbours, checking (when adjacency is
 * known) that both CCGs end in several pieces; relabels practices in place.
 * @param context The shared case context; the pair is added to `used`.
 * @param pairs Neighbouring CCGs to choose from.
 * @returns The mosaic, or null when no pair works.
 */
export function makeMosaic(context: CaseContext, pairs: readonly Neighbours[]): MosaicCase | null {
  const { points, territories, isSmall, adjacency, random, used } = context;
  const candidates: { score: number; pair: Neighbours }[] = [];
  for (const pair of pairs) {
    if (used.has(pair.a) || used.has(pair.b)) continue;
    const sizeA = practicesOfCcg(territories, pair.a).length;
    const sizeB = practicesOfCcg(territories, pair.b).length;
    if (sizeA < 4 || sizeB < 4) continue;
    const score = Math.min(sizeA, sizeB) * (isSmall.has(pair.a) || isSmall.has(pair.b) ? 0.3 : 1);
    candidates.push({ score, pair });
  }
  const attempts = byScore(candidates)
    .slice(0, MAX_TRIES)
    .flatMap(({ pair }) => Array.from({ length: MOSAIC_ROLLS }, () => pair));
  for (const { a, b } of attempts) {
    const mixed = mixAlongBoundary(points, territories, a, b, random);
    const undo = relabel(
      territories,
      mixed.map((p) => [p, territories.ccgOfPractice[p] === a ? b : a] as const)
    );
    const union = [...practicesOfCcg(territories, a), ...practicesOfCcg(territories, b)];
    const interleaved =
      adjacency === null ||
      [a, b].every(
        (ccg) =>
          countPieces(
            adjacency,
            territories.ccgOfPractice,
            union.filter((p) => territories.ccgOfPractice[p] === ccg)
          ) >= 2
      );
    if (interleaved) {
      used.add(a).add(b);
      return { ccgs: [a, b], mixedPractices: mixed };
    }
    undo();
  }
  return null;
}

/**
 * Practices to move across the boundary of CCGs a and b: in the band along the boundary holding
 * {@link MOSAIC_BAND_SHARE} of their population (practices nearest the other CCG), about
 * {@link MOSAIC_SWAP_SHARE} of each side's practices (at least one each way).
 */
function mixAlongBoundary(
  points: PracticePoints,
  territories: Territories,
  a: number,
  b: number,
  random: SeededRandom
): number[] {
  const sides = [practicesOfCcg(territories, a), practicesOfCcg(territories, b)] as const;
  // Distances to (at most a few hundred of) the other CCG's practices: enough to find the band.
  const sampled = sides.map((practices) => spreadSubset(practices, MOSAIC_DISTANCE_SAMPLE)) as [
    number[],
    number[],
  ];
  const nearestOtherKm = (p: number, others: readonly number[]): number => {
    let best = Infinity;
    for (const q of others) {
      best = Math.min(
        best,
        Math.hypot(
          (points.eastKm[p] as number) - (points.eastKm[q] as number),
          (points.northKm[p] as number) - (points.northKm[q] as number)
        )
      );
    }
    return best;
  };
  const union = [
    ...sides[0].map((practice) => ({
      practice,
      side: 0,
      km: nearestOtherKm(practice, sampled[1]),
    })),
    ...sides[1].map((practice) => ({
      practice,
      side: 1,
      km: nearestOtherKm(practice, sampled[0]),
    })),
  ].sort((x, y) => x.km - y.km || x.practice - y.practice);
  const bandPopulation =
    populationOf(
      points,
      union.map((u) => u.practice)
    ) * MOSAIC_BAND_SHARE;
  const band: { practice: number; side: number }[] = [];
  let population = 0;
  for (const entry of union) {
    if (population >= bandPopulation) break;
    band.push(entry);
    population += points.listSize[entry.practice] as number;
  }
  const mixed: number[] = [];
  for (const side of [0, 1]) {
    const onSide = band.filter((entry) => entry.side === side).map((entry) => entry.practice);
    const swapped = onSide.filter(() => random.next() < MOSAIC_SWAP_SHARE);
    if (swapped.length === 0 && onSide.length > 1)
      swapped.push(onSide[random.int(onSide.length)] as number);
    mixed.push(...swapped);
  }
  return mixed;
}
