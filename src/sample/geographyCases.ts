/**
 * The three deliberate geography cases of the sample, each made by relabelling practices of two
 * neighbouring CCGs:
 * - enclosed: a town CCG becomes a disc of practices deep inside a county CCG (which takes over
 *   the town CCG's old territory), away from the coast and the edge of the map;
 * - exclave: a few practices deep inside one CCG go to a neighbour, forming its island;
 * - mosaic: two neighbours swap practices scattered over a band along their boundary.
 * Where practice adjacency is available each case is checked (and the next candidate tried).
 */

import { type PracticeAdjacency, countPieces, neighbouringCcgs } from "./contiguity";
import { distanceToOutlineKm, latitudeAtKm, longitudeAtKm } from "./england";
import type { PracticePoints } from "./placement";
import type { SeededRandom } from "./random";
import type { Territories, TerritoryNode } from "./territories";

/** The cases that could be made (null when the sample is too small to hold one). */
export interface GeographyCases {
  /** `ccg` owns an island of `islandPractices` inside `host`. */
  readonly exclave: {
    readonly ccg: number;
    readonly host: number;
    readonly islandPractices: readonly number[];
  } | null;
  /** Two neighbours; `mixedPractices` were moved across their boundary, scattered among the other CCG's practices. */
  readonly mosaic: {
    readonly ccgs: readonly [number, number];
    readonly mixedPractices: readonly number[];
  } | null;
  /** `ccg` is a disc entirely inside `surroundedBy`. */
  readonly enclosed: { readonly ccg: number; readonly surroundedBy: number } | null;
  /** Every CCG taking part in a case. */
  readonly ccgs: ReadonlySet<number>;
}

/** One straight boundary of a territory: inside when `side × (cutKm − key) ≥ 0`. */
interface Boundary {
  readonly node: TerritoryNode;
  readonly side: 1 | -1;
}

/** Two neighbouring CCGs. */
interface Neighbours {
  readonly a: number;
  readonly b: number;
}

/** Island share of the exclave CCG's population, and the accepted range. */
const EXCLAVE_SHARE = 0.1;
const EXCLAVE_SHARE_RANGE: readonly [number, number] = [0.05, 0.15];
/** Shares of the two CCGs' population the enclosed town may take, largest first, with a preference weight. */
const ENCLOSED_SHARES: readonly (readonly [number, number])[] = [
  [0.25, 1],
  [0.12, 0.7],
  [0.05, 0.4],
];
/** Number of surrounding practices that must lie well inside the host territory. */
const RING_PRACTICES = 8;
/** Share of a mosaic pair's population in the band along their boundary where practices are mixed. */
const MOSAIC_BAND_SHARE = 0.7;
/** Share of the practices in that band given to the other CCG. */
const MOSAIC_SWAP_SHARE = 0.4;
/** Practices tried as disc centres per territory (besides its centroid). */
const DISC_CENTRES = 16;
/** Candidates tried, best first, before a case is given up. */
const MAX_TRIES = 12;
/** Random mixings tried per mosaic candidate pair. */
const MOSAIC_ROLLS = 3;
/** Most practices of the other CCG measured against when finding a mosaic's boundary band. */
const MOSAIC_DISTANCE_SAMPLE = 400;
/** Neighbouring pairs examined (bounds the work for huge samples). */
const MAX_PAIRS_CONSIDERED = 400;
/**
 * Clearance (distance to the host's edge) over ring radius needed for a candidate: strict when
 * only distances vouch for the case, looser when the triangulation checks it afterwards.
 */
const MIN_CLEARANCE_RATIO = { unchecked: 1.3, checked: 0.7 } as const;
/** Shared Delaunay edges that make two CCGs neighbours for the cases. */
const MIN_SHARED_EDGES = 3;

