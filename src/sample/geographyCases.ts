/**
 * The three deliberate geography cases of the sample, each made by relabelling practices of two
 * neighbouring CCGs:
 * - enclosed: a town CCG becomes a disc of practices deep inside a county CCG (which takes over
 *   the town CCG's old territory), away from the coast and the edge of the map;
 * - exclave: a few practices deep inside one CCG go to a neighbour, forming its island;
 * - mosaic: two neighbours swap practices scattered over a band along their boundary.
 * Where practice adjacency is available each case is checked (and the next candidate tried).
 */

import {
  type CaseContext,
  MAX_TRIES,
  type Neighbours,
  RING_PRACTICES,
  bestDisc,
  byScore,
  leafBoundaries,
  populationOf,
  practicesOfCcg,
  relabel,
  sharedEdgeNeighbours,
  siblingNeighbours,
  spreadSubset,
} from "./caseGeometry";
import { type PracticeAdjacency, neighbouringCcgs } from "./contiguity";
import { type MosaicCase, makeMosaic } from "./mosaic";
import type { PracticePoints } from "./placement";
import type { SeededRandom } from "./random";
import type { Territories } from "./territories";

/** The cases that could be made (null when the sample is too small to hold one). */
export interface GeographyCases {
  /** `ccg` owns an island of `islandPractices` inside `host`. */
  readonly exclave: {
    readonly ccg: number;
    readonly host: number;
    readonly islandPractices: readonly number[];
  } | null;
  /** Two neighbours interleaved along their boundary. */
  readonly mosaic: MosaicCase | null;
  /** `ccg` is a disc entirely inside `surroundedBy`. */
  readonly enclosed: { readonly ccg: number; readonly surroundedBy: number } | null;
  /** Every CCG taking part in a case. */
  readonly ccgs: ReadonlySet<number>;
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
/** Largest county CCG (after taking over the town's old territory), in mean CCG populations. */
const MAX_COUNTY_SIZE = 3.2;
/** Smallest enclosed town CCG, in mean CCG populations. */
const MIN_TOWN_SIZE = 0.12;
/** Neighbouring pairs examined (bounds the work for huge samples). */
const MAX_PAIRS_CONSIDERED = 160;
/**
 * Clearance (distance to the host's edge) over ring radius needed for a candidate: strict when
 * only distances vouch for the case, looser when the triangulation checks it afterwards.
 */
const MIN_CLEARANCE_RATIO = { unchecked: 1.3, checked: 0.7 } as const;

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
  const context: CaseContext = {
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

/** Both orders of each pair not yet used. */
function orderedPairs(pairs: readonly Neighbours[], used: ReadonlySet<number>): [number, number][] {
  return pairs
    .filter(({ a, b }) => !used.has(a) && !used.has(b))
    .flatMap(({ a, b }): [number, number][] => [
      [a, b],
      [b, a],
    ]);
}

function makeEnclosed(
  context: CaseContext,
  pairs: readonly Neighbours[]
): GeographyCases["enclosed"] {
  const { points, territories, isSmall, adjacency, used } = context;
  const candidates: { score: number; county: number; town: number; disc: number[] }[] = [];
  const meanPopulation =
    populationOf(points, Array.from(territories.order)) / territories.leaves.length;
  for (const [county, town] of orderedPairs(pairs, used)) {
    const countyPractices = practicesOfCcg(territories, county);
    const townPopulation = populationOf(points, practicesOfCcg(territories, town));
    const combined = townPopulation + populationOf(points, countyPractices);
    // The largest town (by share of the two CCGs' population) that fits well inside the county.
    for (const [share, preference] of ENCLOSED_SHARES) {
      const found = bestDisc(context, county, Math.min(townPopulation, share * combined));
      if (found === null || found.ratio < context.minClearanceRatio) continue;
      // The county takes over the town's old territory: keep it from growing far past the others.
      if (combined - found.population > MAX_COUNTY_SIZE * meanPopulation) continue;
      if (found.population < MIN_TOWN_SIZE * meanPopulation) continue;
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

function makeExclave(
  context: CaseContext,
  pairs: readonly Neighbours[]
): GeographyCases["exclave"] {
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
    // "A few practices": an island of two or more is preferred to a single practice.
    const fewPractices = found.disc.length >= 2 ? 1 : 0.5;
    const score =
      Math.min(found.ratio, 3) * Math.min(1, ringCount / 25) * smallPenalty * fewPractices;
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
