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
      alias: {
        // ExcelJS's browser build (its package.json "browser" field), self-contained: no Node core
        // modules to polyfill. The pane loads it on demand with import("exceljs").
        exceljs$: require.resolve("exceljs/dist/exceljs.min.js"),
      },
    },
    module: {
      // Already bundled and minified: parsing it only yields warnings about its internal require.
      noParse: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]/,
      rules: [typeScriptRule],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // import("exceljs") becomes one async chunk named exceljs.<hash>.js.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    performance: {
      hints: production ? "warning" : false,
      // React and Fluent UI make the pane's initial script; ExcelJS (async, about 0.95 MB) is the largest file.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1200 * 1024,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: customFunctionsSource }),
      new AllowErrorsInRangesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: one page runs all three. Custom functions register first.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        hash: true,
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
 * included) except ExcelJS, which Node loads from node_modules at run time.
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
    // ExcelJS and the Turf baseline of the benchmark load from node_modules at run time (bundling
    // Turf breaks concaveman's rbush import).
    externals: Object.fromEntries(
      [
        "exceljs",
        "@turf/area",
        "@turf/center-mean",
        "@turf/convex",
        "@turf/distance",
        "@turf/helpers",
      ].map((name) => [name, `commonjs ${name}`])
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
