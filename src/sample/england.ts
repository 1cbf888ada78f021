/**
 * A crude outline of England and the places the sample workbook clusters practices around.
 * Approximate public-record coordinates (WGS84 degrees); accurate to a few kilometres at best,
 * which is all a synthetic sample needs.
 */

/** Latitude/longitude box that holds the outline. */
export const ENGLAND_BOX = {
  minLatitude: 49.9,
  maxLatitude: 55.85,
  minLongitude: -5.75,
  maxLongitude: 1.8,
} as const;

/** Outline vertices as [latitude, longitude], clockwise from Berwick-upon-Tweed. Estuaries simplified. */
// prettier-ignore
const OUTLINE: readonly (readonly [number, number])[] = [
  [55.79, -2.03], [55.6, -1.75], [55.33, -1.58], [55.02, -1.42], [54.9, -1.36], [54.68, -1.18],
  [54.62, -1.05], [54.49, -0.61], [54.28, -0.39], [54.12, -0.08], [54.08, -0.19], [53.72, -0.02],
  [53.58, 0.12], [53.47, 0.15], [53.14, 0.34], [53.02, 0.12], [52.85, 0.15], [52.8, 0.38],
  [52.94, 0.49], [52.97, 0.95], [52.93, 1.3], [52.83, 1.53], [52.6, 1.73], [52.48, 1.75],
  [52.33, 1.68], [52.08, 1.57], [51.96, 1.35], [51.85, 1.27], [51.79, 1.15], [51.74, 0.95],
  [51.62, 0.9], [51.53, 0.75], [51.5, 0.45], [51.45, 0.55], [51.41, 0.85], [51.36, 1.03],
  [51.39, 1.38], [51.37, 1.45], [51.22, 1.4], [51.12, 1.32], [51.08, 1.18], [50.91, 0.98],
  [50.85, 0.58], [50.73, 0.24], [50.82, -0.14], [50.81, -0.37], [50.72, -0.79], [50.78, -1.09],
  [50.82, -1.3], [50.75, -1.55], [50.72, -1.88], [50.6, -1.97], [50.58, -2.05], [50.6, -2.4],
  [50.72, -2.94], [50.62, -3.41], [50.45, -3.55], [50.22, -3.64], [50.33, -4.05], [50.35, -4.45],
  [50.32, -4.75], [50.22, -4.8], [50.03, -5.07], [49.96, -5.2], [50.1, -5.5], [50.07, -5.71],
  [50.21, -5.48], [50.42, -5.08], [50.55, -4.94], [50.83, -4.55], [51.02, -4.52], [51.05, -4.23],
  [51.21, -4.12], [51.21, -3.47], [51.24, -3.0], [51.35, -2.98], [51.5, -2.7], [51.62, -2.62],
  [51.8, -2.7], [52.0, -3.05], [52.1, -3.1], [52.35, -3.05], [52.55, -3.0], [52.75, -3.05],
  [52.95, -3.05], [53.02, -2.8], [53.15, -2.9], [53.23, -3.02], [53.38, -3.2], [53.44, -3.05],
  [53.56, -3.1], [53.65, -3.01], [53.82, -3.06], [53.92, -3.03], [54.07, -2.87], [54.12, -3.2],
  [54.21, -3.27], [54.38, -3.45], [54.51, -3.64], [54.64, -3.57], [54.71, -3.5], [54.87, -3.39],
  [54.95, -3.2], [55.0, -3.05], [55.13, -2.82], [55.3, -2.55], [55.35, -2.48], [55.48, -2.15],
  [55.63, -2.25], [55.65, -2.25],
];

const BAND_DEGREES = 0.05;
const bandCount = Math.ceil((ENGLAND_BOX.maxLatitude - ENGLAND_BOX.minLatitude) / BAND_DEGREES);
/** For each latitude band, the indices of the outline edges that cross it (speeds up containment). */
const edgesByBand: number[][] = buildEdgeBands();

