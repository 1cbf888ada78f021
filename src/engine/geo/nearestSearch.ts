/**
 * Exact k nearest practices, ordered by (distance, practice index): ties at equal distance go to the
 * lower practice index (see practiceIndex.ts). Co-located practices are at distance 0.
 *
 * Each search starts from a radius read off the Delaunay triangulation: a practice's Delaunay
 * neighbours are its nearest practices in every direction, so the disc reaching the k-th nearest of
 * them holds at least k practices and usually not many more. Only the speed depends on this radius.
 */
import { buildTerritoryAdjacency, type TerritoryAdjacency } from "./delaunayAdjacency";
import { nearestPractices, type PracticeIndex } from "./practiceIndex";

/** Exact k nearest neighbours of every practice. */
export interface NearestNeighbours {
  /** Neighbours per practice (min(requested, count − 1)). */
  readonly k: number;
  /** Practice p's neighbours are neighbours[p·k … p·k + k), nearest first (ties: lower index first). */
  readonly neighbours: Int32Array;
  /** Matching distances in metres. */
  readonly distanceM: Float64Array;
}

/**
 * k-nearest searches of the practices of one analysis, each started from a radius read off the
 * territory adjacency ({@link NearestPracticeSearch.startRadius}).
 */
export class NearestPracticeSearch {
  /** Squared distance and practices of each neighbouring position of the current query. */
  private ringD2 = new Float64Array(16);
  private ringPractices = new Int32Array(16);

  /**
   * @param index Spatial index of the practices.
   * @param adjacency Territory adjacency of the same practices.
   * @param k Neighbours per search (≥ 1).
   */
  constructor(
    private readonly index: PracticeIndex,
    private readonly adjacency: TerritoryAdjacency,
    private readonly k: number
  ) {}

  /**
   * A radius (metres) holding at least k practices besides `p` when its position and the neighbouring
   * positions hold that many: the distance to the k-th nearest of those practices (0 when k others
   * share its position); otherwise twice the distance to the farthest of them (the search widens
   * further if needed).
   * @param p The query practice.
   * @returns The radius in metres.
   */
  startRadius(p: number): number {
    const { vertexOfPractice, vertexPracticeOffsets, vertexCoords, neighbourOffsets } =
      this.adjacency;
    const { k } = this;
    const u = vertexOfPractice[p] as number;
    const others =
      (vertexPracticeOffsets[u + 1] as number) - (vertexPracticeOffsets[u] as number) - 1;
    if (others >= k) return 0;
    const ux = vertexCoords[2 * u] as number;
    const uy = vertexCoords[2 * u + 1] as number;
    const from = neighbourOffsets[u] as number;
    const degree = (neighbourOffsets[u + 1] as number) - from;
    if (degree > this.ringD2.length) {
      this.ringD2 = new Float64Array(2 * degree);
      this.ringPractices = new Int32Array(2 * degree);
    }
    const { ringD2, ringPractices } = this;
    // Neighbouring positions by insertion, nearest first.
    for (let e = 0; e < degree; e++) {
      const v = this.adjacency.neighbourVertices[from + e] as number;
      const dx = (vertexCoords[2 * v] as number) - ux;
      const dy = (vertexCoords[2 * v + 1] as number) - uy;
      const d2 = dx * dx + dy * dy;
      const practices =
        (vertexPracticeOffsets[v + 1] as number) - (vertexPracticeOffsets[v] as number);
      let j = e;
      while (j > 0 && (ringD2[j - 1] as number) > d2) {
        ringD2[j] = ringD2[j - 1] as number;
        ringPractices[j] = ringPractices[j - 1] as number;
        j--;
      }
      ringD2[j] = d2;
      ringPractices[j] = practices;
    }
    let held = others;
    let d2 = 0;
    for (let j = 0; j < degree && held < k; j++) {
      d2 = ringD2[j] as number;
      held += ringPractices[j] as number;
    }
    // Too few around (a position with few neighbours): twice as far is a likelier first guess.
    return held >= k ? Math.sqrt(d2) : 2 * Math.sqrt(d2);
  }

  /**
   * The k nearest practices to practice `p` (itself excluded), by (distance, practice index).
   * @param p The query practice.
   * @param outIds Out: practice indices (length ≥ k).
   * @param outD2 Out: squared distances (m²).
   * @returns How many were found: min(k, count − 1).
   */
  search(p: number, outIds: Int32Array, outD2: Float64Array): number {
    return nearestPractices(this.index, p, this.k, this.startRadius(p), outIds, outD2);
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
