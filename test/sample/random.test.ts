import { SeededRandom } from "../../src/sample/random";

describe("SeededRandom", () => {
  test("the same seed gives the same sequence; different seeds differ", () => {
    const draw = (seed: number): number[] => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(1)).not.toEqual(draw(2));
  });

  test("uniform numbers lie in [0, 1) and average about a half", () => {
    const random = new SeededRandom(3);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const u = random.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 20000).toBeCloseTo(0.5, 1);
  });

  test("normal numbers have mean about 0 and standard deviation about 1", () => {
    const random = new SeededRandom(4);
    const values = Array.from({ length: 20000 }, () => random.normal());
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });

  test("int stays in range and reaches both ends", () => {
    const random = new SeededRandom(5);
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(7)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test("shuffle returns a permutation of the same items", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = new SeededRandom(6).shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  test("a seed that is not a finite number is refused with the value in the message", () => {
    expect(() => new SeededRandom(Number.NaN)).toThrow("NaN");
    expect(() => new SeededRandom(Infinity)).toThrow("Infinity");
  });
});
