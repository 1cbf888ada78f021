/**
 * Errors shaped like Office.js's `OfficeExtension.Error`: `name` "RichApi.Error", a `code` from
 * `Excel.ErrorCodes`, a message in Office's own words where we know them, and `debugInfo`.
 */

/** Error codes the in-memory host raises (a subset of `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`). */
export type HostErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "NotImplemented"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidRequestContext";

/** An Office.js-like error. Tests match on `code`; adapters may show `message`. */
export class HostError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: HostErrorCode;
  readonly debugInfo: { code: HostErrorCode; message: string; errorLocation?: string };

  /**
   * @param code - the Office.js error code
   * @param message - what went wrong, in Office's words where known
   * @param errorLocation - the API member that failed, e.g. "Range.values"
   */
  constructor(code: HostErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Office's message for reading a property that was not loaded (office_strings.js, PropertyNotLoaded). */
export function propertyNotLoaded(property: string): HostError {
  return new HostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

/** Office's message for a request over Excel on the web's payload limit. */
export function requestPayloadTooLarge(bytes: number, limit: number): HostError {
  return new HostError(
    "RequestPayloadSizeLimitExceeded",
    `The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins". (request ${bytes} bytes, limit ${limit})`
  );
}

/** Office's message for a response over Excel on the web's payload limit. */
export function responsePayloadTooLarge(bytes: number, limit: number): HostError {
  return new HostError(
    "ResponsePayloadSizeLimitExceeded",
    `The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins". (response ${bytes} bytes, limit ${limit})`
  );
}

/** Office's message when a 2-D array does not fit the range it is written to. */
export function shapeMismatch(
  property: string,
  rows: number,
  columns: number,
  gotRows: number,
  gotColumns: number
): HostError {
  return new HostError(
    "InvalidArgument",
    `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (range is ${rows}x${columns}, array is ${gotRows}x${gotColumns})`,
    `Range.${property}`
  );
}

/** ItemNotFound with Office's wording. */
export function itemNotFound(what: string, location?: string): HostError {
  return new HostError("ItemNotFound", `The requested resource doesn't exist. (${what})`, location);
}

/** InvalidArgument with Office's wording plus the detail. */
export function invalidArgument(detail: string, location?: string): HostError {
  return new HostError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location
  );
}
