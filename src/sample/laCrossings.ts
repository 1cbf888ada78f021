/**
 * Deliberate local-authority crossings: a few CCGs have the practices nearest one of their
 * boundaries placed in the neighbouring side's LA, crossing at the margins (3–8% of population)
 * or substantially (25–40%). Practices only move into an LA whose CCGs have no other LA, so the
 * receiving CCGs stay coterminous or "within one LA" and only the moving CCG crosses.
 */

import type { GeographyCases } from "./geographyCases";
import type { PracticePoints } from "./placement";
import type { SeededRandom } from "./random";
import type { Territories, TerritoryNode } from "./territories";

/** Shares of CCGs whose boundary is then moved against their LA. */
const MARGIN_CROSSING_SHARE = 0.12;
const SUBSTANTIAL_CROSSING_SHARE = 0.025;
/** Largest neighbouring run searched for the LA a boundary practice moves into (bounds the work). */
const MAX_SIBLING_PRACTICES = 3000;

/**
 * Moves the LA of the practices of a few CCGs nearest their cut into the neighbouring side's LA.
 * @param points Practice positions and list sizes.
 * @param territories The cutting tree, regrouped by CCG.
 * @param cases The geography cases (their CCGs are left alone).
 * @param laOfPractice LA index per practice; changed in place.
 * @param random The shared generator.
 * @returns The CCG indices made to cross at the margins and substantially.
 */
export function moveBoundaries(
  points: PracticePoints,
  territories: Territories,
  cases: GeographyCases,
  laOfPractice: Int32Array,
  random: SeededRandom
): { margins: number[]; substantial: number[] } {
  const special = cases.ccgs;
  const parentOf = new Map<TerritoryNode, TerritoryNode>();
  const link = (node: TerritoryNode): void => {
    for (const child of [node.left, node.right]) {
      if (child === null) continue;
      parentOf.set(child, node);
      link(child);
    }
  };
  link(territories.root);
  const singleLa = (leaf: TerritoryNode): boolean => {
    const first = laOfPractice[territories.order[leaf.start] as number];
    for (let i = leaf.start; i < leaf.end; i++)
      if (laOfPractice[territories.order[i] as number] !== first) return false;
    return true;
  };
  const candidates = territories.leaves.filter(
    (leaf) =>
      !special.has(leaf.ccg) && parentOf.has(leaf) && leaf.end - leaf.start >= 3 && singleLa(leaf)
  );
  random.shuffle(candidates);
  // Who holds which LA, so that practices only move into an LA whose CCGs lie wholly inside it
  // (the receiving CCGs stay coterminous or "within one LA"; only the moving CCG crosses).
  const lasOfCcg = new Map<number, Set<number>>();
  const ccgsOfLa = new Map<number, Set<number>>();
  const note = (ccg: number, la: number): void => {
    const las = lasOfCcg.get(ccg) ?? new Set<number>();
    las.add(la);
    lasOfCcg.set(ccg, las);
    const ccgs = ccgsOfLa.get(la) ?? new Set<number>();
    ccgs.add(ccg);
    ccgsOfLa.set(la, ccgs);
  };
  for (const leaf of territories.leaves) {
    for (let i = leaf.start; i < leaf.end; i++)
      note(leaf.ccg, laOfPractice[territories.order[i] as number] as number);
  }
  const canReceive = (la: number): boolean =>
    [...(ccgsOfLa.get(la) ?? [])].every((ccg) => lasOfCcg.get(ccg)?.size === 1);
  const ccgCount = territories.leaves.length;
  const substantialCount =
    ccgCount >= 8 ? Math.max(1, Math.round(ccgCount * SUBSTANTIAL_CROSSING_SHARE)) : 0;
  const marginCount = ccgCount >= 4 ? Math.max(1, Math.round(ccgCount * MARGIN_CROSSING_SHARE)) : 0;
  const margins: number[] = [];
  const substantial: number[] = [];
  const touched = new Set<number>();
  for (const leaf of candidates) {
    if (substantial.length >= substantialCount && margins.length >= marginCount) break;
    // Alternate in proportion, margins first.
    const wantSubstantial =
      substantial.length < substantialCount &&
      (margins.length >= marginCount ||
        substantial.length * marginCount < margins.length * substantialCount);
    const share = wantSubstantial ? random.uniform(0.25, 0.4) : random.uniform(0.03, 0.08);
    const parent = parentOf.get(leaf) as TerritoryNode;
    const sibling = parent.left === leaf ? parent.right : parent.left;
    if (
      sibling === null ||
      touched.has(leaf.ccg) ||
      sibling.end - sibling.start > MAX_SIBLING_PRACTICES
    )
      continue;
    let siblingHasCase = false;
    for (let ccg = sibling.firstCcg; ccg < sibling.firstCcg + sibling.leafCount; ccg++)
      siblingHasCase ||= special.has(ccg);
    if (siblingHasCase) continue;
    const moved = moveTowardSibling(
      points,
      territories,
      laOfPractice,
      parent,
      leaf,
      sibling,
      share,
      canReceive
    );
    if (moved.length === 0) continue;
    for (const p of moved) note(leaf.ccg, laOfPractice[p] as number);
    touched.add(leaf.ccg);
    for (let i = sibling.start; i < sibling.end; i++)
      touched.add(territories.ccgOfPractice[territories.order[i] as number] as number);
    (wantSubstantial ? substantial : margins).push(leaf.ccg);
  }
  return { margins, substantial };
}

