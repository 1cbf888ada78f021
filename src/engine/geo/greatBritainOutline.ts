/**
 * A coarse, generous outline of Great Britain and its islands (Scilly to Shetland) on the British National
 * Grid, to tell a position on land from one at sea or outside Great Britain (SPEC §2.4 plausibility).
 * Each vertex lies 5–20 km out to sea, so no coastal practice falls outside; estuaries and the Bristol
 * Channel count as land. It catches the gross mistakes: kilometres given as metres (a point near the
 * grid's origin, south-west of the Scilly Isles), the North Sea, the Atlantic, Ireland, France.
 */

/** Vertices in kilometres (easting, northing), clockwise from south-west of the Scilly Isles. */
export const GREAT_BRITAIN_OUTLINE_KM: readonly (readonly [number, number])[] = [
  [60, -5],
  [300, 20],
  [460, 60],
  [560, 85],
  [650, 120],
  [665, 170],
  [640, 210],
  [665, 260],
  [670, 300],
  [650, 350],
  [575, 360],
  [565, 380],
  [555, 420],
  [530, 480],
  [485, 530],
  [450, 590],
  [420, 660],
  [385, 700],
  [385, 750],
  [405, 800],
  [425, 850],
  [410, 875],
  [330, 880],
  [350, 960],
  [360, 990],
  [395, 1040],
  [440, 1095],
  [485, 1160],
  [480, 1230],
  [420, 1235],
  [405, 1150],
  [300, 1040],
  [230, 990],
  [150, 985],
  [80, 920],
  [50, 800],
  [70, 740],
  [100, 640],
  [150, 590],
  [190, 530],
  [230, 515],
  [290, 470],
  [305, 440],
  [305, 390],
  [225, 400],
  [205, 370],
  [200, 310],
  [225, 270],
  [170, 240],
  [160, 200],
  [195, 130],
  [165, 70],
  [120, 35],
  [70, 30],
];

const X = Float64Array.from(GREAT_BRITAIN_OUTLINE_KM, (vertex) => vertex[0] * 1000);
const Y = Float64Array.from(GREAT_BRITAIN_OUTLINE_KM, (vertex) => vertex[1] * 1000);

/** Height (metres) of the northing bands that list the outline's edges. */
const BAND_M = 50_000;
const MIN_Y = Math.min(...Y);
const MAX_Y = Math.max(...Y);

/**
 * For each band of northings, the outline's edges (by first vertex i; the edge runs to vertex i − 1) whose
 * northings reach into it: only those can cross a horizontal line in that band, so the ray cast tests them
 * alone, in any order (the answer is the parity of the crossings).
 */
const EDGES_BY_BAND: readonly Int32Array[] = Array.from(
  { length: Math.floor((MAX_Y - MIN_Y) / BAND_M) + 1 },
  (_, band) => {
    const low = MIN_Y + band * BAND_M;
    const high = low + BAND_M;
    const edges: number[] = [];
    for (let i = 0, j = X.length - 1; i < X.length; j = i++) {
      const yi = Y[i] as number;
      const yj = Y[j] as number;
      // A metre to spare either side: rounding in the band's number can never leave an edge out.
      if (Math.min(yi, yj) <= high + 1 && Math.max(yi, yj) >= low - 1) edges.push(i);
    }
    return Int32Array.from(edges);
  }
);

/**
 * Whether a National Grid position is on (or just off) the land of Great Britain.
 * @param easting metres
 * @param northing metres
 * @returns false at sea, outside Great Britain and for non-finite values
 * @example isOnGreatBritain(530000, 180000) // true (London)
 * @example isOnGreatBritain(450, 200) // false (kilometres given as metres: off the Scilly Isles)
 */
export function isOnGreatBritain(easting: number, northing: number): boolean {
  if (!Number.isFinite(easting) || !Number.isFinite(northing)) return false;
  // Outside the outline's northings no edge is crossed; inside, only the edges of the band can be.
  if (!(northing >= MIN_Y && northing < MAX_Y)) return false;
  const edges = EDGES_BY_BAND[Math.floor((northing - MIN_Y) / BAND_M)] as Int32Array;
  let inside = false;
  for (const i of edges) {
    const j = i === 0 ? X.length - 1 : i - 1;
    const xi = X[i] as number;
    const yi = Y[i] as number;
    const xj = X[j] as number;
    const yj = Y[j] as number;
    if (yi > northing !== yj > northing) {
      const crossing = ((xj - xi) * (northing - yi)) / (yj - yi) + xi;
      if (easting < crossing) inside = !inside;
    }
  }
  return inside;
}

/**
 * Whether an easting/northing pair looks like kilometres rather than metres: both small enough to be a
 * National Grid position in km (at most 700 by 1,300), which in metres would lie within 1.5 km of the grid's
 * origin, at sea.
 * @example looksLikeKilometres(450.1, 200.2) // true
 */
export function looksLikeKilometres(easting: number, northing: number): boolean {
  return easting >= 0 && easting <= 700 && northing >= 0 && northing <= 1300;
}
