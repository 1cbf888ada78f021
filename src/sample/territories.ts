/**
 * CCG territories grown by recursive population bisection: the practices of England are cut
 * along their main axis (slightly turned at random) so that each side holds the planned
 * population of its CCGs, then each side is cut again. Every CCG ends up a compact convex patch,
 * small in cities and large in the countryside, with the population it was planned to have.
 */

import type { PracticePoints } from "./placement";
import type { SeededRandom } from "./random";
import { splitByWeight } from "./weightedSplit";

/** One node of the cutting tree; its practices are `order[start..end)` (see {@link regroupByCcg}). */
export interface TerritoryNode {
  start: number;
  end: number;
  /** The node's CCGs are `firstCcg … firstCcg + leafCount − 1`. */
  readonly firstCcg: number;
  readonly leafCount: number;
  /** Children, for a node that was cut. */
  readonly left: TerritoryNode | null;
  readonly right: TerritoryNode | null;
  /** Unit direction of the cut's normal, and the cut position along it (km). */
  readonly directionEast: number;
  readonly directionNorth: number;
  readonly cutKm: number;
  /** CCG index for a leaf (in tree order), -1 otherwise. */
  readonly ccg: number;
}

/** The result of cutting: tree, practice order and each practice's CCG index. */
export interface Territories {
  readonly root: TerritoryNode;
  /** Practice indices arranged so that every node is a contiguous run. */
  readonly order: Int32Array;
  /** CCG index per practice (tree order: neighbouring indices are usually neighbours on the map). */
  readonly ccgOfPractice: Int32Array;
  /** Leaves by CCG index. */
  readonly leaves: readonly TerritoryNode[];
}

/** How far (radians) a cut may turn away from the main axis. */
const CUT_JITTER_RADIANS = 0.4;

/**
 * Cuts the practices into `plannedPopulations.length` CCG territories.
 * @param points Practice positions and list sizes.
 * @param plannedPopulations Wanted population per CCG (only their ratios matter); at most one CCG per practice.
 * @param random The shared generator.
 * @returns The cutting tree and each practice's CCG index.
 */
export function cutTerritories(
  points: PracticePoints,
  plannedPopulations: readonly number[],
  random: SeededRandom
): Territories {
  const ccgCount = plannedPopulations.length;
  if (ccgCount < 1 || ccgCount > points.count) {
    throw new Error(`Cannot cut ${points.count} practices into ${ccgCount} CCGs`);
  }
  const order = new Int32Array(points.count);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const key = new Float64Array(points.count);
  const ccgOfPractice = new Int32Array(points.count);
  const leaves: TerritoryNode[] = [];

  const build = (
    start: number,
    end: number,
    firstCcg: number,
    leafCount: number
  ): TerritoryNode => {
    if (leafCount === 1) {
      const leaf: TerritoryNode = {
        start,
        end,
        firstCcg,
        leafCount,
        left: null,
        right: null,
        directionEast: 0,
        directionNorth: 0,
        cutKm: 0,
        ccg: firstCcg,
      };
      for (let i = start; i < end; i++) ccgOfPractice[order[i] as number] = firstCcg;
      leaves.push(leaf);
      return leaf;
    }
    const leftLeaves = leafCount % 2 === 0 ? leafCount / 2 : (leafCount - 1) / 2 + random.int(2);
    let leftPlanned = 0;
    let allPlanned = 0;
    for (let c = firstCcg; c < firstCcg + leafCount; c++) {
      const planned = plannedPopulations[c] as number;
      allPlanned += planned;
      if (c < firstCcg + leftLeaves) leftPlanned += planned;
    }
    const [directionEast, directionNorth] = cutDirection(points, order, start, end, random);
    let weight = 0;
    for (let i = start; i < end; i++) {
      const p = order[i] as number;
      key[p] =
        (points.eastKm[p] as number) * directionEast +
        (points.northKm[p] as number) * directionNorth;
      weight += points.listSize[p] as number;
    }
    const targetWeight = (weight * leftPlanned) / allPlanned;
    const split = splitByWeight(
      order,
      start,
      end,
      key,
      points.listSize,
      targetWeight,
      leftLeaves,
      leafCount - leftLeaves
    );
    const cutKm = cutPosition(order, start, split, end, key);
    const left = build(start, split, firstCcg, leftLeaves);
    const right = build(split, end, firstCcg + leftLeaves, leafCount - leftLeaves);
    return {
      start,
      end,
      firstCcg,
      leafCount,
      left,
      right,
      directionEast,
      directionNorth,
      cutKm,
      ccg: -1,
    };
  };

  const root = build(0, points.count, 0, ccgCount);
  return { root, order, ccgOfPractice, leaves };
}

/** Main axis of the run's practices (unweighted), turned by a random angle. */
function cutDirection(
  points: PracticePoints,
  order: Int32Array,
  start: number,
  end: number,
  random: SeededRandom
): [number, number] {
  let meanEast = 0;
  let meanNorth = 0;
  for (let i = start; i < end; i++) {
    meanEast += points.eastKm[order[i] as number] as number;
    meanNorth += points.northKm[order[i] as number] as number;
  }
  const n = end - start;
  meanEast /= n;
  meanNorth /= n;
  let ee = 0;
  let nn = 0;
  let en = 0;
  for (let i = start; i < end; i++) {
    const de = (points.eastKm[order[i] as number] as number) - meanEast;
    const dn = (points.northKm[order[i] as number] as number) - meanNorth;
    ee += de * de;
    nn += dn * dn;
    en += de * dn;
  }
  const angle =
    0.5 * Math.atan2(2 * en, ee - nn) + random.uniform(-CUT_JITTER_RADIANS, CUT_JITTER_RADIANS);
  return [Math.cos(angle), Math.sin(angle)];
}

/** Midway between the last key before the split and the first after it. */
function cutPosition(
  order: Int32Array,
  start: number,
  split: number,
  end: number,
  key: Float64Array
): number {
  let leftMax = -Infinity;
  let rightMin = Infinity;
  for (let i = start; i < split; i++)
    leftMax = Math.max(leftMax, key[order[i] as number] as number);
  for (let i = split; i < end; i++)
    rightMin = Math.min(rightMin, key[order[i] as number] as number);
  return (leftMax + rightMin) / 2;
}

/**
 * Re-sorts `order` by CCG (stable counting sort) and resets every node's run, after practices
 * have changed CCG: each node's run then holds exactly the practices of its CCGs.
 * @param territories The cutting tree, its order and current CCG labels; changed in place.
 */
export function regroupByCcg(territories: Territories): void {
  const { order, ccgOfPractice, root } = territories;
  const ccgCount = root.leafCount;
  const offsets = new Int32Array(ccgCount + 1);
  for (let p = 0; p < order.length; p++) {
    const ccg = ccgOfPractice[p] as number;
    offsets[ccg + 1] = (offsets[ccg + 1] as number) + 1;
  }
  for (let c = 1; c <= ccgCount; c++)
    offsets[c] = (offsets[c] as number) + (offsets[c - 1] as number);
  const next = offsets.slice(0, ccgCount);
  const previous = order.slice();
  for (const p of previous) {
    const ccg = ccgOfPractice[p] as number;
    order[next[ccg] as number] = p;
    next[ccg] = (next[ccg] as number) + 1;
  }
  const reset = (node: TerritoryNode): void => {
    node.start = offsets[node.firstCcg] as number;
    node.end = offsets[node.firstCcg + node.leafCount] as number;
    if (node.left !== null) reset(node.left);
    if (node.right !== null) reset(node.right);
  };
  reset(root);
}
