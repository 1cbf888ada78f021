/**
 * Neighbour purity and embedded practices (SPEC §3.2), plus each practice's nearest practice of
 * another CCG.
 */
import type { PackedPractices } from "./types";
import { createSearchScratch, groupsInIndexOrder, type PracticeIndex } from "./practiceIndex";
import { searchNearestToIndexed } from "./nearestSearch";
import { nearestOtherOfIndexed, uniformGroupOfNodes } from "./nearestOtherGroup";
import type { TerritoryAdjacency } from "./delaunayAdjacency";
import { findBorderCandidates, nearestBorderCandidate } from "./borderCandidates";

/**
 * Groups with at most this many border candidates scan them (by blocks) for the nearest other-group
 * practice; larger ones search the kd-tree, whose cost does not grow with the border's length.
 */
export const MOST_CANDIDATES_SCANNED = 1024;
import { borrowFloat64, borrowInt32, type WorkArrays } from "./workArrays";
import { float64From, int32From, TypedArena, uint8From } from "../typedArena";

/** Neighbour measures per practice and per group. */
export interface NeighbourPurity {
  /** Neighbours per practice actually used: min(requested, count − 1). */
  readonly neighbourCount: number;
  /** Per practice: share of its k nearest in its own group; NaN when k = 0. */
  readonly practicePurity: Float64Array;
  /** Per practice: 1 when none of its k nearest (k ≥ 1) is in its own group. */
  readonly embedded: Uint8Array;
  /** Per practice: group of the nearest practice of another group, -1 when none. */
  readonly nearestOtherGroup: Int32Array;
  /** Per practice: distance to that practice (km), NaN when none. */
  readonly nearestOtherKm: Float64Array;
  /** Per group: list-size-weighted mean purity (equal weights when the list sizes sum to 0); NaN without practices. */
  readonly groupPurity: Float64Array;
  /** Per group: number of embedded practices. */
  readonly embeddedPractices: Int32Array;
  /** Per group: share of its list size in embedded practices (practice share when list sizes sum to 0); NaN without practices. */
  readonly embeddedShare: Float64Array;
}

/**
 * Entries of scratch ({@link WorkArrays}) that {@link measureNeighbourPurity} uses.
 * @param count Number of practices.
 * @returns Scratch length for `count` practices.
 * @example
 * const work = createWorkArrays(neighbourPurityWorkLength(points.count));
 */
export function neighbourPurityWorkLength(count: number): number {
  // Groups and uniform nodes in kd order, then the results in kd order: same-group neighbours,
  // nearest other group (Int32) and its distance (Float64, from an even entry).
  return otherKmStart(count) + 2 * count;
}

/** First scratch entry of the nearest other-group distances in kd order (even, for a Float64 view). */
function otherKmStart(count: number): number {
  return 4 * count;
}

/**
 * Where the border candidates go: the scratch beyond this stage's own entries (in an analysis, the
 * triangulation's memory: done with, and already touched, so no fresh pages), else the kept arena.
 * Arrays that do not fit are allocated on their own.
 * @param work Scratch, if any.
 * @param count Number of practices.
 * @returns The arena, or undefined without scratch.
 * @example
 * const candidates = findBorderCandidates(x, y, group, groupCount, adjacency, borderCandidateArena(work, count));
 */
export function borderCandidateArena(
  work: WorkArrays | undefined,
  count: number
): TypedArena | undefined {
  if (work === undefined) return undefined;
  const from = neighbourPurityWorkLength(count);
  return from < work.buffer.length ? TypedArena.over(work.buffer.subarray(from)) : work.kept;
}

/**
 * Measures neighbour purity, embedded practices and nearest other-group practices.
 * @param points Packed practices.
 * @param index kd-tree of the same practices ({@link buildPracticeIndex}).
 * @param neighbourCount Neighbours per practice (SPEC: 6); min(k, count − 1) are used.
 * @param work Optional scratch of {@link neighbourPurityWorkLength} entries for temporaries.
 * @param adjacency Optional Delaunay adjacency of the same practices: the nearest practice of another
 *   group is then found among each group's border candidates (borderCandidates.ts), with the same result.
 * @returns Per-practice and per-group measures.
 * @example
 * const purity = measureNeighbourPurity(points, buildPracticeIndex(points.x, points.y), 6);
 */
