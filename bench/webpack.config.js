/*
 * Build of the benchmark and the result-hash script (not part of `npm run build` or `npm test`):
 * the runner's Node configuration with the bench/ entries, written to dist/bench/.
 * `npm run bench` and `npm run hashes` build with this file.
 */
const path = require("path");
const [, cliConfig] = require("../webpack.config.js");

/**
 * @param {Record<string, unknown>} env webpack-cli's env
 * @param {{ mode?: string }} argv command-line options
 * @returns {import("webpack").Configuration}
 */
module.exports = (env, argv) => {
  const cli = cliConfig(env, argv);
  return {
    ...cli,
    name: "bench",
    context: path.resolve(__dirname, ".."),
    entry: { bench: "./bench/bench.ts", resultHashes: "./bench/resultHashes.ts" },
    output: { ...cli.output, path: path.resolve(__dirname, "../dist/bench") },
    plugins: [],
  };
};
