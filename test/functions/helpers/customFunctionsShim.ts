/**
 * CustomFunctions as Excel's runtime provides it, enough for the functions module: an Error class
 * carrying code and message, and the ErrorCode values. Import this module before the functions.
 */

/** CustomFunctions.Error: what a function throws (and, with allowErrorForDataTypeAny, what error cells arrive as). */
export class CustomFunctionsErrorShim {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** The ErrorCode enum of custom-functions-runtime. */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

Object.assign(globalThis, {
  CustomFunctions: { Error: CustomFunctionsErrorShim, ErrorCode: ERROR_CODES },
});

/**
 * What a call threw, which must be a CustomFunctions.Error.
 * @param call the call
 * @returns the error's code and message
 */
export function excelErrorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctionsErrorShim)
      return { code: error.code, message: error.message ?? "" };
    throw new Error(`Expected a CustomFunctions.Error, got ${String(error)}`);
  }
  throw new Error("Expected a CustomFunctions.Error, but the call returned");
}

/** An error cell as a CustomFunctions.Error (allowErrorForDataTypeAny). */
export function errorCell(code: string): CustomFunctionsErrorShim {
  return new CustomFunctionsErrorShim(code);
}

/** An error cell as an Excel.ErrorCellValue (data types enabled). */
export function errorCellValue(code: string): {
  type: string;
  basicValue: string;
  errorType: string;
} {
  return { type: "Error", basicValue: code, errorType: "NotAvailable" };
}

/** A column range as Excel passes it: [[a], [b], …]. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}
