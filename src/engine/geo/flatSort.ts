/**
 * In-place sorts of index arrays keyed by flat typed arrays (no comparator closures).
 * Quicksort with median-of-three pivots and insertion sort for short runs; keys are total
 * orders (ties broken by a unique key), so the result does not depend on stability.
 */

const INSERTION_BELOW = 16;

/** True when index a sorts before index b by (x, y, index). */
function beforeByPosition(a: number, b: number, x: Float64Array, y: Float64Array): boolean {
  const ax = x[a] as number;
  const bx = x[b] as number;
  if (ax !== bx) return ax < bx;
  const ay = y[a] as number;
  const by = y[b] as number;
  if (ay !== by) return ay < by;
  return a < b;
}

/**
 * Sorts order[from … to] (inclusive) by x, then y, then index.
 * @param order Indices to sort in place.
 * @param from First position.
 * @param to Last position (inclusive).
 * @param x Primary key per index.
 * @param y Secondary key per index.
 * @returns Nothing; `order` is sorted.
 */
export function sortByPosition(
  order: Int32Array,
  from: number,
  to: number,
  x: Float64Array,
  y: Float64Array
): void {
  let left = from;
  let right = to;
  while (right - left >= INSERTION_BELOW) {
    const middle = (left + right) >> 1;
    // Median of three to order[left], then partition around it (Hoare).
    let a = order[left] as number;
    let b = order[middle] as number;
    let c = order[right] as number;
    if (beforeByPosition(b, a, x, y)) [a, b] = [b, a];
    if (beforeByPosition(c, b, x, y)) {
      [b, c] = [c, b];
      if (beforeByPosition(b, a, x, y)) [a, b] = [b, a];
    }
    order[left] = a;
    order[middle] = b;
    order[right] = c;
    const pivot = b;
    let i = left;
    let j = right;
    for (;;) {
      do i++;
      while (beforeByPosition(order[i] as number, pivot, x, y));
      do j--;
      while (beforeByPosition(pivot, order[j] as number, x, y));
      if (i >= j) break;
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    // Recurse into the smaller half, loop on the larger (bounded stack depth).
    if (j - left < right - j) {
      sortByPosition(order, left, j, x, y);
      left = j + 1;
    } else {
      sortByPosition(order, j + 1, right, x, y);
      right = j;
    }
  }
  for (let i = left + 1; i <= right; i++) {
    const item = order[i] as number;
    let j = i - 1;
    while (j >= left && beforeByPosition(item, order[j] as number, x, y)) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = item;
  }
}

/** True when piece a ranks before piece b: more population, then more practices, then lower first practice. */
function beforeByPopulation(
  a: number,
  b: number,
  population: Float64Array,
  practices: Int32Array,
  firstPractice: Int32Array
): boolean {
  const pa = population[a] as number;
  const pb = population[b] as number;
  if (pa !== pb) return pa > pb;
  const na = practices[a] as number;
  const nb = practices[b] as number;
  if (na !== nb) return na > nb;
  return (firstPractice[a] as number) < (firstPractice[b] as number);
}

/**
 * Sorts piece slots order[from … to] (inclusive): population descending, then practices
 * descending, then lowest first practice.
 * @param order Piece slots to sort in place.
 * @param from First position.
 * @param to Last position (inclusive).
 * @param population Population per slot.
 * @param practices Practices per slot.
 * @param firstPractice Lowest practice index per slot (unique).
 * @returns Nothing; `order` is sorted.
 */
export function sortByPopulation(
  order: Int32Array,
  from: number,
  to: number,
  population: Float64Array,
  practices: Int32Array,
  firstPractice: Int32Array
): void {
  let left = from;
  let right = to;
  while (right - left >= INSERTION_BELOW) {
    const middle = (left + right) >> 1;
    let a = order[left] as number;
    let b = order[middle] as number;
    let c = order[right] as number;
    if (beforeByPopulation(b, a, population, practices, firstPractice)) [a, b] = [b, a];
    if (beforeByPopulation(c, b, population, practices, firstPractice)) {
      [b, c] = [c, b];
      if (beforeByPopulation(b, a, population, practices, firstPractice)) [a, b] = [b, a];
    }
    order[left] = a;
    order[middle] = b;
    order[right] = c;
    const pivot = b;
    let i = left;
    let j = right;
    for (;;) {
      do i++;
      while (beforeByPopulation(order[i] as number, pivot, population, practices, firstPractice));
      do j--;
      while (beforeByPopulation(pivot, order[j] as number, population, practices, firstPractice));
      if (i >= j) break;
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    if (j - left < right - j) {
      sortByPopulation(order, left, j, population, practices, firstPractice);
      left = j + 1;
    } else {
      sortByPopulation(order, j + 1, right, population, practices, firstPractice);
      right = j;
    }
  }
  for (let i = left + 1; i <= right; i++) {
    const item = order[i] as number;
    let j = i - 1;
    while (
      j >= left &&
      beforeByPopulation(item, order[j] as number, population, practices, firstPractice)
    ) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = item;
  }
}
