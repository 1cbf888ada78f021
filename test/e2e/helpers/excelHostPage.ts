/**
 * The production pane "inside Excel" in Chromium: the in-memory Excel host (test/excel-host), bundled for
 * the browser with webpack, becomes the page's `Excel` (with `Excel.run`) before any page script runs, and
 * the real Office.js, once it has started, is made to report host Excel from `Office.onReady` (as it does
 * in Excel on the web) instead of no host. Nothing in src/ knows about this.
 */
/* global __dirname */
import fs from "fs";
import path from "path";
import webpack from "webpack";
import type { ExcelHost } from "../../excel-host";
import type { PlainSheet } from "./sampleWorkbook";

const ROOT = path.resolve(__dirname, "../../..");

/**
 * Bundles test/excel-host for the browser (webpack's Node API, ts-loader without type-checking).
 * @param outputDirectory - a temporary directory for the bundle
 * @returns the bundle's source; it sets `window.__createExcelHost`
 * @throws Error with webpack's messages when the build fails
 */
export async function bundleExcelHost(outputDirectory: string): Promise<string> {
  const compiler = webpack({
    name: "excel-host-e2e",
    context: ROOT,
    mode: "none",
    target: ["web", "es2020"],
    devtool: false,
    entry: path.join(__dirname, "excelHostEntry.ts"),
    output: { path: outputDirectory, filename: "excel-host.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    performance: { hints: false },
  });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result)))
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (!stats || stats.hasErrors()) {
    throw new Error(
      `Bundling test/excel-host failed:\n${stats?.toString("errors-only") ?? "no stats"}`
    );
  }
  return fs.readFileSync(path.join(outputDirectory, "excel-host.js"), "utf8");
}

/**
 * The init script: the host bundle, then a host holding `sheets` installed as `window.Excel` (top frame
 * only) and kept as `window.__excelHost` for inspection.
 * @param bundle - from {@link bundleExcelHost}
 * @param sheets - the starting workbook
 */
export function excelHostInitScript(bundle: string, sheets: readonly PlainSheet[]): string {
  return `${bundle}
;(function () {
  if (window.top !== window) return;
  var host = window.__createExcelHost({ sheets: ${JSON.stringify(sheets)} });
  window.Excel = host.Excel;
  window.__excelHost = host;
})();`;
}

/**
 * Appended to the real office.js: `Office.onReady` waits for the real one (which, outside Office, settles
 * with host null) and then reports Excel on the web, as Office.js does inside Excel. The real answer is
 * kept in `window.__realOfficeReady` for the test to check.
 */
export const OFFICE_READY_AS_EXCEL = `(function () {
  var realOnReady = Office.onReady;
  Office.onReady = function (callback) {
    return realOnReady.call(Office).then(function (real) {
      window.__realOfficeReady = { host: real && real.host, platform: real && real.platform };
      var info = { host: "Excel", platform: "OfficeOnline" };
      if (typeof callback === "function") callback(info);
      return info;
    });
  };
})();`;

/** The page's globals this test adds. */
export interface ExcelHostWindow {
  readonly __excelHost: ExcelHost;
  readonly __realOfficeReady?: { host: unknown; platform: unknown };
}
