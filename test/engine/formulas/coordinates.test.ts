import { analyseGeography } from "../../../src/engine/geo/coherence";
import { wgs84ToBritishNationalGrid } from "../../../src/engine/geo/projection";
import {
  FormulaInputError,
  gridDistanceKm,
  gridPositionInGreatBritain,
} from "../../../src/engine/formulas";
import { seededRandom } from "./helpers/sampleColumns";

describe("distance on the British National Grid", () => {
  test("Westminster to Manchester is about 262 km; a place to itself is 0; order does not matter", () => {
    const km = gridDistanceKm(51.5007, -0.1246, 53.4808, -2.2426);
    expect(km).toBeGreaterThan(255);
    expect(km).toBeLessThan(270);
    expect(gridDistanceKm(53.4808, -2.2426, 51.5007, -0.1246)).toBe(km);
    expect(gridDistanceKm(52, -1, 52, -1)).toBe(0);
  });

  test("is the grid distance of the projected points", () => {
    const a = wgs84ToBritishNationalGrid(54.1, -3.2);
    const b = wgs84ToBritishNationalGrid(50.9, 0.4);
    expect(gridDistanceKm(54.1, -3.2, 50.9, 0.4)).toBeCloseTo(
      Math.hypot(a.easting - b.easting, a.northing - b.northing) / 1000,
      9
    );
  });

  test("matches the engine's distance to the nearest practice of another CCG (Practice Detail)", () => {
    const random = seededRandom(11);
    const count = 60;
    const latitude = Array.from({ length: count }, () => 52 + random() * 0.5);
    const longitude = Array.from({ length: count }, () => -1.5 + random() * 0.8);
    const x = new Float64Array(count);
    const y = new Float64Array(count);
    latitude.forEach((lat, i) => {
      const position = wgs84ToBritishNationalGrid(lat, longitude[i] as number);
      x[i] = position.easting;
      y[i] = position.northing;
    });
    const group = Int32Array.from({ length: count }, (_, i) => i % 3);
    const { practices } = analyseGeography(
      { count, x, y, weight: new Float64Array(count).fill(1000), group, groupCount: 3 },
      { bridgeKm: 0, neighbourCount: 6 }
    );
    for (let i = 0; i < count; i++) {
      // The nearest other-CCG distance is the smallest formula distance to a practice of another CCG.
      let best = Infinity;
      for (let j = 0; j < count; j++) {
        if (group[j] === group[i]) continue;
        best = Math.min(
          best,
          gridDistanceKm(
            latitude[i] as number,
            longitude[i] as number,
            latitude[j] as number,
            longitude[j] as number
          )
        );
      }
      expect(practices.nearestOtherKm[i]).toBeCloseTo(best, 9);
    }
  });

  test("positions outside Great Britain are refused, naming the argument", () => {
    expect(() => gridDistanceKm(48.86, 2.35, 52, -1)).toThrow(FormulaInputError);
    expect(() => gridDistanceKm(48.86, 2.35, 52, -1)).toThrow(
      "lat1/lon1 (48.86, 2.35) is outside Great Britain (49.8–60.9°N, 8.7°W–1.8°E)"
    );
    expect(() => gridDistanceKm(52, -1, -1.5, 52.1)).toThrow(
      "lat2/lon2 (-1.5, 52.1) looks like longitude and latitude swapped"
    );
    expect(() => gridPositionInGreatBritain(Number.NaN, 1, "here")).toThrow(
      "here (NaN, 1) is not a pair of numbers"
    );
  });
});
