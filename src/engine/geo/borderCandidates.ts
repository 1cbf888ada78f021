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
 * thousands, so searching them is quicker than a search of all practices that must prove, across the
 * CCG's own practices, that nothing of another group is nearer.
 */
import KDBush from "kdbush";
import type { TerritoryAdjacency } from "./delaunayAdjacency";

/** Candidate practices of other groups, group by group. */
export interface BorderCandidates {
  /** Candidates of group g: practices[offsets[g] … offsets[g + 1]), each once. */
  readonly offsets: Int32Array;
  readonly practices: Int32Array;
}

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
 * @param group Group of each practice.
 * @param groupCount Number of groups.
 * @param adjacency Delaunay adjacency of the same practices ({@link buildTerritoryAdjacency}).
 * @returns Candidates per group, each practice once per group.
 * @example
 * const candidates = findBorderCandidates(points.group, points.groupCount, adjacency);
 */
export function findBorderCandidates(
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
  return { offsets, practices: placed.slice(0, unique) };
}

/** Groups with at most this many candidates scan them; larger ones search a kd-tree of them. */
const MOST_SCANNED = 32;

/**
 * The nearest border candidate of each group to a point, ties to the lower practice index: a scan of a
 * short list, a radius search (kdbush `within`, widened until it finds one) of a long one. A group's
 * kd-tree is built the first time it is searched.
 */
export class BorderCandidateSearch {
  private readonly trees: (KDBush | undefined)[];

  /**
   * @param candidates From {@link findBorderCandidates}.
   * @param x Easting of each practice (metres).
   * @param y Northing of each practice (metres).
   */
  constructor(
    private readonly candidates: BorderCandidates,
    private readonly x: Float64Array,
    private readonly y: Float64Array
  ) {
    this.trees = new Array<KDBush | undefined>(candidates.offsets.length - 1);
  }

  /**
   * The candidate of group g nearest to (qx, qy): lowest squared distance, ties to the lower practice.
   * @param g The query's group.
   * @param qx Query easting (metres).
   * @param qy Query northing (metres).
   * @param startRadiusM First radius to search (metres); only the speed depends on it.
   * @param best Out: [squared distance, practice], or [Infinity, -1] when the group has no candidates.
   * @example
   * search.nearest(3, 451000, 206000, 500, best); // best[1]: the practice
   */
  nearest(g: number, qx: number, qy: number, startRadiusM: number, best: Float64Array): void {
    const { offsets, practices } = this.candidates;
    const from = offsets[g] as number;
    const to = offsets[g + 1] as number;
    let bestD = Infinity;
    let bestPractice = -1;
    const consider = (q: number): void => {
      const dx = (this.x[q] as number) - qx;
      const dy = (this.y[q] as number) - qy;
      const d = dx * dx + dy * dy;
      if (d < bestD || (d === bestD && q < bestPractice)) {
        bestD = d;
        bestPractice = q;
      }
    };
    if (to - from <= MOST_SCANNED) {
      for (let c = from; c < to; c++) consider(practices[c] as number);
    } else {
      const tree = this.tree(g, from, to);
      let radius = startRadiusM > 0 ? startRadiusM : 1;
      for (;;) {
        const found = tree.within(qx, qy, radius);
        // Every candidate within the radius is here, so the nearest of them is the nearest of all.
        for (const item of found) consider(practices[from + item] as number);
        if (bestPractice >= 0) break;
        radius *= 2;
      }
    }
    best[0] = bestD;
    best[1] = bestPractice;
  }

  private tree(g: number, from: number, to: number): KDBush {
    const known = this.trees[g];
    if (known !== undefined) return known;
    const { practices } = this.candidates;
    const tree = new KDBush(to - from, 16);
    for (let c = from; c < to; c++) {
      const q = practices[c] as number;
      tree.add(this.x[q] as number, this.y[q] as number);
    }
    tree.finish();
    this.trees[g] = tree;
    return tree;
  }
}
