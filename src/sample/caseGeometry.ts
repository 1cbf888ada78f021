/**
 * Shared geometry of the deliberate geography cases: which CCGs neighbour each other, how far a
 * point is from the edge of a CCG's territory, and discs of practices deep inside a territory.
 */

import type { PracticeAdjacency } from "./contiguity";
import { distanceToOutlineKm, latitudeAtKm, longitudeAtKm } from "./england";
import type { PracticePoints } from "./placement";
import type { SeededRandom } from "./random";
import type { Territories, TerritoryNode } from "./territories";

/** One straight boundary of a territory: inside when `side × (cutKm − key) ≥ 0`. */
export interface Boundary {
  readonly node: TerritoryNode;
  readonly side: 1 | -1;
}

/** Two neighbouring CCGs. */
export interface Neighbours {
  readonly a: number;
  readonly b: number;
}

/** Number of surrounding practices that must lie well inside the host territory. */
export const RING_PRACTICES = 8;
/** Candidates tried, best first, before a case is given up. */
export const MAX_TRIES = 12;
/** Practices tried as disc centres per territory (besides its centroid): more in small samples, where few pairs exist. */
const DISC_CENTRES = { smallSample: 16, largeSample: 8 } as const;
/** Samples up to this many practices count as small for {@link DISC_CENTRES}. */
const SMALL_SAMPLE_PRACTICES = 2000;
/** Shared Delaunay edges that make two CCGs neighbours for the cases. */
const MIN_SHARED_EDGES = 3;

/** A possible disc centre inside a CCG's territory: its clearance and the CCG's practices by distance. */
interface DiscCentre {
  readonly clearanceKm: number;
  /** The CCG's practices by distance from the centre, and those distances (km). */
  readonly sorted: { readonly practices: Int32Array; readonly km: Float64Array };
}

/** What the case makers share. */
export interface CaseContext {
  readonly points: PracticePoints;
  readonly territories: Territories;
  readonly isSmall: ReadonlySet<number>;
  readonly random: SeededRandom;
  readonly adjacency: PracticeAdjacency | null;
  readonly boundariesOf: ReadonlyMap<number, readonly Boundary[]>;
  readonly used: Set<number>;
  readonly minClearanceRatio: number;
  readonly discCentreCache: Map<number, readonly DiscCentre[]>;
}

/**
 * @param items Any list.
 * @param limit Most items wanted.
 * @returns At most `limit` items, evenly spread through the list (all of them when few enough).
 */
export function spreadSubset<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  return Array.from(
    { length: limit },
    (_, i) => items[Math.floor((i * items.length) / limit)] as T
  );
}

/**
 * @param root The cutting tree.
 * @returns The straight cuts bounding each leaf's territory, by CCG index.
 */
export function leafBoundaries(root: TerritoryNode): Map<number, Boundary[]> {
  const result = new Map<number, Boundary[]>();
  const boundaries: Boundary[] = [];
  const visit = (node: TerritoryNode): void => {
    if (node.left === null || node.right === null) {
      result.set(node.ccg, [...boundaries]);
      return;
    }
    boundaries.push({ node, side: 1 });
    visit(node.left);
    boundaries.pop();
    boundaries.push({ node, side: -1 });
    visit(node.right);
    boundaries.pop();
  };
  visit(root);
  return result;
}

/**
 * @param root The cutting tree.
 * @returns Pairs of CCGs that are the two halves of one cut (always neighbours), in tree order.
 */
export function siblingNeighbours(root: TerritoryNode): Neighbours[] {
  const pairs: Neighbours[] = [];
  const visit = (node: TerritoryNode): void => {
    if (node.left === null || node.right === null) return;
    if (node.left.leafCount === 1 && node.right.leafCount === 1)
      pairs.push({ a: node.left.ccg, b: node.right.ccg });
    visit(node.left);
    visit(node.right);
  };
  visit(root);
  return pairs;
}

/**
 * @param territories CCG labels.
 * @param adjacency Practice adjacency.
 * @returns Pairs of CCGs sharing at least {@link MIN_SHARED_EDGES} Delaunay edges, in CCG order.
 */
