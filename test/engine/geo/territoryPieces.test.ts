import { buildTerritoryAdjacency } from "../../../src/engine/geo/delaunayAdjacency";
import { practiceAdjacency } from "../../../src/engine/geo/practiceAdjacency";
import { buildPracticeIndex } from "../../../src/engine/geo/practiceIndex";
import { findTerritoryPieces } from "../../../src/engine/geo/territoryPieces";
import type { PackedPractices } from "../../../src/engine/geo/types";
import { bruteComponents, distanceSquared, samePartition } from "./helpers/bruteForce";
import { packKm, randomLayout } from "./helpers/seededLayouts";

function piecesOf(points: PackedPractices, bridgeKm = 0): ReturnType<typeof findTerritoryPieces> {
  return findTerritoryPieces(
    points,
    buildTerritoryAdjacency(points.x, points.y, points.count),
    bridgeKm
  );
}

/** (group, piece) as one label, so pieces of different groups never coincide. */
function labels(points: PackedPractices, piece: Int32Array): number[] {
  return Array.from(piece, (number, p) => (points.group[p] as number) * points.count + number);
}

/**
 * Pieces from the adjacency, then, repeatedly, two pieces of one group merged when their closest
 * practices are closer than bridgeKm (some pair of their practices is), until none are.
 */
function bruteBridgedPieces(
  points: PackedPractices,
  adjacent: (a: number, b: number) => boolean,
  bridgeKm: number
): Int32Array {
  const label = bruteComponents(
    points.count,
    (a, b) => points.group[a] === points.group[b] && adjacent(a, b)
  );
  const limit = (bridgeKm * 1000) ** 2;
  for (let changed = true; changed;) {
    changed = false;
    for (let p = 0; p < points.count && !changed; p++) {
      for (let q = 0; q < points.count && !changed; q++) {
        if (points.group[p] !== points.group[q] || label[p] === label[q]) continue;
        if (distanceSquared(points, p, q) < limit) {
          const from = label[q];
          for (let r = 0; r < points.count; r++)
            if (label[r] === from) label[r] = label[p] as number;
          changed = true;
        }
      }
    }
  }
  return label;
}

const layouts: Array<[string, PackedPractices]> = [
  [
    "uniform, noisy groups",
    randomLayout({ kind: "uniform", count: 250, groupCount: 8, seed: 21, noiseShare: 0.15 }),
  ],
  [
    "clustered",
    randomLayout({ kind: "clustered", count: 250, groupCount: 8, seed: 22, noiseShare: 0.1 }),
  ],
  [
    "uniform, 30% co-located",
    randomLayout({
      kind: "uniform",
      count: 200,
      groupCount: 6,
      seed: 23,
      duplicateShare: 0.3,
      noiseShare: 0.2,
    }),
  ],
];

