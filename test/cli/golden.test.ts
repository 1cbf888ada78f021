import fs from "fs";
import path from "path";
import { runCli } from "../../src/cli/main";

/**
 * The runner's JSON for each fixture workbook lives beside it as `<name>.golden.json`, so a change in results
 * shows up as a readable diff. Regenerate with `REGEN=1 npx jest test/cli/golden`.
 */
const FIXTURES = path.resolve(__dirname, "../fixtures/workbooks");
const WORKBOOKS = fs.readdirSync(FIXTURES).filter((name) => /\.(csv|xlsx)$/.test(name)).sort();

async function analyseJson(file: string): Promise<unknown> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["analyse", file, "--json"], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTerminal: false,
    cwd: FIXTURES,
  });
  if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  return JSON.parse(stdout);
}

describe("golden JSON for fixture workbooks", () => {
  test("there are fixtures", () => {
    expect(WORKBOOKS.length).toBeGreaterThanOrEqual(2);
  });
  test.each(WORKBOOKS)("%s", async (name) => {
    const actual = await analyseJson(name);
    const goldenPath = path.join(FIXTURES, `${name}.golden.json`);
    if (process.env.REGEN) fs.writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(fs.existsSync(goldenPath)).toBe(true);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(goldenPath, "utf8")));
  });
});
