/**
 * Territory pieces of each CCG (SPEC §3.2): connected components of its practices under the
 * territory adjacency, with pieces closer than `bridgeKm` joined; the main piece is the most
 * populous and everything outside it is detached.
 */
import type { PackedPractices } from './types';
import type { TerritoryAdjacency } from './delaunayAdjacency';
import { buildPracticeIndex, type PracticeIndex } from './practiceIndex';
import { createDisjointSets, findRoot, unite } from './unionFind';
import { sortByPopulation } from './flatSort';

/** Pieces per practice and per group. */
export interface TerritoryPieces {
  /** Per practice: piece number within its group, 0 = main (most populous) piece. */
  readonly piece: Int32Array;
  /** Per practice: 1 when outside its group's main piece. */
  readonly detached: Uint8Array;
  /** Per group: number of pieces (0 without practices). */
  readonly pieces: Int32Array;
  /** Per group: share of list size outside the main piece (practice share when list sizes sum to 0); NaN without practices. */
  readonly detachedShare: Float64Array;
  /** Per group: practices outside the main piece. */
  readonly detachedPractices: Int32Array;
}

/** Joins same-group practices at one vertex and across every triangulation edge. */
function joinAdjacent(points: PackedPractices, adjacency: TerritoryAdjacency, parent: Int32Array, size: Int32Array): void {
  const { group, groupCount } = points;
  const { vertexCount, vertexPracticeOffsets: at, vertexPractices: members, neighbourOffsets, neighbourVertices } =
    adjacency;
  const stamp = new Int32Array(groupCount).fill(-1);
  const representative = new Int32Array(groupCount);
  let mark = 0;
  for (let u = 0; u < vertexCount; u++) {
    const uFrom = at[u] as number;
    const uTo = at[u + 1] as number;
    // Co-located practices of one group.
    if (uTo - uFrom > 1) {
      mark++;
      for (let j = uFrom; j < uTo; j++) {
        const p = members[j] as number;
        const g = group[p] as number;
        if (stamp[g] === mark) unite(parent, size, p, representative[g] as number);
        else {
          stamp[g] = mark;
          representative[g] = p;
        }
      }
    }
    for (let k = neighbourOffsets[u] as number; k < (neighbourOffsets[u + 1] as number); k++) {
      const v = neighbourVertices[k] as number;
      if (v < u) continue; // each edge once
      const vFrom = at[v] as number;
      const vTo = at[v + 1] as number;
      if (uTo - uFrom === 1 && vTo - vFrom === 1) {
        const p = members[uFrom] as number;
        const q = members[vFrom] as number;
        if (group[p] === group[q]) unite(parent, size, p, q);
        continue;
      }
      mark++;
      for (let j = uFrom; j < uTo; j++) {
        const p = members[j] as number;
        stamp[group[p] as number] = mark;
        representative[group[p] as number] = p;
      }
      for (let j = vFrom; j < vTo; j++) {
        const q = members[j] as number;
        const g = group[q] as number;
        if (stamp[g] === mark) unite(parent, size, q, representative[g] as number);
      }
    }
  }
}

/** Joins same-group practices closer than `bridgeM` (strictly), for groups still in several pieces. */
function joinBridged(points: PackedPractices, index: PracticeIndex, bridgeM: number, parent: Int32Array, size: Int32Array): void {
  const { count, x, y, group, groupCount } = points;
  const roots = new Int32Array(groupCount);
  for (let p = 0; p < count; p++) {
    const g = group[p] as number;
    if (findRoot(parent, p) === p) roots[g] = (roots[g] as number) + 1;
  }
  const found = new Uint32Array(count);
  const bridge2 = bridgeM * bridgeM;
  for (let p = 0; p < count; p++) {
    const g = group[p] as number;
    if ((roots[g] as number) < 2) continue;
    const px = x[p] as number;
    const py = y[p] as number;
    const n = index.tree.withinInto(px, py, bridgeM, found);
    for (let j = 0; j < n; j++) {
      const q = found[j] as number;
      if (q === p || group[q] !== g) continue;
      const dx = (x[q] as number) - px;
      const dy = (y[q] as number) - py;
      if (dx * dx + dy * dy < bridge2 && unite(parent, size, p, q)) roots[g] = (roots[g] as number) - 1;
    }
  }
}

