/**
 * Geographic coherence of every CCG (SPEC §3.2), from practices packed as weighted points in
 * British National Grid metres. Stages (each exported for benchmarks and tests):
 * territory adjacency (one Delaunay triangulation), pieces and detached share, enclosure,
 * the k nearest neighbours by a walk over the triangulation (purity, embedded practices, nearest other
 * CCG), and dispersion with hull area; a kdbush index gives the bridging's radius queries and the
 * practices' spatial order. Flat typed arrays throughout; n log n overall.
 */
import type { GeographyOptions, GeographyResult, PackedPractices } from "./types";
import { buildTerritoryAdjacency, type TerritoryAdjacency } from "./delaunayAdjacency";
import { buildPracticeIndex, spatialOrder, type PracticeIndex } from "./practiceIndex";
import { findTerritoryPieces } from "./territoryPieces";
import { findSurroundingGroups } from "./enclosure";
import {
  measureNeighbourPurity,
  type KnownNearestOther,
  type NearestLists,
} from "./neighbourPurity";
import { measureDispersion } from "./dispersion";

export { projectToBritishNationalGrid, wgs84ToBritishNationalGrid } from "./projection";
export { buildTerritoryAdjacency } from "./delaunayAdjacency";
export { practiceAdjacency } from "./practiceAdjacency";
export { buildPracticeIndex } from "./practiceIndex";
export { findNearestNeighbours } from "./nearestSearch";
export { findTerritoryPieces } from "./territoryPieces";
export { findSurroundingGroups } from "./enclosure";
export { measureNeighbourPurity, nearestLists } from "./neighbourPurity";
export { measureDispersion } from "./dispersion";

/** SPEC defaults: no bridging, 6 nearest neighbours. */
export const DEFAULT_GEOGRAPHY_OPTIONS: GeographyOptions = { bridgeKm: 0, neighbourCount: 6 };

/**
 * Checks packed practices and options, throwing with the first bad value.
 * @param points Packed practices.
 * @param options Geography options.
 * @returns Nothing; throws on bad input.
 * @example
 * validateGeographyInput(points, { bridgeKm: 0, neighbourCount: 6 });
 */
export function validateGeographyInput(points: PackedPractices, options: GeographyOptions): void {
  const { count, x, y, weight, group, groupCount } = points;
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`Practice count ${count} is not a whole number.`);
  if (!Number.isInteger(groupCount) || groupCount < 0)
    throw new Error(`Group count ${groupCount} is not a whole number.`);
  if (x.length < count || y.length < count || weight.length < count || group.length < count) {
    throw new Error(
      `Packed arrays are shorter than the ${count} practices (x ${x.length}, y ${y.length}, weight ${weight.length}, group ${group.length}).`
    );
  }
  if (!Number.isFinite(options.bridgeKm) || options.bridgeKm < 0) {
    throw new Error(`Bridge distance ${options.bridgeKm} km is not a non-negative number.`);
  }
  if (!Number.isInteger(options.neighbourCount) || options.neighbourCount < 1) {
    throw new Error(
      `Neighbour count ${options.neighbourCount} is not a whole number of at least 1.`
    );
  }
  for (let i = 0; i < count; i++) {
    const g = group[i] as number;
    if (g < 0 || g >= groupCount)
      throw new Error(`Practice ${i}: group ${g} is outside 0 … ${groupCount - 1}.`);
    const w = weight[i] as number;
    if (!(w >= 0) || w === Infinity)
      throw new Error(`Practice ${i}: list size ${w} is not a non-negative number.`);
    const px = x[i] as number;
    const py = y[i] as number;
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      throw new Error(`Practice ${i}: position (${px}, ${py}) is not a pair of finite numbers.`);
    }
  }
}

/**
 * Analyses the geography of every CCG: pieces and detached share, enclosure, dispersion, hull
 * area, neighbour purity and embedded practices.
 * @param points Practices with usable coordinates, packed in British National Grid metres.
 * @param options Bridge distance (km) and neighbours per practice.
 * @returns Per-group and per-practice geography (NaN for groups without packed practices).
 * @example
 * const { groups } = analyseGeography(points, { bridgeKm: 0, neighbourCount: 6 });
 * groups.detachedShare[g]; // share of CCG g's population outside its main territory
 */
export function analyseGeography(
  points: PackedPractices,
  options: GeographyOptions
): GeographyResult {
  validateGeographyInput(points, options);
  const { count, x, y } = points;
  const index = buildPracticeIndex(x, y, count);
  // Vertices numbered in the index's spatial order: every later stage then walks nearby memory.
  const adjacency = buildTerritoryAdjacency(x, y, count, spatialOrder(index));
  return analyseGeographyOn(points, options, index, adjacency);
}

/**
 * {@link analyseGeography} on an index and adjacency already built for the same positions (neither depends
 * on the CCGs, so a scenario that only re-codes practices reuses the baseline's).
 * @param points Practices packed as for analyseGeography (same positions, in the same order, as the index).
 * @param options Bridge distance (km) and neighbours per practice.
 * @param index buildPracticeIndex of the positions.
 * @param adjacency buildTerritoryAdjacency of the positions, in the index's spatial order.
 * @param lists The k nearest of every practice (nearestLists), when already found.
 * @param known Nearest other group per practice where already known (measureNeighbourPurity).
 * @returns Per-group and per-practice geography, equal to analyseGeography's.
 */
export function analyseGeographyOn(
  points: PackedPractices,
  options: GeographyOptions,
  index: PracticeIndex,
  adjacency: TerritoryAdjacency,
  lists?: NearestLists,
  known?: KnownNearestOther
): GeographyResult {
  validateGeographyInput(points, options);
  const pieces = findTerritoryPieces(points, adjacency, options.bridgeKm, index);
  const surroundedBy = findSurroundingGroups(points, adjacency);
  const neighbours = measureNeighbourPurity(
    points,
    index,
    options.neighbourCount,
    adjacency,
    lists,
    known
  );
  const dispersion = measureDispersion(points);
  return {
    groups: {
      pieces: pieces.pieces,
      detachedShare: pieces.detachedShare,
      detachedPractices: pieces.detachedPractices,
      centreX: dispersion.centreX,
      centreY: dispersion.centreY,
      standardDistanceKm: dispersion.standardDistanceKm,
      maxDistanceKm: dispersion.maxDistanceKm,
      hullAreaKm2: dispersion.hullAreaKm2,
      purity: neighbours.groupPurity,
      embeddedPractices: neighbours.embeddedPractices,
      embeddedShare: neighbours.embeddedShare,
      surroundedBy,
    },
    practices: {
      piece: pieces.piece,
      detached: pieces.detached,
      embedded: neighbours.embedded,
      purity: neighbours.practicePurity,
      nearestOtherGroup: neighbours.nearestOtherGroup,
      nearestOtherKm: neighbours.nearestOtherKm,
    },
  };
}
