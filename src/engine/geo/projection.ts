/**
 * WGS84 latitude/longitude → British National Grid (OSGB36 easting/northing, metres).
 *
 * The chain follows Ordnance Survey, "A guide to coordinate systems in Great Britain":
 * geodetic → cartesian on the WGS84 ellipsoid, the published 7-parameter Helmert transformation
 * to OSGB36 (§6.6), cartesian → geodetic on Airy 1830 (Annex B; Bowring's closed form in place of
 * the iteration), then the OS Transverse Mercator series (Annex C) with the National Grid constants.
 *
 * Accuracy: the transverse Mercator step reproduces the guide's worked example to the millimetre,
 * and the whole chain agrees with proj4 (`+towgs84` with the same Helmert parameters) to a few
 * centimetres. The single national Helmert transformation itself is only an approximation of
 * the definitive OSTN15 transformation: about ±5 m across Great Britain (the guide quotes up to
 * 3.5 m on the mainland; the OS standard test points, including the far islands, differ by up to
 * about 5 m). That is ample for territory geometry (practices kilometres apart), not for surveying.
 */

/** Airy 1830 ellipsoid (OSGB36): semi-major and semi-minor axes, metres. */
const AIRY_A = 6377563.396;
const AIRY_B = 6356256.909;
const AIRY_E2 = (AIRY_A * AIRY_A - AIRY_B * AIRY_B) / (AIRY_A * AIRY_A);
/** Second eccentricity squared, e′² = (a² − b²) / b². */
const AIRY_EP2 = (AIRY_A * AIRY_A - AIRY_B * AIRY_B) / (AIRY_B * AIRY_B);

/** WGS84 ellipsoid: semi-major axis (metres) and flattening. */
const WGS84_A = 6378137;
const WGS84_F = 1 / 298.257223563;
const WGS84_E2 = WGS84_F * (2 - WGS84_F);

/** National Grid projection constants. */
const SCALE_ON_CENTRAL_MERIDIAN = 0.9996012717;
const TRUE_ORIGIN_LATITUDE = (49 * Math.PI) / 180;
const TRUE_ORIGIN_LONGITUDE = (-2 * Math.PI) / 180;
const FALSE_EASTING = 400000;
const FALSE_NORTHING = -100000;

/** Helmert WGS84 → OSGB36 (OS guide §6.6): translations (m), rotations (arc-seconds), scale (ppm). */
const ARC_SECOND = Math.PI / (180 * 3600);
const HELMERT_TX = -446.448;
const HELMERT_TY = 125.157;
const HELMERT_TZ = -542.06;
const HELMERT_RX = -0.1502 * ARC_SECOND;
const HELMERT_RY = -0.247 * ARC_SECOND;
const HELMERT_RZ = -0.8421 * ARC_SECOND;
const HELMERT_SCALE = 1 + 20.4894e-6;

/* Meridional arc coefficients for Airy 1830 (OS guide Annex C, formula C3), premultiplied by b·F0. */
const N = (AIRY_A - AIRY_B) / (AIRY_A + AIRY_B);
const N2 = N * N;
const N3 = N2 * N;
const ARC_BF0 = AIRY_B * SCALE_ON_CENTRAL_MERIDIAN;
const ARC_C0 = ARC_BF0 * (1 + N + 1.25 * N2 + 1.25 * N3);
const ARC_C1 = ARC_BF0 * (3 * N + 3 * N2 + (21 / 8) * N3);
const ARC_C2 = ARC_BF0 * ((15 / 8) * N2 + (15 / 8) * N3);
const ARC_C3 = ARC_BF0 * ((35 / 24) * N3);
const AIRY_AF0 = AIRY_A * SCALE_ON_CENTRAL_MERIDIAN;

const DEGREE = Math.PI / 180;

/** A British National Grid position in metres. */
export interface GridPosition {
  easting: number;
  northing: number;
}

