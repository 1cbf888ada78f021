/**
 * Security checks (issue #16): ESLint forbids code made from strings in every kind of source file, and
 * `npm test` runs that lint; manifest permissions no wider than ReadWriteDocument.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

/** The rules ESLint reports for `code`, linted as if it were the file `fileName` under the project. */
function lintRuleIds(fileName: string, code: string): string[] {
  const eslint = path.join(path.dirname(require.resolve("eslint/package.json")), "bin/eslint.js");
  const run = spawnSync(
    process.execPath,
    [
      eslint,
      "-c",
      "eslint.config.mjs",
      "--format",
      "json",
      "--stdin",
      "--stdin-filename",
      fileName,
    ],
    { cwd: ROOT, input: code, encoding: "utf8" }
  );
  if (run.stdout.trim() === "") throw new Error(`ESLint gave no report: ${run.stderr}`);
  const [report] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
  return (report?.messages ?? []).map((message) => message.ruleId ?? "(fatal)");
}

const CODE_FROM_STRINGS = `/* global setTimeout, window */
export function unsafe(): unknown {
  setTimeout("window.alert(1)", 0);
  const make = new Function("return 1");
  return eval("1 + 1") + make();
}
`;

test.each(["src/engine/probe.ts", "src/taskpane/components/Probe.tsx", "src/commands/probe.js"])(
  "the lint refuses eval, string timers and new Function in %s",
  (fileName) => {
    const rules = lintRuleIds(fileName, CODE_FROM_STRINGS);
    expect(rules).toEqual(expect.arrayContaining(["no-eval", "no-implied-eval", "no-new-func"]));
    expect(rules).not.toContain("(fatal)");
  },
  60_000
);

test("npm test runs the lint before the build and the tests, and the lint covers src/", () => {
  const scripts = (
    JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  expect(scripts.test?.split("&&").map((step) => step.trim())).toEqual(
    expect.arrayContaining(["npm run lint", "jest"])
  );
  expect(scripts.lint).toBe("office-addin-lint check"); // lints src/**/*.{ts,tsx,js,jsx}
  // office-addin-lint uses the project's eslint.config.mjs when there is one.
  expect(fs.existsSync(path.join(ROOT, "eslint.config.mjs"))).toBe(true);
});

test("the manifest asks for no more than ReadWriteDocument", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const permissions = [...manifest.matchAll(/<Permissions>\s*([^<]+?)\s*<\/Permissions>/g)].map(
    (m) => m[1]
  );
  expect(permissions.length).toBeGreaterThan(0);
  for (const permission of permissions)
    expect(["Restricted", "ReadDocument", "ReadWriteDocument"]).toContain(permission);
});