export function measureNeighbourPurity(
  points: PackedPractices,
  index: PracticeIndex,
  neighbourCount: number,
  work?: WorkArrays,
  adjacency?: TerritoryAdjacency
): NeighbourPurity {
  const { count, group, weight, groupCount } = points;
  if (index.count !== count) {
    throw new Error(`The practice index holds ${index.count} practices but ${count} were packed.`);
  }
  if (!Number.isInteger(neighbourCount) || neighbourCount < 1) {
    throw new Error(`Neighbour count ${neighbourCount} is not a whole number of at least 1.`);
  }
  const k = Math.max(0, Math.min(neighbourCount, count - 1));
  const outputs = work?.outputs;
  const practicePurity = float64From(outputs, count);
  const embedded = uint8From(outputs, count);
  const nearestOtherGroup = int32From(outputs, count);
  const nearestOtherKm = float64From(outputs, count);
  const { ids, coords } = index;
  const groupAt = groupsInIndexOrder(index, group, borrowInt32(work, 0, count));
  const uniformGroup = uniformGroupOfNodes(index, groupAt, borrowInt32(work, count, count));
  // Results in kd order first, moved to practice order at the end: writing them at each query's
  // practice index would scatter four writes per query across memory.
  const sameAt = borrowInt32(work, 2 * count, count);
  const otherGroupAt = borrowInt32(work, 3 * count, count);
  const otherKmAt = borrowFloat64(work, otherKmStart(count), count);
  const scratch = createSearchScratch(index);
  const bestPosition = new Int32Array(Math.max(k, 1));
  const bestId = new Int32Array(Math.max(k, 1));
  const bestD = new Float64Array(Math.max(k, 1));
  const candidates =
    adjacency === undefined
      ? null
      : findBorderCandidates(
          points.x,
          points.y,
          group,
          groupCount,
          adjacency,
          borderCandidateArena(work, count)
        );
  const nearestCandidate = new Float64Array(2);

  // Queries in kd order and groups in kd order: neighbours are read from nearby memory. The last
  // nearest other-group practice found seeds the next search (consecutive queries are close).
  let lastOther = -1;
  // The same answer as a practice index, from whichever search found it (it seeds the scans).
  let lastOtherPractice = -1;
  for (let position = 0; position < count; position++) {
    const own = groupAt[position] as number;
    const qx = coords[2 * position] as number;
    const qy = coords[2 * position + 1] as number;
    if (k > 0) searchNearestToIndexed(index, position, k, bestPosition, bestId, bestD, scratch);
    let same = 0;
    let firstOther = -1;
    for (let j = 0; j < k; j++) {
      if (groupAt[bestPosition[j] as number] === own) same++;
      else if (firstOther < 0) firstOther = j;
    }
    sameAt[position] = same;
    if (firstOther >= 0) {
      // The k nearest are exact and ordered by (distance, index): the first other-group one is it.
      lastOther = bestPosition[firstOther] as number;
      lastOtherPractice = bestId[firstOther] as number;
      otherGroupAt[position] = groupAt[lastOther] as number;
      otherKmAt[position] = Math.sqrt(bestD[firstOther] as number) / 1000;
    } else if (
      candidates !== null &&
      (candidates.offsets[own + 1] as number) - (candidates.offsets[own] as number) <=
        MOST_CANDIDATES_SCANNED
    ) {
      // The previous answer, when of another group, bounds the scan from the start.
      nearestCandidate[0] = Infinity;
      nearestCandidate[1] = -1;
      const seed = lastOtherPractice;
      if (seed >= 0 && group[seed] !== own) {
        const dx = (points.x[seed] as number) - qx;
        const dy = (points.y[seed] as number) - qy;
        nearestCandidate[0] = dx * dx + dy * dy;
        nearestCandidate[1] = seed;
      }
      nearestBorderCandidate(candidates, own, qx, qy, nearestCandidate);
      const other = nearestCandidate[1] as number;
      if (other >= 0) lastOtherPractice = other;
      if (other < 0) {
        otherGroupAt[position] = -1;
        otherKmAt[position] = Number.NaN;
      } else {
        otherGroupAt[position] = group[other] as number;
        otherKmAt[position] = Math.sqrt(nearestCandidate[0] as number) / 1000;
      }
    } else {
      const other = nearestOtherOfIndexed(
        index,
        groupAt,
        position,
        lastOther,
        scratch,
        uniformGroup
      );
      if (other >= 0) {
        lastOther = other;
        lastOtherPractice = ids[other] as number;
      }
      if (other < 0) {
        otherGroupAt[position] = -1;
        otherKmAt[position] = Number.NaN;
      } else {
        otherGroupAt[position] = groupAt[other] as number;
        const dx = (coords[2 * other] as number) - qx;
        const dy = (coords[2 * other + 1] as number) - qy;
        otherKmAt[position] = Math.sqrt(dx * dx + dy * dy) / 1000;
      }
    }
  }
  for (let position = 0; position < count; position++) {
    const p = ids[position] as number;
    const same = sameAt[position] as number;
    practicePurity[p] = k > 0 ? same / k : Number.NaN;
    embedded[p] = k > 0 && same === 0 ? 1 : 0;
    nearestOtherGroup[p] = otherGroupAt[position] as number;
    nearestOtherKm[p] = otherKmAt[position] as number;
  }

  // Per-group aggregates, weighted by list size (equal weights when a group's list sizes sum to 0).
  const totalWeight = new Float64Array(groupCount);
  const practices = new Int32Array(groupCount);
  const weightedPurity = new Float64Array(groupCount);
  const plainPurity = new Float64Array(groupCount);
  const embeddedWeight = new Float64Array(groupCount);
  const embeddedPractices = new Int32Array(groupCount);
  for (let p = 0; p < count; p++) {
    const g = group[p] as number;
    const w = weight[p] as number;
    const purity = practicePurity[p] as number;
    totalWeight[g] = (totalWeight[g] as number) + w;
    practices[g] = (practices[g] as number) + 1;
    weightedPurity[g] = (weightedPurity[g] as number) + w * purity;
    plainPurity[g] = (plainPurity[g] as number) + purity;
    if (embedded[p] === 1) {
      embeddedWeight[g] = (embeddedWeight[g] as number) + w;
      embeddedPractices[g] = (embeddedPractices[g] as number) + 1;
    }
  }
  const groupPurity = new Float64Array(groupCount);
  const embeddedShare = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const n = practices[g] as number;
    const w = totalWeight[g] as number;
    if (n === 0) {
      groupPurity[g] = Number.NaN;
      embeddedShare[g] = Number.NaN;
    } else if (w > 0) {
      groupPurity[g] = (weightedPurity[g] as number) / w;
      embeddedShare[g] = (embeddedWeight[g] as number) / w;
    } else {
      groupPurity[g] = (plainPurity[g] as number) / n;
      embeddedShare[g] = (embeddedPractices[g] as number) / n;
    }
  }
  return {
    neighbourCount: k,
    practicePurity,
    embedded,
    nearestOtherGroup,
    nearestOtherKm,
    groupPurity,
    embeddedPractices,
    embeddedShare,
  };
}
