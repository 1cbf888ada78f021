import type { WorkbookData } from "../../src/engine/cells";
import { generateSample, type SampleCases } from "../../src/sample";
import { countPieces, neighbouringCcgs, practiceAdjacency } from "../../src/sample/contiguity";
import { wgs84ToBritishNationalGrid } from "../../src/engine/geo/projection";
import { distanceToOutlineKm } from "../../src/sample/england";
import { asPoints, distanceKm, mappedPractices, type MappedPractice } from "./sampleSheets";

const samples: [string, ReturnType<typeof generateSample>][] = [
  ["default sample", generateSample()],
  ["small sample", generateSample({ practices: 300, ccgs: 12, seed: 1 })],
  ["small sample, seed 2", generateSample({ practices: 300, ccgs: 12, seed: 2 })],
];

function centroid(practices: readonly MappedPractice[]): { latitude: number; longitude: number } {
  const total = practices.reduce((s, p) => s + p.listSize, 0);
  return {
    latitude: practices.reduce((s, p) => s + p.latitude * p.listSize, 0) / total,
    longitude: practices.reduce((s, p) => s + p.longitude * p.listSize, 0) / total,
  };
}

/** The map as the analysis would see it: practices with clean values, triangulated on the National Grid. */
function geography(workbook: WorkbookData) {
  const practices = mappedPractices(workbook);
  const { points, ccgOf, ccgCodes } = asPoints(practices);
  const adjacency = practiceAdjacency(points);
  const indexOf = new Map(ccgCodes.map((code, i) => [code, i]));
  const practicesOf = (code: string): number[] =>
    practices.map((_, i) => i).filter((i) => ccgOf[i] === indexOf.get(code));
  const pieces = (code: string): number => countPieces(adjacency, ccgOf, practicesOf(code));
  return { practices, ccgOf, ccgCodes, adjacency, indexOf, practicesOf, pieces };
}

function caseCcgs(cases: SampleCases): Set<string> {
  return new Set([
    ...(cases.exclave === null ? [] : [cases.exclave.ccg, cases.exclave.host]),
    ...(cases.mosaic?.ccgs ?? []),
    ...(cases.enclosed === null ? [] : [cases.enclosed.ccg, cases.enclosed.surroundedBy]),
  ]);
}

