import { selectPosition, splitByWeight } from "../../src/sample/weightedSplit";
import { SeededRandom } from "../../src/sample/random";

/** Keys are distinct floats unless `distinctKeys` asks for a few repeated whole numbers. */
function randomData(
  count: number,
  seed: number,
  distinctKeys?: number
): { key: Float64Array; weight: Float64Array } {
  const random = new SeededRandom(seed);
  const key = Float64Array.from({ length: count }, () =>
    distinctKeys === undefined ? random.next() : random.int(distinctKeys)
  );
  const weight = Float64Array.from({ length: count }, () => 1 + random.int(100));
  return { key, weight };
}

function identity(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, i) => i);
}

/** Smallest achievable |left weight − target| over every split of the sorted (distinct) keys (brute force). */
function bestGapBruteForce(
  key: Float64Array,
  weight: Float64Array,
  target: number,
  minLeft: number,
  minRight: number
): number {
  const sorted = Array.from(key.keys()).sort((a, b) => (key[a] as number) - (key[b] as number));
  let best = Infinity;
  let cumulative = 0;
  for (let s = 0; s <= sorted.length; s++) {
    if (s > 0) cumulative += weight[sorted[s - 1] as number] as number;
    if (s < minLeft || sorted.length - s < minRight) continue;
    best = Math.min(best, Math.abs(cumulative - target));
  }
  return best;
}

function expectPartitioned(order: Int32Array, key: Float64Array, split: number): void {
  let leftMax = -Infinity;
  let rightMin = Infinity;
  for (let i = 0; i < split; i++) leftMax = Math.max(leftMax, key[order[i] as number] as number);
  for (let i = split; i < order.length; i++)
    rightMin = Math.min(rightMin, key[order[i] as number] as number);
  expect(leftMax).toBeLessThanOrEqual(rightMin);
}

describe("splitByWeight", () => {
  test.each([
    [50, 1, 0.5],
    [500, 2, 0.3],
    [3000, 3, 0.71],
    [3000, 4, 0.05],
  ])(
    "%i items (seed %i, target share %f) match the brute-force best split",
    (count, seed, share) => {
      const { key, weight } = randomData(count, seed);
      const order = identity(count);
      const total = weight.reduce((a, b) => a + b, 0);
      const split = splitByWeight(order, 0, count, key, weight, total * share, 1, 1);
      expectPartitioned(order, key, split);
      let left = 0;
      for (let i = 0; i < split; i++) left += weight[order[i] as number] as number;
      expect(Math.abs(left - total * share)).toBeCloseTo(
        bestGapBruteForce(key, weight, total * share, 1, 1),
        6
      );
      expect([...order].sort((a, b) => a - b)).toEqual([...identity(count)]);
    }
  );

  test("many equal keys still split within one item of the target weight", () => {
    const { key, weight } = randomData(2000, 9, 5);
    const order = identity(2000);
    const total = weight.reduce((a, b) => a + b, 0);
    const split = splitByWeight(order, 0, 2000, key, weight, total / 3, 1, 1);
    expectPartitioned(order, key, split);
    let left = 0;
    for (let i = 0; i < split; i++) left += weight[order[i] as number] as number;
    expect(Math.abs(left - total / 3)).toBeLessThanOrEqual(Math.max(...weight) / 2);
  });

  test("the minimum counts win over the target weight", () => {
    const { key, weight } = randomData(100, 10);
    const order = identity(100);
    expect(splitByWeight(order, 0, 100, key, weight, 0, 30, 5)).toBe(30);
    expectPartitioned(order, key, 30);
    expect(splitByWeight(order, 0, 100, key, weight, 1e12, 5, 40)).toBe(60);
    expectPartitioned(order, key, 60);
  });

  test("works on a run inside a larger array and leaves the rest alone", () => {
    const { key, weight } = randomData(300, 11);
    const order = identity(300);
    const split = splitByWeight(order, 100, 200, key, weight, 2000, 1, 1);
    expect(split).toBeGreaterThan(100);
    expect(split).toBeLessThan(200);
    expect([...order.subarray(0, 100)]).toEqual([...identity(100)]);
    expect([...order.subarray(200)]).toEqual([...identity(300).subarray(200)]);
  });

  test("impossible minimum counts are refused with the numbers in the message", () => {
    const { key, weight } = randomData(10, 12);
    expect(() => splitByWeight(identity(10), 0, 10, key, weight, 5, 6, 5)).toThrow(
      "Cannot split 10 items into parts of at least 6 and 5"
    );
  });
});

describe("selectPosition", () => {
  test("partitions around any position (brute-force check)", () => {
    const { key } = randomData(1000, 13, 50);
    for (const k of [0, 1, 17, 500, 999, 1000]) {
      const order = identity(1000);
      selectPosition(order, 0, 1000, k, key);
      expectPartitioned(order, key, k);
    }
  });
});
