import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

/** The built runner (npm test builds it first). */
export const RUNNER = path.resolve(__dirname, "../../dist/cli/ccg-footprint.js");

/** Result of one runner process. */
export interface RunnerResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the built `ccg-footprint` in a child process. */
export function runRunner(args: readonly string[], cwd: string): RunnerResult {
  if (!fs.existsSync(RUNNER)) throw new Error(`${RUNNER} is missing: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [RUNNER, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory. */
export function temporaryDirectory(prefix = "ccg-footprint-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
