/*
 * Engine failures as Excel errors with a message (shown in the cell's error indicator):
 * an unknown CCG code → #N/A; a bad argument, unusable input or any other failure → #VALUE!.
 * Only #VALUE! and #N/A can carry a message (CustomFunctions.ErrorCode documentation).
 */
/* global CustomFunctions */
import { UnusableInputError } from "../engine/errors";
import { UnknownCcgError } from "../engine/formulas";

/**
 * The Excel error for something a formula threw.
 * @param error what was thrown
 * @returns a CustomFunctions.Error with the message
 */
export function excelErrorFor(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof UnknownCcgError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
  }
  const message =
    error instanceof UnusableInputError
      ? `Unusable practice list: ${error.message}`
      : error instanceof Error
        ? error.message
        : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * Runs a formula's computation, turning whatever it throws into an Excel error.
 * @param compute the computation
 * @returns its result
 * @throws CustomFunctions.Error
 * @example return excelFormula(() => gridDistanceKm(lat1, lon1, lat2, lon2));
 */
export function excelFormula<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw excelErrorFor(error);
  }
}