/** What the case makers share. */
interface Context {
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
 * Makes the enclosed, exclave and mosaic cases where the territories allow, relabelling practices.
 * @param points Practice positions and list sizes.
 * @param territories The cut territories, regrouped by CCG; `ccgOfPractice` is changed in place.
 * @param isSmall CCG indices planned under 100,000 (kept out of the cases where possible, except
 *   as the enclosed town, so that they stay small).
 * @param random The shared generator.
 * @param adjacency Practice adjacency, used to find neighbouring CCGs and to check each case
 *   (trying the next candidate when one fails); null to use sibling territories and trust the
 *   distances alone (huge samples).
 * @returns What was made.
 */
export function makeGeographyCases(
  points: PracticePoints,
  territories: Territories,
  isSmall: ReadonlySet<number>,
  random: SeededRandom,
  adjacency: PracticeAdjacency | null
): GeographyCases {
  const context: Context = {
    points,
    territories,
    isSmall,
    random,
    adjacency,
    boundariesOf: leafBoundaries(territories.root),
    used: new Set(),
    minClearanceRatio:
      adjacency === null ? MIN_CLEARANCE_RATIO.unchecked : MIN_CLEARANCE_RATIO.checked,
    discCentreCache: new Map(),
  };
  const pairs = spreadSubset(
    adjacency === null
      ? siblingNeighbours(territories.root)
      : sharedEdgeNeighbours(territories, adjacency),
    MAX_PAIRS_CONSIDERED
  );
  const enclosed = makeEnclosed(context, pairs);
  const exclave = makeExclave(context, pairs);
  const mosaic = makeMosaic(context, pairs);
  return { exclave, mosaic, enclosed, ccgs: context.used };
}

/** At most `limit` items, evenly spread through the list. */
function spreadSubset<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  return Array.from(
    { length: limit },
    (_, i) => items[Math.floor((i * items.length) / limit)] as T
  );
}

