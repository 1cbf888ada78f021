/**
 * Where everything goes on the map, in drawing units: each practice with coordinates as a point, each
 * CCG's colour (over the territory adjacency), neighbours and bounding box. The SVG and the pane's zoom,
 * hover and selection all read the same layout.
 */
import { AnalysisResult } from "../analysis";
import { buildTerritoryAdjacency, TerritoryAdjacency } from "../geo/delaunayAdjacency";
import { colourGroups } from "./mapColours";

/** The map's points and CCGs in drawing units (y grows downwards). */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  /** Practice index (in the analysis) of each drawn point. */
  readonly practiceOfPoint: Int32Array;
  /** Drawing coordinates of each point. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Dot radius in drawing units at the whole-map view. */
  readonly dotRadius: number;
  /** Drawn points of each CCG. */
  readonly pointsOfCcg: readonly (readonly number[])[];
  /** CCGs sharing a territory edge with each CCG. */
  readonly neighboursOf: readonly ReadonlySet<number>[];
  /** Colour index of each CCG (see mapColour); neighbours never share one. */
  readonly colourOf: Int32Array;
  /** Bounding box of each CCG's points: minX, minY, maxX, maxY (NaN when it has none). */
  readonly boxOfCcg: Float64Array;
}

/** CCGs whose practices share a territory edge (Delaunay adjacency over the practices' positions). */
function neighbouringGroups(
  result: AnalysisResult,
  practiceOfPoint: Int32Array,
  adjacency: TerritoryAdjacency,
  count: number
): Set<number>[] {
  const groups = result.ccgs.map(() => new Set<number>());
  const groupOfVertex = new Int32Array(adjacency.vertexCount).fill(-1);
  const mixed = new Uint8Array(adjacency.vertexCount);
  for (let point = 0; point < count; point++) {
    const vertex = adjacency.vertexOfPractice[point] ?? 0;
    const group = result.practiceCcg[practiceOfPoint[point] ?? 0] ?? 0;
    const current = groupOfVertex[vertex] ?? -1;
    if (current < 0) groupOfVertex[vertex] = group;
    else if (current !== group) {
      // Practices of two CCGs at one position are neighbours too.
      mixed[vertex] = 1;
      groups[current]?.add(group);
      groups[group]?.add(current);
    }
  }
  for (let vertex = 0; vertex < adjacency.vertexCount; vertex++) {
    const a = groupOfVertex[vertex] ?? -1;
    const end = adjacency.neighbourOffsets[vertex + 1] ?? 0;
    for (let k = adjacency.neighbourOffsets[vertex] ?? 0; k < end; k++) {
      const b = groupOfVertex[adjacency.neighbourVertices[k] ?? 0] ?? -1;
      if (a >= 0 && b >= 0 && a !== b) {
        groups[a]?.add(b);
        groups[b]?.add(a);
      }
    }
  }
  // A position shared by several CCGs: every CCG there borders every neighbour of the position.
  for (let point = 0; point < count; point++) {
    const vertex = adjacency.vertexOfPractice[point] ?? 0;
    if (mixed[vertex] !== 1) continue;
    const group = result.practiceCcg[practiceOfPoint[point] ?? 0] ?? 0;
    const end = adjacency.neighbourOffsets[vertex + 1] ?? 0;
    for (let k = adjacency.neighbourOffsets[vertex] ?? 0; k < end; k++) {
      const b = groupOfVertex[adjacency.neighbourVertices[k] ?? 0] ?? -1;
      if (b >= 0 && b !== group) {
        groups[group]?.add(b);
        groups[b]?.add(group);
      }
    }
  }
  return groups;
}

/** What depends only on the practices' positions: their drawing coordinates and territory adjacency. */
interface MapPositions {
  readonly key: string;
  readonly practiceOfPoint: Int32Array;
  readonly easting: Float64Array;
  readonly northing: Float64Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  adjacency: TerritoryAdjacency | null;
}

/**
 * Positions of the last layout of each practice table (a scenario's result shares its baseline's), so that
 * a scenario's move does not place the points and triangulate them again.
 */
const positionsCache = new WeakMap<AnalysisResult["practices"], MapPositions>();

