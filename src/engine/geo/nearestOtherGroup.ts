/**
 * Nearest practice of another CCG: a depth-first branch-and-bound over the kdbush layout with a
 * group predicate, reading groups laid out in kd order. Ties at equal distance go to the lower
 * practice index.
 */
import type { PracticeIndex, SearchScratch } from "./practiceIndex";

/**
 * Nearest practice to (qx, qy) whose group differs from `ownGroup` (ties: lower practice index).
 * @param index From {@link buildPracticeIndex}.
 * @param groupAtPosition Groups in kd order ({@link groupsInIndexOrder}).
 * @param qx Query easting (metres).
 * @param qy Query northing (metres).
 * @param ownGroup Group to exclude (-1 excludes none: plain nearest).
 * @param scratch From {@link createSearchScratch}.
 * @returns The kd position of that practice (its index is ids[position]), or -1 when none.
 * @example
 * const position = nearestOfOtherGroup(index, groupsInIndexOrder(index, group), x, y, 3, createSearchScratch(index));
 */
export function nearestOfOtherGroup(
  index: PracticeIndex,
  groupAtPosition: Int32Array,
  qx: number,
  qy: number,
  ownGroup: number,
  scratch: SearchScratch
): number {
  const { ids, coords, nodeSize } = index;
  const { stack } = scratch;
  let bestPosition = -1;
  let bestId = -1;
  let bestD = Infinity;
  let sp = 0;
  stack[sp++] = 0;
  stack[sp++] = ids.length - 1;
  stack[sp++] = 0;
  stack[sp++] = 0;
  while (sp > 0) {
    const bound = stack[--sp] as number;
    const axis = stack[--sp] as number;
    const right = stack[--sp] as number;
    const left = stack[--sp] as number;
    if (bound > bestD) continue;
    const leaf = right - left <= nodeSize;
    const m = leaf ? left : (left + right) >> 1;
    const last = leaf ? right : m;
    for (let i = m; i <= last; i++) {
      if (groupAtPosition[i] === ownGroup) continue;
      const dx = (coords[2 * i] as number) - qx;
      const dy = (coords[2 * i + 1] as number) - qy;
      const d = dx * dx + dy * dy;
      if (d < bestD || (d === bestD && (ids[i] as number) < bestId)) {
        bestD = d;
        bestId = ids[i] as number;
        bestPosition = i;
      }
    }
    if (leaf) continue;
    const split = axis === 0 ? qx - (coords[2 * m] as number) : qy - (coords[2 * m + 1] as number);
    const farBound = Math.max(bound, split * split);
    if (split < 0) {
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
      stack[sp++] = farBound;
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
      stack[sp++] = bound;
    } else {
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
      stack[sp++] = farBound;
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
      stack[sp++] = bound;
    }
  }
  return bestPosition;
}
