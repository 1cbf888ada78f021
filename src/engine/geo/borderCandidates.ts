/**
 * For each CCG, the only practices of other CCGs that can be the nearest other-CCG practice of one of
 * its practices: those at, or joined by a Delaunay edge to, a position holding one of its practices.
 *
 * Why this is exact: let q be a nearest practice of another group to practice p (group g), at distance
 * d > 0. Grow a disc from q's position towards p's, its centre on the segment between them: up to
 * radius d/2 it lies inside the disc of radius d around p, touching that disc's boundary only at q.
 * The first position it meets is therefore strictly nearer to p than d (or is p's own), so it holds
 * only practices of g; and a disc empty but for two positions on its boundary makes them a Delaunay
 * edge (with several on the boundary at once, q's neighbours along them are edges). So q's position
 * is at, or a Delaunay neighbour of, a position holding a practice of g. At d = 0, q shares p's
 * position. The same holds for every practice at the nearest distance, so ties resolve as a full scan
 * would. It rests on the triangulation being Delaunay, as the territory adjacency already does.
 *
 * A CCG's candidates lie along its border: some tens to a few hundred practices where the CCG has
 * thousands, so scanning them is quicker than a kd-tree search that must prove, across the CCG's own
 * practices, that nothing of another group is nearer.
 */
import type { TerritoryAdjacency } from "./delaunayAdjacency";

/** Candidate practices of other groups, group by group. */
export interface BorderCandidates {
  /** Candidates of group g: practices[offsets[g] … offsets[g + 1]), each once. */
  readonly offsets: Int32Array;
  readonly practices: Int32Array;
  /** Their positions, interleaved (x at 2c, y at 2c + 1), for scanning in order. */
  readonly coords: Float64Array;
  /**
   * Bounding boxes of blocks of up to {@link BLOCK} consecutive candidates of one group (min x, min y,
   * max x, max y at 4b … 4b + 3); group g's blocks are firstBlock[g] … firstBlock[g + 1] − 1.
   * Candidates come in the order of the positions they border, so a block usually covers a small area.
   */
  readonly boxes: Float64Array;
  readonly firstBlock: Int32Array;
}

/** Candidates per bounding box. */
const BLOCK = 16;

/** Marks a vertex whose practices belong to more than one group. */
const MIXED = -2;

/** The group of each vertex's practices, or MIXED; in vertex order, so neighbours are read nearby. */
function groupsOfVertices(adjacency: TerritoryAdjacency, group: Int32Array): Int32Array {
  const { vertexCount, vertexPracticeOffsets, vertexPractices } = adjacency;
  const vertexGroup = new Int32Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) {
    const first = vertexPracticeOffsets[v] as number;
    const last = vertexPracticeOffsets[v + 1] as number;
    let g = group[vertexPractices[first] as number] as number;
    for (let a = first + 1; a < last && g !== MIXED; a++)
      if (group[vertexPractices[a] as number] !== g) g = MIXED;
    vertexGroup[v] = g;
  }
  return vertexGroup;
}

/**
 * Calls `visit(g, q)` for every group g at a vertex and practice q of another group at that vertex or
 * a neighbouring one (the same pair may come more than once).
 */
function forEachPair(
  adjacency: TerritoryAdjacency,
  group: Int32Array,
  vertexGroup: Int32Array,
  visit: (g: number, q: number) => void
): void {
  const {
    vertexCount,
    vertexPracticeOffsets,
    vertexPractices,
    neighbourOffsets,
    neighbourVertices,
  } = adjacency;
  for (let w = 0; w < vertexCount; w++) {
    const first = vertexPracticeOffsets[w] as number;
    const last = vertexPracticeOffsets[w + 1] as number;
    const start = neighbourOffsets[w] as number;
    const end = neighbourOffsets[w + 1] as number;
    const wGroup = vertexGroup[w] as number;
    if (wGroup !== MIXED) {
      // The common case: one group at w; a neighbour of that same group holds no candidate.
      for (let e = start; e < end; e++) {
        const u = neighbourVertices[e] as number;
        if (vertexGroup[u] === wGroup) continue;
        const next = vertexPracticeOffsets[u + 1] as number;
        for (let c = vertexPracticeOffsets[u] as number; c < next; c++) {
          const q = vertexPractices[c] as number;
          if (group[q] !== wGroup) visit(wGroup, q);
        }
      }
      continue;
    }
    for (let a = first; a < last; a++) {
      const g = group[vertexPractices[a] as number] as number;
      let repeated = false;
      for (let b = first; b < a && !repeated; b++)
        repeated = group[vertexPractices[b] as number] === g;
      if (repeated) continue;
      // The vertex itself (e = start − 1), then its neighbours.
      for (let e = start - 1; e < end; e++) {
        const u = e < start ? w : (neighbourVertices[e] as number);
        const next = vertexPracticeOffsets[u + 1] as number;
        for (let c = vertexPracticeOffsets[u] as number; c < next; c++) {
          const q = vertexPractices[c] as number;
          if (group[q] !== g) visit(g, q);
        }
      }
    }
  }
}

