/**
 * Enclosure (SPEC §3.2): a CCG all of whose cross-boundary neighbours belong to one other CCG is
 * "surrounded by" it.
 *
 * Cross-boundary neighbours are territory-adjacency neighbours (shared triangulation edge or
 * same position) in another group. A group with any practice on the outer boundary (convex hull)
 * of all practices is never surrounded: a coastal or outer CCG touching a single neighbour
 * is not enclosed by it.
 */
import type { PackedPractices } from "./types";
import type { TerritoryAdjacency } from "./delaunayAdjacency";

const NONE = -1;
const SEVERAL = -2;

/**
 * Finds, for each group, the one other group that surrounds it.
 * @param points Packed practices.
 * @param adjacency Territory adjacency of the same practices.
 * @returns Per group: the surrounding group, or -1 (no practices, no cross-boundary neighbours,
 *   neighbours in several groups, or a practice on the outer hull).
 * @example
 * const surroundedBy = findSurroundingGroups(points, adjacency); // surroundedBy[b] === a
 */
export function findSurroundingGroups(
  points: PackedPractices,
  adjacency: TerritoryAdjacency
): Int32Array {
  const { group, groupCount } = points;
  if (adjacency.practiceCount !== points.count) {
    throw new Error(
      `The adjacency holds ${adjacency.practiceCount} practices but ${points.count} were packed.`
    );
  }
  const {
    vertexCount,
    vertexPracticeOffsets: at,
    vertexPractices: members,
    neighbourOffsets,
    neighbourVertices,
    onOuterHull,
  } = adjacency;
  const other = new Int32Array(groupCount).fill(NONE);
  const outer = new Uint8Array(groupCount);
  const present = new Uint8Array(groupCount);
  const seenAtVertex = new Int32Array(groupCount).fill(-1);

  for (let u = 0; u < vertexCount; u++) {
    const uFrom = at[u] as number;
    const uTo = at[u + 1] as number;
    for (let j = uFrom; j < uTo; j++) {
      const g = group[members[j] as number] as number;
      present[g] = 1;
      if (onOuterHull[u] === 1) outer[g] = 1;
      // Every practice of g at this vertex has the same neighbours: handle g once per vertex.
      if (seenAtVertex[g] === u) continue;
      seenAtVertex[g] = u;
      let seen = other[g] as number;
      if (seen === SEVERAL) continue;
      for (let i = uFrom; i < uTo && seen !== SEVERAL; i++) {
        const h = group[members[i] as number] as number;
        if (h !== g) seen = seen === NONE || seen === h ? h : SEVERAL;
      }
      for (
        let k = neighbourOffsets[u] as number;
        k < (neighbourOffsets[u + 1] as number) && seen !== SEVERAL;
        k++
      ) {
        const v = neighbourVertices[k] as number;
        for (let i = at[v] as number; i < (at[v + 1] as number); i++) {
          const h = group[members[i] as number] as number;
          if (h !== g) seen = seen === NONE || seen === h ? h : SEVERAL;
        }
      }
      other[g] = seen;
    }
  }

  const surroundedBy = new Int32Array(groupCount).fill(-1);
  for (let g = 0; g < groupCount; g++) {
    const h = other[g] as number;
    if (present[g] === 1 && outer[g] === 0 && h >= 0) surroundedBy[g] = h;
  }
  return surroundedBy;
}
