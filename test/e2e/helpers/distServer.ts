/**
 * A static file server for the built add-in (dist/) on 127.0.0.1 and an ephemeral port, for the
 * browser tests. GET and HEAD only; nothing outside the root is served.
 */
/* global __dirname, URL */
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";

/** The built add-in (npm test builds it before jest runs). */
export const DIST = path.resolve(__dirname, "../../../dist");

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** A running server. */
export interface DistServer {
  /** Origin, e.g. `http://127.0.0.1:40123`. */
  readonly origin: string;
  /** Paths requested so far (for diagnosis). */
  readonly requested: string[];
  close(): Promise<void>;
}

/**
 * Checks that the production build is there, loudly (these tests must never skip quietly).
 * @param root - the dist folder
 * @throws Error naming the missing file and how to build it
 */
export function requireBuiltAddin(root: string = DIST): void {
  const page = path.join(root, "taskpane.html");
  if (!fs.existsSync(page)) {
    throw new Error(
      `${page} is missing: the browser tests drive the production build. Run \`npm test\` (which builds first) or \`npm run build\`.`
    );
  }
}

/**
 * Serves `root` on 127.0.0.1.
 * @param root - folder to serve (default dist/)
 * @returns the server's origin and a close function
 */
export async function startDistServer(root: string = DIST): Promise<DistServer> {
  requireBuiltAddin(root);
  const base = path.resolve(root);
  const requested: string[] = [];
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    requested.push(pathname);
    const file = path.resolve(base, `.${pathname}`);
    const inside = file === base || file.startsWith(base + path.sep);
    if (
      (request.method !== "GET" && request.method !== "HEAD") ||
      !inside ||
      !fs.existsSync(file) ||
      !fs.statSync(file).isFile()
    ) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end(`Not found: ${pathname}`);
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    if (request.method === "HEAD") response.end();
    else fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
