import proj4 from "proj4";
import {
  isInsideBritishNationalGrid,
  isInsideGreatBritain,
  looksSwapped,
  osgb36ToBritishNationalGrid,
  projectToBritishNationalGrid,
  wgs84ToBritishNationalGrid,
  wgs84ToBritishNationalGridInto,
} from "../../../src/engine/geo/projection";
import { mulberry32 } from "./helpers/seededLayouts";

const BRITISH_NATIONAL_GRID =
  "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy " +
  "+towgs84=446.448,-125.157,542.06,0.1502,0.247,0.8421,-20.4894 +units=m +no_defs";

function dms(degrees: number, minutes: number, seconds: number): number {
  return degrees + minutes / 60 + seconds / 3600;
}

describe("Transverse Mercator step", () => {
  test("reproduces the OS guide worked example to the millimetre", () => {
    // "A guide to coordinate systems in Great Britain", Annex C worked example (Airy 1830).
    const grid = osgb36ToBritishNationalGrid(dms(52, 39, 27.2531), dms(1, 43, 4.5177));
    expect(Math.abs(grid.easting - 651409.903)).toBeLessThan(0.0005);
    expect(Math.abs(grid.northing - 313177.27)).toBeLessThan(0.0005);
  });
});

describe("WGS84 → British National Grid", () => {
  test("agrees with proj4 (same Helmert parameters) within 2 cm across Great Britain", () => {
    const random = mulberry32(20160401);
    const toGrid = proj4("EPSG:4326", BRITISH_NATIONAL_GRID);
    let worst = 0;
    for (let i = 0; i < 2000; i++) {
      const latitude = 49.9 + random() * 10.9;
      const longitude = -8.6 + random() * 10.3;
      const ours = wgs84ToBritishNationalGrid(latitude, longitude);
      const [easting, northing] = toGrid.forward([longitude, latitude]) as [number, number];
      worst = Math.max(worst, Math.hypot(ours.easting - easting, ours.northing - northing));
    }
    expect(worst).toBeLessThan(0.02);
  });

  test("is within 5 m of the OSTN15 results at OS standard test points", () => {
    // ETRS89 (≈ WGS84) latitude/longitude → OSGB36 easting/northing by OSTN15, from the OS
    // OSTN15 test data set (points named by station), mainland and far islands.
    const points: ReadonlyArray<readonly [string, number, number, number, number]> = [
      ["LOND", 51.48936564611111, -0.1199255641666667, 530624.963, 178388.461],
      ["LEED", 53.80021519916667, -1.663791675833333, 422242.174, 433818.699],
      ["NEWC", 54.97912274, -1.616576845555556, 424639.343, 565012.7],
      ["BRIS", 51.42754743361111, -2.544076186111111, 362269.979, 169978.688],
      ["PLYM", 50.43885825472222, -4.108645639722222, 250359.798, 62016.567],
      ["KING", 52.75136687444444, 0.4015354769444445, 562180.535, 319784.993],
      ["EDIN", 55.9247826525, -3.294792187777777, 319188.423, 670947.532],
      ["SCILLY", 49.92226394333333, -6.299777527222222, 91492.135, 11318.801],
      ["STKILDA", 57.81351842166666, -8.578544610277778, 9587.897, 899448.993],
      ["SUM1", 59.8540991425, -1.274869112222222, 440725.061, 1107878.445],
    ];
    for (const [name, latitude, longitude, easting, northing] of points) {
      const grid = wgs84ToBritishNationalGrid(latitude, longitude);
      const error = Math.hypot(grid.easting - easting, grid.northing - northing);
      expect({ name, withinFiveMetres: error < 5 }).toEqual({ name, withinFiveMetres: true });
    }
  });

  test("the array and caller-owned-pair versions match the scalar version exactly", () => {
    const random = mulberry32(7);
    const n = 500;
    const latitude = new Float64Array(n);
    const longitude = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      latitude[i] = 50 + random() * 10;
      longitude[i] = -6 + random() * 7;
    }
    const easting = new Float64Array(n);
    const northing = new Float64Array(n);
    projectToBritishNationalGrid(latitude, longitude, easting, northing);
    const pair = new Float64Array(2);
    for (let i = 0; i < n; i++) {
      const one = wgs84ToBritishNationalGrid(latitude[i] as number, longitude[i] as number);
      expect(easting[i]).toBe(one.easting);
      expect(northing[i]).toBe(one.northing);
      wgs84ToBritishNationalGridInto(latitude[i] as number, longitude[i] as number, pair);
      expect([pair[0], pair[1]]).toEqual([one.easting, one.northing]);
    }
  });

  test("rejects non-finite positions and short outputs, naming the value", () => {
    expect(() => wgs84ToBritishNationalGrid(Number.NaN, 1)).toThrow("NaN");
    expect(() => wgs84ToBritishNationalGridInto(51, Infinity, new Float64Array(2))).toThrow(
      "Infinity"
    );
    const out = new Float64Array(1);
    expect(() => projectToBritishNationalGrid([51, 52], [0, 0], out, out)).toThrow("shorter");
    const e = new Float64Array(2);
    expect(() =>
      projectToBritishNationalGrid([51, Infinity], [0, 0], e, new Float64Array(2))
    ).toThrow("Position 1");
  });
});

describe("plausibility checks", () => {
  test("Great Britain box holds its extremities and excludes neighbours", () => {
    expect(isInsideGreatBritain(49.92, -6.3)).toBe(true); // Scilly
    expect(isInsideGreatBritain(60.86, -0.88)).toBe(true); // Shetland, Out Stack
    expect(isInsideGreatBritain(57.81, -8.58)).toBe(true); // St Kilda
    expect(isInsideGreatBritain(52.48, 1.76)).toBe(true); // Lowestoft
    expect(isInsideGreatBritain(49.19, -2.11)).toBe(false); // Jersey
    expect(isInsideGreatBritain(48.86, 2.35)).toBe(false); // Paris
    expect(isInsideGreatBritain(Number.NaN, 0)).toBe(false);
  });

  test("swapped latitude/longitude is recognised only when the swap lands in Great Britain", () => {
    expect(looksSwapped(-2.24, 53.48)).toBe(true);
    expect(looksSwapped(53.48, -2.24)).toBe(false);
    expect(looksSwapped(0, 0)).toBe(false);
    expect(looksSwapped(48.86, 2.35)).toBe(false);
  });

  test("National Grid extent", () => {
    expect(isInsideBritishNationalGrid(530000, 180000)).toBe(true);
    expect(isInsideBritishNationalGrid(0, 1300000)).toBe(true);
    expect(isInsideBritishNationalGrid(-1, 180000)).toBe(false);
    expect(isInsideBritishNationalGrid(530000, 1300001)).toBe(false);
    expect(isInsideBritishNationalGrid(Number.NaN, 0)).toBe(false);
  });
});
