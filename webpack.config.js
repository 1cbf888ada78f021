/*
 * Build of CCG Footprint: two named webpack configurations.
 *
 *   addin  the Excel add-in (target web) in dist/: one shared-runtime page, taskpane.html, that loads
 *          the task pane, the custom functions and the ribbon commands; functions.json generated from
 *          the JSDoc of src/functions/functions.ts; manifest.xml and the icons copied.
 *   cli    the headless runner (target Node) in dist/cli/: ccg-footprint.js (the package bin).
 *
 * The benchmark (bench/) is not part of this build: bench/webpack.config.js builds it for `npm run bench`.
 *
 * `webpack --mode production` builds both; `--config-name cli` builds the runner alone. A production
 * build needs no certificates: only `webpack serve` (npm run dev-server) asks office-addin-dev-certs
 * for the localhost certificate, as Microsoft's add-in templates do.
 */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** Where `npm run dev-server` serves the add-in; manifest.xml names its files under this URL. */
const urlDev = "https://localhost:3000/";
/**
 * Where the production add-in is hosted. PLACEHOLDER: set the real address before deploying (and the
 * SupportUrl, AppDomain and LearnMoreUrl in manifest.xml). A production build writes dist/manifest.xml
 * with every urlDev replaced by this.
 */
const urlProd = "https://ccg-footprint.example.org/";
const devServerPort = 3000;

/** Office.js on Microsoft's CDN: the boot script starts it inside Office only (src/taskpane/boot). */
const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsOrigin = new URL(officeJsUrl).origin;

/**
 * The Content-Security-Policy of taskpane.html (a meta tag; test/security/contentSecurityPolicy.test.ts
 * and the browser tests check it is in force).
 * - Scripts only from this server and, for Office.js inside Excel, Microsoft's Office.js origin
 *   (Office.js loads its host files and locale strings from there); no inline script, no eval.
 * - Requests (fetch, XHR, WebSocket) only to this server: the pane needs none; 'self' keeps the
 *   development server's live reload working. Office.js needs none in Excel either (it talks to Excel
 *   by postMessage or the host bridge), so its telemetry upload and logging frame are refused.
 * - Frames only from Office.js's origin: Office.js shows its own error page there when Excel on the
 *   web runs on a server it does not recognise.
 * - Styles: Fluent UI's CSS-in-JS (Griffel) adds <style> elements at run time, and the page has a small
 *   <style> of its own, so inline styles are allowed ('unsafe-inline' for style-src only: a style
 *   cannot run code).
 * - Images only from this server, data: and blob: URLs (the pane draws its map and charts as SVG).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${officeJsOrigin}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  `frame-src ${officeJsOrigin}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

const customFunctionsSource = path.resolve(__dirname, "src/functions/functions.ts");

/** TypeScript without type-checking (`npm run typecheck` does that): keeps builds quick. */
const typeScriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
};

/**
 * The localhost certificate for the development server (installs a development CA on first use).
 * @returns {Promise<{ ca: Buffer, key: Buffer, cert: Buffer }>}
 */
async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * Lets error values in range arguments reach the functions (`allowErrorForDataTypeAny`), so a `#N/A`
 * inside a range gives `#VALUE!` with a message naming the argument and cell instead of a bare `#N/A`.
 * The metadata generator cannot set this top-level flag from JSDoc, so it is added to its output.
 */
class AllowErrorsInRangesPlugin {
  /** @param {webpack.Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AllowErrorsInRangesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "AllowErrorsInRangesPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const metadata = JSON.parse(asset.source.source().toString());
          const updated = { allowErrorForDataTypeAny: true, ...metadata };
          compilation.updateAsset(
            "functions.json",
            new webpack.sources.RawSource(JSON.stringify(updated, null, 2))
          );
        }
      );
    });
  }
}

/**
 * Marks emitted files executable (the package bin must be, for `npx ccg-footprint`).
 */
class MakeExecutablePlugin {
  /** @param {string[]} fileNames output file names, relative to output.path */
  constructor(fileNames) {
    this.fileNames = fileNames;
  }

  /** @param {webpack.Compiler} compiler */
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise("MakeExecutablePlugin", async (compilation) => {
      const outputFileSystem = compiler.outputFileSystem;
      for (const fileName of this.fileNames) {
        if (!compilation.getAsset(fileName) || typeof outputFileSystem.chmod !== "function")
          continue;
        const filePath = path.join(compilation.outputOptions.path, fileName);
        await new Promise((resolve, reject) =>
          outputFileSystem.chmod(filePath, 0o755, (error) => (error ? reject(error) : resolve()))
        );
      }
    });
  }
}

