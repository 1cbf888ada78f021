/**
 * Local authorities for the sample, laid over the CCG cutting tree so that every kind of
 * CCG–LA fit occurs: coterminous with one LA, coterminous with several whole LAs (districts),
 * within one LA shared with other CCGs (a city), crossing at the margins (a few boundary
 * practices fall in the neighbour's LA), and a few crossing substantially.
 */

import { CITY_CLUSTERS } from "./england";
import type { GeographyCases } from "./geographyCases";
import type { PracticePoints } from "./placement";
import type { SeededRandom } from "./random";
import type { Territories, TerritoryNode } from "./territories";
import { moveBoundaries } from "./laCrossings";
import { splitByWeight } from "./weightedSplit";

/** ONS code prefixes: unitary authority, non-metropolitan district, metropolitan borough, London borough. */
export type LocalAuthorityKind = "E06" | "E07" | "E08" | "E09";

/** Local authority of every practice, and the deliberate crossings made. */
export interface LocalAuthorities {
  /** LA index per practice. */
  readonly laOfPractice: Int32Array;
  /** Kind per LA index. */
  readonly kinds: readonly LocalAuthorityKind[];
  /** CCG indices given a few boundary practices in a neighbour's LA (under 10% of population). */
  readonly crossingAtMargins: readonly number[];
  /** CCG indices with a large share (25–40%) in a neighbour's LA. */
  readonly crossingSubstantially: readonly number[];
}

/** Chance that a group of 2–4 neighbouring CCGs shares one city or county LA. */
const SHARED_LA_CHANCE = 0.12;
/** Chance that a leaf CCG is coterminous with one LA, by setting. */
const COTERMINOUS_CHANCE = { london: 0.85, city: 0.65, county: 0.35 } as const;

type Setting = "london" | "city" | "county";

/**
 * Assigns local authorities.
 * @param points Practice positions.
 * @param territories The CCG cutting tree, regrouped by CCG (its `order` runs are rearranged inside leaves).
 * @param cases The geography cases already made (their pairs get fixed LA shapes).
 * @param random The shared generator.
 * @returns LA per practice, LA kinds and the deliberate crossings.
 */
