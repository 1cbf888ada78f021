/**
 * The territory adjacency seen practice by practice (CSR), for callers and tests; the analysis
 * itself works on the vertex level of delaunayAdjacency.ts.
 */
import type { TerritoryAdjacency } from "./delaunayAdjacency";

/** A compact adjacency list (CSR): neighbours of i are neighbours[offsets[i] … offsets[i+1]). */
export interface CompactAdjacency {
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

/**
 * Expands the vertex adjacency to practices: practice p's neighbours are the other practices at
 * its position and every practice at a neighbouring position. Symmetric, without self-loops.
 * Size grows with the square of the number of practices sharing one position, so the analysis
 * itself works on the vertex level; this view is for callers and tests.
 * @param adjacency From {@link buildTerritoryAdjacency}.
 * @returns CSR adjacency over practices.
 * @example
 * const { offsets, neighbours } = practiceAdjacency(buildTerritoryAdjacency(x, y));
 */
export function practiceAdjacency(adjacency: TerritoryAdjacency): CompactAdjacency {
  const {
    practiceCount,
    vertexOfPractice,
    vertexPracticeOffsets,
    vertexPractices,
    neighbourOffsets,
    neighbourVertices,
  } = adjacency;
  const offsets = new Int32Array(practiceCount + 1);
  for (let p = 0; p < practiceCount; p++) {
    const u = vertexOfPractice[p] as number;
    let degree =
      (vertexPracticeOffsets[u + 1] as number) - (vertexPracticeOffsets[u] as number) - 1;
    for (let k = neighbourOffsets[u] as number; k < (neighbourOffsets[u + 1] as number); k++) {
      const v = neighbourVertices[k] as number;
      degree += (vertexPracticeOffsets[v + 1] as number) - (vertexPracticeOffsets[v] as number);
    }
    offsets[p + 1] = (offsets[p] as number) + degree;
  }
  const neighbours = new Int32Array(offsets[practiceCount] as number);
  for (let p = 0; p < practiceCount; p++) {
    const u = vertexOfPractice[p] as number;
    let out = offsets[p] as number;
    for (
      let j = vertexPracticeOffsets[u] as number;
      j < (vertexPracticeOffsets[u + 1] as number);
      j++
    ) {
      const q = vertexPractices[j] as number;
      if (q !== p) neighbours[out++] = q;
    }
    for (let k = neighbourOffsets[u] as number; k < (neighbourOffsets[u + 1] as number); k++) {
      const v = neighbourVertices[k] as number;
      for (
        let j = vertexPracticeOffsets[v] as number;
        j < (vertexPracticeOffsets[v + 1] as number);
        j++
      ) {
        neighbours[out++] = vertexPractices[j] as number;
      }
    }
  }
  return { offsets, neighbours };
}