/** Scratch result shared by the scalar helpers (no allocation per point). */
const scratch = new Float64Array(2);

/**
 * Transverse Mercator of an OSGB36 (Airy 1830) latitude/longitude onto the National Grid.
 * Writes easting to out[0] and northing to out[1].
 */
function airyToGrid(latitudeRad: number, longitudeRad: number, out: Float64Array): void {
  const sinLat = Math.sin(latitudeRad);
  const cosLat = Math.cos(latitudeRad);
  const tanLat = sinLat / cosLat;
  const tan2 = tanLat * tanLat;
  const tan4 = tan2 * tan2;
  const sin2 = sinLat * sinLat;
  const oneMinusE2Sin2 = 1 - AIRY_E2 * sin2;
  const nu = AIRY_AF0 / Math.sqrt(oneMinusE2Sin2);
  const rho = (AIRY_AF0 * (1 - AIRY_E2)) / (oneMinusE2Sin2 * Math.sqrt(oneMinusE2Sin2));
  const eta2 = nu / rho - 1;

  // Meridional arc (C3) with multiple-angle identities: 3 trigonometric calls instead of 6.
  const dLat = latitudeRad - TRUE_ORIGIN_LATITUDE;
  const sLat = latitudeRad + TRUE_ORIGIN_LATITUDE;
  const sinD = Math.sin(dLat);
  const cosD = Math.cos(dLat);
  const cosS = Math.cos(sLat);
  const sinS = Math.sin(sLat);
  const sin2D = 2 * sinD * cosD;
  const cos2S = cosS * cosS - sinS * sinS;
  const sin3D = sinD * (3 - 4 * sinD * sinD);
  const cos3S = cosS * (4 * cosS * cosS - 3);
  const arc =
    ARC_C0 * dLat - ARC_C1 * sinD * cosS + ARC_C2 * sin2D * cos2S - ARC_C3 * sin3D * cos3S;

  const cos3 = cosLat * cosLat * cosLat;
  const cos5 = cos3 * cosLat * cosLat;
  const termI = arc + FALSE_NORTHING;
  const termII = (nu / 2) * sinLat * cosLat;
  const termIII = (nu / 24) * sinLat * cos3 * (5 - tan2 + 9 * eta2);
  const termIIIA = (nu / 720) * sinLat * cos5 * (61 - 58 * tan2 + tan4);
  const termIV = nu * cosLat;
  const termV = (nu / 6) * cos3 * (nu / rho - tan2);
  const termVI = (nu / 120) * cos5 * (5 - 18 * tan2 + tan4 + 14 * eta2 - 58 * tan2 * eta2);

  const dLon = longitudeRad - TRUE_ORIGIN_LONGITUDE;
  const dLon2 = dLon * dLon;
  out[0] = FALSE_EASTING + dLon * (termIV + dLon2 * (termV + dLon2 * termVI));
  out[1] = termI + dLon2 * (termII + dLon2 * (termIII + dLon2 * termIIIA));
}

/**
 * WGS84 geodetic (height 0) → Helmert → OSGB36 geodetic (Airy 1830), in radians.
 * Writes latitude to out[0] and longitude to out[1].
 */