export function sharedEdgeNeighbours(
  territories: Territories,
  adjacency: PracticeAdjacency
): Neighbours[] {
  const { ccgOfPractice } = territories;
  const ccgCount = territories.root.leafCount;
  const shared = new Map<number, number>();
  for (let p = 0; p < ccgOfPractice.length; p++) {
    const a = ccgOfPractice[p] as number;
    for (let k = adjacency.offsets[p] as number; k < (adjacency.offsets[p + 1] as number); k++) {
      const b = ccgOfPractice[adjacency.neighbours[k] as number] as number;
      if (a < b) shared.set(a * ccgCount + b, (shared.get(a * ccgCount + b) ?? 0) + 1);
    }
  }
  return [...shared]
    .filter(([, edges]) => edges >= MIN_SHARED_EDGES)
    .map(([key]) => ({ a: Math.floor(key / ccgCount), b: key % ccgCount }))
    .sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * @param territories Territories regrouped by CCG (runs match labels, see `regroupByCcg`).
 * @param ccg CCG index.
 * @returns The CCG's practices.
 */
export function practicesOfCcg(territories: Territories, ccg: number): number[] {
  const leaf = territories.leaves[ccg] as TerritoryNode;
  return Array.from(territories.order.subarray(leaf.start, leaf.end));
}

/**
 * @param points List sizes.
 * @param practices Practice indices.
 * @returns Their total list size.
 */
export function populationOf(points: PracticePoints, practices: readonly number[]): number {
  return practices.reduce((sum, p) => sum + (points.listSize[p] as number), 0);
}

/**
 * @param points Positions.
 * @param practices Practice indices (at least one).
 * @returns Their unweighted centre on the flat km grid, [east, north].
 */
export function centroidOf(points: PracticePoints, practices: readonly number[]): [number, number] {
  let east = 0;
  let north = 0;
  for (const p of practices) {
    east += points.eastKm[p] as number;
    north += points.northKm[p] as number;
  }
  return [east / practices.length, north / practices.length];
}

/** Distance from a point to the edge of the territory bounded by `boundaries` and the coast (negative when outside). */
function clearanceKm(east: number, north: number, boundaries: readonly Boundary[]): number {
  let clearance = distanceToOutlineKm(latitudeAtKm(north), longitudeAtKm(east));
  for (const { node, side } of boundaries) {
    const key = east * node.directionEast + north * node.directionNorth;
    clearance = Math.min(clearance, side * (node.cutKm - key));
  }
  return clearance;
}

/** Practices sorted by distance from a point, and their distances (km) in the same order. */
function byDistance(
  points: PracticePoints,
  practices: readonly number[],
  east: number,
  north: number
): { practices: Int32Array; km: Float64Array } {
  const distance = new Float64Array(practices.length);
  practices.forEach((p, i) => {
    distance[i] = Math.hypot(
      (points.eastKm[p] as number) - east,
      (points.northKm[p] as number) - north
    );
  });
  const order = Int32Array.from(practices.keys()).sort(
    (a, b) =>
      (distance[a] as number) - (distance[b] as number) ||
      (practices[a] as number) - (practices[b] as number)
  );
  return {
    practices: order.map((i) => practices[i] as number),
    km: Float64Array.from(order, (i) => distance[i] as number),
  };
}

/**
 * Possible disc centres of a CCG (its centroid and some of its practices, see {@link DISC_CENTRES})
 * that lie inside its territory; computed once per CCG.
 */
function discCentres(context: CaseContext, ccg: number): readonly DiscCentre[] {
  const cached = context.discCentreCache.get(ccg);
  if (cached !== undefined) return cached;
  const { points, territories, boundariesOf } = context;
  const practices = practicesOfCcg(territories, ccg);
  const positions: [number, number][] = [centroidOf(points, practices)];
  const centreCount =
    points.count <= SMALL_SAMPLE_PRACTICES ? DISC_CENTRES.smallSample : DISC_CENTRES.largeSample;
  const step = Math.max(1, Math.floor(practices.length / centreCount));
  for (let i = 0; i < practices.length; i += step) {
    const p = practices[i] as number;
    positions.push([points.eastKm[p] as number, points.northKm[p] as number]);
  }
  const centres: DiscCentre[] = [];
  for (const [east, north] of positions) {
    const clearance = clearanceKm(east, north, boundariesOf.get(ccg) ?? []);
    if (clearance > 0)
      centres.push({ clearanceKm: clearance, sorted: byDistance(points, practices, east, north) });
  }
  context.discCentreCache.set(ccg, centres);
  return centres;
}

/**
 * The best disc of a CCG's nearest practices to a centre, as many as fit within `target`
 * population (at least one): centred where the ring of {@link RING_PRACTICES} practices around
 * the disc leaves the most room to the territory's edge.
 * @param context The shared case context (caches each CCG's candidate centres).
 * @param ccg CCG index.
 * @param target Largest population for the disc (the first practice is taken regardless).
 * @returns The disc, its population and clearance ÷ ring radius; null when no centre fits.
 */
export function bestDisc(context: CaseContext, ccg: number, target: number) {
  let best: { disc: number[]; population: number; ratio: number } | null = null;
  for (const { clearanceKm: clearance, sorted } of discCentres(context, ccg)) {
    let population = 0;
    let size = 0;
    while (size < sorted.practices.length) {
      const next = context.points.listSize[sorted.practices[size] as number] as number;
      if (size > 0 && population + next > target) break;
      population += next;
      size++;
    }
    const ringKm = sorted.km[size + RING_PRACTICES - 1];
    if (ringKm === undefined) continue;
    const ratio = clearance / Math.max(ringKm, 1e-6);
    if (best === null || ratio > best.ratio)
      best = { disc: Array.from(sorted.practices.subarray(0, size)), population, ratio };
  }
  return best;
}

/**
 * Sets the CCG of some practices.
 * @param territories Labels, changed in place.
 * @param changes [practice, new CCG] pairs.
 * @returns A function that puts the old labels back.
 */
export function relabel(
  territories: Territories,
  changes: readonly (readonly [number, number])[]
): () => void {
  const before = changes.map(([p]) => [p, territories.ccgOfPractice[p] as number] as const);
  for (const [p, ccg] of changes) territories.ccgOfPractice[p] = ccg;
  return () => {
    for (const [p, ccg] of before) territories.ccgOfPractice[p] = ccg;
  };
}

/** Sorts candidates in place, highest score first, and returns them. */
export const byScore = <T extends { score: number }>(candidates: T[]): T[] =>
  candidates.sort((a, b) => b.score - a.score);
