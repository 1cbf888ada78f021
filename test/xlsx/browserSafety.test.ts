import * as fs from "fs";
import * as path from "path";

/**
 * The task pane's preview mode runs these modules in a browser (ExcelJS loaded lazily), so they
 * must not import Node modules; only files.ts may. Only excelJs.ts loads ExcelJS at run time (on
 * first use, so that the runner starts without it); the others use its types only.
 */
const XLSX_SOURCE = path.resolve(__dirname, "../../src/xlsx");
const NODE_ONLY = new Set(["files.ts"]);
const NEEDS_EXCELJS_AT_RUN_TIME = new Set(["excelJs.ts"]);
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
    expect(files).toEqual(expect.arrayContaining(["csv.ts", "fromExcelJs.ts", "toExcelJs.ts", "writeOutputs.ts", "files.ts"]));
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

  test("excelJs.ts loads ExcelJS inside a function, not when it is imported", () => {
    const source = fs.readFileSync(path.join(XLSX_SOURCE, "excelJs.ts"), "utf8");
    expect(importsOf(source).filter((found) => found.specifier === "exceljs" && !found.typeOnly)).toHaveLength(1);
    expect(source).toMatch(/^export function newExcelJsWorkbook\([^]*require\("exceljs"\)[^]*^}/m);
  });

  test.each(files.filter((name) => !NEEDS_EXCELJS_AT_RUN_TIME.has(name)))("%s uses ExcelJS for types only", (name) => {
    const source = fs.readFileSync(path.join(XLSX_SOURCE, name), "utf8");
    for (const { specifier, typeOnly } of importsOf(source)) {
      if (specifier === "exceljs") expect(typeOnly).toBe(true);
    }
  });
});
