/**
 * The hostile-input corpus through the built runner and through the engine (issue #16): exit codes 0/1/2
 * only, one plain `error:` line naming the file, input bytes unchanged, no file left behind, every written
 * workbook's XML parts well-formed, and re-running on the output gives the same results.
 */
import fs from "fs";
import path from "path";
import { SaxesParser } from "saxes";
import { analyseWorkbook } from "../../src/engine/analyse";
import { UnusableInputError } from "../../src/engine/errors";
import { InputFileError, readInputFile } from "../../src/xlsx/files";
import { runRunner, temporaryDirectory } from "../helpers/runner";
import { CORPUS, CorpusCase } from "./corpus";
import { partsOf } from "./zipParts";

jest.setTimeout(180_000);

async function writeCase(
  entry: CorpusCase
): Promise<{ directory: string; input: string; bytes: Buffer }> {
  const directory = temporaryDirectory("ccg-corpus-");
  const bytes = await entry.bytes();
  const input = path.join(directory, entry.file);
  fs.writeFileSync(input, bytes);
  return { directory, input, bytes };
}

function assertWellFormed(name: string, xml: Buffer): void {
  const parser = new SaxesParser({ xmlns: false });
  let failure: string | null = null;
  parser.on("error", (error) => {
    failure ??= `${name}: ${error.message}`;
  });
  parser.write(xml.toString("utf8")).close();
  expect(failure).toBeNull();
}

function ccgsOf(stdout: string): unknown {
  return (JSON.parse(stdout) as { ccgs: unknown }).ccgs;
}

test("the corpus has at least 50 cases with distinct files", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(50);
  expect(new Set(CORPUS.map((entry) => entry.file)).size).toBe(CORPUS.length);
});

describe.each(CORPUS.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
  test("through the runner: its exit code, one plain error line or a sound workbook, input unchanged, nothing left behind", async () => {
    const { directory, input, bytes } = await writeCase(entry);
    const args = entry.args ?? ["-o", "out.xlsx", "--json"];
    const result = runRunner(["analyse", entry.file, ...args], directory);
    expect([0, 1, 2]).toContain(result.status);
    expect(result.status).toBe(entry.expect.exit);
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
    expect(result.stderr).not.toMatch(/unexpected failure|\n\s+at /);
    if (entry.expect.exit !== 0) {
      const errorLines = result.stderr.split("\n").filter((line) => line.startsWith("error:"));
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0]).toMatch(entry.expect.error ?? /^error: /);
      expect(fs.readdirSync(directory)).toEqual([entry.file]);
      return;
    }
    expect(fs.readdirSync(directory).sort()).toEqual([entry.file, "out.xlsx"].sort());
    const parts = partsOf(fs.readFileSync(path.join(directory, "out.xlsx")));
    for (const [name, content] of parts)
      if (name.endsWith(".xml") || name.endsWith(".rels")) assertWellFormed(name, content);
    // Re-running on its own output gives the same results and leaves its input alone.
    const output = fs.readFileSync(path.join(directory, "out.xlsx"));
    const again = runRunner(["analyse", "out.xlsx", "--json"], directory);
    expect(again.status).toBe(0);
    expect(ccgsOf(again.stdout)).toEqual(ccgsOf(result.stdout));
    expect(fs.readFileSync(path.join(directory, "out.xlsx")).equals(output)).toBe(true);
  });

  test("through the engine: a result or a plain unusable-input error, never a crash", async () => {
    const { input } = await writeCase(entry);
    let data;
    try {
      data = (await readInputFile(input)).data;
    } catch (error) {
      expect(error).toBeInstanceOf(InputFileError);
      expect(entry.expect.exit).toBe(1);
      return;
    }
    if (data.sheets.some((sheet) => sheet.rows.length > 100_000)) return; // refused by the runner before analysis
    try {
      const result = analyseWorkbook(data);
      if (entry.expect.exit === 0 && entry.args === undefined)
        for (const pattern of entry.expect.dataQuality ?? [])
          expect(result.dataQuality.map((finding) => finding.message).join("\n")).toMatch(pattern);
    } catch (error) {
      expect(error).toBeInstanceOf(UnusableInputError);
      expect(entry.expect.exit).toBe(1);
    }
  });
});
