import { wgs84ToBritishNationalGrid } from "../../../src/engine/geo/projection";
import {
  FormulaInputError,
  UnknownCcgError,
  packFormulaPractices,
  territoryPieceCounts,
  territoryPiecesOf,
  weightedStandardDistanceKm,
} from "../../../src/engine/formulas";
import { sampleColumns, seededRandom } from "./helpers/sampleColumns";

describe("weighted standard distance of one set of practices", () => {
  test("equals √(Σ wᵢ‖xᵢ − x̄‖² / W) computed directly on the projected points", () => {
    const random = seededRandom(5);
    const latitudes = Array.from({ length: 40 }, () => 53 + random());
    const longitudes = Array.from({ length: 40 }, () => -2 + random());
    const weights = Array.from({ length: 40 }, () => Math.round(random() * 12000));
    const grid = latitudes.map((lat, i) =>
      wgs84ToBritishNationalGrid(lat, longitudes[i] as number)
    );
    const total = weights.reduce((a, b) => a + b, 0);
    const cx = grid.reduce((s, p, i) => s + (weights[i] as number) * p.easting, 0) / total;
    const cy = grid.reduce((s, p, i) => s + (weights[i] as number) * p.northing, 0) / total;
    const spread = grid.reduce(
      (s, p, i) => s + (weights[i] as number) * ((p.easting - cx) ** 2 + (p.northing - cy) ** 2),
      0
    );
    const expected = Math.sqrt(spread / total) / 1000;
    const km = weightedStandardDistanceKm(packFormulaPractices({ latitudes, longitudes, weights }));
    expect(km).toBeCloseTo(expected, 9);
  });

  test("equal weights when none are given; one practice has 0 spread", () => {
    const two = packFormulaPractices({ latitudes: [52, 52], longitudes: [-1, -1.1] });
    const a = wgs84ToBritishNationalGrid(52, -1);
    const b = wgs84ToBritishNationalGrid(52, -1.1);
    expect(weightedStandardDistanceKm(two)).toBeCloseTo(
      Math.hypot(a.easting - b.easting, a.northing - b.northing) / 2000,
      9
    );
    expect(
      weightedStandardDistanceKm(packFormulaPractices({ latitudes: [52], longitudes: [-1] }))
    ).toBe(0);
  });

  test("no coordinates at all is a bad argument", () => {
    expect(() =>
      weightedStandardDistanceKm(
        packFormulaPractices({ latitudes: [null], longitudes: [null], weights: [5] })
      )
    ).toThrow(FormulaInputError);
  });
});

describe("territory pieces", () => {
  // A: two clusters far apart with B's practices between them; C alone in the north.
  const columns = {
    ccgCodes: ["A", "A", "A", "B", "B", "B", "A", "A", "A", "C", "C", "C"],
    latitudes: [52.0, 52.01, 52.02, 52.0, 52.2, 52.4, 52.0, 52.01, 52.02, 54.0, 54.01, 54.02],
    longitudes: [-2.0, -2.01, -1.99, -1.5, -1.5, -1.5, -1.0, -1.01, -0.99, -1.5, -1.49, -1.51],
  };

  test("a CCG split by another has 2 pieces; whole ones have 1", () => {
    const practices = packFormulaPractices(columns);
    expect([...territoryPieceCounts(practices)]).toEqual([2, 1, 1]);
    expect(territoryPiecesOf(practices, "a")).toBe(2);
    expect(territoryPiecesOf(practices, " C ")).toBe(1);
  });

  test("the same counts as the runner's analysis of the sample workbook", () => {
    const { result, columns: sample } = sampleColumns(2);
    const practices = packFormulaPractices(sample);
    const counts = territoryPieceCounts(practices);
    expect(practices.codes).toEqual(result.ccgs.map((ccg) => ccg.code));
    result.ccgs.forEach((ccg, g) => expect(counts[g]).toBe(ccg.geography?.pieces ?? 0));
    expect(Math.max(...counts)).toBeGreaterThan(1);
  });

  test("an unknown code, or a CCG without coordinates, is #N/A material", () => {
    const practices = packFormulaPractices({
      ccgCodes: [...columns.ccgCodes, "D"],
      latitudes: [...columns.latitudes, null],
      longitudes: [...columns.longitudes, null],
    });
    expect(() => territoryPiecesOf(practices, "07X")).toThrow(UnknownCcgError);
    expect(() => territoryPiecesOf(practices, "07X")).toThrow(
      "CCG code '07X' is not among the ccgCodes"
    );
    expect(() => territoryPiecesOf(practices, "D")).toThrow("no practice of CCG D has coordinates");
  });
});
