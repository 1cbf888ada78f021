/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core (no
 * Playwright browser download). The page gets Office.js from the npm package instead of Microsoft's
 * CDN (there is no network here); every other request off 127.0.0.1 is aborted and recorded, so a test
 * can say what left, or tried to leave, the machine (SPEC §7).
 */
/* global __dirname, performance, PerformanceNavigationTiming, URL, window */
import fs from "fs";
import path from "path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";

/** Debian's Chromium (.ci/run installs it). */
export const CHROMIUM = "/usr/bin/chromium";

/** Where the production page loads Office.js from (src/taskpane/taskpane.html). */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** The npm copy of the files on that CDN. */
export const OFFICE_JS_DIST = path.resolve(
  __dirname,
  "../../../node_modules/@microsoft/office-js/dist"
);

/** Screenshots and other artefacts of the browser tests (git ignores it). */
export const TEST_RESULTS = path.resolve(__dirname, "../../../test-results");

/** Generous: Chromium shares two cores with webpack, jest and the engine. */
export const E2E_TIMEOUT_MS = 120_000;

/**
 * Launches headless Chromium.
 * @throws Error saying how to install Chromium when it is missing (the tests never skip)
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the browser tests need Debian's Chromium. Run \`bash .ci/run\` (it installs it) or \`apt-get install chromium\`.`
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

/** A request that was stopped because it would have left the machine. */
export interface BlockedRequest {
  readonly url: string;
  readonly resourceType: string;
  /** URL of the frame that made it (for a frame's own document: the parent frame; "" for a worker). */
  readonly frameUrl: string;
}

/** What the routes saw. */
export interface RouteLog {
  /** Every request the page, its frames and its workers made, in order (URLs; data: and blob: aside). */
  readonly requested: string[];
  /** Office.js files served from the npm package, by path under the CDN folder. */
  readonly officeFiles: string[];
  /** Requests aborted because they were for anywhere but the test server. */
  readonly blocked: BlockedRequest[];
}

/** Options of {@link routeRequests}. */
export interface RouteOptions {
  /** The test server's origin; its requests go through untouched. */
  readonly origin: string;
  /** Script appended to office.js (after the real Office.js has run), e.g. to simulate a host. */
  readonly officeJsSuffix?: string;
}

function frameUrlOf(request: Request): string {
  try {
    const frame = request.frame();
    const initiator = request.isNavigationRequest() ? (frame.parentFrame() ?? frame) : frame;
    return initiator.url();
  } catch {
    return ""; // a worker's request has no frame
  }
}

/**
 * Routes every request of a browser context: the test server's go through; Office.js files come from
 * the npm package; anything else is aborted and recorded.
 * @param context - the browser context (covers its pages, frames and workers)
 * @param options - the server origin and an optional suffix for office.js
 * @returns the log the routes fill in
 */
export async function routeRequests(
  context: BrowserContext,
  options: RouteOptions
): Promise<RouteLog> {
  const log: RouteLog = { requested: [], officeFiles: [], blocked: [] };
  await context.route("**/*", async (route) => {
    const request = route.request();
    const url = request.url();
    log.requested.push(url);
    if (url.startsWith(`${options.origin}/`)) {
      await route.continue();
      return;
    }
    if (url.startsWith(OFFICE_JS_CDN)) {
      const relative = decodeURIComponent(new URL(url).pathname).slice(
        new URL(OFFICE_JS_CDN).pathname.length
      );
      const file = path.resolve(OFFICE_JS_DIST, relative);
      if (
        file.startsWith(OFFICE_JS_DIST + path.sep) &&
        fs.existsSync(file) &&
        fs.statSync(file).isFile()
      ) {
        log.officeFiles.push(relative);
        let body = fs.readFileSync(file, "utf8");
        if (relative === "office.js" && options.officeJsSuffix)
          body += `\n;${options.officeJsSuffix}\n`;
        await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
        return;
      }
    }
    log.blocked.push({ url, resourceType: request.resourceType(), frameUrl: frameUrlOf(request) });
    await route.abort("blockedbyclient");
  });
  return log;
}

/** A Content-Security-Policy violation the page reported (its `securitypolicyviolation` event). */
export interface CspViolation {
  readonly directive: string;
  readonly blockedUrl: string;
  readonly sample: string;
}

/** The page's global where {@link recordCspViolations} keeps them. */
export interface CspViolationWindow {
  readonly __cspViolations: CspViolation[];
}

/**
 * Records every Content-Security-Policy violation of the context's pages (each frame's own list) in
 * `window.__cspViolations`, from before the first script of the page runs.
 * @param context - the browser context
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `(function () {
  var violations = [];
  window.__cspViolations = violations;
  document.addEventListener("securitypolicyviolation", function (event) {
    violations.push({ directive: event.effectiveDirective, blockedUrl: event.blockedURI, sample: event.sample || "" });
  });
})();`,
  });
}

/**
 * The violations the page's top frame recorded so far.
 * @param page - the page
 */
export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => (window as unknown as CspViolationWindow).__cspViolations ?? []);
}

/**
 * Saves a full-page screenshot under test-results/.
 * @param page - the page
 * @param name - file name without extension
 * @returns the file's path
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(TEST_RESULTS, { recursive: true });
  const file = path.join(TEST_RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Milliseconds from navigation start to the pane's first render: the performance mark the pane sets
 * (src/taskpane/index.tsx) once React has rendered and a frame has passed.
 * @param page - the page, after the pane has rendered
 */
export async function firstRenderMs(
  page: Page
): Promise<{ firstRender: number; domContentLoaded: number }> {
  await page.waitForFunction(
    () => performance.getEntriesByName("ccg-footprint:first-render").length > 0,
    undefined,
    { timeout: 30_000 }
  );
  return page.evaluate(() => {
    const mark = performance.getEntriesByName("ccg-footprint:first-render")[0];
    const navigation = performance.getEntriesByType("navigation")[0] as
      PerformanceNavigationTiming | undefined;
    return {
      firstRender: Math.round(mark?.startTime ?? Number.NaN),
      domContentLoaded: Math.round(navigation?.domContentLoadedEventEnd ?? Number.NaN),
    };
  });
}

/** Options of {@link openPane}. */
export interface OpenPaneOptions {
  readonly width: number;
  readonly height?: number;
  /** The browser's language (navigator.language), e.g. "en-GB". */
  readonly locale?: string;
  readonly acceptDownloads?: boolean;
}

/**
 * Opens the built pane in a fresh browser context of that size, its requests routed (see
 * {@link routeRequests}) and its page errors collected.
 * @returns the page and the list its uncaught errors go to
 */
export async function openPane(
  browser: Browser,
  origin: string,
  options: OpenPaneOptions
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 900 },
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    acceptDownloads: options.acceptDownloads ?? false,
  });
  context.setDefaultTimeout(90_000);
  await routeRequests(context, { origin });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}/taskpane.html`);
  return { page, errors };
}
