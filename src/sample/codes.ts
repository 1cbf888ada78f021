/**
 * Codes in the real formats: GP practice `A81001` (letter by region), CCG `07L`, ONS local
 * authority `E06000123`. All invented; unique within one sample.
 */

import { ENGLAND_BOX, PRACTICE_LETTER_REGIONS, POSTCODE_AREAS } from "./england";
import type { LocalAuthorityKind } from "./localAuthorities";
import type { SeededRandom } from "./random";

/** Letters for CCG codes (I and O left out, as in most real codes). */
const CCG_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
/** Most CCGs that can have a code of the form `^[0-9]{2}[A-Z]$`; beyond this ONS-style `E38…` codes are used. */
export const MAX_SHORT_CCG_CODES = 100 * CCG_CODE_LETTERS.length;
/** Practice-code letters tried, in order, when a region's letter has run out of numbers. */
const OVERFLOW_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY";

/**
 * Allocates unique practice codes `^[A-Z][0-9]{5}$`, numbered from 81001 like the real ones
 * (Y codes from 00101), moving to another letter when one runs out.
 */
export class PracticeCodeAllocator {
  private readonly next = new Map<string, { ranges: [number, number][]; value: number }>();

  /**
   * @param random The shared generator (for small gaps between numbers).
   * @param withGaps Leave occasional gaps (real lists have closed practices); off for huge samples.
   */
  constructor(
    private readonly random: SeededRandom,
    private readonly withGaps: boolean
  ) {}

  /**
   * @param letter The region's letter.
   * @returns A code not given before, e.g. "M81004".
   */
  allocate(letter: string): string {
    for (let tries = 0; tries <= OVERFLOW_LETTERS.length; tries++) {
      const candidate =
        tries === 0
          ? letter
          : OVERFLOW_LETTERS.charAt(
              (OVERFLOW_LETTERS.indexOf(letter) + tries) % OVERFLOW_LETTERS.length
            );
      const number = this.take(candidate);
      if (number !== null)
        return candidate + (number >= 10000 ? String(number) : String(number).padStart(5, "0"));
    }
    throw new Error(`Ran out of practice codes after letter '${letter}'`);
  }

  private take(letter: string): number | null {
    let state = this.next.get(letter);
    if (state === undefined) {
      const ranges: [number, number][] =
        letter === "Y"
          ? [
              [101, 99999],
              [1, 100],
            ]
          : [
              [81001, 99999],
              [1, 81000],
            ];
      state = { ranges, value: ranges[0]?.[0] ?? 1 };
      this.next.set(letter, state);
    }
    for (;;) {
      const range = state.ranges[0];
      if (range === undefined) return null;
      if (state.value <= range[1]) break;
      state.ranges.shift();
      state.value = state.ranges[0]?.[0] ?? 0;
    }
    const number = state.value;
    state.value += this.withGaps && this.random.next() < 0.25 ? 2 + this.random.int(3) : 1;
    return number;
  }
}

/**
 * CCG codes in tree order, increasing so neighbours get nearby codes.
 * @param count Number of CCGs.
 * @param random The shared generator.
 * @returns `^[0-9]{2}[A-Z]$` codes (e.g. "07L") up to {@link MAX_SHORT_CCG_CODES} CCGs; ONS-style
 *   "E38000001"… codes for more, since the short form has no room.
 */
export function ccgCodes(count: number, random: SeededRandom): string[] {
  if (count > MAX_SHORT_CCG_CODES) {
    return Array.from({ length: count }, (_, i) => `E38${String(i + 1).padStart(6, "0")}`);
  }
  const all = Array.from({ length: MAX_SHORT_CCG_CODES }, (_, i) => i);
  const chosen = random
    .shuffle(all)
    .slice(0, count)
    .sort((a, b) => a - b);
  return chosen.map(
    (i) =>
      String(Math.floor(i / CCG_CODE_LETTERS.length)).padStart(2, "0") +
      CCG_CODE_LETTERS.charAt(i % CCG_CODE_LETTERS.length)
  );
}

/**
 * ONS-style local authority codes, unique per kind.
 * @param kinds Kind of each LA.
 * @param random The shared generator.
 * @returns e.g. "E07000146" for each LA, in order.
 */
export function localAuthorityCodes(
  kinds: readonly LocalAuthorityKind[],
  random: SeededRandom
): string[] {
  const counters = new Map<LocalAuthorityKind, number>();
  return kinds.map((kind) => {
    const value = (counters.get(kind) ?? random.int(20)) + 1 + random.int(2);
    if (value > 999999) throw new Error(`Ran out of ${kind} local authority codes at ${value}`);
    counters.set(kind, value);
    return kind + String(value).padStart(6, "0");
  });
}

const RASTER_DEGREES = 0.1;
const rasterColumns =
  Math.ceil((ENGLAND_BOX.maxLongitude - ENGLAND_BOX.minLongitude) / RASTER_DEGREES) + 1;
const rasterRows =
  Math.ceil((ENGLAND_BOX.maxLatitude - ENGLAND_BOX.minLatitude) / RASTER_DEGREES) + 1;

/** A grid over England giving, per cell, the nearest of a list of places (fast nearest-place lookups). */
function nearestPlaceRaster(
  places: readonly { latitude: number; longitude: number }[]
): Uint8Array {
  const raster = new Uint8Array(rasterColumns * rasterRows);
  const cosLatitude = Math.cos((52.5 * Math.PI) / 180);
  for (let row = 0; row < rasterRows; row++) {
    const latitude = ENGLAND_BOX.minLatitude + (row + 0.5) * RASTER_DEGREES;
    for (let column = 0; column < rasterColumns; column++) {
      const longitude = ENGLAND_BOX.minLongitude + (column + 0.5) * RASTER_DEGREES;
      let best = 0;
      let bestDistance = Infinity;
      places.forEach((place, i) => {
        const d =
          (place.latitude - latitude) ** 2 + ((place.longitude - longitude) * cosLatitude) ** 2;
        if (d < bestDistance) [best, bestDistance] = [i, d];
      });
      raster[row * rasterColumns + column] = best;
    }
  }
  return raster;
}

function rasterCell(latitude: number, longitude: number): number {
  const row = Math.min(
    rasterRows - 1,
    Math.max(0, Math.floor((latitude - ENGLAND_BOX.minLatitude) / RASTER_DEGREES))
  );
  const column = Math.min(
    rasterColumns - 1,
    Math.max(0, Math.floor((longitude - ENGLAND_BOX.minLongitude) / RASTER_DEGREES))
  );
  return row * rasterColumns + column;
}

let letterRaster: Uint8Array | null = null;
let postcodeRaster: Uint8Array | null = null;

/**
 * The practice-code letter of the region a point is in (A North East … P North West).
 * @param latitude WGS84 degrees.
 * @param longitude WGS84 degrees.
 * @returns One letter.
 */
export function regionLetter(latitude: number, longitude: number): string {
  letterRaster ??= nearestPlaceRaster(PRACTICE_LETTER_REGIONS);
  return (
    PRACTICE_LETTER_REGIONS[letterRaster[rasterCell(latitude, longitude)] as number]?.letter ?? "Y"
  );
}

/**
 * The postcode area (real letters) nearest a point.
 * @param latitude WGS84 degrees.
 * @param longitude WGS84 degrees.
 * @returns e.g. "LS".
 */
export function postcodeArea(latitude: number, longitude: number): string {
  postcodeRaster ??= nearestPlaceRaster(POSTCODE_AREAS);
  return POSTCODE_AREAS[postcodeRaster[rasterCell(latitude, longitude)] as number]?.area ?? "B";
}