function sameValues(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The points' drawing coordinates in a width × height drawing with a margin. */
function mapPositions(
  result: AnalysisResult,
  practiceOfPoint: Int32Array,
  width: number,
  height: number,
  margin: number
): MapPositions {
  const key = `${width} ${height} ${margin}`;
  const cached = positionsCache.get(result.practices);
  if (cached?.key === key && sameValues(cached.practiceOfPoint, practiceOfPoint)) return cached;
  const count = practiceOfPoint.length;
  const easting = new Float64Array(count);
  const northing = new Float64Array(count);
  let minE = Infinity;
  let minN = Infinity;
  let maxE = -Infinity;
  let maxN = -Infinity;
  practiceOfPoint.forEach((practice, point) => {
    const e = result.practices.easting[practice] ?? 0;
    const n = result.practices.northing[practice] ?? 0;
    easting[point] = e;
    northing[point] = n;
    minE = Math.min(minE, e);
    maxE = Math.max(maxE, e);
    minN = Math.min(minN, n);
    maxN = Math.max(maxN, n);
  });
  const spanE = Math.max(maxE - minE, 1);
  const spanN = Math.max(maxN - minN, 1);
  const scale = Math.min((width - 2 * margin) / spanE, (height - 2 * margin) / spanN);
  const offsetX = (width - spanE * scale) / 2;
  const offsetY = (height - spanN * scale) / 2;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let point = 0; point < count; point++) {
    x[point] = offsetX + ((easting[point] ?? 0) - minE) * scale;
    y[point] = height - (offsetY + ((northing[point] ?? 0) - minN) * scale);
  }
  const sameTable =
    cached !== undefined && sameValues(cached.practiceOfPoint, practiceOfPoint)
      ? cached.adjacency
      : null;
  const positions = { key, practiceOfPoint, easting, northing, x, y, adjacency: sameTable };
  positionsCache.set(result.practices, positions);
  return positions;
}

/**
 * Lays the analysis out in a width × height drawing with a margin. The positions and their triangulation
 * are kept per practice table, so a layout of a scenario of the same practices (or again at this size)
 * reuses them: only the CCGs' points, boxes, neighbours and colours are worked out again.
 * @param result - the analysis
 * @param width - drawing width (SVG units)
 * @param height - drawing height
 * @param margin - space kept clear at each edge
 * @returns the layout, or null when no practice has usable coordinates
 * @example layoutMap(result, 640, 720)?.colourOf
 */
export function layoutMap(
  result: AnalysisResult,
  width: number,
  height: number,
  margin = 12
): MapLayout | null {
  const practices: number[] = [];
  result.practiceGeographyIndex.forEach((point, practice) => {
    if (point >= 0) practices[point] = practice;
  });
  const count = practices.length;
  if (count === 0) return null;
  const positions = mapPositions(result, Int32Array.from(practices), width, height, margin);
  const { practiceOfPoint, x, y, easting, northing } = positions;
  const pointsOfCcg: number[][] = result.ccgs.map(() => []);
  const boxOfCcg = new Float64Array(result.ccgs.length * 4).fill(Number.NaN);
  for (let point = 0; point < count; point++) {
    const px = x[point] ?? 0;
    const py = y[point] ?? 0;
    const group = result.practiceCcg[practiceOfPoint[point] ?? 0] ?? 0;
    pointsOfCcg[group]?.push(point);
    const b = group * 4;
    if (Number.isNaN(boxOfCcg[b])) boxOfCcg.set([px, py, px, py], b);
    else {
      boxOfCcg[b] = Math.min(boxOfCcg[b] ?? px, px);
      boxOfCcg[b + 1] = Math.min(boxOfCcg[b + 1] ?? py, py);
      boxOfCcg[b + 2] = Math.max(boxOfCcg[b + 2] ?? px, px);
      boxOfCcg[b + 3] = Math.max(boxOfCcg[b + 3] ?? py, py);
    }
  }
  positions.adjacency ??= buildTerritoryAdjacency(easting, northing, count);
  const neighboursOf = neighbouringGroups(result, practiceOfPoint, positions.adjacency, count);
  return {
    width,
    height,
    practiceOfPoint,
    x,
    y,
    dotRadius: Math.max(1.2, Math.min(4, 900 / Math.sqrt(count + 1) / 6)),
    pointsOfCcg,
    neighboursOf,
    colourOf: colourGroups(result.ccgs.length, neighboursOf),
    boxOfCcg,
  };
}
