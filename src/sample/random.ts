/**
 * A small seeded pseudo-random generator (mulberry32) and the few distributions the sample
 * workbook needs. Never uses Math.random: the same seed gives the same sequence everywhere.
 */

/** Seeded pseudo-random numbers: uniform, integer, normal, lognormal, shuffles. */
export class SeededRandom {
  private state: number;
  private spareNormal: number | null = null;

  /**
   * @param seed Any finite number; its low 32 bits (after mixing) seed the generator.
   * @example new SeededRandom(1).next() // same value on every run
   */
  constructor(seed: number) {
    if (!Number.isFinite(seed))
      throw new Error(`Random seed ${String(seed)} is not a finite number`);
    // Mix the seed so that nearby seeds (1, 2, 3…) start far apart.
    let h = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    this.state = (h ^ (h >>> 16)) >>> 0;
  }

  /** @returns A uniform number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * @param low Inclusive lower bound.
   * @param high Exclusive upper bound.
   * @returns A uniform number in [low, high).
   */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /**
   * @param count How many integers to choose from (at least 1).
   * @returns A uniform integer in [0, count).
   */
  int(count: number): number {
    return Math.floor(this.next() * count);
  }

  /** @returns A standard normal number (Box–Muller, spare value cached). */
  normal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return spare;
    }
    let u = this.next();
    while (u <= 0) u = this.next();
    const v = this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  }

  /**
   * @param median The distribution's median.
   * @param sigma Standard deviation of the logarithm.
   * @returns A lognormal number.
   */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /**
   * @param items A non-empty list.
   * @returns One item chosen uniformly.
   */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("Cannot pick from an empty list");
    return item;
  }

  /**
   * Shuffles in place (Fisher–Yates).
   * @param items The array to shuffle.
   * @returns The same array.
   */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }
}