describe.each(layouts)("territory pieces on a %s layout", (_name, points) => {
  const adjacency = buildTerritoryAdjacency(points.x, points.y, points.count);
  const { offsets, neighbours } = practiceAdjacency(adjacency);
  const neighbourSets = Array.from(
    { length: points.count },
    (_, p) => new Set(neighbours.subarray(offsets[p] as number, offsets[p + 1] as number))
  );
  const adjacent = (a: number, b: number): boolean => (neighbourSets[a] as Set<number>).has(b);

  test("every piece is connected within its group and no edge joins two pieces of one group", () => {
    const { piece } = findTerritoryPieces(points, adjacency, 0);
    for (let p = 0; p < points.count; p++) {
      for (const q of neighbourSets[p] as Set<number>) {
        if (points.group[p] === points.group[q]) expect(piece[q]).toBe(piece[p]);
      }
    }
    // BFS inside each piece over same-group, same-piece edges reaches the whole piece.
    const own = labels(points, piece);
    const reached = bruteComponents(points.count, (a, b) => own[a] === own[b] && adjacent(a, b));
    expect(samePartition(reached, own)).toBe(true);
    expect(new Set(own).size).toBeGreaterThan(points.groupCount); // the noise makes real exclaves
  });

  test.each([0, 3, 8, 20])(
    "bridgeKm %p matches a brute-force minimum-distance union",
    (bridgeKm) => {
      const { piece } = findTerritoryPieces(points, adjacency, bridgeKm);
      const expected = bruteBridgedPieces(points, adjacent, bridgeKm);
      expect(samePartition(labels(points, piece), expected)).toBe(true);
      // Same pieces, numbered the same, when the stage is given the spatial index it would build.
      const index = buildPracticeIndex(points.x, points.y, points.count);
      expect(findTerritoryPieces(points, adjacency, bridgeKm, index).piece).toEqual(piece);
    }
  );

  test("bridging joins pieces on this layout (so the comparisons above are not vacuous)", () => {
    const total = (bridgeKm: number): number =>
      findTerritoryPieces(points, adjacency, bridgeKm).pieces.reduce((a, b) => a + b, 0);
    expect(total(3)).toBeLessThanOrEqual(total(0));
    expect(total(20)).toBeLessThan(total(0));
  });

  test("pieces are numbered by population, then practices, then first practice; detached figures add up", () => {
    const result = findTerritoryPieces(points, adjacency, 0);
    for (let g = 0; g < points.groupCount; g++) {
      const members = [...Array(points.count).keys()].filter((p) => points.group[p] === g);
      const stats = new Map<number, { population: number; practices: number; first: number }>();
      for (const p of members) {
        const s = stats.get(result.piece[p] as number) ?? { population: 0, practices: 0, first: p };
        s.population += points.weight[p] as number;
        s.practices += 1;
        stats.set(result.piece[p] as number, s);
      }
      expect(result.pieces[g]).toBe(stats.size);
      const numbers = [...stats.keys()].sort((a, b) => a - b);
      expect(numbers).toEqual([...Array(stats.size).keys()]);
      for (let i = 1; i < numbers.length; i++) {
        const a = stats.get(i - 1) as { population: number; practices: number; first: number };
        const b = stats.get(i) as { population: number; practices: number; first: number };
        const ordered =
          a.population > b.population ||
          (a.population === b.population &&
            (a.practices > b.practices || (a.practices === b.practices && a.first < b.first)));
        expect(ordered).toBe(true);
      }
      const total = members.reduce((sum, p) => sum + (points.weight[p] as number), 0);
      const main = stats.get(0)?.population ?? 0;
      const detachedMembers = members.filter((p) => result.piece[p] !== 0);
      expect(result.detachedPractices[g]).toBe(detachedMembers.length);
      for (const p of members) expect(result.detached[p]).toBe(result.piece[p] === 0 ? 0 : 1);
      if (members.length === 0) expect(result.detachedShare[g]).toBeNaN();
      else expect(result.detachedShare[g]).toBeCloseTo((total - main) / total, 12);
    }
  });
});