function wgs84ToAiry(latitudeDeg: number, longitudeDeg: number, out: Float64Array): void {
  const lat = latitudeDeg * DEGREE;
  const lon = longitudeDeg * DEGREE;
  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const nu = WGS84_A / Math.sqrt(1 - WGS84_E2 * sinLat * sinLat);
  const xA = nu * cosLat * Math.cos(lon);
  const yA = nu * cosLat * Math.sin(lon);
  const zA = nu * (1 - WGS84_E2) * sinLat;

  const xB = HELMERT_TX + HELMERT_SCALE * xA - HELMERT_RZ * yA + HELMERT_RY * zA;
  const yB = HELMERT_TY + HELMERT_RZ * xA + HELMERT_SCALE * yA - HELMERT_RX * zA;
  const zB = HELMERT_TZ - HELMERT_RY * xA + HELMERT_RX * yA + HELMERT_SCALE * zA;

  // Cartesian → geodetic on Airy. Bowring's closed form instead of the guide's iteration (B2–B5):
  // for points near the ellipsoid it agrees with the iteration to ~1e-15 rad (nanometres) and
  // costs one atan2 instead of three or four rounds of sin, sqrt and atan2.
  const p = Math.sqrt(xB * xB + yB * yB);
  const tanU = (zB * AIRY_A) / (p * AIRY_B);
  const cosU = 1 / Math.sqrt(1 + tanU * tanU);
  const sinU = tanU * cosU;
  out[0] = Math.atan2(
    zB + AIRY_EP2 * AIRY_B * sinU * sinU * sinU,
    p - AIRY_E2 * AIRY_A * cosU * cosU * cosU
  );
  out[1] = Math.atan2(yB, xB);
}

/**
 * Projects one WGS84 position to the British National Grid (OSGB36, metres), ±5 m (Helmert).
 * @param latitude WGS84 latitude in degrees (north positive).
 * @param longitude WGS84 longitude in degrees (east positive).
 * @returns Easting and northing in metres.
 * @example
 * wgs84ToBritishNationalGrid(51.5007, -0.1246); // ≈ { easting: 530269.9, northing: 179640.7 }
 */
export function wgs84ToBritishNationalGrid(latitude: number, longitude: number): GridPosition {
  wgs84ToBritishNationalGridInto(latitude, longitude, scratch);
  return { easting: scratch[0] as number, northing: scratch[1] as number };
}

/**
 * Projects one WGS84 position into a caller-owned pair, without allocating (for loops over many rows);
 * the same figures as {@link wgs84ToBritishNationalGrid}.
 * @param latitude WGS84 latitude in degrees (north positive).
 * @param longitude WGS84 longitude in degrees (east positive).
 * @param out Receives the easting (out[0]) and northing (out[1]) in metres.
 * @returns Nothing; `out` is filled.
 * @example
 * const grid = new Float64Array(2);
 * wgs84ToBritishNationalGridInto(51.5007, -0.1246, grid); // grid ≈ [530269.9, 179640.7]
 */
export function wgs84ToBritishNationalGridInto(
  latitude: number,
  longitude: number,
  out: Float64Array
): void {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    throw new Error(
      `Latitude/longitude (${latitude}, ${longitude}) is not a pair of finite numbers.`
    );
  }
  wgs84ToAiry(latitude, longitude, out);
  airyToGrid(out[0] as number, out[1] as number, out);
}

/**
 * The Transverse Mercator step alone: OSGB36 (Airy 1830) latitude/longitude → National Grid.
 * Exposed so the OS guide's worked example can be checked on its own.
 * @param latitude OSGB36 latitude in degrees.
 * @param longitude OSGB36 longitude in degrees.
 * @returns Easting and northing in metres.
 * @example
 * // OS guide worked example: 52°39'27.2531"N 1°43'4.5177"E on Airy 1830
 * osgb36ToBritishNationalGrid(52.657570306, 1.717921583); // { easting: 651409.903, northing: 313177.270 }
 */
export function osgb36ToBritishNationalGrid(latitude: number, longitude: number): GridPosition {
  airyToGrid(latitude * DEGREE, longitude * DEGREE, scratch);
  return { easting: scratch[0] as number, northing: scratch[1] as number };
}

/**
 * Projects many WGS84 positions at once into caller-owned arrays (no allocation per point).
 * @param latitude WGS84 latitudes in degrees.
 * @param longitude WGS84 longitudes in degrees, same length.
 * @param easting Output eastings (metres), at least as long as the inputs.
 * @param northing Output northings (metres), at least as long as the inputs.
 * @param count Number of positions to project (default: all of `latitude`).
 * @returns Nothing; `easting` and `northing` are filled.
 * @example
 * const e = new Float64Array(n), nn = new Float64Array(n);
 * projectToBritishNationalGrid(lat, lon, e, nn);
 */