function buildEdgeBands(): number[][] {
  const bands: number[][] = Array.from({ length: bandCount }, () => []);
  for (let i = 0; i < OUTLINE.length; i++) {
    const a = OUTLINE[i] as readonly [number, number];
    const b = OUTLINE[(i + 1) % OUTLINE.length] as readonly [number, number];
    const low = Math.max(
      0,
      Math.floor((Math.min(a[0], b[0]) - ENGLAND_BOX.minLatitude) / BAND_DEGREES)
    );
    const high = Math.min(
      bandCount - 1,
      Math.floor((Math.max(a[0], b[0]) - ENGLAND_BOX.minLatitude) / BAND_DEGREES)
    );
    for (let band = low; band <= high; band++) (bands[band] as number[]).push(i);
  }
  return bands;
}

/**
 * True when the point lies inside the crude England outline (even–odd rule).
 * @param latitude WGS84 degrees.
 * @param longitude WGS84 degrees.
 * @returns Whether the point is on (crude) English land.
 * @example isInEngland(52.49, -1.89) // true (Birmingham)
 */
export function isInEngland(latitude: number, longitude: number): boolean {
  const band = Math.floor((latitude - ENGLAND_BOX.minLatitude) / BAND_DEGREES);
  const edges = edgesByBand[band];
  if (edges === undefined) return false;
  let inside = false;
  for (const i of edges) {
    const a = OUTLINE[i] as readonly [number, number];
    const b = OUTLINE[(i + 1) % OUTLINE.length] as readonly [number, number];
    if (a[0] > latitude !== b[0] > latitude) {
      const crossingLongitude = a[1] + ((latitude - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
      if (longitude < crossingLongitude) inside = !inside;
    }
  }
  return inside;
}

/** Reference latitude of the local kilometre grid used while generating. */
const GRID_LATITUDE = 52.5;
const KM_PER_DEGREE_LATITUDE = 110.574;
const KM_PER_DEGREE_LONGITUDE = 111.32 * Math.cos((GRID_LATITUDE * Math.PI) / 180);

/** Kilometres east of longitude 0 on a flat grid (good enough for shaping synthetic territories). */
export function eastKm(longitude: number): number {
  return longitude * KM_PER_DEGREE_LONGITUDE;
}

/** Kilometres north of latitude 52.5 on the same flat grid. */
export function northKm(latitude: number): number {
  return (latitude - GRID_LATITUDE) * KM_PER_DEGREE_LATITUDE;
}

/** Latitude of a point on the flat generation grid. */
export function latitudeAtKm(northKilometres: number): number {
  return GRID_LATITUDE + northKilometres / KM_PER_DEGREE_LATITUDE;
}

/** Longitude of a point on the flat generation grid. */
export function longitudeAtKm(eastKilometres: number): number {
  return eastKilometres / KM_PER_DEGREE_LONGITUDE;
}

/** Longitude degrees for a distance east in kilometres. */
export function kmToLongitude(km: number): number {
  return km / KM_PER_DEGREE_LONGITUDE;
}

/** Latitude degrees for a distance north in kilometres. */
export function kmToLatitude(km: number): number {
  return km / KM_PER_DEGREE_LATITUDE;
}

/**
 * Distance in kilometres from a point to the nearest point of the outline (coast or border).
 * @param latitude WGS84 degrees.
 * @param longitude WGS84 degrees.
 * @returns Kilometres on the flat generation grid.
 */
export function distanceToOutlineKm(latitude: number, longitude: number): number {
  const px = eastKm(longitude);
  const py = northKm(latitude);
  let best = Infinity;
  for (let i = 0; i < OUTLINE.length; i++) {
    const a = OUTLINE[i] as readonly [number, number];
    const b = OUTLINE[(i + 1) % OUTLINE.length] as readonly [number, number];
    const ax = eastKm(a[1]);
    const ay = northKm(a[0]);
    const dx = eastKm(b[1]) - ax;
    const dy = northKm(b[0]) - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
  }
  return best;
}

/** A city practices cluster around: real approximate centre, share of urban practices, spread. */
export interface CityCluster {
  readonly latitude: number;
  readonly longitude: number;
  /** Relative share of city practices (London largest). */
  readonly weight: number;
  /** Standard deviation of the practice scatter, km. */
  readonly spreadKm: number;
  /** True for London (boroughs get E09 codes). */
  readonly isLondon: boolean;
}

const city = (
  latitude: number,
  longitude: number,
  weight: number,
  spreadKm: number,
  isLondon = false
): CityCluster => ({
  latitude,
  longitude,
  weight,
  spreadKm,
  isLondon,
});

/** The big-city clusters (approximate real centres: London, Birmingham, Manchester, Leeds, …). */
export const CITY_CLUSTERS: readonly CityCluster[] = [
  city(51.507, -0.128, 9, 13, true), // London
  city(52.486, -1.89, 3, 10), // Birmingham and the Black Country
  city(53.48, -2.242, 3, 11), // Manchester
  city(53.8, -1.549, 1.5, 7), // Leeds
  city(53.408, -2.95, 1.4, 6), // Liverpool
  city(54.978, -1.617, 1.2, 7), // Newcastle
  city(51.454, -2.588, 1, 6), // Bristol
  city(53.381, -1.47, 1.1, 6), // Sheffield
  city(52.954, -1.158, 1, 6), // Nottingham
  city(52.637, -1.139, 0.8, 5), // Leicester
  city(53.796, -1.759, 0.8, 5), // Bradford
  city(52.408, -1.51, 0.6, 5), // Coventry
  city(53.003, -2.18, 0.5, 5), // Stoke-on-Trent
  city(53.745, -0.336, 0.5, 4), // Hull
  city(50.385, -4.13, 0.4, 4), // Plymouth
  city(50.915, -1.404, 0.5, 5), // Southampton
  city(50.83, -1.07, 0.4, 4), // Portsmouth
  city(50.84, -0.137, 0.4, 4), // Brighton
  city(52.63, 1.297, 0.3, 4), // Norwich
  city(54.56, -1.235, 0.4, 5), // Middlesbrough
  city(52.922, -1.476, 0.4, 4), // Derby
  city(51.454, -0.978, 0.3, 4), // Reading
];

/** Practice-code letters by region: each region's approximate centre (like the real ODS letters). */
export const PRACTICE_LETTER_REGIONS: readonly {
  readonly letter: string;
  readonly latitude: number;
  readonly longitude: number;
}[] = [
  { letter: "A", latitude: 54.8, longitude: -1.76 },
  { letter: "B", latitude: 53.81, longitude: -1.25 },
  { letter: "C", latitude: 53.09, longitude: -1.16 },
  { letter: "D", latitude: 52.43, longitude: 0.69 },
  { letter: "E", latitude: 51.64, longitude: -0.3 },
  { letter: "F", latitude: 51.6, longitude: 0.19 },
  { letter: "G", latitude: 51.28, longitude: 0.31 },
  { letter: "H", latitude: 51.27, longitude: -0.31 },
  { letter: "J", latitude: 51.0, longitude: -1.58 },
  { letter: "K", latitude: 51.81, longitude: -0.92 },
  { letter: "L", latitude: 51.06, longitude: -3.21 },
  { letter: "M", latitude: 52.54, longitude: -1.99 },
  { letter: "N", latitude: 53.38, longitude: -2.82 },
  { letter: "P", latitude: 53.59, longitude: -2.4 },
];

/** Postcode areas (real letters) with approximate centres, as [area, latitude, longitude]. */
// prettier-ignore
const POSTCODE_AREA_CENTRES: readonly (readonly [string, number, number])[] = [
  ["NE", 55.0, -1.6], ["DH", 54.78, -1.57], ["SR", 54.9, -1.4], ["TS", 54.57, -1.23], ["DL", 54.52, -1.6],
  ["CA", 54.8, -2.9], ["LA", 54.1, -2.75], ["YO", 54.0, -1.0], ["HG", 54.0, -1.55], ["BD", 53.8, -1.8],
  ["LS", 53.8, -1.55], ["HU", 53.75, -0.35], ["HX", 53.72, -1.9], ["WF", 53.68, -1.45], ["DN", 53.5, -1.0],
  ["S", 53.38, -1.47], ["HD", 53.63, -1.8], ["OL", 53.55, -2.1], ["BB", 53.75, -2.4], ["PR", 53.76, -2.7],
  ["FY", 53.82, -3.02], ["BL", 53.58, -2.43], ["WN", 53.55, -2.63], ["M", 53.47, -2.24], ["SK", 53.4, -2.15],
  ["WA", 53.39, -2.6], ["L", 53.41, -2.95], ["CH", 53.19, -2.89], ["CW", 53.1, -2.45], ["ST", 52.95, -2.15],
  ["DE", 52.92, -1.47], ["NG", 52.95, -1.15], ["LN", 53.23, -0.54], ["PE", 52.6, -0.25], ["LE", 52.63, -1.13],
  ["CV", 52.4, -1.5], ["B", 52.48, -1.9], ["WV", 52.59, -2.13], ["WS", 52.59, -1.98], ["DY", 52.5, -2.08],
  ["TF", 52.68, -2.45], ["SY", 52.7, -2.75], ["WR", 52.19, -2.22], ["HR", 52.06, -2.72], ["NN", 52.24, -0.9],
  ["MK", 52.04, -0.76], ["NR", 52.63, 1.3], ["IP", 52.06, 1.15], ["CB", 52.2, 0.12], ["CO", 51.89, 0.9],
  ["CM", 51.73, 0.47], ["SS", 51.55, 0.7], ["LU", 51.88, -0.42], ["SG", 51.9, -0.2], ["AL", 51.75, -0.34],
  ["HP", 51.75, -0.75], ["OX", 51.75, -1.26], ["GL", 51.86, -2.24], ["SN", 51.56, -1.78], ["BA", 51.38, -2.36],
  ["BS", 51.45, -2.59], ["TA", 51.02, -3.1], ["EX", 50.72, -3.53], ["TQ", 50.5, -3.62], ["PL", 50.38, -4.14],
  ["TR", 50.26, -5.05], ["DT", 50.71, -2.44], ["BH", 50.75, -1.9], ["SP", 51.07, -1.79], ["SO", 50.91, -1.4],
  ["PO", 50.82, -1.08], ["GU", 51.24, -0.58], ["RG", 51.45, -0.98], ["SL", 51.51, -0.6], ["RH", 51.2, -0.2],
  ["BN", 50.83, -0.14], ["TN", 51.13, 0.26], ["ME", 51.38, 0.52], ["CT", 51.28, 1.08], ["DA", 51.45, 0.2],
  ["KT", 51.38, -0.3], ["CR", 51.37, -0.1], ["BR", 51.4, 0.02], ["SM", 51.36, -0.19], ["TW", 51.45, -0.35],
  ["UB", 51.53, -0.45], ["HA", 51.58, -0.34], ["EN", 51.65, -0.08], ["WD", 51.66, -0.4], ["IG", 51.56, 0.08],
  ["RM", 51.57, 0.18], ["E", 51.53, -0.03], ["N", 51.57, -0.12], ["NW", 51.55, -0.2], ["W", 51.51, -0.22],
  ["SW", 51.46, -0.17], ["SE", 51.46, -0.06], ["EC", 51.52, -0.1], ["WC", 51.52, -0.12],
];

/** Postcode areas (real letters) with approximate centres; a practice takes the nearest. */
export const POSTCODE_AREAS: readonly {
  readonly area: string;
  readonly latitude: number;
  readonly longitude: number;
}[] = POSTCODE_AREA_CENTRES.map(([area, latitude, longitude]) => ({ area, latitude, longitude }));
