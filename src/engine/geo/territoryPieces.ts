/**
 * Territory pieces of each CCG (SPEC §3.2): connected components of its practices under the
 * territory adjacency, with pieces closer than `bridgeKm` joined; the main piece is the most
 * populous and everything outside it is detached.
 */
import type { PackedPractices } from "./types";
import type { TerritoryAdjacency } from "./delaunayAdjacency";
import { buildPracticeIndex, type PracticeIndex } from "./practiceIndex";
import { createDisjointSets, findRoot, unite } from "./unionFind";

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

/*
 * Work happens on "members": practices in the adjacency's vertex order (adjacency.vertexPractices),
 * so that neighbouring vertices, and their union–find entries, sit close together in memory.
 */

/** Joins same-group members at one vertex and across every triangulation edge. */
function joinAdjacent(
  adjacency: TerritoryAdjacency,
  memberGroup: Int32Array,
  groupCount: number,
  parent: Int32Array,
  size: Int32Array
): void {
  const { vertexCount, vertexPracticeOffsets: at, neighbourOffsets, neighbourVertices } = adjacency;
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
        const g = memberGroup[j] as number;
        if (stamp[g] === mark) unite(parent, size, j, representative[g] as number);
        else {
          stamp[g] = mark;
          representative[g] = j;
        }
      }
    }
    for (let k = neighbourOffsets[u] as number; k < (neighbourOffsets[u + 1] as number); k++) {
      const v = neighbourVertices[k] as number;
      if (v < u) continue; // each edge once
      const vFrom = at[v] as number;
      const vTo = at[v + 1] as number;
      if (uTo - uFrom === 1 && vTo - vFrom === 1) {
        if (memberGroup[uFrom] === memberGroup[vFrom]) unite(parent, size, uFrom, vFrom);
        continue;
      }
      mark++;
      for (let j = uFrom; j < uTo; j++) {
        const g = memberGroup[j] as number;
        stamp[g] = mark;
        representative[g] = j;
      }
      for (let j = vFrom; j < vTo; j++) {
        const g = memberGroup[j] as number;
        if (stamp[g] === mark) unite(parent, size, j, representative[g] as number);
      }
    }
  }
}

/**
 * Joins same-group members closer than `bridgeM` (strictly). Only members outside their group's
 * largest piece search: any two pieces include at most one largest, so every close pair is found.
 */
function joinBridged(
  points: PackedPractices,
  adjacency: TerritoryAdjacency,
  index: PracticeIndex,
  bridgeM: number,
  memberGroup: Int32Array,
  memberOfPractice: Int32Array,
  parent: Int32Array,
  size: Int32Array
): void {
  const { count, x, y, group, groupCount } = points;
  const memberPractice = adjacency.vertexPractices;
  const largestRoot = new Int32Array(groupCount).fill(-1);
  for (let j = 0; j < count; j++) {
    if (findRoot(parent, j) !== j) continue;
    const g = memberGroup[j] as number;
    const best = largestRoot[g] as number;
    if (best < 0 || (size[j] as number) > (size[best] as number)) largestRoot[g] = j;
  }
  const bridge2 = bridgeM * bridgeM;
  for (let j = 0; j < count; j++) {
    const g = memberGroup[j] as number;
    if (findRoot(parent, j) === largestRoot[g]) continue;
    const p = memberPractice[j] as number;
    const px = x[p] as number;
    const py = y[p] as number;
    const found = index.tree?.within(px, py, bridgeM) ?? [];
    for (const q of found) {
      if (group[q] !== g) continue;
      const dx = (x[q] as number) - px;
      const dy = (y[q] as number) - py;
      if (dx * dx + dy * dy < bridge2) unite(parent, size, j, memberOfPractice[q] as number);
    }
  }
}

/**
 * Numbers the disjoint sets in order of their first member and labels each member with its set's
 * number, in place of its parent (the sets are done with). `size` is overwritten too.
 * @returns The number of sets.
 */
function numberSets(parent: Int32Array, size: Int32Array, count: number): number {
  // Every member straight under its root first, so that labelling can overwrite parents.
  for (let j = 0; j < count; j++) parent[j] = findRoot(parent, j);
  const numberOfRoot = size.fill(-1, 0, count);
  let sets = 0;
  for (let j = 0; j < count; j++) {
    const root = parent[j] as number;
    let number = numberOfRoot[root] as number;
    if (number < 0) {
      number = sets++;
      numberOfRoot[root] = number;
    }
    parent[j] = number;
  }
  return sets;
}