describe.each(samples)("geography of the %s", (_name, { workbook, cases }) => {
  const map = geography(workbook);

  test("has all three deliberate cases, on six different CCGs", () => {
    expect(cases.exclave).not.toBeNull();
    expect(cases.mosaic).not.toBeNull();
    expect(cases.enclosed).not.toBeNull();
    expect(caseCcgs(cases).size).toBe(6);
  });

  test("every other CCG is one contiguous territory (shared Delaunay edges)", () => {
    const special = caseCcgs(cases);
    const split = map.ccgCodes.filter((code) => !special.has(code) && map.pieces(code) !== 1);
    expect(split).toEqual([]);
  });

  test("ordinary CCGs (not a case, not under 100,000) have (almost) no embedded practices: brute-force 6 nearest on the National Grid", () => {
    const special = new Set([...caseCcgs(cases), ...cases.underRedLine, ...cases.underAmberLine]);
    const { practices } = map;
    const east = Float64Array.from(
      practices,
      (p) => wgs84ToBritishNationalGrid(p.latitude, p.longitude).easting
    );
    const north = Float64Array.from(
      practices,
      (p) => wgs84ToBritishNationalGrid(p.latitude, p.longitude).northing
    );
    /** The 6 nearest practices to i, by a full scan (insertion into a short sorted list). */
    const nearestSix = (i: number): number[] => {
      const best: { j: number; d: number }[] = [];
      for (let j = 0; j < practices.length; j++) {
        if (j === i) continue;
        const d =
          ((east[j] as number) - (east[i] as number)) ** 2 +
          ((north[j] as number) - (north[i] as number)) ** 2;
        if (best.length === 6 && d >= (best[5] as { d: number }).d) continue;
        best.push({ j, d });
        best.sort((a, b) => a.d - b.d);
        if (best.length > 6) best.pop();
      }
      return best.map((b) => b.j);
    };
    const embedded = practices.filter(
      (p, i) =>
        !special.has(p.ccgCode) && nearestSix(i).every((j) => practices[j]?.ccgCode !== p.ccgCode)
    );
    expect(embedded.length).toBeLessThanOrEqual(Math.max(3, practices.length / 800));
  });

  test("enclosed: the town CCG touches only its county CCG, away from the edge of the map", () => {
    const { ccg, surroundedBy } = cases.enclosed as NonNullable<SampleCases["enclosed"]>;
    const town = map.practicesOf(ccg);
    expect(town.length).toBeGreaterThan(0);
    const neighbours = [...neighbouringCcgs(map.adjacency, map.ccgOf, town)].map(
      (i) => map.ccgCodes[i]
    );
    expect(neighbours).toEqual([surroundedBy]);
    expect(town.every((i) => map.adjacency.onHull[i] === 0)).toBe(true);
    expect(map.pieces(ccg)).toBe(1);
    expect(map.pieces(surroundedBy)).toBe(1);
    const centre = centroid(town.map((i) => map.practices[i] as MappedPractice));
    expect(distanceToOutlineKm(centre.latitude, centre.longitude)).toBeGreaterThan(3);
  });

  test("exclave: an island of 5–15% of the CCG's population, nearer its host's centre than its own main part", () => {
    const { ccg, host, islandPracticeCodes } = cases.exclave as NonNullable<SampleCases["exclave"]>;
    const island = map.practices.filter((p) => islandPracticeCodes.includes(p.code));
    expect(island.length).toBe(islandPracticeCodes.length);
    expect(island.every((p) => p.ccgCode === ccg)).toBe(true);
    const own = map.practices.filter((p) => p.ccgCode === ccg);
    const share =
      island.reduce((s, p) => s + p.listSize, 0) / own.reduce((s, p) => s + p.listSize, 0);
    expect(share).toBeGreaterThanOrEqual(0.05);
    expect(share).toBeLessThanOrEqual(0.15);
    const mainCentre = centroid(own.filter((p) => !islandPracticeCodes.includes(p.code)));
    const hostCentre = centroid(map.practices.filter((p) => p.ccgCode === host));
    for (const p of island)
      expect(distanceKm(p, hostCentre)).toBeLessThan(distanceKm(p, mainCentre));
    expect(map.pieces(ccg)).toBe(2);
    expect(map.pieces(host)).toBe(1);
    // The island's neighbours are itself and the host only.
    const islandIndices = map
      .practicesOf(ccg)
      .filter((i) => islandPracticeCodes.includes(map.practices[i]?.code ?? ""));
    const touching = new Set<string>();
    for (const i of islandIndices) {
      for (
        let k = map.adjacency.offsets[i] as number;
        k < (map.adjacency.offsets[i + 1] as number);
        k++
      ) {
        const q = map.adjacency.neighbours[k] as number;
        if (!islandIndices.includes(q)) touching.add(map.practices[q]?.ccgCode ?? "");
      }
    }
    expect([...touching]).toEqual([host]);
  });

  test("mosaic: both CCGs fall into several pieces, with practices scattered among each other's", () => {
    const [a, b] = (cases.mosaic as NonNullable<SampleCases["mosaic"]>).ccgs;
    expect(map.pieces(a)).toBeGreaterThanOrEqual(2);
    expect(map.pieces(b)).toBeGreaterThanOrEqual(2);
    // Crude: count practices of the pair whose nearest practice belongs to the other CCG of the pair.
    const pair = map.practices.filter((p) => p.ccgCode === a || p.ccgCode === b);
    const nearestIsOther = pair.filter((p) => {
      let nearest: MappedPractice | null = null;
      for (const q of pair)
        if (q !== p && (nearest === null || distanceKm(p, q) < distanceKm(p, nearest))) nearest = q;
      return nearest !== null && nearest.ccgCode !== p.ccgCode;
    });
    expect(nearestIsOther.length).toBeGreaterThanOrEqual(Math.max(3, pair.length * 0.1));
  });
});

describe("the cases at other sizes", () => {
  test("200 practices in 10 CCGs still hold an enclosed CCG and a mosaic", () => {
    const { cases } = generateSample({ practices: 200, ccgs: 10, seed: 1 });
    expect(cases.enclosed).not.toBeNull();
    expect(cases.mosaic).not.toBeNull();
  });

  test("3 CCGs have room for one case only, and 1 CCG for none", () => {
    const three = generateSample({ practices: 50, ccgs: 3, seed: 1 }).cases;
    expect([three.enclosed, three.exclave, three.mosaic].filter((c) => c !== null).length).toBe(1);
    const one = generateSample({ practices: 40, ccgs: 1, seed: 1 }).cases;
    expect([one.enclosed, one.exclave, one.mosaic]).toEqual([null, null, null]);
  });
});
