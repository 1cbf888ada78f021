import * as fs from "fs";
import { analyseGeography, DEFAULT_GEOGRAPHY_OPTIONS } from "../../../src/engine/geo/coherence";
import { buildTerritoryAdjacency } from "../../../src/engine/geo/delaunayAdjacency";
import { measureDispersion } from "../../../src/engine/geo/dispersion";
import { findSurroundingGroups } from "../../../src/engine/geo/enclosure";
import { measureNeighbourPurity } from "../../../src/engine/geo/neighbourPurity";
import { buildPracticeIndex } from "../../../src/engine/geo/practiceIndex";
import { findTerritoryPieces } from "../../../src/engine/geo/territoryPieces";
import type { PackedPractices } from "../../../src/engine/geo/types";
import { ENGLAND_PRACTICES_PATH, loadEnglandPractices } from "./helpers/englandPractices";
import { packKm, randomLayout } from "./helpers/seededLayouts";

describe("analyseGeography", () => {
  test("assembles the stages unchanged (clustered layout, bridge 3 km)", () => {
    const points = randomLayout({
      kind: "clustered",
      count: 800,
      groupCount: 25,
      seed: 51,
      duplicateShare: 0.1,
    });
    const options = { bridgeKm: 3, neighbourCount: 6 };
    const result = analyseGeography(points, options);
    const adjacency = buildTerritoryAdjacency(points.x, points.y, points.count);
    const index = buildPracticeIndex(points.x, points.y, points.count);
    const pieces = findTerritoryPieces(points, adjacency, 3, index);
    const neighbours = measureNeighbourPurity(points, index, 6);
    const dispersion = measureDispersion(points);
    expect(result.groups.pieces).toEqual(pieces.pieces);
    expect(result.groups.detachedShare).toEqual(pieces.detachedShare);
    expect(result.practices.piece).toEqual(pieces.piece);
    expect(result.groups.surroundedBy).toEqual(findSurroundingGroups(points, adjacency));
    expect(result.groups.purity).toEqual(neighbours.groupPurity);
    expect(result.practices.nearestOtherKm).toEqual(neighbours.nearestOtherKm);
    expect(result.groups.standardDistanceKm).toEqual(dispersion.standardDistanceKm);
    expect(result.groups.hullAreaKm2).toEqual(dispersion.hullAreaKm2);
  });

  test("group with no practices: NaN measures, zero counts, not surrounded", () => {
    const points = packKm(
      [
        [0, 0, 10, 0],
        [1, 0, 10, 0],
        [0, 1, 10, 2],
      ],
      3
    );
    const { groups } = analyseGeography(points, DEFAULT_GEOGRAPHY_OPTIONS);
    expect(groups.pieces[1]).toBe(0);
    expect(groups.detachedShare[1]).toBeNaN();
    expect(groups.standardDistanceKm[1]).toBeNaN();
    expect(groups.purity[1]).toBeNaN();
    expect(groups.embeddedPractices[1]).toBe(0);
    expect(groups.surroundedBy[1]).toBe(-1);
  });

  const collinear = packKm(
    [
      [0, 0, 1, 0],
      [1, 1, 1, 1],
      [2, 2, 1, 0],
      [3, 3, 1, 0],
    ],
    2
  );
  const coLocated = packKm(
    [
      [7, 7, 1, 0],
      [7, 7, 1, 1],
      [7, 7, 1, 0],
    ],
    2
  );
  const degenerate: Array<[string, PackedPractices]> = [
    ["no practices", packKm([], 1)],
    ["one practice", packKm([[3, 4, 100, 0]], 1)],
    [
      "two practices of two groups",
      packKm(
        [
          [3, 4, 100, 0],
          [5, 4, 100, 1],
        ],
        2
      ),
    ],
    ["collinear practices", collinear],
    ["all co-located", coLocated],
  ];

  test.each(degenerate)("%s: no crash, sensible figures", (_name, points) => {
    const { groups, practices } = analyseGeography(points, DEFAULT_GEOGRAPHY_OPTIONS);
    expect(practices.piece.length).toBe(points.count);
    for (let g = 0; g < points.groupCount; g++) {
      const members = [...Array(points.count).keys()].filter((p) => points.group[p] === g).length;
      if (members === 0) expect(groups.pieces[g]).toBe(0);
      else {
        expect(groups.pieces[g]).toBeGreaterThanOrEqual(1);
        expect(groups.detachedShare[g]).toBeGreaterThanOrEqual(0);
        expect(groups.detachedShare[g]).toBeLessThanOrEqual(1);
        expect(groups.hullAreaKm2[g]).toBe(0);
      }
    }
    for (let p = 0; p < points.count; p++) {
      const purity = practices.purity[p] as number;
      if (points.count > 1) expect(purity >= 0 && purity <= 1).toBe(true);
      else expect(purity).toBeNaN();
    }
  });

  test("collinear: the middle 1-practice group splits group 0 into two pieces", () => {
    const { groups, practices } = analyseGeography(collinear, DEFAULT_GEOGRAPHY_OPTIONS);
    expect(Array.from(groups.pieces)).toEqual([2, 1]);
    expect(Array.from(practices.piece)).toEqual([1, 0, 0, 0]);
  });

  test("all co-located: one piece each, everyone adjacent, distances 0", () => {
    const { groups, practices } = analyseGeography(coLocated, DEFAULT_GEOGRAPHY_OPTIONS);
    expect(Array.from(groups.pieces)).toEqual([1, 1]);
    expect(Array.from(practices.nearestOtherKm)).toEqual([0, 0, 0]);
    expect(Array.from(groups.maxDistanceKm)).toEqual([0, 0]);
  });

  test("rejects bad input, naming the value", () => {
    const points = packKm(
      [
        [0, 0, 1, 0],
        [1, 0, 1, 0],
      ],
      1
    );
    expect(() => analyseGeography(points, { bridgeKm: -2, neighbourCount: 6 })).toThrow(
      "Bridge distance -2 km"
    );
    expect(() => analyseGeography(points, { bridgeKm: 0, neighbourCount: 0 })).toThrow(
      "Neighbour count 0"
    );
    expect(() =>
      analyseGeography({ ...points, group: Int32Array.of(0, 3) }, DEFAULT_GEOGRAPHY_OPTIONS)
    ).toThrow("Practice 1: group 3 is outside 0 … 0");
    expect(() =>
      analyseGeography(
        { ...points, weight: Float64Array.of(1, Number.NaN) },
        DEFAULT_GEOGRAPHY_OPTIONS
      )
    ).toThrow("Practice 1: list size NaN");
    expect(() =>
      analyseGeography({ ...points, weight: Float64Array.of(-5, 1) }, DEFAULT_GEOGRAPHY_OPTIONS)
    ).toThrow("Practice 0: list size -5");
    expect(() =>
      analyseGeography({ ...points, x: Float64Array.of(0, Infinity) }, DEFAULT_GEOGRAPHY_OPTIONS)
    ).toThrow("Practice 1: position (Infinity, 0)");
    expect(() => analyseGeography({ ...points, count: 3 }, DEFAULT_GEOGRAPHY_OPTIONS)).toThrow(
      "shorter than the 3 practices"
    );
  });
});

