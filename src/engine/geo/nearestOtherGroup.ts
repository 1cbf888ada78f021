/**
 * Nearest practice of another CCG: a depth-first branch-and-bound over the kdbush layout with a
 * group predicate, reading groups laid out in kd order. Ties at equal distance go to the lower
 * practice index. Subtrees whose practices all belong to the query's own group are skipped whole,
 * so a practice deep inside a large CCG does not visit its CCG's practices one by one.
 */
import type { PracticeIndex, SearchScratch } from "./practiceIndex";
import { descendToPosition } from "./practiceIndex";

/** Marks a kd node whose practices belong to more than one group. */
const MIXED = -2;

/**
 * The group shared by every practice of each kd node, or -2 when they are mixed. A node is keyed by
 * its median position (internal nodes) or its first position (leaves): these never coincide.
 * @param index From {@link buildPracticeIndex}.
 * @param groupAtPosition Groups in kd order ({@link groupsInIndexOrder}).
 * @param out Optional array of at least `index.count` entries to fill (default: a new one).
 * @returns Per kd position, the uniform group of the node keyed there (other positions: -2).
 * @example
 * const uniform = uniformGroupOfNodes(index, groupsInIndexOrder(index, group));
 */
export function uniformGroupOfNodes(
  index: PracticeIndex,
  groupAtPosition: Int32Array,
  out?: Int32Array
): Int32Array {
  const count = index.ids.length;
  const uniform = (out ?? new Int32Array(count)).fill(MIXED, 0, count);
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
 * Depth-first search of the subtree [left0, right0] for a practice nearer than `best` whose group
 * differs from `ownGroup`, updating `best` = [squared distance, practice index, kd position].
 * Subtrees whose practices all belong to `ownGroup` are skipped whole.
 */
function searchOtherInSubtree(
  index: PracticeIndex,
  groupAtPosition: Int32Array,
  uniformGroup: Int32Array | undefined,
  left0: number,
  right0: number,
  axis0: number,
  bound0: number,
  qx: number,
  qy: number,
  ownGroup: number,
  stack: Float64Array,
  best: Float64Array
): void {
  const { ids, coords, nodeSize } = index;
  let bestD = best[0] as number;
  let bestId = best[1] as number;
  let bestPosition = best[2] as number;
  let sp = 0;
  stack[sp++] = left0;
  stack[sp++] = right0;
  stack[sp++] = axis0;
  stack[sp++] = axis0 === 0 ? 0 : bound0;
  stack[sp++] = axis0 === 0 ? bound0 : 0;
  while (sp > 0) {
    // Lower bounds of the squared distance along each axis: their sum bounds the subtree.
    const boundY = stack[--sp] as number;
    const boundX = stack[--sp] as number;
    const bound = boundX + boundY;
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
    const far = split * split;
    const farX = axis === 0 ? Math.max(boundX, far) : boundX;
    const farY = axis === 0 ? boundY : Math.max(boundY, far);
    // Push the far half first so the near half is searched first.
    if (split < 0) {
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
      stack[sp++] = farX;
      stack[sp++] = farY;
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
      stack[sp++] = boundX;
      stack[sp++] = boundY;
    } else {
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
      stack[sp++] = farX;
      stack[sp++] = farY;
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
      stack[sp++] = boundX;
      stack[sp++] = boundY;
    }
  }
  best[0] = bestD;
  best[1] = bestId;
  best[2] = bestPosition;
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
  const best = scratch.best;
  best[0] = Infinity;
  best[1] = -1;
  best[2] = -1;
  const last = index.ids.length - 1;
  searchOtherInSubtree(
    index,
    groupAtPosition,
    uniformGroup,
    0,
    last,
    0,
    0,
    qx,
    qy,
    ownGroup,
    scratch.stack,
    best
  );
  return best[2] as number;
}

/**
 * Nearest practice of another group to the practice at kd position `position`, like
 * {@link nearestOfOtherGroup} but starting at the position's own node and climbing (the answer is
 * usually close by), with an optional known candidate `seed` (a kd position, -1 for none; any
 * practice of another group, e.g. the previous query's answer) whose distance bounds the search
 * at once. The result is the same whatever the seed.
 * @param index From {@link buildPracticeIndex}.
 * @param groupAtPosition Groups in kd order ({@link groupsInIndexOrder}).
 * @param position kd position of the query practice.
 * @param seed kd position of a candidate, or -1.
 * @param scratch From {@link createSearchScratch}.
 * @param uniformGroup From {@link uniformGroupOfNodes}.
 * @returns The kd position of that practice, or -1 when every practice is of the query's group.
 * @example
 * const other = nearestOtherOfIndexed(index, groupAt, position, -1, scratch, uniformGroupOfNodes(index, groupAt));
 */
export function nearestOtherOfIndexed(
  index: PracticeIndex,
  groupAtPosition: Int32Array,
  position: number,
  seed: number,
  scratch: SearchScratch,
  uniformGroup: Int32Array
): number {
  const { coords, ids } = index;
  const { stack, path, best } = scratch;
  const qx = coords[2 * position] as number;
  const qy = coords[2 * position + 1] as number;
  const own = groupAtPosition[position] as number;
  best[0] = Infinity;
  best[1] = -1;
  best[2] = -1;
  if (seed >= 0 && groupAtPosition[seed] !== own) {
    const dx = (coords[2 * seed] as number) - qx;
    const dy = (coords[2 * seed + 1] as number) - qy;
    best[0] = dx * dx + dy * dy;
    best[1] = ids[seed] as number;
    best[2] = seed;
  }
  const depth = descendToPosition(index, position, path);
  const left = path[3 * depth] as number;
  const right = path[3 * depth + 1] as number;
  const axis = path[3 * depth + 2] as number;
  searchOtherInSubtree(
    index,
    groupAtPosition,
    uniformGroup,
    left,
    right,
    axis,
    0,
    qx,
    qy,
    own,
    stack,
    best
  );
  // Climb: at each ancestor, its median and the sibling subtree are at least |split| away.
  for (let level = depth - 1; level >= 0; level--) {
    const l = path[3 * level] as number;
    const r = path[3 * level + 1] as number;
    const a = path[3 * level + 2] as number;
    const m = (l + r) >> 1;
    const split = a === 0 ? qx - (coords[2 * m] as number) : qy - (coords[2 * m + 1] as number);
    const bound = split * split;
    if (bound > (best[0] as number)) continue;
    if (uniformGroup[m] === own) continue;
    searchOtherInSubtree(
      index,
      groupAtPosition,
      undefined,
      m,
      m,
      a,
      bound,
      qx,
      qy,
      own,
      stack,
      best
    );
    if (position < m)
      searchOtherInSubtree(
        index,
        groupAtPosition,
        uniformGroup,
        m + 1,
        r,
        1 - a,
        bound,
        qx,
        qy,
        own,
        stack,
        best
      );
    else
      searchOtherInSubtree(
        index,
        groupAtPosition,
        uniformGroup,
        l,
        m - 1,
        1 - a,
        bound,
        qx,
        qy,
        own,
        stack,
        best
      );
  }
  return best[2] as number;
}
