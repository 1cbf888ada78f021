/** Geography figures for formulas (SPEC §3.2), computed by the engine's geometry stages. */
import { buildTerritoryAdjacency } from "../geo/delaunayAdjacency";
import { measureDispersion } from "../geo/dispersion";
import { findTerritoryPieces } from "../geo/territoryPieces";
import { FormulaInputError, UnknownCcgError } from "./errors";
import { FormulaPractices, groupOfCode } from "./formulaPractices";

/**
 * Weighted standard distance of all the practices together, √(Σ wᵢ‖xᵢ − x̄‖² / W), in km
 * (equal weights when the weights sum to 0).
 * @param practices practices packed as one group (no CCG codes)
 * @returns kilometres
 * @throws FormulaInputError when no practice has coordinates
 * @example weightedStandardDistanceKm(packFormulaPractices({ latitudes, longitudes, weights }))
 */
export function weightedStandardDistanceKm(practices: FormulaPractices): number {
  if (practices.points.count === 0) {
    throw new FormulaInputError("no practice has coordinates: there is nothing to measure");
  }
  const points = {
    ...practices.points,
    group: new Int32Array(practices.points.count),
    groupCount: 1,
  };
  return measureDispersion(points).standardDistanceKm[0] ?? Number.NaN;
}

/**
 * Territory pieces of every CCG: connected components of its practices in one Delaunay
 * triangulation over all practices (bridge_km 0). The count does not depend on the weights.
 * @param practices grouped practices
 * @returns pieces per group (0 for a CCG with no coordinates)
 * @example territoryPieceCounts(practices)[groupOfCode(practices, "07L")] // 1
 */
export function territoryPieceCounts(practices: FormulaPractices): Int32Array {
  const { points } = practices;
  const adjacency = buildTerritoryAdjacency(points.x, points.y, points.count);
  return findTerritoryPieces(points, adjacency, 0).pieces;
}

/**
 * Territory pieces of one CCG among all the practices.
 * @param practices grouped practices
 * @param code the CCG code (compared as the engine keys codes)
 * @returns the number of pieces (1 for a single territory)
 * @throws UnknownCcgError when no practice has the code, or none of its practices has coordinates
 * @example territoryPiecesOf(practices, "07L") // 2
 */
export function territoryPiecesOf(practices: FormulaPractices, code: string): number {
  const group = groupOfCode(practices, code);
  if (group < 0) {
    throw new UnknownCcgError(`CCG code '${code.trim()}' is not among the ccgCodes`);
  }
  if (!practices.points.group.includes(group)) {
    throw new UnknownCcgError(`no practice of CCG ${practices.codes[group]} has coordinates`);
  }
  return territoryPieceCounts(practices)[group] ?? 0;
}
