/**
 * Excel or preview mode? The boot script (boot.ts) starts Office.js only when the page is opened inside
 * Office; there Office.js reports the host through `Office.onReady`. In the preview `Office` is undefined
 * (never loaded), as it is when Office.js failed to load, and the pane runs in preview mode at once.
 * `Office.onReady` may never settle if Office.js loaded only in part, so a timeout falls back to
 * preview mode.
 */
/* global clearTimeout, globalThis, setTimeout */

/** How the pane works. */
export type HostKind = "excel" | "preview";

/** How long to wait for Office.js before falling back to preview mode. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

/** The parts of the Office.js globals this check reads (the globals may be missing at run time). */
interface OfficeGlobals {
  readonly Office?: { onReady?: (callback?: (info: { host: unknown }) => void) => unknown };
  readonly Excel?: unknown;
}

/**
 * Waits for Office.js and decides the mode.
 * @param globals - where to look for `Office` and `Excel` (default: the page's globals)
 * @param timeoutMs - how long to wait for `Office.onReady`
 * @returns "excel" inside Excel with the Excel API loaded; otherwise "preview"
 * @example const kind = await detectHostKind();
 */
export function detectHostKind(
  globals: OfficeGlobals = globalThis as OfficeGlobals,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS
): Promise<HostKind> {
  const office = globals.Office;
  if (office === undefined || typeof office.onReady !== "function")
    return Promise.resolve("preview");
  return new Promise((resolve) => {
    let settled = false;
    const settle = (kind: HostKind) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(kind);
    };
    const timer = setTimeout(() => settle("preview"), timeoutMs);
    try {
      office.onReady?.((info) => {
        settle(
          String(info?.host ?? "") === "Excel" && globals.Excel !== undefined ? "excel" : "preview"
        );
      });
    } catch {
      settle("preview");
    }
  });
}
