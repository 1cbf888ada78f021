/** Any failure as a sentence for the pane's message bars: never a stack trace, never "[object Object]". */

/** The parts of an Office.js error (`OfficeExtension.Error`) the pane uses. */
interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
}

const OFFICE_CODES: Readonly<Record<string, string>> = {
  InvalidReference:
    "a sheet or range it needed was not found (was a sheet renamed or deleted meanwhile?)",
  ItemNotFound:
    "a sheet or range it needed was not found (was a sheet renamed or deleted meanwhile?)",
  AccessDenied: "the workbook is protected or read-only",
  InsertDeleteConflict: "the sheet is protected or a table is in the way",
  RequestPayloadSizeLimitExceeded: "the data is too large for Excel on the web in one go",
  ResponsePayloadSizeLimitExceeded: "the data is too large for Excel on the web in one go",
  GeneralException: "Excel reported a general error",
};

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

function endWithStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * A plain-words message for a failure.
 * @param error - whatever was thrown or rejected
 * @param doing - what the pane was doing, e.g. "reading the workbook" (used when the error says little)
 * @returns one or two sentences; only the error's first line is kept
 * @example plainMessage(new UnusableInputError("no practice list found…"), "analysing") // "No practice list found…"
 */
export function plainMessage(error: unknown, doing: string): string {
  const raw = error as OfficeErrorLike | null | undefined;
  const message =
    typeof raw === "string" ? raw : typeof raw?.message === "string" ? raw.message : "";
  const firstLine = (message.split("\n")[0] ?? "").trim();
  const code = typeof raw?.code === "string" ? raw.code : null;
  if (code !== null && OFFICE_CODES[code] !== undefined) {
    const detail =
      firstLine !== "" && firstLine !== code ? ` Excel says: ${endWithStop(firstLine)}` : "";
    return `${endWithStop(`Excel could not finish ${doing}: ${OFFICE_CODES[code]}`)}${detail}`;
  }
  if (firstLine === "") return `Something went wrong while ${doing}. Please try again.`;
  return endWithStop(capitalise(firstLine));
}