/**
 * Each group's candidate practices for its nearest practice of another group (see the module note).
 * @param x Easting of each practice (metres).
 * @param y Northing of each practice (metres).
 * @param group Group of each practice.
 * @param groupCount Number of groups.
 * @param adjacency Delaunay adjacency of the same practices ({@link buildTerritoryAdjacency}).
 * @returns Candidates per group, each practice once per group.
 * @example
 * const candidates = findBorderCandidates(points.x, points.y, points.group, points.groupCount, adjacency);
 */
export function findBorderCandidates(
  x: Float64Array,
  y: Float64Array,
  group: Int32Array,
  groupCount: number,
  adjacency: TerritoryAdjacency
): BorderCandidates {
  // Count (with repeats), place group by group, then drop repeats within each group.
  const vertexGroup = groupsOfVertices(adjacency, group);
  const counts = new Int32Array(groupCount + 1);
  forEachPair(adjacency, group, vertexGroup, (g) => {
    counts[g + 1] = (counts[g + 1] as number) + 1;
  });
  for (let g = 0; g < groupCount; g++)
    counts[g + 1] = (counts[g + 1] as number) + (counts[g] as number);
  const placed = new Int32Array(counts[groupCount] as number);
  const cursor = counts.slice(0, groupCount);
  forEachPair(adjacency, group, vertexGroup, (g, q) => {
    const at = cursor[g] as number;
    placed[at] = q;
    cursor[g] = at + 1;
  });
  const seenFor = new Int32Array(adjacency.practiceCount).fill(-1);
  const offsets = new Int32Array(groupCount + 1);
  let unique = 0;
  for (let g = 0; g < groupCount; g++) {
    offsets[g] = unique;
    for (let c = counts[g] as number; c < (counts[g + 1] as number); c++) {
      const q = placed[c] as number;
      if (seenFor[q] === g) continue;
      seenFor[q] = g;
      placed[unique++] = q;
    }
  }
  offsets[groupCount] = unique;
  const practices = placed.subarray(0, unique);
  const coords = new Float64Array(2 * unique);
  for (let c = 0; c < unique; c++) {
    const q = practices[c] as number;
    coords[2 * c] = x[q] as number;
    coords[2 * c + 1] = y[q] as number;
  }
  const firstBlock = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++) {
    const length = (offsets[g + 1] as number) - (offsets[g] as number);
    firstBlock[g + 1] = (firstBlock[g] as number) + Math.ceil(length / BLOCK);
  }
  const boxes = new Float64Array(4 * (firstBlock[groupCount] as number));
  for (let g = 0; g < groupCount; g++) {
    const end = offsets[g + 1] as number;
    for (let b = firstBlock[g] as number, c = offsets[g] as number; c < end; b++, c += BLOCK) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let i = c; i < Math.min(c + BLOCK, end); i++) {
        const px = coords[2 * i] as number;
        const py = coords[2 * i + 1] as number;
        if (px < minX) minX = px;
        if (px > maxX) maxX = px;
        if (py < minY) minY = py;
        if (py > maxY) maxY = py;
      }
      boxes[4 * b] = minX;
      boxes[4 * b + 1] = minY;
      boxes[4 * b + 2] = maxX;
      boxes[4 * b + 3] = maxY;
    }
  }
  return { offsets, practices, coords, boxes, firstBlock };
}

/**
 * The nearest candidate to (qx, qy) of group g: lowest squared distance, ties to the lower practice.
 * Blocks whose bounding box is farther than the best so far are skipped.
 * @param candidates From {@link findBorderCandidates}.
 * @param g The query's group.
 * @param qx Query easting (metres).
 * @param qy Query northing (metres).
 * @param best In: [squared distance, practice] of a known practice of another group, or
 *   [Infinity, -1]. Out: the nearest ([Infinity, -1] when the group has no candidates and none was known).
 * @example
 * best[0] = Infinity; best[1] = -1;
 * nearestBorderCandidate(candidates, 3, 451000, 206000, best); // best[1]: the practice
 */
export function nearestBorderCandidate(
  candidates: BorderCandidates,
  g: number,
  qx: number,
  qy: number,
  best: Float64Array
): void {
  const { offsets, practices, coords, boxes, firstBlock } = candidates;
  let bestD = best[0] as number;
  let bestPractice = best[1] as number;
  const end = offsets[g + 1] as number;
  for (let b = firstBlock[g] as number, c = offsets[g] as number; c < end; b++, c += BLOCK) {
    const outX = Math.max((boxes[4 * b] as number) - qx, qx - (boxes[4 * b + 2] as number), 0);
    const outY = Math.max((boxes[4 * b + 1] as number) - qy, qy - (boxes[4 * b + 3] as number), 0);
    if (outX * outX + outY * outY > bestD) continue;
    const last = Math.min(c + BLOCK, end);
    for (let i = c; i < last; i++) {
      const dx = (coords[2 * i] as number) - qx;
      const dy = (coords[2 * i + 1] as number) - qy;
      const d = dx * dx + dy * dy;
      if (d > bestD) continue;
      const q = practices[i] as number;
      if (d < bestD || q < bestPractice) {
        bestD = d;
        bestPractice = q;
      }
    }
  }
  best[0] = bestD;
  best[1] = bestPractice;
}
