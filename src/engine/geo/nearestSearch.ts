/**
 * Exact k nearest practices, ordered by (distance, practice index): ties at equal distance go to the
 * lower practice index. Co-located practices are at distance 0.
 *
 * The search walks the Delaunay triangulation outwards from the practice's position, nearest position
 * first, and stops once the nearest position not yet taken is farther than the k-th practice found.
 *
 * Why this is exact: let q be one of the k nearest of p, at distance d > 0. Grow a disc from q's
 * position towards p's, its centre on the segment between them: up to radius d/2 it lies inside the
 * disc of radius d around p, touching that disc's boundary only at q. The first position it meets is
 * strictly nearer to p than d (or is p's own), so it holds only practices that come before q; and a
 * disc empty but for two positions on its boundary makes them a Delaunay edge (with several on the
 * boundary at once, q's neighbours along them are edges). So q's position is joined to a position of
 * practices before q, and the walk, taking positions nearest first, reaches q before stopping; every
 * practice tied at the k-th distance is reached too, so ties resolve as a full scan would. As the
 * border-candidate search (borderCandidates.ts), it rests on the triangulation being Delaunay.
 */
import { buildTerritoryAdjacency, type TerritoryAdjacency } from "./delaunayAdjacency";
import type { PracticeIndex } from "./practiceIndex";

/** Exact k nearest neighbours of every practice. */
export interface NearestNeighbours {
  /** Neighbours per practice (min(requested, count − 1)). */
  readonly k: number;
  /** Practice p's neighbours are neighbours[p·k … p·k + k), nearest first (ties: lower index first). */
  readonly neighbours: Int32Array;
  /** Matching distances in metres. */
  readonly distanceM: Float64Array;
}

/** k-nearest searches of the practices of one analysis, each a walk over the territory adjacency. */
export class NearestPracticeSearch {
  /** Per vertex: the practice whose search last reached it (each position is taken once per search). */
  private readonly reachedBy: Int32Array;
  /** Positions reached but not yet taken, and their squared distances (m²). */
  private frontier = new Int32Array(64);
  private frontierD2 = new Float64Array(64);

  /**
   * @param index Spatial index of the practices (their count and positions).
   * @param adjacency Territory adjacency of the same practices.
   * @param k Neighbours per search (≥ 1).
   */
  constructor(
    private readonly index: PracticeIndex,
    private readonly adjacency: TerritoryAdjacency,
    private readonly k: number
  ) {
    this.reachedBy = new Int32Array(adjacency.vertexCount).fill(-1);
  }

  /**
   * The k nearest practices to practice `p` (itself excluded), by (distance, practice index).
   * @param p The query practice.
   * @param outIds Out: practice indices (length ≥ k).
   * @param outD2 Out: squared distances (m²).
   * @returns How many were found: min(k, count − 1).
   */
  search(p: number, outIds: Int32Array, outD2: Float64Array): number {
    const wanted = Math.min(this.k, this.index.count - 1);
    if (wanted < 1) return 0;
    const { vertexOfPractice, vertexPracticeOffsets, vertexPractices, vertexCoords } =
      this.adjacency;
    const { neighbourOffsets, neighbourVertices } = this.adjacency;
    const { reachedBy } = this;
    const u = vertexOfPractice[p] as number;
    const ux = vertexCoords[2 * u] as number;
    const uy = vertexCoords[2 * u + 1] as number;
    let reached = 1;
    this.frontier[0] = u;
    this.frontierD2[0] = 0;
    reachedBy[u] = p;
    let kept = 0;
    while (reached > 0) {
      // The nearest position reached and not yet taken (a handful to a few tens: a scan is quickest).
      const { frontier, frontierD2 } = this;
      let nearest = 0;
      for (let i = 1; i < reached; i++)
        if ((frontierD2[i] as number) < (frontierD2[nearest] as number)) nearest = i;
      const d = frontierD2[nearest] as number;
      if (kept === wanted && d > (outD2[wanted - 1] as number)) break;
      const v = frontier[nearest] as number;
      reached--;
      frontier[nearest] = frontier[reached] as number;
      frontierD2[nearest] = frontierD2[reached] as number;
      // Its practices, kept in (distance, index) order among the `wanted` best so far.
      const practicesEnd = vertexPracticeOffsets[v + 1] as number;
      for (let a = vertexPracticeOffsets[v] as number; a < practicesEnd; a++) {
        const q = vertexPractices[a] as number;
        if (q === p) continue;
        if (kept === wanted) {
          const worst = outD2[wanted - 1] as number;
          if (d > worst || (d === worst && q > (outIds[wanted - 1] as number))) continue;
        }
        let j = kept < wanted ? kept++ : wanted - 1;
        while (j > 0) {
          const before = outD2[j - 1] as number;
          if (before < d || (before === d && (outIds[j - 1] as number) < q)) break;
          outD2[j] = before;
          outIds[j] = outIds[j - 1] as number;
          j--;
        }
        outD2[j] = d;
        outIds[j] = q;
      }
      // Its neighbouring positions join the frontier.
      const end = neighbourOffsets[v + 1] as number;
      for (let e = neighbourOffsets[v] as number; e < end; e++) {
        const w = neighbourVertices[e] as number;
        if (reachedBy[w] === p) continue;
        reachedBy[w] = p;
        const dx = (vertexCoords[2 * w] as number) - ux;
        const dy = (vertexCoords[2 * w + 1] as number) - uy;
        if (reached === this.frontier.length) this.growFrontier();
        this.frontier[reached] = w;
        this.frontierD2[reached] = dx * dx + dy * dy;
        reached++;
      }
    }
    return kept;
  }

  /** Doubles the frontier's room (a walk through a position with very many neighbours). */
  private growFrontier(): void {
    const frontier = new Int32Array(2 * this.frontier.length);
    const frontierD2 = new Float64Array(2 * this.frontier.length);
    frontier.set(this.frontier);
    frontierD2.set(this.frontierD2);
    this.frontier = frontier;
    this.frontierD2 = frontierD2;
  }
}

/**
 * Exact k nearest practices of every practice (not an all-pairs scan).
 * @param index From {@link buildPracticeIndex}.
 * @param neighbourCount Requested k; the result uses min(k, count − 1).
 * @param adjacency Territory adjacency of the same practices (built when not given).
 * @returns Neighbours and distances per practice, nearest first.
 * @example
 * const { k, neighbours } = findNearestNeighbours(buildPracticeIndex(x, y), 6);
 */
export function findNearestNeighbours(
  index: PracticeIndex,
  neighbourCount: number,
  adjacency?: TerritoryAdjacency
): NearestNeighbours {
  if (!Number.isInteger(neighbourCount) || neighbourCount < 1) {
    throw new Error(`Neighbour count ${neighbourCount} is not a whole number of at least 1.`);
  }
  const { count } = index;
  const k = Math.max(0, Math.min(neighbourCount, count - 1));
  const neighbours = new Int32Array(count * k);
  const distanceM = new Float64Array(count * k);
  if (k === 0) return { k, neighbours, distanceM };
  const search = new NearestPracticeSearch(
    index,
    adjacency ?? buildTerritoryAdjacency(index.x, index.y, count),
    k
  );
  const ids = new Int32Array(k);
  const d2 = new Float64Array(k);
  for (let p = 0; p < count; p++) {
    search.search(p, ids, d2);
    for (let j = 0; j < k; j++) {
      neighbours[p * k + j] = ids[j] as number;
      distanceM[p * k + j] = Math.sqrt(d2[j] as number);
    }
  }
  return { k, neighbours, distanceM };
}
