/** WGS84 positions given to formulas: checked against Great Britain, projected like the engine does. */
import {
  GREAT_BRITAIN_BOUNDS,
  GridPosition,
  isInsideGreatBritain,
  looksSwapped,
  wgs84ToBritishNationalGrid,
} from "../geo/projection";
import { FormulaInputError } from "./errors";

const BOUNDS_TEXT =
  `${GREAT_BRITAIN_BOUNDS.minLatitude}–${GREAT_BRITAIN_BOUNDS.maxLatitude}°N, ` +
  `${-GREAT_BRITAIN_BOUNDS.minLongitude}°W–${GREAT_BRITAIN_BOUNDS.maxLongitude}°E`;

/**
 * A position on the British National Grid, as the practice-list reader projects it, or an error
 * when the position is outside Great Britain (the engine leaves such practices out of the geography).
 * @param latitude WGS84 degrees
 * @param longitude WGS84 degrees
 * @param where what to call the position in a message, e.g. "lat1/lon1" or "latitudes/longitudes row 3"
 * @returns easting and northing in metres
 * @throws FormulaInputError naming the position when it is outside Great Britain or looks swapped
 * @example gridPositionInGreatBritain(51.5007, -0.1246, "lat1/lon1") // ≈ { easting: 530270, northing: 179641 }
 */
export function gridPositionInGreatBritain(
  latitude: number,
  longitude: number,
  where: string
): GridPosition {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    throw new FormulaInputError(`${where} (${latitude}, ${longitude}) is not a pair of numbers`);
  }
  if (isInsideGreatBritain(latitude, longitude))
    return wgs84ToBritishNationalGrid(latitude, longitude);
  if (looksSwapped(latitude, longitude)) {
    throw new FormulaInputError(
      `${where} (${latitude}, ${longitude}) looks like longitude and latitude swapped`
    );
  }
  throw new FormulaInputError(
    `${where} (${latitude}, ${longitude}) is outside Great Britain (${BOUNDS_TEXT})`
  );
}

/**
 * Straight-line distance between two WGS84 positions, measured on the British National Grid like
 * every engine distance (so it matches the Practice Detail distances).
 * @param lat1 latitude of the first position, degrees
 * @param lon1 longitude of the first position, degrees
 * @param lat2 latitude of the second position, degrees
 * @param lon2 longitude of the second position, degrees
 * @returns kilometres
 * @throws FormulaInputError when a position is outside Great Britain
 * @example gridDistanceKm(51.5007, -0.1246, 53.4808, -2.2426) // ≈ 262.5 (Westminster to Manchester)
 */
export function gridDistanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const from = gridPositionInGreatBritain(lat1, lon1, "lat1/lon1");
  const to = gridPositionInGreatBritain(lat2, lon2, "lat2/lon2");
  return Math.hypot(to.easting - from.easting, to.northing - from.northing) / 1000;
}