/**
 * What taskpane.html names (its template's parameters): the boot script, Office.js, the bundles that
 * need Office.js (custom functions first, so they register before anything else, then the ribbon
 * commands) and the pane's bundle, each with `?<build hash>` so browsers fetch each new build (functions.js
 * keeps a fixed name), and the Content-Security-Policy.
 * @param {webpack.Compilation} compilation
 */
function pageScripts(compilation) {
  const scriptsOf = (entryName) =>
    compilation.entrypoints
      .get(entryName)
      .getFiles()
      .filter((file) => file.endsWith(".js"))
      .map((file) => `${file}?${compilation.hash}`);
  const [bootScript, ...more] = scriptsOf("boot");
  if (more.length > 0) throw new Error("The boot entry must be a single script.");
  return {
    contentSecurityPolicy,
    bootScript,
    officeJs: officeJsUrl,
    officeBundles: [...scriptsOf("functions"), ...scriptsOf("commands")],
    paneBundles: scriptsOf("taskpane"),
  };
}

/**
 * The Excel add-in.
 * @param {Record<string, unknown>} env webpack-cli's env (WEBPACK_SERVE is set by `webpack serve`)
 * @param {{ mode?: string }} argv command-line options
 * @returns {Promise<webpack.Configuration>}
 */
async function addinConfig(env, argv) {
  const production = argv.mode !== "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    name: "addin",
    context: __dirname,
    target: ["web", "es2020"],
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      boot: "./src/taskpane/boot/boot.ts",
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // manifest.xml names functions.js (the custom functions Script), so that one keeps a fixed name;
      // taskpane.html loads it as functions.js?<build hash> so browsers still fetch each new build.
      filename: (pathData) =>
        pathData.chunk && pathData.chunk.name === "functions"
          ? "functions.js"
          : production
            ? "[name].[contenthash].js"
            : "[name].js",
      chunkFilename: production ? "[name].[contenthash].js" : "[name].js",
      // The cli configuration writes dist/cli/ in the same build: leave it alone.
      clean: { keep: /^cli(\/|$)/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: { rules: [typeScriptRule] },
    performance: {
      hints: production ? "warning" : false,
      // React and Fluent UI make the pane's initial script, the largest file.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1200 * 1024,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: customFunctionsSource }),
      new AllowErrorsInRangesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The page's one script tag is the boot script; it starts the others (src/taskpane/boot), so
        // the template places every script itself.
        inject: false,
        templateParameters: (compilation) => pageScripts(compilation),
      }),
      new CopyWebpackPlugin({
        patterns: [
          // Only the icons: the README screenshot is not part of the add-in.
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return production ? content.toString().split(urlDev).join(urlProd) : content;
            },
          },
        ],
      }),
    ],
    devServer: {
      port: devServerPort,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await devServerHttpsOptions() } : "https",
    },
  };
}

/**
 * The headless runner. Dependencies are bundled (the ESM-only delaunator, kdbush and robust-predicates
 * included).
 * @param {Record<string, unknown>} env webpack-cli's env
 * @param {{ mode?: string }} argv command-line options
 * @returns {webpack.Configuration}
 */
function cliConfig(env, argv) {
  const production = argv.mode !== "development";
  const entry = { "ccg-footprint": "./src/cli/ccg-footprint.ts" };
  return {
    name: "cli",
    context: __dirname,
    target: "node20",
    mode: production ? "production" : "development",
    devtool: false,
    entry,
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].js",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [typeScriptRule] },
    // The Turf baseline of the benchmark loads from node_modules at run time (bundling Turf breaks
    // concaveman's rbush import).
    externals: Object.fromEntries(
      ["@turf/area", "@turf/center-mean", "@turf/convex", "@turf/distance", "@turf/helpers"].map(
        (name) => [name, `commonjs ${name}`]
      )
    ),
    // __dirname and __filename are those of the bundle in dist/cli/.
    node: { __dirname: false, __filename: false },
    // Readable output and a build of a few seconds; size does not matter on the command line.
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new webpack.BannerPlugin({
        banner: "#!/usr/bin/env node",
        raw: true,
        entryOnly: true,
        include: /^ccg-footprint\.js$/,
      }),
      new MakeExecutablePlugin(["ccg-footprint.js"]),
    ],
  };
}

module.exports = [addinConfig, cliConfig];
