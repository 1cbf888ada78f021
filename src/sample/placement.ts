/**
 * Where the sample practices are and how many patients each has: dense city clusters,
 * market towns, thin countryside, all inside the crude England outline.
 */

import {
  CITY_CLUSTERS,
  ENGLAND_BOX,
  eastKm,
  isInEngland,
  kmToLatitude,
  kmToLongitude,
  northKm,
} from "./england";
import { SeededRandom } from "./random";

/** Share of practices scattered around the big cities, around towns, and across the countryside. */
const CITY_SHARE = 0.62;
const TOWN_SHARE = 0.23;
const TOWN_COUNT = 120;
/** Median list size and the spread of its logarithm (real 2016 lists: median 6,647, p1 892, max 60,335). */
const LIST_SIZE_MEDIAN = 6500;
const LIST_SIZE_LOG_SIGMA = 0.6;
const LIST_SIZE_MIN = 150;
const LIST_SIZE_MAX = 90000;

/** Practices as flat arrays (index = practice). */
export interface PracticePoints {
  readonly count: number;
  /** WGS84 degrees, rounded to 6 decimals. */
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
  /** Position on the flat generation grid, km. */
  readonly eastKm: Float64Array;
  readonly northKm: Float64Array;
  /** Registered patients (whole numbers). */
  readonly listSize: Float64Array;
  /** City index (0…), or `CITY_CLUSTERS.length + town index`, or -1 for countryside. */
  readonly origin: Int32Array;
}

/** A market town practices cluster around. */
export interface Town {
  readonly latitude: number;
  readonly longitude: number;
  readonly spreadKm: number;
  readonly weight: number;
}

/**
 * Places market towns uniformly over England.
 * @param random The shared generator.
 * @returns {@link TOWN_COUNT} towns.
 */
export function placeTowns(random: SeededRandom): Town[] {
  const towns: Town[] = [];
  while (towns.length < TOWN_COUNT) {
    const [latitude, longitude] = uniformInEngland(random);
    towns.push({
      latitude,
      longitude,
      spreadKm: random.uniform(1.5, 4),
      weight: random.lognormal(1, 0.6),
    });
  }
  return towns;
}

function uniformInEngland(random: SeededRandom): [number, number] {
  for (;;) {
    const latitude = random.uniform(ENGLAND_BOX.minLatitude, ENGLAND_BOX.maxLatitude);
    const longitude = random.uniform(ENGLAND_BOX.minLongitude, ENGLAND_BOX.maxLongitude);
    if (isInEngland(latitude, longitude)) return [latitude, longitude];
  }
}

function cumulative(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, i) => {
    total += weight;
    sums[i] = total;
  });
  for (let i = 0; i < sums.length; i++) sums[i] = (sums[i] as number) / total;
  return sums;
}