function moveTowardSibling(
  points: PracticePoints,
  territories: Territories,
  laOfPractice: Int32Array,
  parent: TerritoryNode,
  leaf: TerritoryNode,
  sibling: TerritoryNode,
  share: number,
  canReceive: (la: number) => boolean
): number[] {
  const keyOf = (p: number): number =>
    (points.eastKm[p] as number) * parent.directionEast +
    (points.northKm[p] as number) * parent.directionNorth;
  const own = Array.from(territories.order.subarray(leaf.start, leaf.end)).sort(
    (a, b) => Math.abs(keyOf(a) - parent.cutKm) - Math.abs(keyOf(b) - parent.cutKm) || a - b
  );
  const total = own.reduce((sum, p) => sum + (points.listSize[p] as number), 0);
  const moving: number[] = [];
  let population = 0;
  for (const p of own) {
    const size = points.listSize[p] as number;
    if (population + size > share * total * 1.15 && population >= share * total * 0.6) break;
    moving.push(p);
    population += size;
    if (population >= share * total) break;
  }
  const movedShare = population / total;
  const wanted =
    share > 0.2 ? movedShare >= 0.2 && movedShare < 0.5 : movedShare > 0 && movedShare < 0.1;
  if (!wanted || moving.length === own.length) return [];
  const bandKm = Math.abs(keyOf(moving[moving.length - 1] as number) - parent.cutKm) * 3 + 1;
  const across = Array.from(territories.order.subarray(sibling.start, sibling.end)).filter(
    (p) => Math.abs(keyOf(p) - parent.cutKm) <= bandKm
  );
  if (across.length === 0) return [];
  const newLas = moving.map((p) => {
    let nearest = across[0] as number;
    let nearestKm = Infinity;
    for (const q of across) {
      const km = Math.hypot(
        (points.eastKm[p] as number) - (points.eastKm[q] as number),
        (points.northKm[p] as number) - (points.northKm[q] as number)
      );
      if (km < nearestKm) [nearest, nearestKm] = [q, km];
    }
    return laOfPractice[nearest] as number;
  });
  if (moving.some((p, i) => laOfPractice[p] === newLas[i] || !canReceive(newLas[i] as number)))
    return [];
  moving.forEach((p, i) => {
    laOfPractice[p] = newLas[i] as number;
  });
  return moving;
}