export function assignLocalAuthorities(
  points: PracticePoints,
  territories: Territories,
  cases: GeographyCases,
  random: SeededRandom
): LocalAuthorities {
  const laOfPractice = new Int32Array(points.count);
  const kinds: LocalAuthorityKind[] = [];
  const { order } = territories;
  const key = new Float64Array(points.count);

  const newLa = (kind: LocalAuthorityKind, practices: Iterable<number>): void => {
    const la = kinds.length;
    kinds.push(kind);
    for (const p of practices) laOfPractice[p] = la;
  };
  const run = (node: TerritoryNode): Int32Array => order.subarray(node.start, node.end);
  const settingOf = (practices: ArrayLike<number>): Setting => {
    const counts = new Map<number, number>();
    for (let i = 0; i < practices.length; i++) {
      const origin = points.origin[practices[i] as number] as number;
      if (origin < CITY_CLUSTERS.length && origin >= 0)
        counts.set(origin, (counts.get(origin) ?? 0) + 1);
    }
    let city = -1;
    let most = 0;
    counts.forEach((count, c) => {
      if (count > most) [city, most] = [c, count];
    });
    if (most * 2 <= practices.length) return "county";
    return CITY_CLUSTERS[city]?.isLondon === true ? "london" : "city";
  };
  const wholeKind = (setting: Setting): LocalAuthorityKind =>
    setting === "london" ? "E09" : setting === "city" ? "E08" : "E06";
  const partKind = (setting: Setting): LocalAuthorityKind =>
    setting === "london" ? "E09" : setting === "city" ? "E08" : "E07";

  const containsCase = (node: TerritoryNode): boolean => {
    for (let ccg = node.firstCcg; ccg < node.firstCcg + node.leafCount; ccg++)
      if (cases.ccgs.has(ccg)) return true;
    return false;
  };

  const visit = (node: TerritoryNode): void => {
    const practices = run(node);
    if (node.left === null || node.right === null) {
      if (cases.ccgs.has(node.ccg)) return;
      const setting = settingOf(practices);
      if (random.next() < COTERMINOUS_CHANCE[setting] || practices.length < 2) {
        newLa(wholeKind(setting), practices);
      } else {
        const parts = Math.min(practices.length, setting === "county" ? 2 + random.int(4) : 2);
        cutIntoParts(node.start, node.end, parts, (start, end) =>
          newLa(partKind(setting), order.subarray(start, end))
        );
      }
      return;
    }
    if (node.leafCount <= 4 && random.next() < SHARED_LA_CHANCE && !containsCase(node)) {
      newLa(wholeKind(settingOf(practices)), practices);
      return;
    }
    visit(node.left);
    visit(node.right);
  };

  /** Enclosed: one unitary LA each; exclave: one LA each, the island in the host's; mosaic: one LA for both. */
  const assignCases = (): void => {
    const practicesOf = (ccg: number): number[] => {
      const leaf = territories.leaves[ccg] as TerritoryNode;
      return Array.from(run(leaf));
    };
    if (cases.enclosed !== null) {
      newLa("E06", practicesOf(cases.enclosed.surroundedBy));
      newLa("E06", practicesOf(cases.enclosed.ccg));
    }
    if (cases.exclave !== null) {
      const island = new Set(cases.exclave.islandPractices);
      const ownerPractices = practicesOf(cases.exclave.ccg).filter((p) => !island.has(p));
      const hostPractices = [...practicesOf(cases.exclave.host), ...island];
      newLa(wholeKind(settingOf(ownerPractices)), ownerPractices);
      newLa(wholeKind(settingOf(hostPractices)), hostPractices);
    }
    if (cases.mosaic !== null) {
      const both = [...practicesOf(cases.mosaic.ccgs[0]), ...practicesOf(cases.mosaic.ccgs[1])];
      newLa(wholeKind(settingOf(both)), both);
    }
  };

  /** Cuts `order[start..end)` into `parts` runs of similar population along their long axis. */
  const cutIntoParts = (
    start: number,
    end: number,
    parts: number,
    emit: (start: number, end: number) => void
  ): void => {
    if (parts <= 1) {
      emit(start, end);
      return;
    }
    const angle = longAxisAngle(points, order, start, end) + random.uniform(-0.3, 0.3);
    const [de, dn] = [Math.cos(angle), Math.sin(angle)];
    let weight = 0;
    for (let i = start; i < end; i++) {
      const p = order[i] as number;
      key[p] = (points.eastKm[p] as number) * de + (points.northKm[p] as number) * dn;
      weight += points.listSize[p] as number;
    }
    const leftParts = Math.floor(parts / 2);
    const split = splitByWeight(
      order,
      start,
      end,
      key,
      points.listSize,
      (weight * leftParts) / parts,
      leftParts,
      parts - leftParts
    );
    cutIntoParts(start, split, leftParts, emit);
    cutIntoParts(split, end, parts - leftParts, emit);
  };

  visit(territories.root);
  assignCases();
  const { margins, substantial } = moveBoundaries(points, territories, cases, laOfPractice, random);
  return { laOfPractice, kinds, crossingAtMargins: margins, crossingSubstantially: substantial };
}

function longAxisAngle(
  points: PracticePoints,
  order: Int32Array,
  start: number,
  end: number
): number {
  let me = 0;
  let mn = 0;
  for (let i = start; i < end; i++) {
    me += points.eastKm[order[i] as number] as number;
    mn += points.northKm[order[i] as number] as number;
  }
  me /= end - start;
  mn /= end - start;
  let ee = 0;
  let nn = 0;
  let en = 0;
  for (let i = start; i < end; i++) {
    const de = (points.eastKm[order[i] as number] as number) - me;
    const dn = (points.northKm[order[i] as number] as number) - mn;
    ee += de * de;
    nn += dn * dn;
    en += de * dn;
  }
  return 0.5 * Math.atan2(2 * en, ee - nn);
}
