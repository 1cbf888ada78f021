/**
 * Practice adjacency in the SPEC §3.2 sense (practices are neighbours when they share a Delaunay
 * edge), used to make every sample CCG one contiguous territory and to check the deliberate
 * geography cases (see strayPieces.ts and geographyCases.ts).
 */

import Delaunator from "delaunator";
import { wgs84ToBritishNationalGrid } from "../engine/geo/projection";
import type { PracticePoints } from "./placement";

/** Neighbours of practice p: `neighbours[offsets[p] … offsets[p + 1])`. */
export interface PracticeAdjacency {
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** 1 when the practice lies on the convex hull of all practices (the edge of the map). */
  readonly onHull: Uint8Array;
  /** British National Grid position of each practice: easting, northing (metres) interleaved. */
  readonly grid: Float64Array;
}

/**
 * Triangulates the practices (on the British National Grid) and lists each one's neighbours.
 * @param points Practice positions (their rounded latitude and longitude are used).
 * @returns Compact adjacency; practices at an identical position to another get no neighbours.
 */
export function practiceAdjacency(points: PracticePoints): PracticeAdjacency {
  const { count } = points;
  const onHull = new Uint8Array(count);
  // Triangulate on the British National Grid, as the analysis does (Delaunay depends on the projection).
  const coords = new Float64Array(count * 2);
  for (let p = 0; p < count; p++) {
    const { easting, northing } = wgs84ToBritishNationalGrid(
      points.latitude[p] as number,
      points.longitude[p] as number
    );
    coords[2 * p] = easting;
    coords[2 * p + 1] = northing;
  }
  if (count < 3) {
    return {
      offsets: new Int32Array(count + 1),
      neighbours: new Int32Array(0),
      onHull: onHull.fill(1),
      grid: coords,
    };
  }
  const { triangles, halfedges, hull } = new Delaunator(coords);
  for (const p of hull) onHull[p] = 1;
  const degree = new Int32Array(count + 1);
  const eachEdge = (visit: (a: number, b: number) => void): void => {
    for (let e = 0; e < triangles.length; e++) {
      const twin = halfedges[e] as number;
      if (twin !== -1 && twin < e) continue;
      visit(triangles[e] as number, triangles[e % 3 === 2 ? e - 2 : e + 1] as number);
    }
  };
  eachEdge((a, b) => {
    degree[a + 1] = (degree[a + 1] as number) + 1;
    degree[b + 1] = (degree[b + 1] as number) + 1;
  });
  for (let p = 1; p <= count; p++) degree[p] = (degree[p] as number) + (degree[p - 1] as number);
  const offsets = degree.slice();
  const neighbours = new Int32Array(offsets[count] as number);
  const fill = offsets.slice(0, count);
  eachEdge((a, b) => {
    neighbours[fill[a] as number] = b;
    fill[a] = (fill[a] as number) + 1;
    neighbours[fill[b] as number] = a;
    fill[b] = (fill[b] as number) + 1;
  });
  return { offsets, neighbours, onHull, grid: coords };
}

/**
 * The CCGs, other than their own, that the given practices share an edge with.
 * @param adjacency Practice adjacency.
 * @param ccgOfPractice CCG index per practice.
 * @param practices Practices of one CCG.
 * @returns Neighbouring CCG indices.
 */
export function neighbouringCcgs(
  adjacency: PracticeAdjacency,
  ccgOfPractice: Int32Array,
  practices: readonly number[]
): Set<number> {
  const found = new Set<number>();
  for (const p of practices) {
    const own = ccgOfPractice[p];
    for (let k = adjacency.offsets[p] as number; k < (adjacency.offsets[p + 1] as number); k++) {
      const other = ccgOfPractice[adjacency.neighbours[k] as number] as number;
      if (other !== own) found.add(other);
    }
  }
  return found;
}

/**
 * Number of pieces (connected through same-CCG edges) among the practices of one CCG.
 * @param adjacency Practice adjacency.
 * @param ccgOfPractice CCG index per practice.
 * @param practices All practices of one CCG.
 * @returns The piece count (0 for no practices).
 */
export function countPieces(
  adjacency: PracticeAdjacency,
  ccgOfPractice: Int32Array,
  practices: readonly number[]
): number {
  const seen = new Set<number>();
  let pieces = 0;
  for (const start of practices) {
    if (seen.has(start)) continue;
    pieces++;
    const ccg = ccgOfPractice[start];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const p = stack.pop() as number;
      for (let k = adjacency.offsets[p] as number; k < (adjacency.offsets[p + 1] as number); k++) {
        const q = adjacency.neighbours[k] as number;
        if (ccgOfPractice[q] === ccg && !seen.has(q)) {
          seen.add(q);
          stack.push(q);
        }
      }
    }
  }
  return pieces;
}