/**
 * Finds each group's territory pieces, numbers them by population and measures what is detached.
 * @param points Packed practices.
 * @param adjacency Territory adjacency of the same practices.
 * @param bridgeKm Pieces whose closest practices are closer than this (km) are joined; 0 joins none.
 * @param index Optional kd-tree of the same practices (built when needed and not given).
 * @returns Pieces per practice and per group.
 * @example
 * const pieces = findTerritoryPieces(points, buildTerritoryAdjacency(points.x, points.y), 0);
 */
export function findTerritoryPieces(
  points: PackedPractices,
  adjacency: TerritoryAdjacency,
  bridgeKm: number,
  index?: PracticeIndex,
): TerritoryPieces {
  const { count, weight, group, groupCount } = points;
  if (!Number.isFinite(bridgeKm) || bridgeKm < 0) {
    throw new Error(`Bridge distance ${bridgeKm} km is not a non-negative number.`);
  }
  if (adjacency.practiceCount !== count) {
    throw new Error(`The adjacency holds ${adjacency.practiceCount} practices but ${count} were packed.`);
  }
  const { parent, size } = createDisjointSets(count);
  joinAdjacent(points, adjacency, parent, size);
  if (bridgeKm > 0 && count > 1) {
    joinBridged(points, index ?? buildPracticeIndex(points.x, points.y, count), bridgeKm * 1000, parent, size);
  }

  // One slot per piece, created in order of each piece's lowest practice index.
  const slotOfRoot = new Int32Array(count).fill(-1);
  const slotOfPractice = new Int32Array(count);
  const slotGroup = new Int32Array(count);
  const slotPopulation = new Float64Array(count);
  const slotPractices = new Int32Array(count);
  const slotFirst = new Int32Array(count);
  let slots = 0;
  for (let p = 0; p < count; p++) {
    const root = findRoot(parent, p);
    let slot = slotOfRoot[root] as number;
    if (slot < 0) {
      slot = slots++;
      slotOfRoot[root] = slot;
      slotGroup[slot] = group[p] as number;
      slotFirst[slot] = p;
    }
    slotOfPractice[p] = slot;
    slotPopulation[slot] = (slotPopulation[slot] as number) + (weight[p] as number);
    slotPractices[slot] = (slotPractices[slot] as number) + 1;
  }

  // Bucket slots by group, order each bucket by population and number the pieces.
  const pieces = new Int32Array(groupCount);
  for (let s = 0; s < slots; s++) {
    const g = slotGroup[s] as number;
    pieces[g] = (pieces[g] as number) + 1;
  }
  const groupStart = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++) groupStart[g + 1] = (groupStart[g] as number) + (pieces[g] as number);
  const order = new Int32Array(slots);
  const cursor = groupStart.slice(0, groupCount);
  for (let s = 0; s < slots; s++) {
    const g = slotGroup[s] as number;
    const slot = cursor[g] as number;
    cursor[g] = slot + 1;
    order[slot] = s;
  }
  const pieceOfSlot = new Int32Array(slots);
  for (let g = 0; g < groupCount; g++) {
    const from = groupStart[g] as number;
    const to = (groupStart[g + 1] as number) - 1;
    if (to > from) sortByPopulation(order, from, to, slotPopulation, slotPractices, slotFirst);
    for (let j = from; j <= to; j++) pieceOfSlot[order[j] as number] = j - from;
  }

  const piece = new Int32Array(count);
  const detached = new Uint8Array(count);
  const totalWeight = new Float64Array(groupCount);
  const practices = new Int32Array(groupCount);
  const detachedWeight = new Float64Array(groupCount);
  const detachedPractices = new Int32Array(groupCount);
  for (let p = 0; p < count; p++) {
    const g = group[p] as number;
    const number = pieceOfSlot[slotOfPractice[p] as number] as number;
    piece[p] = number;
    totalWeight[g] = (totalWeight[g] as number) + (weight[p] as number);
    practices[g] = (practices[g] as number) + 1;
    if (number > 0) {
      detached[p] = 1;
      detachedWeight[g] = (detachedWeight[g] as number) + (weight[p] as number);
      detachedPractices[g] = (detachedPractices[g] as number) + 1;
    }
  }
  const detachedShare = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const n = practices[g] as number;
    const w = totalWeight[g] as number;
    if (n === 0) detachedShare[g] = Number.NaN;
    else if (w > 0) detachedShare[g] = (detachedWeight[g] as number) / w;
    else detachedShare[g] = (detachedPractices[g] as number) / n;
  }
  return { piece, detached, pieces, detachedShare, detachedPractices };
}
