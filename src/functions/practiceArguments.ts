/** Practice ranges (codes, coordinates, weights) of the geographic functions, read and packed once. */
import { FormulaPractices, packFormulaPractices } from "../engine/formulas";
import { numberColumn, rangeArgument, requireSameShape, textColumn } from "./arguments";
import { isBlankArgument } from "./excelValues";

/**
 * Reads practice ranges of one shape and packs them for the geometry.
 * @param ccgCodes the CCG code range, or null for functions without one (DISPERSION)
 * @param latitudes WGS84 latitudes
 * @param longitudes WGS84 longitudes
 * @param weights list sizes, or null/undefined when omitted (equal weights)
 * @returns the practices grouped by CCG in code order
 * @throws FormulaInputError naming the argument and position of the first unusable cell, or the
 *   ranges whose shapes differ
 */
export function practiceArguments(
  ccgCodes: unknown[][] | null,
  latitudes: unknown[][],
  longitudes: unknown[][],
  weights: unknown[][] | null | undefined
): FormulaPractices {
  const latitudeRange = rangeArgument(latitudes, "latitudes");
  const longitudeRange = rangeArgument(longitudes, "longitudes");
  const codeRange = ccgCodes === null ? null : rangeArgument(ccgCodes, "ccgCodes");
  const weightRange = isBlankArgument(weights) ? null : rangeArgument(weights, "weights");
  const ranges = [codeRange, latitudeRange, longitudeRange, weightRange];
  requireSameShape(...ranges.filter((range) => range !== null));
  return packFormulaPractices({
    ccgCodes: codeRange === null ? undefined : textColumn(codeRange),
    latitudes: numberColumn(latitudeRange),
    longitudes: numberColumn(longitudeRange),
    weights: weightRange === null ? undefined : numberColumn(weightRange),
    positionName: latitudeRange.positionName,
  });
}
