/**
 * Neighbour purity and embedded practices (SPEC §3.2), plus each practice's nearest practice of
 * another CCG.
 */
import type { PackedPractices } from "./types";
import type { PracticeIndex } from "./practiceIndex";
import { NearestPracticeSearch } from "./nearestSearch";
import { buildTerritoryAdjacency, type TerritoryAdjacency } from "./delaunayAdjacency";
import { BorderCandidateSearch, findBorderCandidates } from "./borderCandidates";

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

/** The k nearest practices of every practice, as the purity search finds them (squared distances, metres²). */
export interface NearestLists {
  readonly k: number;
  /** Practice p's nearest are ids[p·k … p·k + found[p]), nearest first (ties: lower index first). */
  readonly ids: Int32Array;
  readonly d2: Float64Array;
  readonly found: Int32Array;
}

/** Nearest other group (-1 none, -2 unknown: search) and its distance (km) per practice, when known. */
export interface KnownNearestOther {
  readonly group: Int32Array;
  readonly km: Float64Array;
}

/**
 * The k nearest practices of every practice: they do not depend on the CCGs, so a scenario that only
 * re-codes practices measures purity from the baseline's lists ({@link measureNeighbourPurity}).
 * @param index Spatial index of the practices.
 * @param neighbourCount Neighbours per practice; min(k, count − 1) are kept.
 * @param adjacency Territory adjacency of the same practices.
 * @example const lists = nearestLists(index, 6, adjacency);
 */
export function nearestLists(
  index: PracticeIndex,
  neighbourCount: number,
  adjacency: TerritoryAdjacency
): NearestLists {
  const count = index.count;
  const k = Math.max(0, Math.min(neighbourCount, count - 1));
  const ids = new Int32Array(count * k);
  const d2 = new Float64Array(count * k);
  const found = new Int32Array(count);
  if (k === 0) return { k, ids, d2, found };
  const search = new NearestPracticeSearch(index, adjacency, k);
  for (let p = 0; p < count; p++)
    found[p] = search.search(p, ids.subarray(p * k, p * k + k), d2.subarray(p * k, p * k + k));
  return { k, ids, d2, found };
}

/**
 * Measures neighbour purity, embedded practices and nearest other-group practices.
 * @param points Packed practices.
 * @param index Spatial index of the same practices ({@link buildPracticeIndex}).
 * @param neighbourCount Neighbours per practice (SPEC: 6); min(k, count − 1) are used.
 * @param adjacency Delaunay adjacency of the same practices (built when not given): a practice none
 *   of whose k nearest is of another group finds its nearest practice of another group among its
 *   group's border candidates (borderCandidates.ts).
 * @param lists The k nearest of every practice, found before ({@link nearestLists}); searched when not given.
 * @param known For a practice none of whose k nearest is of another group: its nearest other group and
 *   distance when already known (a scenario's untouched CCGs keep the baseline's), group -2 when not.
 * @returns Per-practice and per-group measures.
 * @example
 * const purity = measureNeighbourPurity(points, buildPracticeIndex(points.x, points.y), 6);
 */
export function measureNeighbourPurity(
  points: PackedPractices,
  index: PracticeIndex,
  neighbourCount: number,
  adjacency?: TerritoryAdjacency,
  lists?: NearestLists,
  known?: KnownNearestOther
): NeighbourPurity {
  const { count, x, y, group, weight, groupCount } = points;
  if (index.count !== count) {
    throw new Error(`The practice index holds ${index.count} practices but ${count} were packed.`);
  }
  if (!Number.isInteger(neighbourCount) || neighbourCount < 1) {
    throw new Error(`Neighbour count ${neighbourCount} is not a whole number of at least 1.`);
  }
  const k = Math.max(0, Math.min(neighbourCount, count - 1));
  const practicePurity = new Float64Array(count);
  const embedded = new Uint8Array(count);
  const nearestOtherGroup = new Int32Array(count);
  const nearestOtherKm = new Float64Array(count);
  const graph = adjacency ?? buildTerritoryAdjacency(x, y, count);
  let candidates: BorderCandidateSearch | null = null;
  const search = k > 0 ? new NearestPracticeSearch(index, graph, k) : null;
  const nearestIds = new Int32Array(Math.max(k, 1));
  const nearestD2 = new Float64Array(Math.max(k, 1));
  const nearestCandidate = new Float64Array(2);
  // Practices in the adjacency's vertex order: spatial when its vertices are (coherence.ts).
  for (const p of graph.vertexPractices) {
    const own = group[p] as number;
    let found: number;
    if (lists !== undefined && lists.k === k) {
      found = lists.found[p] as number;
      nearestIds.set(lists.ids.subarray(p * k, p * k + found));
      nearestD2.set(lists.d2.subarray(p * k, p * k + found));
    } else found = search === null ? 0 : search.search(p, nearestIds, nearestD2);
    let same = 0;
    let firstOther = -1;
    for (let j = 0; j < found; j++) {
      if (group[nearestIds[j] as number] === own) same++;
      else if (firstOther < 0) firstOther = j;
    }
    practicePurity[p] = k > 0 ? same / k : Number.NaN;
    embedded[p] = k > 0 && same === 0 ? 1 : 0;
    if (firstOther >= 0) {
      // The k nearest are ordered by (distance, index): the first of another group is the answer.
      nearestOtherGroup[p] = group[nearestIds[firstOther] as number] as number;
      nearestOtherKm[p] = Math.sqrt(nearestD2[firstOther] as number) / 1000;
      continue;
    }
    // None of the k nearest is of another group, so the answer is at least as far as the k-th.
    const knownGroup = known?.group[p] ?? -2;
    if (knownGroup >= -1) {
      nearestOtherGroup[p] = knownGroup;
      nearestOtherKm[p] = known?.km[p] ?? Number.NaN;
      continue;
    }
    const kthM = found > 0 ? Math.sqrt(nearestD2[found - 1] as number) : 0;
    candidates ??= new BorderCandidateSearch(findBorderCandidates(group, groupCount, graph), x, y);
    candidates.nearest(own, x[p] as number, y[p] as number, 2 * kthM, nearestCandidate);
    const other = nearestCandidate[1] as number;
    nearestOtherGroup[p] = other < 0 ? -1 : (group[other] as number);
    nearestOtherKm[p] = other < 0 ? Number.NaN : Math.sqrt(nearestCandidate[0] as number) / 1000;
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