describe("hand-built exclave", () => {
  // Group 0 (A): a 5-practice cluster at x 0–2 km plus one practice at (12, 2) inside group 1 (B)'s
  // ring of 8 practices at x 10–14 km. The exclave's only territory neighbours are B's ring.
  const mainland: Array<[number, number, number, number]> = [
    [0, 0, 1000, 0],
    [0, 2, 1000, 0],
    [2, 0, 1000, 0],
    [2, 2, 1000, 0],
    [1, 1, 1000, 0],
  ];
  const ring: Array<[number, number, number, number]> = [
    [10, 0, 500, 1],
    [12, 0, 500, 1],
    [14, 0, 500, 1],
    [10, 2, 500, 1],
    [14, 2, 500, 1],
    [10, 4, 500, 1],
    [12, 4, 500, 1],
    [14, 4, 500, 1],
  ];

  test("a small exclave is detached: 2,000 of 7,000 patients, 1 practice", () => {
    const points = packKm([...mainland, [12, 2, 2000, 0], ...ring], 2);
    const result = piecesOf(points);
    expect(Array.from(result.pieces)).toEqual([2, 1]);
    expect(result.piece[5]).toBe(1);
    expect(Array.from(result.piece.subarray(0, 5))).toEqual([0, 0, 0, 0, 0]);
    expect(result.detachedShare[0]).toBeCloseTo(2000 / 7000, 12);
    expect(Array.from(result.detachedPractices)).toEqual([1, 0]);
    expect(result.detachedShare[1]).toBe(0);
  });

  test("when the exclave is the more populous piece, it is the main piece", () => {
    const points = packKm([...mainland, [12, 2, 6000, 0], ...ring], 2);
    const result = piecesOf(points);
    expect(result.piece[5]).toBe(0);
    expect(Array.from(result.piece.subarray(0, 5))).toEqual([1, 1, 1, 1, 1]);
    expect(result.detachedShare[0]).toBeCloseTo(5000 / 11000, 12);
    expect(result.detachedPractices[0]).toBe(5);
  });

  test("bridging joins the exclave only when the gap (10 km) is shorter than bridgeKm", () => {
    const points = packKm([...mainland, [12, 2, 2000, 0], ...ring], 2);
    expect(piecesOf(points, 10).pieces[0]).toBe(2);
    expect(piecesOf(points, 10.001).pieces[0]).toBe(1);
    expect(piecesOf(points, 10.001).detachedShare[0]).toBe(0);
  });

  test("equal populations: the piece with more practices is main, then the lower first practice", () => {
    const points = packKm([...mainland, [12, 2, 5000, 0], ...ring], 2);
    expect(piecesOf(points).piece[5]).toBe(1); // 5 practices beat 1 at 5,000 each
    const twin = packKm([[12, 2, 100, 0], [0, 0, 100, 0], ...ring], 2);
    const result = piecesOf(twin);
    expect(Array.from(result.piece.subarray(0, 2))).toEqual([0, 1]);
  });

  test("a group whose list sizes are all 0 uses practice shares", () => {
    const points = packKm(
      [
        ...mainland.map(([x, y, , g]) => [x, y, 0, g] as [number, number, number, number]),
        [12, 2, 0, 0],
        ...ring,
      ],
      2
    );
    expect(piecesOf(points).detachedShare[0]).toBeCloseTo(1 / 6, 12);
  });
});

describe("degenerate inputs give sensible pieces", () => {
  test("no practices: no pieces, NaN share", () => {
    const result = piecesOf(packKm([], 2));
    expect(Array.from(result.pieces)).toEqual([0, 0]);
    expect(result.detachedShare[0]).toBeNaN();
  });

  test("one and two practices", () => {
    expect(Array.from(piecesOf(packKm([[1, 1, 5, 0]], 1)).pieces)).toEqual([1]);
    expect(
      Array.from(
        piecesOf(
          packKm(
            [
              [1, 1, 5, 0],
              [3, 1, 5, 0],
            ],
            1
          )
        ).pieces
      )
    ).toEqual([1]);
    expect(
      Array.from(
        piecesOf(
          packKm(
            [
              [1, 1, 5, 0],
              [3, 1, 5, 1],
            ],
            2
          )
        ).pieces
      )
    ).toEqual([1, 1]);
  });

  test("collinear practices alternate into pieces along the line", () => {
    const points = packKm(
      [
        [0, 0, 10, 0],
        [1, 0, 10, 0],
        [2, 0, 10, 1],
        [3, 0, 30, 0],
        [4, 0, 10, 1],
      ],
      2
    );
    const result = piecesOf(points);
    expect(Array.from(result.pieces)).toEqual([2, 2]);
    expect(Array.from(result.piece)).toEqual([1, 1, 0, 0, 1]);
    expect(result.detachedShare[0]).toBeCloseTo(20 / 50, 12);
  });

  test("all co-located: one piece per group", () => {
    const points = packKm(
      [
        [5, 5, 1, 0],
        [5, 5, 1, 1],
        [5, 5, 1, 0],
        [5, 5, 1, 2],
      ],
      3
    );
    expect(Array.from(piecesOf(points).pieces)).toEqual([1, 1, 1]);
  });

  test("a negative bridge distance is rejected with its value", () => {
    const points = packKm([[1, 1, 5, 0]], 1);
    expect(() => piecesOf(points, -1)).toThrow("Bridge distance -1 km");
  });
});
