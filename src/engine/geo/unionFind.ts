/**
 * Union–find (disjoint sets) over flat arrays: path halving and union by size.
 */

/**
 * Fresh disjoint sets {0}, {1}, … {count − 1}, in the arrays given (of at least `count` entries,
 * overwritten) or in new ones.
 * @param count Number of elements.
 * @param parent Optional array for the parents.
 * @param size Optional array for the set sizes.
 * @returns parent (each element its own root) and size arrays.
 */
export function createDisjointSets(
  count: number,
  parent: Int32Array = new Int32Array(count),
  size: Int32Array = new Int32Array(count)
): { parent: Int32Array; size: Int32Array } {
  for (let i = 0; i < count; i++) parent[i] = i;
  size.fill(1, 0, count);
  return { parent, size };
}

/**
 * Root of i's set (halves the path on the way).
 * @param parent Parent array.
 * @param i Element.
 * @returns The root element.
 */
export function findRoot(parent: Int32Array, i: number): number {
  let node = i;
  let up = parent[node] as number;
  while (up !== node) {
    const grand = parent[up] as number;
    parent[node] = grand;
    node = grand;
    up = parent[node] as number;
  }
  return node;
}

/**
 * Joins the sets of a and b.
 * @param parent Parent array.
 * @param size Set size per root.
 * @param a Element.
 * @param b Element.
 * @returns True when two different sets were joined.
 */
export function unite(parent: Int32Array, size: Int32Array, a: number, b: number): boolean {
  let ra = findRoot(parent, a);
  let rb = findRoot(parent, b);
  if (ra === rb) return false;
  if ((size[ra] as number) < (size[rb] as number)) {
    const t = ra;
    ra = rb;
    rb = t;
  }
  parent[rb] = ra;
  size[ra] = (size[ra] as number) + (size[rb] as number);
  return true;
}
