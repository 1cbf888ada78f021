/**
 * Which scripts the shared-runtime page starts, and in what order (issue #16: a private preview).
 *
 * taskpane.html is the add-in's one page: inside Excel it is the task pane, the custom functions runtime
 * and the ribbon commands' FunctionFile; opened from any web server it is the preview. Office.js and the
 * Excel-only bundles (custom functions, ribbon commands) are started only when the page runs inside
 * Office, so the preview loads nothing from Microsoft and makes no request beyond its own origin.
 *
 * Inside Office is recognised by what Office itself passes to the page: the marker manifest.xml puts on
 * every URL of the page (`?host=office`), Office's own `_host_Info` query parameter, or the host
 * information Office.js reads from `window.name`. A page without any of these is the preview.
 */
/* global URLSearchParams */

/** The query parameter manifest.xml puts on the page's URL, and its value. */
export const OFFICE_HOST_MARKER = { name: "host", value: "office" } as const;

/** Where the page is opened: its query string and its window name (`location.search`, `window.name`). */
export interface PageLocation {
  readonly search: string;
  readonly windowName: string;
}

/**
 * Is the page running inside Office?
 * @param location - the page's query string and window name
 * @returns true when the manifest's marker, Office's `_host_Info` parameter, or Office's host
 *   information in the window name is present
 * @example isInsideOffice({ search: "?host=office&_host_Info=Excel$Win32$16.01", windowName: "" }) // true
 */
export function isInsideOffice(location: PageLocation): boolean {
  const query = new URLSearchParams(location.search);
  if (query.get(OFFICE_HOST_MARKER.name) === OFFICE_HOST_MARKER.value) return true;
  if (query.has("_host_Info")) return true;
  return windowNameHasHostInfo(location.windowName);
}

/** Office.js also accepts host information as JSON in `window.name` (`{"hostInfo": "Excel|…"}`). */
function windowNameHasHostInfo(windowName: string): boolean {
  if (!windowName.trimStart().startsWith("{")) return false;
  try {
    const parsed: unknown = JSON.parse(windowName);
    return (
      typeof parsed === "object" &&
      parsed !== null &&
      typeof (parsed as { hostInfo?: unknown }).hostInfo === "string"
    );
  } catch {
    return false;
  }
}

/** The scripts the page may start, as the build lists them on the boot script's tag. */
export interface PageScripts {
  /** Office.js (Microsoft's CDN). */
  readonly officeJs: string;
  /** Bundles that need Office.js: the custom functions, then the ribbon commands. */
  readonly officeBundles: readonly string[];
  /** The task pane's bundle (works with or without Office.js). */
  readonly paneBundles: readonly string[];
}

/**
 * The scripts to start, in execution order.
 * @param insideOffice - from {@link isInsideOffice}
 * @param scripts - the page's scripts
 * @returns inside Office: Office.js, the Office bundles, the pane; otherwise the pane alone
 * @example scriptsToStart(false, scripts) // ["taskpane.1a2b.js?c3d4"]
 */
export function scriptsToStart(insideOffice: boolean, scripts: PageScripts): string[] {
  return insideOffice
    ? [scripts.officeJs, ...scripts.officeBundles, ...scripts.paneBundles]
    : [...scripts.paneBundles];
}

/**
 * Reads the page's scripts from the boot script's data attributes (written by webpack.config.js):
 * `data-office-js`, `data-office-bundles` and `data-pane-bundles` (space-separated).
 * @param dataset - the boot script element's `dataset`
 * @returns the scripts
 * @throws Error naming the missing attribute (the page was not built by webpack.config.js)
 */
export function pageScriptsFrom(
  dataset: Readonly<Record<string, string | undefined>>
): PageScripts {
  const list = (name: string): string[] => {
    const value = dataset[name];
    if (value === undefined)
      throw new Error(`taskpane.html: the boot script has no data-${kebab(name)} attribute.`);
    return value.split(/\s+/).filter((item) => item !== "");
  };
  const [officeJs] = list("officeJs");
  const paneBundles = list("paneBundles");
  if (officeJs === undefined || paneBundles.length === 0)
    throw new Error("taskpane.html: the boot script names no Office.js or no pane bundle.");
  return { officeJs, officeBundles: list("officeBundles"), paneBundles };
}

function kebab(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