/**
 * Finds each group's territory pieces, numbers them by population and measures what is detached.
 * @param points Packed practices.
 * @param adjacency Territory adjacency of the same practices.
 * @param bridgeKm Pieces whose closest practices are closer than this (km) are joined; 0 joins none.
 * @param index Optional spatial index of the same practices (built when needed and not given).
 * @returns Pieces per practice and per group.
 * @example
 * const pieces = findTerritoryPieces(points, buildTerritoryAdjacency(points.x, points.y), 0);
 */
export function findTerritoryPieces(
  points: PackedPractices,
  adjacency: TerritoryAdjacency,
  bridgeKm: number,
  index?: PracticeIndex
): TerritoryPieces {
  const { count, weight, group, groupCount } = points;
  if (!Number.isFinite(bridgeKm) || bridgeKm < 0) {
    throw new Error(`Bridge distance ${bridgeKm} km is not a non-negative number.`);
  }
  if (adjacency.practiceCount !== count) {
    throw new Error(
      `The adjacency holds ${adjacency.practiceCount} practices but ${count} were packed.`
    );
  }
  const memberPractice = adjacency.vertexPractices;
  const memberGroup = new Int32Array(count);
  for (let j = 0; j < count; j++) memberGroup[j] = group[memberPractice[j] as number] as number;
  const { parent, size } = createDisjointSets(count);
  joinAdjacent(adjacency, memberGroup, groupCount, parent, size);
  if (bridgeKm > 0 && count > 1) {
    const memberOfPractice = new Int32Array(count);
    for (let j = 0; j < count; j++) memberOfPractice[memberPractice[j] as number] = j;
    const tree = index ?? buildPracticeIndex(points.x, points.y, count);
    joinBridged(
      points,
      adjacency,
      tree,
      bridgeKm * 1000,
      memberGroup,
      memberOfPractice,
      parent,
      size
    );
  }

  // Number the pieces, then one record per piece: its group, population, practices and lowest
  // practice index (sized by the pieces found, usually far fewer than the practices).
  const parts = numberSets(parent, size, count);
  const partOfMember = parent;
  const partGroup = new Int32Array(parts);
  const partPopulation = new Float64Array(parts);
  const partPractices = new Int32Array(parts);
  const partFirst = new Int32Array(parts);
  for (let j = 0; j < count; j++) {
    const part = partOfMember[j] as number;
    const p = memberPractice[j] as number;
    if (partPractices[part] === 0) {
      partGroup[part] = memberGroup[j] as number;
      partFirst[part] = p;
    } else if (p < (partFirst[part] as number)) {
      partFirst[part] = p;
    }
    partPopulation[part] = (partPopulation[part] as number) + (weight[p] as number);
    partPractices[part] = (partPractices[part] as number) + 1;
  }

  // Bucket pieces by group, order each bucket by population and number them.
  const pieces = new Int32Array(groupCount);
  for (let part = 0; part < parts; part++) {
    const g = partGroup[part] as number;
    pieces[g] = (pieces[g] as number) + 1;
  }
  const groupStart = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++)
    groupStart[g + 1] = (groupStart[g] as number) + (pieces[g] as number);
  const order = new Int32Array(parts);
  const cursor = groupStart.slice(0, groupCount);
  for (let part = 0; part < parts; part++) {
    const g = partGroup[part] as number;
    const at = cursor[g] as number;
    cursor[g] = at + 1;
    order[at] = part;
  }
  const numberOfPart = new Int32Array(parts);
  for (let g = 0; g < groupCount; g++) {
    const from = groupStart[g] as number;
    const to = (groupStart[g + 1] as number) - 1;
    // More population first, then more practices, then the lower first practice.
    if (to > from) {
      order
        .subarray(from, to + 1)
        .sort(
          (a, b) =>
            (partPopulation[b] as number) - (partPopulation[a] as number) ||
            (partPractices[b] as number) - (partPractices[a] as number) ||
            (partFirst[a] as number) - (partFirst[b] as number)
        );
    }
    for (let j = from; j <= to; j++) numberOfPart[order[j] as number] = j - from;
  }

  const piece = new Int32Array(count);
  for (let j = 0; j < count; j++) {
    piece[memberPractice[j] as number] = numberOfPart[partOfMember[j] as number] as number;
  }
  const detached = new Uint8Array(count);
  const totalWeight = new Float64Array(groupCount);
  const practices = new Int32Array(groupCount);
  const detachedWeight = new Float64Array(groupCount);
  const detachedPractices = new Int32Array(groupCount);
  for (let p = 0; p < count; p++) {
    const g = group[p] as number;
    const w = weight[p] as number;
    const number = piece[p] as number;
    totalWeight[g] = (totalWeight[g] as number) + w;
    practices[g] = (practices[g] as number) + 1;
    if (number > 0) {
      detached[p] = 1;
      detachedWeight[g] = (detachedWeight[g] as number) + w;
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