describe("real England practices (2016)", () => {
  test("most CCGs are one territory; the well-known mosaics are not", () => {
    const hasData = fs.existsSync(ENGLAND_PRACTICES_PATH);
    if (!hasData) {
      console.warn(
        `England data not found at ${ENGLAND_PRACTICES_PATH}: real-data geography checks not run.`
      );
      expect(hasData).toBe(false);
      return;
    }
    const { points, ccgCodes } = loadEnglandPractices();
    expect(points.count).toBeGreaterThan(7000);
    const { groups } = analyseGeography(points, DEFAULT_GEOGRAPHY_OPTIONS);
    const byCode = (code: string): number => ccgCodes.indexOf(code);
    const single = Array.from(groups.pieces).filter((p) => p === 1).length;
    expect(single / points.groupCount).toBeGreaterThan(0.85);
    // Birmingham CrossCity (13P) and South East Staffordshire & Seisdon Peninsula (05Q) are
    // well known for territories in several pieces.
    expect(groups.pieces[byCode("13P")]).toBeGreaterThan(1);
    expect(groups.pieces[byCode("05Q")]).toBeGreaterThan(1);
    const spread = Array.from(groups.standardDistanceKm).sort((a, b) => a - b);
    const median = spread[spread.length >> 1] as number;
    expect(median).toBeGreaterThan(2);
    expect(median).toBeLessThan(15);
    const purity = Array.from(groups.purity).sort((a, b) => a - b);
    expect(purity[purity.length >> 1]).toBeGreaterThan(0.7);
  });
});
