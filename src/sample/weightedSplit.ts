/**
 * Splitting a run of an index array at a weighted quantile of a key, in expected linear time
 * (quickselect with three-way partitions). Used to cut territories into CCGs by population.
 */

function swap(order: Int32Array, i: number, j: number): void {
  const a = order[i] as number;
  order[i] = order[j] as number;
  order[j] = a;
}

/**
 * Three-way partition of `order[l..r)` around `pivot`.
 * @returns `[lt, gt]`: keys < pivot in [l, lt), equal in [lt, gt), greater in [gt, r).
 */
function partition3(
  order: Int32Array,
  l: number,
  r: number,
  key: Float64Array,
  pivot: number
): [number, number] {
  let lt = l;
  let i = l;
  let gt = r;
  while (i < gt) {
    const k = key[order[i] as number] as number;
    if (k < pivot) swap(order, lt++, i++);
    else if (k > pivot) swap(order, i, --gt);
    else i++;
  }
  return [lt, gt];
}

function medianOfThreeKey(order: Int32Array, l: number, r: number, key: Float64Array): number {
  const span = r - l;
  const a = key[order[l + ((span * 0.25) | 0)] as number] as number;
  const b = key[order[l + ((span * 0.5) | 0)] as number] as number;
  const c = key[order[l + ((span * 0.75) | 0)] as number] as number;
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

function weightBetween(order: Int32Array, l: number, r: number, weight: Float64Array): number {
  let sum = 0;
  for (let i = l; i < r; i++) sum += weight[order[i] as number] as number;
  return sum;
}

function sortRun(order: Int32Array, l: number, r: number, key: Float64Array): void {
  const run = Array.from(order.subarray(l, r)).sort(
    (a, b) => (key[a] as number) - (key[b] as number)
  );
  order.set(run, l);
}

/**
 * Rearranges `order[lo..hi)` so that every key before position `k` is ≤ every key from `k` on.
 * @param order Indices into `key`; the run is rearranged in place.
 * @param lo Start of the run (inclusive).
 * @param hi End of the run (exclusive).
 * @param k Split position, lo ≤ k ≤ hi.
 * @param key Sort key per index.
 */
export function selectPosition(
  order: Int32Array,
  lo: number,
  hi: number,
  k: number,
  key: Float64Array
): void {
  if (k < lo || k > hi) throw new Error(`Split position ${k} is outside ${lo}…${hi}`);
  let l = lo;
  let r = hi;
  while (r - l > 16) {
    const [lt, gt] = partition3(order, l, r, key, medianOfThreeKey(order, l, r, key));
    if (k < lt) r = lt;
    else if (k > gt) l = gt;
    else return;
  }
  sortRun(order, l, r, key);
}

/**
 * Splits `order[lo..hi)` by key so that the weight before the split is as close as possible to
 * `targetWeight`, keeping at least `minLeft` items before and `minRight` after it.
 * @param order Indices into `key` and `weight`; the run is rearranged in place.
 * @param lo Start of the run (inclusive).
 * @param hi End of the run (exclusive).
 * @param key Sort key per index (e.g. position along a direction).
 * @param weight Non-negative weight per index (e.g. list size).
 * @param targetWeight Wanted weight of the left part.
 * @param minLeft Fewest items the left part may hold.
 * @param minRight Fewest items the right part may hold.
 * @returns The split position s: keys in [lo, s) ≤ keys in [s, hi).
 * @example splitByWeight(order, 0, n, x, listSize, total / 2, 1, 1) // a population-halving cut
 */
export function splitByWeight(
  order: Int32Array,
  lo: number,
  hi: number,
  key: Float64Array,
  weight: Float64Array,
  targetWeight: number,
  minLeft: number,
  minRight: number
): number {
  if (minLeft + minRight > hi - lo) {
    throw new Error(
      `Cannot split ${hi - lo} items into parts of at least ${minLeft} and ${minRight}`
    );
  }
  let l = lo;
  let r = hi;
  let weightBefore = 0;
  while (r - l > 16) {
    const [lt, gt] = partition3(order, l, r, key, medianOfThreeKey(order, l, r, key));
    const lessWeight = weightBetween(order, l, lt, weight);
    if (weightBefore + lessWeight >= targetWeight) {
      r = lt;
      continue;
    }
    const equalWeight = weightBetween(order, lt, gt, weight);
    weightBefore += lessWeight;
    if (weightBefore + equalWeight >= targetWeight) {
      l = lt;
      r = gt;
      break;
    }
    weightBefore += equalWeight;
    l = gt;
  }
  sortRun(order, l, r, key);
  let best = l;
  let bestGap = Math.abs(weightBefore - targetWeight);
  let cumulative = weightBefore;
  for (let s = l + 1; s <= r; s++) {
    cumulative += weight[order[s - 1] as number] as number;
    const gap = Math.abs(cumulative - targetWeight);
    if (gap < bestGap) {
      best = s;
      bestGap = gap;
    }
  }
  const clamped = Math.min(hi - minRight, Math.max(lo + minLeft, best));
  if (clamped !== best) selectPosition(order, lo, hi, clamped, key);
  return clamped;
}
