/**
 * The population each sample CCG is planned to have: mostly lognormal around the real median
 * (about 220,000), plus a few deliberately small ones (under 50,000 and under 100,000) so the
 * size ratings and collaborative arrangements have something to bite on.
 */

import type { SeededRandom } from "./random";

/** Planned populations by CCG index, and which CCGs were planned small. */
export interface PlannedSizes {
  readonly populations: readonly number[];
  /** CCG indices planned under 50,000. */
  readonly underRedLine: readonly number[];
  /** CCG indices planned between 50,000 and 100,000. */
  readonly underAmberLine: readonly number[];
}

/** Regular CCGs: spread of the logarithm of their population, and clip range relative to the median. */
const REGULAR_LOG_SIGMA = 0.45;
const REGULAR_MIN_RATIO = 0.35;
const REGULAR_MAX_RATIO = 3.2;
/** Average regular CCG population below which no deliberately small CCGs are planned. */
const SMALL_CCGS_NEED_AVERAGE = 150000;

/**
 * Plans CCG populations that add up to the whole population.
 * @param ccgCount Number of CCGs.
 * @param totalPopulation Sum of all list sizes.
 * @param random The shared generator.
 * @returns Planned populations (by CCG index) and the indices planned small.
 * @example planPopulations(210, 57_000_000, new SeededRandom(1)).underRedLine.length // 3
 */
export function planPopulations(
  ccgCount: number,
  totalPopulation: number,
  random: SeededRandom
): PlannedSizes {
  let redCount = ccgCount >= 3 ? Math.max(1, Math.round(ccgCount * 0.015)) : 0;
  let amberCount = ccgCount >= 3 ? Math.max(1, Math.round(ccgCount * 0.03)) : 0;
  const smallPopulations: number[] = [];
  for (let i = 0; i < redCount; i++) smallPopulations.push(random.uniform(36000, 45000));
  for (let i = 0; i < amberCount; i++) smallPopulations.push(random.uniform(58000, 90000));
  const smallTotal = smallPopulations.reduce((sum, p) => sum + p, 0);
  const regularCount = ccgCount - redCount - amberCount;
  if (regularCount > 0 && (totalPopulation - smallTotal) / regularCount < SMALL_CCGS_NEED_AVERAGE) {
    redCount = 0;
    amberCount = 0;
    smallPopulations.length = 0;
  }
  const regularWeights: number[] = [];
  for (let i = redCount + amberCount; i < ccgCount; i++) {
    const ratio = random.lognormal(1, REGULAR_LOG_SIGMA);
    regularWeights.push(Math.min(REGULAR_MAX_RATIO, Math.max(REGULAR_MIN_RATIO, ratio)));
  }
  const regularTotal = totalPopulation - smallPopulations.reduce((sum, p) => sum + p, 0);
  const weightTotal = regularWeights.reduce((sum, w) => sum + w, 0);
  const planned = [
    ...smallPopulations,
    ...regularWeights.map((w) => (regularTotal * w) / weightTotal),
  ];
  const roles = planned.map((_, i) => i);
  random.shuffle(roles);
  const populations = new Array<number>(ccgCount);
  const underRedLine: number[] = [];
  const underAmberLine: number[] = [];
  roles.forEach((source, ccg) => {
    populations[ccg] = planned[source] as number;
    if (source < redCount) underRedLine.push(ccg);
    else if (source < redCount + amberCount) underAmberLine.push(ccg);
  });
  return { populations, underRedLine, underAmberLine };
}
