/**
 * Embedded and border practices (SPEC §3.2, issue #15): a practice none of whose nearest practices is in
 * its CCG is *embedded* when it also lies outside its CCG's main territory piece, and a *border practice*
 * (reported, not rated) when it lies inside the main piece.
 */
import { PackedPractices, PracticeGeography } from "./geo/types";

/** Per-CCG counts of embedded and border practices, indexed by CCG. */
export interface EmbeddedCounts {
  /** Practices outside the main piece with none of their nearest practices in their CCG. */
  readonly embeddedPractices: Int32Array;
  /** Their share of the CCG's population with coordinates (0 … 1). */
  readonly embeddedShare: Float64Array;
  /** Practices inside the main piece with none of their nearest practices in their CCG. */
  readonly borderPractices: Int32Array;
  /**
   * The CCG that most of a CCG's detached practices (outside its main piece) have as their nearest other
   * CCG: the one its territory splits around; -1 when it has no detached practice.
   */
  readonly splitAround: Int32Array;
}

/**
 * True when the practice at `index` (of the packed practices) counts as embedded for the rating: none of
 * its nearest practices is in its CCG and it lies outside the CCG's main piece.
 * @example isEmbeddedForRating(geography.practices, 12)
 */
export function isEmbeddedForRating(practices: PracticeGeography, index: number): boolean {
  return practices.embedded[index] === 1 && practices.detached[index] === 1;
}

/**
 * True when the practice at `index` is a border practice: none of its nearest practices is in its CCG,
 * but it lies inside the CCG's main piece.
 */
export function isBorderPractice(practices: PracticeGeography, index: number): boolean {
  return practices.embedded[index] === 1 && practices.detached[index] !== 1;
}

/**
 * Count embedded and border practices of every CCG from the geography's per-practice flags.
 * @param points the packed practices (CCG and list size of each)
 * @param practices the geography's per-practice results, indexed like `points`
 * @returns counts and the embedded share of each CCG's packed population
 * @example countEmbeddedPractices(points, geography.practices).embeddedPractices[group]
 */
export function countEmbeddedPractices(
  points: PackedPractices,
  practices: PracticeGeography
): EmbeddedCounts {
  const embeddedPractices = new Int32Array(points.groupCount);
  const borderPractices = new Int32Array(points.groupCount);
  const embeddedPopulation = new Float64Array(points.groupCount);
  const population = new Float64Array(points.groupCount);
  for (let index = 0; index < points.count; index++) {
    const group = points.group[index] as number;
    const weight = points.weight[index] as number;
    population[group] = (population[group] as number) + weight;
    if (isEmbeddedForRating(practices, index)) {
      embeddedPractices[group] = (embeddedPractices[group] as number) + 1;
      embeddedPopulation[group] = (embeddedPopulation[group] as number) + weight;
    } else if (isBorderPractice(practices, index)) {
      borderPractices[group] = (borderPractices[group] as number) + 1;
    }
  }
  const splitAround = mostCommonNeighbourOfDetached(points, practices);
  const practiceCount = new Int32Array(points.groupCount);
  for (let index = 0; index < points.count; index++) {
    const group = points.group[index] as number;
    practiceCount[group] = (practiceCount[group] as number) + 1;
  }
  // As the geography does: a share of practices when a CCG's list sizes sum to 0.
  const embeddedShare = new Float64Array(points.groupCount);
  for (let group = 0; group < points.groupCount; group++) {
    const total = population[group] as number;
    const practicesInGroup = practiceCount[group] as number;
    embeddedShare[group] =
      total > 0
        ? (embeddedPopulation[group] as number) / total
        : practicesInGroup > 0
          ? (embeddedPractices[group] as number) / practicesInGroup
          : 0;
  }
  return { embeddedPractices, embeddedShare, borderPractices, splitAround };
}

function mostCommonNeighbourOfDetached(
  points: PackedPractices,
  practices: PracticeGeography
): Int32Array {
  const tallies = new Map<number, Map<number, number>>();
  for (let index = 0; index < points.count; index++) {
    const other = practices.nearestOtherGroup[index] ?? -1;
    if (practices.detached[index] !== 1 || other < 0) continue;
    const group = points.group[index] as number;
    const tally = tallies.get(group) ?? new Map<number, number>();
    tally.set(other, (tally.get(other) ?? 0) + 1);
    tallies.set(group, tally);
  }
  const around = new Int32Array(points.groupCount).fill(-1);
  for (const [group, tally] of tallies) {
    let best = -1;
    let bestCount = 0;
    for (const [other, count] of tally) {
      if (count > bestCount || (count === bestCount && other < best)) {
        best = other;
        bestCount = count;
      }
    }
    around[group] = best;
  }
  return around;
}