/** Index of the first cumulative share above u (binary search). */
function pickIndex(cumulativeShares: Float64Array, u: number): number {
  let low = 0;
  let high = cumulativeShares.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (u < (cumulativeShares[mid] as number)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Scratch for the point being placed (avoids an allocation per practice). */
const placed = new Float64Array(2);

/** Scatter around a centre into `placed`; retries until on land, falls back to the centre itself. */
function scatter(
  random: SeededRandom,
  latitude: number,
  longitude: number,
  spreadKm: number
): void {
  for (let attempt = 0; attempt < 30; attempt++) {
    const lat = latitude + kmToLatitude(random.normal() * spreadKm);
    const lon = longitude + kmToLongitude(random.normal() * spreadKm);
    if (isInEngland(lat, lon)) {
      placed[0] = lat;
      placed[1] = lon;
      return;
    }
  }
  placed[0] = latitude;
  placed[1] = longitude;
}

function uniformInEnglandInto(random: SeededRandom): void {
  const [latitude, longitude] = uniformInEngland(random);
  placed[0] = latitude;
  placed[1] = longitude;
}

const round6 = (degrees: number): number => Math.round(degrees * 1e6) / 1e6;

/**
 * Generates practice positions and list sizes.
 * @param count Number of practices.
 * @param towns Market towns from {@link placeTowns}.
 * @param random The shared generator.
 * @returns Flat arrays, one entry per practice.
 */
export function placePractices(
  count: number,
  towns: readonly Town[],
  random: SeededRandom
): PracticePoints {
  const latitude = new Float64Array(count);
  const longitude = new Float64Array(count);
  const east = new Float64Array(count);
  const north = new Float64Array(count);
  const listSize = new Float64Array(count);
  const origin = new Int32Array(count);
  const cityShares = cumulative(CITY_CLUSTERS.map((c) => c.weight));
  const townShares = cumulative(towns.map((t) => t.weight));
  for (let i = 0; i < count; i++) {
    const u = random.next();
    if (u < CITY_SHARE) {
      const c = pickIndex(cityShares, random.next());
      const centre = CITY_CLUSTERS[c] as (typeof CITY_CLUSTERS)[number];
      scatter(random, centre.latitude, centre.longitude, centre.spreadKm);
      origin[i] = c;
    } else if (u < CITY_SHARE + TOWN_SHARE && towns.length > 0) {
      const t = pickIndex(townShares, random.next());
      const town = towns[t] as Town;
      scatter(random, town.latitude, town.longitude, town.spreadKm);
      origin[i] = CITY_CLUSTERS.length + t;
    } else {
      uniformInEnglandInto(random);
      origin[i] = -1;
    }
    latitude[i] = round6(placed[0] as number);
    longitude[i] = round6(placed[1] as number);
    east[i] = eastKm(placed[1] as number);
    north[i] = northKm(placed[0] as number);
    const size = Math.round(random.lognormal(LIST_SIZE_MEDIAN, LIST_SIZE_LOG_SIGMA));
    listSize[i] = Math.min(LIST_SIZE_MAX, Math.max(LIST_SIZE_MIN, size));
  }
  return inSpatialOrder({
    count,
    latitude,
    longitude,
    eastKm: east,
    northKm: north,
    listSize,
    origin,
  });
}

/**
 * The same practices renumbered along a Z-order (Morton) curve, so that practices near each
 * other on the map are near each other in memory (makes the territory cutting cache-friendly).
 */
function inSpatialOrder(points: PracticePoints): PracticePoints {
  const { count } = points;
  // Counting sort by the Z-order position of a 256 × 256 grid cell: linear time, stable.
  const cellOf = new Uint16Array(count);
  const cellsPerDegree =
    255.99 /
    Math.max(
      ENGLAND_BOX.maxLatitude - ENGLAND_BOX.minLatitude,
      ENGLAND_BOX.maxLongitude - ENGLAND_BOX.minLongitude
    );
  const starts = new Int32Array(65537);
  for (let i = 0; i < count; i++) {
    const x = clampCell(
      ((points.longitude[i] as number) - ENGLAND_BOX.minLongitude) * cellsPerDegree
    );
    const y = clampCell(
      ((points.latitude[i] as number) - ENGLAND_BOX.minLatitude) * cellsPerDegree
    );
    const cell = interleave(x) | (interleave(y) << 1);
    cellOf[i] = cell;
    starts[cell + 1] = (starts[cell + 1] as number) + 1;
  }
  for (let c = 1; c < starts.length; c++)
    starts[c] = (starts[c] as number) + (starts[c - 1] as number);
  const sourceOf = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const cell = cellOf[i] as number;
    sourceOf[starts[cell] as number] = i;
    starts[cell] = (starts[cell] as number) + 1;
  }
  const permute = <T extends Float64Array | Int32Array>(source: T, target: T): T => {
    for (let i = 0; i < count; i++) target[i] = source[sourceOf[i] as number] as number;
    return target;
  };
  return {
    count,
    latitude: permute(points.latitude, new Float64Array(count)),
    longitude: permute(points.longitude, new Float64Array(count)),
    eastKm: permute(points.eastKm, new Float64Array(count)),
    northKm: permute(points.northKm, new Float64Array(count)),
    listSize: permute(points.listSize, new Float64Array(count)),
    origin: permute(points.origin, new Int32Array(count)),
  };
}

const clampCell = (value: number): number => Math.min(255, Math.max(0, Math.floor(value)));

/** Spreads the 8 bits of n to the even bit positions. */
function interleave(n: number): number {
  let x = n & 0xff;
  x = (x | (x << 4)) & 0x0f0f0f0f;
  x = (x | (x << 2)) & 0x33333333;
  x = (x | (x << 1)) & 0x55555555;
  return x;
}