/** The straight cuts bounding each leaf's territory. */
function leafBoundaries(root: TerritoryNode): Map<number, Boundary[]> {
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

/** CCGs that are the two halves of one cut (always neighbours). */
function siblingNeighbours(root: TerritoryNode): Neighbours[] {
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

/** CCGs sharing at least {@link MIN_SHARED_EDGES} Delaunay edges, in CCG order. */
function sharedEdgeNeighbours(
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

function practicesOfCcg(territories: Territories, ccg: number): number[] {
  const leaf = territories.leaves[ccg] as TerritoryNode;
  return Array.from(territories.order.subarray(leaf.start, leaf.end));
}

function populationOf(points: PracticePoints, practices: readonly number[]): number {
  return practices.reduce((sum, p) => sum + (points.listSize[p] as number), 0);
}

function centroidOf(points: PracticePoints, practices: readonly number[]): [number, number] {
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

/** Practices sorted by distance from a point, with their distances. */
function byDistance(
  points: PracticePoints,
  practices: readonly number[],
  east: number,
  north: number
): { practice: number; km: number }[] {
  return practices
    .map((practice) => ({
      practice,
      km: Math.hypot(
        (points.eastKm[practice] as number) - east,
        (points.northKm[practice] as number) - north
      ),
    }))
    .sort((a, b) => a.km - b.km || a.practice - b.practice);
}

/** A possible disc centre inside a CCG's territory: its clearance and the CCG's practices by distance. */
interface DiscCentre {
  readonly clearanceKm: number;
  readonly sorted: readonly { practice: number; km: number }[];
}

/**
 * Possible disc centres of a CCG (its centroid and up to {@link DISC_CENTRES} of its practices)
 * that lie inside its territory; computed once per CCG.
 */
function discCentres(context: Context, ccg: number): readonly DiscCentre[] {
  const cached = context.discCentreCache.get(ccg);
  if (cached !== undefined) return cached;
  const { points, territories, boundariesOf } = context;
  const practices = practicesOfCcg(territories, ccg);
  const positions: [number, number][] = [centroidOf(points, practices)];
  const step = Math.max(1, Math.floor(practices.length / DISC_CENTRES));
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
 * @returns The disc, its population and clearance ÷ ring radius; null when no centre fits.
 */
function bestDisc(context: Context, ccg: number, target: number) {
  let best: { disc: number[]; population: number; ratio: number } | null = null;
  for (const { clearanceKm: clearance, sorted } of discCentres(context, ccg)) {
    let population = 0;
    let size = 0;
    while (size < sorted.length) {
      const next = context.points.listSize[
        (sorted[size] as { practice: number }).practice
      ] as number;
      if (size > 0 && population + next > target) break;
      population += next;
      size++;
    }
    const ring = sorted[size + RING_PRACTICES - 1];
    if (ring === undefined) continue;
    const ratio = clearance / Math.max(ring.km, 1e-6);
    if (best === null || ratio > best.ratio)
      best = { disc: sorted.slice(0, size).map((s) => s.practice), population, ratio };
  }
  return best;
}

/** Sets the CCG of some practices and returns a function that puts the old ones back. */
function relabel(
  territories: Territories,
  changes: readonly (readonly [number, number])[]
): () => void {
  const before = changes.map(([p]) => [p, territories.ccgOfPractice[p] as number] as const);
  for (const [p, ccg] of changes) territories.ccgOfPractice[p] = ccg;
  return () => {
    for (const [p, ccg] of before) territories.ccgOfPractice[p] = ccg;
  };
}

const byScore = <T extends { score: number }>(candidates: T[]): T[] =>
  candidates.sort((a, b) => b.score - a.score);

/** Both orders of each pair not yet used. */
function orderedPairs(pairs: readonly Neighbours[], used: ReadonlySet<number>): [number, number][] {
  return pairs
    .filter(({ a, b }) => !used.has(a) && !used.has(b))
    .flatMap(({ a, b }): [number, number][] => [
      [a, b],
      [b, a],
    ]);
}

function makeEnclosed(context: Context, pairs: readonly Neighbours[]): GeographyCases["enclosed"] {
  const { points, territories, isSmall, adjacency, used } = context;
  const candidates: { score: number; county: number; town: number; disc: number[] }[] = [];
  for (const [county, town] of orderedPairs(pairs, used)) {
    const countyPractices = practicesOfCcg(territories, county);
    const townPopulation = populationOf(points, practicesOfCcg(territories, town));
    const combined = townPopulation + populationOf(points, countyPractices);
    // The largest town (by share of the two CCGs' population) that fits well inside the county.
    for (const [share, preference] of ENCLOSED_SHARES) {
      const found = bestDisc(context, county, Math.min(townPopulation, share * combined));
      if (found === null || found.ratio < context.minClearanceRatio) continue;
      const ringCount = countyPractices.length - found.disc.length;
      if (ringCount < RING_PRACTICES + 2) continue;
      const score =
        preference *
        Math.min(found.ratio, 3) *
        Math.min(1, ringCount / 25) *
        (isSmall.has(county) ? 0.3 : 1);
      candidates.push({ score, county, town, disc: found.disc });
      break;
    }
  }
  for (const { county, town, disc } of byScore(candidates).slice(0, MAX_TRIES)) {
    const undo = relabel(territories, [
      ...practicesOfCcg(territories, town).map((p) => [p, county] as const),
      ...disc.map((p) => [p, town] as const),
    ]);
    const enclosed =
      adjacency === null ||
      (disc.every((p) => adjacency.onHull[p] === 0) &&
        [...neighbouringCcgs(adjacency, territories.ccgOfPractice, disc)].every(
          (c) => c === county
        ));
    if (enclosed) {
      used.add(county).add(town);
      return { ccg: town, surroundedBy: county };
    }
    undo();
  }
  return null;
}

function makeExclave(context: Context, pairs: readonly Neighbours[]): GeographyCases["exclave"] {
  const { points, territories, isSmall, adjacency, used } = context;
  const candidates: { score: number; owner: number; host: number; island: number[] }[] = [];
  for (const [owner, host] of orderedPairs(pairs, used)) {
    const ownerPopulation = populationOf(points, practicesOfCcg(territories, owner));
    const hostPractices = practicesOfCcg(territories, host);
    const target = (ownerPopulation * EXCLAVE_SHARE) / (1 - EXCLAVE_SHARE);
    const found = bestDisc(context, host, target);
    if (found === null || found.ratio < context.minClearanceRatio) continue;
    const share = found.population / (found.population + ownerPopulation);
    if (share < EXCLAVE_SHARE_RANGE[0] || share > EXCLAVE_SHARE_RANGE[1]) continue;
    const ringCount = hostPractices.length - found.disc.length;
    if (ringCount < RING_PRACTICES + 2) continue;
    const smallPenalty = (isSmall.has(host) ? 0.3 : 1) * (isSmall.has(owner) ? 0.3 : 1);
    const score = Math.min(found.ratio, 3) * Math.min(1, ringCount / 25) * smallPenalty;
    candidates.push({ score, owner, host, island: found.disc });
  }
  for (const { owner, host, island } of byScore(candidates).slice(0, MAX_TRIES)) {
    const undo = relabel(
      territories,
      island.map((p) => [p, owner] as const)
    );
    const islandSet = new Set(island);
    const touchesOnlyHost =
      adjacency === null ||
      island.every((p) => {
        for (
          let k = adjacency.offsets[p] as number;
          k < (adjacency.offsets[p + 1] as number);
          k++
        ) {
          const q = adjacency.neighbours[k] as number;
          if (!islandSet.has(q) && territories.ccgOfPractice[q] !== host) return false;
        }
        return true;
      });
    if (touchesOnlyHost) {
      used.add(owner).add(host);
      return { ccg: owner, host, islandPractices: island };
    }
    undo();
  }
  return null;
}

function makeMosaic(context: Context, pairs: readonly Neighbours[]): GeographyCases["mosaic"] {
  const { points, territories, isSmall, adjacency, random, used } = context;
  const candidates: { score: number; pair: Neighbours }[] = [];
  for (const pair of pairs) {
    if (used.has(pair.a) || used.has(pair.b)) continue;
    const sizeA = practicesOfCcg(territories, pair.a).length;
    const sizeB = practicesOfCcg(territories, pair.b).length;
    if (sizeA < 4 || sizeB < 4) continue;
    const score = Math.min(sizeA, sizeB) * (isSmall.has(pair.a) || isSmall.has(pair.b) ? 0.3 : 1);
    candidates.push({ score, pair });
  }
  const attempts = byScore(candidates)
    .slice(0, MAX_TRIES)
    .flatMap(({ pair }) => Array.from({ length: MOSAIC_ROLLS }, () => pair));
  for (const { a, b } of attempts) {
    const mixed = mixAlongBoundary(points, territories, a, b, random);
    const undo = relabel(
      territories,
      mixed.map((p) => [p, territories.ccgOfPractice[p] === a ? b : a] as const)
    );
    const union = [...practicesOfCcg(territories, a), ...practicesOfCcg(territories, b)];
    const interleaved =
      adjacency === null ||
      [a, b].every(
        (ccg) =>
          countPieces(
            adjacency,
            territories.ccgOfPractice,
            union.filter((p) => territories.ccgOfPractice[p] === ccg)
          ) >= 2
      );
    if (interleaved) {
      used.add(a).add(b);
      return { ccgs: [a, b], mixedPractices: mixed };
    }
    undo();
  }
  return null;
}

/**
 * Practices to move across the boundary of CCGs a and b: in the band along the boundary holding
 * {@link MOSAIC_BAND_SHARE} of their population (practices nearest the other CCG), about
 * {@link MOSAIC_SWAP_SHARE} of each side's practices (at least one each way).
 */
function mixAlongBoundary(
  points: PracticePoints,
  territories: Territories,
  a: number,
  b: number,
  random: SeededRandom
): number[] {
  const sides = [practicesOfCcg(territories, a), practicesOfCcg(territories, b)] as const;
  // Distances to (at most a few hundred of) the other CCG's practices: enough to find the band.
  const sampled = sides.map((practices) => spreadSubset(practices, MOSAIC_DISTANCE_SAMPLE)) as [
    number[],
    number[],
  ];
  const nearestOtherKm = (p: number, others: readonly number[]): number => {
    let best = Infinity;
    for (const q of others) {
      best = Math.min(
        best,
        Math.hypot(
          (points.eastKm[p] as number) - (points.eastKm[q] as number),
          (points.northKm[p] as number) - (points.northKm[q] as number)
        )
      );
    }
    return best;
  };
  const union = [
    ...sides[0].map((practice) => ({
      practice,
      side: 0,
      km: nearestOtherKm(practice, sampled[1]),
    })),
    ...sides[1].map((practice) => ({
      practice,
      side: 1,
      km: nearestOtherKm(practice, sampled[0]),
    })),
  ].sort((x, y) => x.km - y.km || x.practice - y.practice);
  const bandPopulation =
    populationOf(
      points,
      union.map((u) => u.practice)
    ) * MOSAIC_BAND_SHARE;
  const band: { practice: number; side: number }[] = [];
  let population = 0;
  for (const entry of union) {
    if (population >= bandPopulation) break;
    band.push(entry);
    population += points.listSize[entry.practice] as number;
  }
  const mixed: number[] = [];
  for (const side of [0, 1]) {
    const onSide = band.filter((entry) => entry.side === side).map((entry) => entry.practice);
    const swapped = onSide.filter(() => random.next() < MOSAIC_SWAP_SHARE);
    if (swapped.length === 0 && onSide.length > 1)
      swapped.push(onSide[random.int(onSide.length)] as number);
    mixed.push(...swapped);
  }
  return mixed;
}