export function projectToBritishNationalGrid(
  latitude: ArrayLike<number>,
  longitude: ArrayLike<number>,
  easting: Float64Array,
  northing: Float64Array,
  count: number = latitude.length
): void {
  if (
    !Number.isInteger(count) ||
    count < 0 ||
    count > latitude.length ||
    count > longitude.length
  ) {
    throw new Error(
      `Cannot project ${count} positions from ${latitude.length} latitudes and ${longitude.length} longitudes.`
    );
  }
  if (easting.length < count || northing.length < count) {
    throw new Error(
      `Output arrays (${easting.length}, ${northing.length}) are shorter than the ${count} positions.`
    );
  }
  const work = new Float64Array(2);
  for (let i = 0; i < count; i++) {
    const lat = latitude[i] as number;
    const lon = longitude[i] as number;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
      throw new Error(
        `Position ${i}: latitude/longitude (${lat}, ${lon}) is not a pair of finite numbers.`
      );
    }
    wgs84ToAiry(lat, lon, work);
    airyToGrid(work[0] as number, work[1] as number, work);
    easting[i] = work[0] as number;
    northing[i] = work[1] as number;
  }
}

/**
 * Generous box around Great Britain in WGS84 degrees, including Scilly (49.9°N, 6.4°W),
 * St Kilda (8.6°W), Lowestoft (1.76°E) and Shetland (60.86°N). Being a box, it also holds
 * the Isle of Man, much of Ireland and some sea; it excludes the Channel Islands (≤ 49.7°N),
 * which the National Grid does not cover.
 */
export const GREAT_BRITAIN_BOUNDS = {
  minLatitude: 49.8,
  maxLatitude: 60.9,
  minLongitude: -8.7,
  maxLongitude: 1.8,
} as const;

/**
 * Whether a WGS84 position lies in the generous box around Great Britain ({@link GREAT_BRITAIN_BOUNDS}).
 * @param latitude Degrees.
 * @param longitude Degrees.
 * @returns False for positions outside the box and for non-finite values.
 * @example
 * isInsideGreatBritain(53.48, -2.24); // true (Manchester)
 * isInsideGreatBritain(48.86, 2.35); // false (Paris)
 */
export function isInsideGreatBritain(latitude: number, longitude: number): boolean {
  return (
    latitude >= GREAT_BRITAIN_BOUNDS.minLatitude &&
    latitude <= GREAT_BRITAIN_BOUNDS.maxLatitude &&
    longitude >= GREAT_BRITAIN_BOUNDS.minLongitude &&
    longitude <= GREAT_BRITAIN_BOUNDS.maxLongitude
  );
}

/**
 * Whether latitude and longitude look swapped: the position is outside Great Britain as given,
 * but inside it with the two values exchanged.
 * @param latitude Degrees, as written in the input.
 * @param longitude Degrees, as written in the input.
 * @returns True when (longitude, latitude) is in Great Britain but (latitude, longitude) is not.
 * @example
 * looksSwapped(-2.24, 53.48); // true
 */
export function looksSwapped(latitude: number, longitude: number): boolean {
  return !isInsideGreatBritain(latitude, longitude) && isInsideGreatBritain(longitude, latitude);
}

/**
 * Whether an easting/northing lies in the National Grid's extent (0–700 km E, 0–1300 km N).
 * @param easting Metres.
 * @param northing Metres.
 * @returns False outside the extent and for non-finite values.
 * @example
 * isInsideBritishNationalGrid(530000, 180000); // true
 */
export function isInsideBritishNationalGrid(easting: number, northing: number): boolean {
  return easting >= 0 && easting <= 700000 && northing >= 0 && northing <= 1300000;
}
