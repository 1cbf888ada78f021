import * as fs from "fs";
import * as path from "path";

/**
 * The task pane's preview mode runs these modules in a browser, so they must not import Node
 * modules; only files.ts may. No product code uses ExcelJS (tests use it as an independent reader).
 */
const SOURCE = path.resolve(__dirname, "../../src");
const XLSX_SOURCE = path.join(SOURCE, "xlsx");
const NODE_ONLY = new Set(["files.ts"]);
const NODE_MODULES = /^(node:|fs|path|os|crypto|stream|child_process|util|zlib|buffer|url|events|worker_threads)(\/|$)/;

function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const match of source.matchAll(/^\s*import\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)) {
    found.push({ specifier: match[2]!, typeOnly: Boolean(match[1]) });
  }
  for (const match of source.matchAll(/\b(?:require|import)\(\s*"([^"]+)"\s*\)/g)) found.push({ specifier: match[1]!, typeOnly: false });
  return found;
}

describe("browser-safe xlsx modules", () => {
  const files = fs.readdirSync(XLSX_SOURCE).filter((name) => name.endsWith(".ts"));

  test("the folder holds the expected modules", () => {
    expect(files.sort()).toEqual(["csv.ts", "files.ts", "readingLimits.ts"]);
  });

  test("the import scan sees Node imports where they are (files.ts)", () => {
    const specifiers = importsOf(fs.readFileSync(path.join(XLSX_SOURCE, "files.ts"), "utf8")).map((found) => found.specifier);
    expect(specifiers.filter((specifier) => NODE_MODULES.test(specifier))).toEqual(expect.arrayContaining(["fs", "path", "crypto"]));
  });

  test.each(files.filter((name) => !NODE_ONLY.has(name)))("%s imports no Node module and no Node-only module", (name) => {
    const source = fs.readFileSync(path.join(XLSX_SOURCE, name), "utf8");
    const imports = importsOf(source);
    for (const { specifier } of imports) {
      expect(specifier).not.toMatch(NODE_MODULES);
      expect(specifier).not.toBe("./files");
    }
    expect(source).not.toMatch(/\bBuffer\.|\bprocess\.|__dirname/);
  });

  test("no module under src/ imports ExcelJS", () => {
    const sources = fs.readdirSync(SOURCE, { recursive: true, encoding: "utf8" }).filter((name) => /\.tsx?$/.test(name));
    expect(sources.length).toBeGreaterThan(100);
    const importing = sources.filter((name) => importsOf(fs.readFileSync(path.join(SOURCE, name), "utf8")).some((found) => found.specifier.startsWith("exceljs")));
    expect(importing).toEqual([]);
    // The scan does see an ExcelJS import where there is one (the tests' reader).
    const helper = fs.readFileSync(path.resolve(__dirname, "../helpers/excelJs.ts"), "utf8");
    expect(importsOf(helper).map((found) => found.specifier)).toContain("exceljs");
  });
});
