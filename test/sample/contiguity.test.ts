import { countPieces, neighbouringCcgs, practiceAdjacency } from "../../src/sample/contiguity";
import { joinStrayPieces } from "../../src/sample/strayPieces";
import { absorbEmbeddedPractices, nearestPractices } from "../../src/sample/embedded";
import { eastKm, northKm } from "../../src/sample/england";
import type { PracticePoints } from "../../src/sample/placement";
import { SeededRandom } from "../../src/sample/random";

/** A jittered grid of practices around Leicester, `size` × `size`, about 2 km apart. */
function grid(size: number, seed: number): PracticePoints {
  const random = new SeededRandom(seed);
  const latitude: number[] = [];
  const longitude: number[] = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      latitude.push(52.4 + row * 0.018 + random.uniform(-0.004, 0.004));
      longitude.push(-1.4 + column * 0.03 + random.uniform(-0.006, 0.006));
    }
  }
  const count = latitude.length;
  return {
    count,
    latitude: Float64Array.from(latitude),
    longitude: Float64Array.from(longitude),
    eastKm: Float64Array.from(longitude, eastKm),
    northKm: Float64Array.from(latitude, northKm),
    listSize: new Float64Array(count).fill(5000),
    origin: new Int32Array(count).fill(-1),
  };
}

/** Left half CCG 0, right half CCG 1. */
function halves(size: number): Int32Array {
  return Int32Array.from({ length: size * size }, (_, i) => (i % size < size / 2 ? 0 : 1));
}

describe("practiceAdjacency", () => {
  test("is symmetric, every practice has neighbours, and the grid's corners are on the hull", () => {
    const points = grid(8, 1);
    const { offsets, neighbours, onHull } = practiceAdjacency(points);
    const has = (a: number, b: number) =>
      neighbours.subarray(offsets[a], offsets[a + 1]).includes(b);
    for (let a = 0; a < points.count; a++) {
      expect((offsets[a + 1] as number) - (offsets[a] as number)).toBeGreaterThanOrEqual(2);
      for (let k = offsets[a] as number; k < (offsets[a + 1] as number); k++)
        expect(has(neighbours[k] as number, a)).toBe(true);
    }
    for (const corner of [0, 7, 56, 63]) expect(onHull[corner]).toBe(1);
    expect(onHull[27]).toBe(0);
  });

  test("a Delaunay triangulation has 3n − 3 − h edges", () => {
    const points = grid(10, 2);
    const { neighbours, onHull } = practiceAdjacency(points);
    const hull = onHull.reduce((a, b) => a + b, 0);
    expect(neighbours.length / 2).toBe(3 * points.count - 3 - hull);
  });
});

describe("countPieces and neighbouringCcgs", () => {
  test("two halves are one piece each and neighbour each other", () => {
    const points = grid(10, 3);
    const ccgOf = halves(10);
    const adjacency = practiceAdjacency(points);
    const ofCcg = (ccg: number) => Array.from(ccgOf.keys()).filter((i) => ccgOf[i] === ccg);
    expect(countPieces(adjacency, ccgOf, ofCcg(0))).toBe(1);
    expect(countPieces(adjacency, ccgOf, ofCcg(1))).toBe(1);
    expect([...neighbouringCcgs(adjacency, ccgOf, ofCcg(0))]).toEqual([1]);
  });

  test("a practice of one half deep in the other is a piece of its own", () => {
    const points = grid(10, 4);
    const ccgOf = halves(10);
    ccgOf[5 * 10 + 8] = 0; // row 5, column 8: inside the right half
    const adjacency = practiceAdjacency(points);
    expect(
      countPieces(
        adjacency,
        ccgOf,
        Array.from(ccgOf.keys()).filter((i) => ccgOf[i] === 0)
      )
    ).toBe(2);
    expect([...neighbouringCcgs(adjacency, ccgOf, [58])]).toEqual([1]);
  });
});

describe("joinStrayPieces", () => {
  test("gives stray practices to the CCG around them and leaves whole territories alone", () => {
    const points = grid(12, 5);
    const ccgOf = halves(12);
    ccgOf[3 * 12 + 10] = 0;
    ccgOf[8 * 12 + 9] = 0;
    ccgOf[6 * 12 + 1] = 1;
    const moved = joinStrayPieces(points, ccgOf, practiceAdjacency(points));
    expect(moved).toBe(3);
    expect([...ccgOf]).toEqual([...halves(12)]);
  });

  test("does nothing when every CCG is already one piece", () => {
    const points = grid(9, 6);
    const ccgOf = halves(9);
    expect(joinStrayPieces(points, ccgOf, practiceAdjacency(points))).toBe(0);
    expect([...ccgOf]).toEqual([...halves(9)]);
  });
});

describe("absorbEmbeddedPractices", () => {
  test("a practice whose 6 nearest are all in another CCG joins that CCG; others stay", () => {
    const points = grid(12, 7);
    const ccgOf = halves(12);
    ccgOf[5 * 12 + 9] = 0; // deep in the right half
    ccgOf[5 * 12 + 6] = 0; // next to the boundary: still has own-CCG practices among its 6 nearest
    const moved = absorbEmbeddedPractices(ccgOf, practiceAdjacency(points));
    expect(moved).toBe(1);
    expect(ccgOf[5 * 12 + 9]).toBe(1);
    expect(ccgOf[5 * 12 + 6]).toBe(0);
  });

  test("nearestPractices agrees with a brute-force search", () => {
    const points = grid(10, 8);
    const adjacency = practiceAdjacency(points);
    const grid2 = adjacency.grid;
    for (const p of [0, 11, 45, 99]) {
      const brute = Array.from({ length: points.count }, (_, q) => q)
        .filter((q) => q !== p)
        .sort(
          (a, b) =>
            ((grid2[2 * a] as number) - (grid2[2 * p] as number)) ** 2 +
            ((grid2[2 * a + 1] as number) - (grid2[2 * p + 1] as number)) ** 2 -
            (((grid2[2 * b] as number) - (grid2[2 * p] as number)) ** 2 +
              ((grid2[2 * b + 1] as number) - (grid2[2 * p + 1] as number)) ** 2)
        )
        .slice(0, 6);
      expect(nearestPractices(adjacency, p, 6)).toEqual(brute);
    }
  });
});
