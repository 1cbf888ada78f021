/**
 * Nearest practice of another CCG: a depth-first branch-and-bound over the kdbush layout with a
 * group predicate, reading groups laid out in kd order. Ties at equal distance go to the lower
 * practice index. Subtrees whose practices all belong to the query's own group are skipped whole,
 * so a practice deep inside a large CCG does not visit its CCG's practices one by one.
 */
import type { PracticeIndex, SearchScratch } from "./practiceIndex";

/** Marks a kd node whose practices belong to more than one group. */
const MIXED = -2;

/**
 * The group shared by every practice of each kd node, or -2 when they are mixed. A node is keyed by
 * its median position (internal nodes) or its first position (leaves): these never coincide.
 * @param index From {@link buildPracticeIndex}.
 * @param groupAtPosition Groups in kd order ({@link groupsInIndexOrder}).
 * @returns Per kd position, the uniform group of the node keyed there (other positions: -2).
 * @example
 * const uniform = uniformGroupOfNodes(index, groupsInIndexOrder(index, group));
 */
export function uniformGroupOfNodes(index: PracticeIndex, groupAtPosition: Int32Array): Int32Array {
  const count = index.ids.length;
  const uniform = new Int32Array(count).fill(MIXED);
  if (count === 0) return uniform;
  const visit = (left: number, right: number): number => {
    if (right - left <= index.nodeSize) {
      const first = groupAtPosition[left] as number;
      for (let i = left + 1; i <= right; i++) if (groupAtPosition[i] !== first) return MIXED;
      uniform[left] = first;
      return first;
    }
    const m = (left + right) >> 1;
    const own = groupAtPosition[m] as number;
    const low = left <= m - 1 ? visit(left, m - 1) : own;
    const high = m + 1 <= right ? visit(m + 1, right) : own;
    const result = low === own && high === own ? own : MIXED;
    uniform[m] = result;
    return result;
  };
  visit(0, count - 1);
  return uniform;
}

/**
 * Nearest practice to (qx, qy) whose group differs from `ownGroup` (ties: lower practice index).
 * @param index From {@link buildPracticeIndex}.
 * @param groupAtPosition Groups in kd order ({@link groupsInIndexOrder}).
 * @param qx Query easting (metres).
 * @param qy Query northing (metres).
 * @param ownGroup Group to exclude (-1 excludes none: plain nearest).
 * @param scratch From {@link createSearchScratch}.
 * @param uniformGroup From {@link uniformGroupOfNodes}: lets whole own-group subtrees be skipped.
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
  scratch: SearchScratch,
  uniformGroup?: Int32Array
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
    if (uniformGroup !== undefined && uniformGroup[m] === ownGroup) continue;
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
