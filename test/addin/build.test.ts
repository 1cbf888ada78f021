// Checks of the production build in dist/ (`npm test` builds it first with `webpack --mode production`):
// the shared-runtime page, functions.json, the rewritten manifest and icons, the runner, and the
// custom functions and ribbon commands bundles run in a bare JavaScript context.
import fs from "fs";
import path from "path";
import vm from "vm";
import { bootScript } from "./helpers/pageHtml";

const repoRoot = path.resolve(__dirname, "../..");
const dist = path.join(repoRoot, "dist");
const urlDev = "https://localhost:3000/";
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** A file of the build; fails with what to do when the build is missing. */
function distFile(relativePath: string): string {
  const file = path.join(dist, relativePath);
  if (!fs.existsSync(file)) {
    throw new Error(`dist/${relativePath} is missing: run \`npm run build\` first.`);
  }
  return file;
}

function readDist(relativePath: string): string {
  return fs.readFileSync(distFile(relativePath), "utf8");
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Array<{ name: string; type?: string; description?: string }>;
  result: { type?: string };
}

function readFunctionsJson(): FunctionMetadata[] {
  const metadata = JSON.parse(readDist("functions.json")) as { functions?: FunctionMetadata[] };
  if (!Array.isArray(metadata.functions))
    throw new Error("dist/functions.json has no functions list.");
  return metadata.functions;
}

/** The one bundle of an entry among the boot script's list, without its cache-busting query. */
function entryBundle(sources: readonly string[], entryName: string): string {
  const bundles = sources
    .map((source) => source.split("?")[0] ?? source)
    .filter((file) => new RegExp(`^${entryName}(\\.[0-9a-f]+)?\\.js$`).test(file));
  if (bundles.length !== 1)
    throw new Error(`taskpane.html names ${bundles.length} ${entryName} bundles.`);
  return bundles[0] as string;
}

/** CustomFunctions as Excel provides it, enough for the bundle: records registrations. */
class CustomFunctionsErrorShim {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

function loadFunctionsBundle(): Map<string, Array<(...args: unknown[]) => unknown>> {
  const registered = new Map<string, Array<(...args: unknown[]) => unknown>>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate(id: string, fn: (...args: unknown[]) => unknown) {
        registered.set(id, [...(registered.get(id) ?? []), fn]);
      },
      Error: CustomFunctionsErrorShim,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
      },
    },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  // functions.js alone: manifest.xml names it as the custom functions Script, so it must stand alone.
  vm.runInNewContext(readDist("functions.js"), sandbox, { filename: "dist/functions.js" });
  return registered;
}

function registeredFunction(registered: ReturnType<typeof loadFunctionsBundle>, id: string) {
  const fns = registered.get(id);
  if (!fns || fns.length !== 1) throw new Error(`${id} registered ${fns?.length ?? 0} times.`);
  return fns[0] as (...args: unknown[]) => unknown;
}

describe("production build (dist/)", () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
      throw new Error("dist/taskpane.html is missing: run `npm run build` first.");
    }
  });

  test("taskpane.html has one script, the deferred boot script, naming Office.js, the functions and commands bundles, and the pane", () => {
    const html = readDist("taskpane.html");
    expect(html).toMatch(/<title>CCG Footprint<\/title>/);
    expect(html).toMatch(/<div id="?root"?>/);
    const boot = bootScript(html);
    expect(boot.defer).toBe(true);
    expect(boot.src).toMatch(/^boot\.[0-9a-f]+\.js\?[0-9a-f]+$/);
    expect(boot.scripts.officeJs).toBe(officeJsCdn);
    // Custom functions register first; functions.js keeps the name manifest.xml gives it.
    expect(boot.scripts.officeBundles.map((source) => source.split("?")[0])).toEqual([
      "functions.js",
      entryBundle(boot.scripts.officeBundles, "commands"),
    ]);
    expect(boot.scripts.paneBundles.map((source) => source.split("?")[0])).toEqual([
      entryBundle(boot.scripts.paneBundles, "taskpane"),
    ]);
    for (const source of [boot.src, ...boot.scripts.officeBundles, ...boot.scripts.paneBundles]) {
      const file = source.split("?")[0] ?? source;
      expect({ file, exists: fs.existsSync(path.join(dist, file)) }).toEqual({
        file,
        exists: true,
      });
    }
    // Office.js appears nowhere else in the page: nothing loads it but the boot script, inside Office.
    expect(html.split(officeJsCdn)).toHaveLength(2);
  });

  test("functions.json lets error values in ranges reach the functions", () => {
    const metadata = JSON.parse(readDist("functions.json")) as {
      allowErrorForDataTypeAny?: boolean;
    };
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  test("functions.json describes PERHEAD(amount, population) and every function has help", () => {
    const functions = readFunctionsJson();
    const ids = functions.map((fn) => fn.id);
    expect(new Set(ids).size).toBe(ids.length);
    const perHead = functions.find((fn) => fn.id === "PERHEAD");
    // "any": text and blanks reach the function, which names what is wrong (src/functions/arguments.ts).
    expect(perHead?.parameters.map((parameter) => [parameter.name, parameter.type])).toEqual([
      ["amount", "any"],
      ["population", "any"],
    ]);
    expect(perHead?.result.type).toBe("number");
    for (const fn of functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(fn.description?.length ?? 0).toBeGreaterThan(10);
      expect(fn.helpUrl).toMatch(/^https:\/\//);
      for (const parameter of fn.parameters)
        expect(parameter.description?.length ?? 0).toBeGreaterThan(5);
    }
  });

  test("manifest.xml is copied with the development URL replaced by the production one", () => {
    const built = readDist("manifest.xml");
    const source = fs.readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
    const pageUrl = /<bt:Url id="Taskpane.Url" DefaultValue="([^"]+)"/.exec(built)?.[1] ?? "";
    expect(pageUrl).toMatch(/^https:\/\/[^/]+\/(.+\/)?taskpane\.html\?host=office$/);
    const urlProd = pageUrl.slice(0, pageUrl.indexOf("taskpane.html"));
    expect(urlProd).not.toContain("localhost");
    expect(built).not.toMatch(/https?:\/\/localhost/);
    expect(built).toBe(source.split(urlDev).join(urlProd));
  });

  test("every file the production manifest names on the add-in's server is in dist/", () => {
    const built = readDist("manifest.xml");
    const pageUrl = /<bt:Url id="Taskpane.Url" DefaultValue="([^"]+)"/.exec(built)?.[1] ?? "";
    const urlProd = pageUrl.slice(0, pageUrl.indexOf("taskpane.html"));
    const served = Array.from(built.matchAll(/DefaultValue="([^"]+)"/g), (match) => match[1] ?? "")
      .filter((url) => url.startsWith(urlProd) && !url.slice(urlProd.length).startsWith("#"))
      .map((url) => url.slice(urlProd.length).split("?")[0] ?? "");
    expect(served).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "assets/icon-32.png",
      ])
    );
    for (const file of served)
      expect({ file, exists: fs.existsSync(path.join(dist, file)) }).toEqual({
        file,
        exists: true,
      });
  });

  test("the icons are copied unchanged, and nothing else from assets/", () => {
    const icons = fs
      .readdirSync(path.join(repoRoot, "assets"))
      .filter((name) => /^icon-[0-9]+\.png$/.test(name));
    expect(fs.readdirSync(path.join(dist, "assets")).sort()).toEqual([...icons].sort());
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const name of icons) {
      const copied = fs.readFileSync(distFile(`assets/${name}`));
      expect(copied.equals(fs.readFileSync(path.join(repoRoot, "assets", name)))).toBe(true);
    }
  });

  test("functions.js registers every function of functions.json, once", () => {
    const registered = loadFunctionsBundle();
    const ids = readFunctionsJson().map((fn) => fn.id);
    expect([...registered.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids)
      expect({ id, times: registered.get(id)?.length }).toEqual({ id, times: 1 });
  });

  test("the registered PERHEAD divides by the population and rejects a population of 0 with #VALUE!", () => {
    const perHead = registeredFunction(loadFunctionsBundle(), "PERHEAD");
    expect(perHead(5_000_000, 200_000)).toBe(25);
    expect(perHead(1_911_105, 212_345)).toBeCloseTo(9, 9);
    let thrown: unknown;
    try {
      perHead(5_000_000, 0);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CustomFunctionsErrorShim);
    expect((thrown as CustomFunctionsErrorShim).code).toBe("#VALUE!");
    expect((thrown as CustomFunctionsErrorShim).message).toMatch(/population 0\b/i);
  });

  test("functions.js registers the thirteen functions of SPEC §8.2, and they compute in the bundle", () => {
    const registered = loadFunctionsBundle();
    expect([...registered.keys()].sort()).toEqual(
      [
        "PERHEAD",
        "ALLOWANCE",
        "HEADROOM",
        "BREAKEVEN",
        "BREAKEVENRATE",
        "DISTANCE",
        "DISPERSION",
        "PIECES",
        "COHERENCE",
        "RATING",
        "DOMAINRATING",
        "OUTCOME",
        "SUMMARY",
      ].sort()
    );
    const call = (id: string, ...args: unknown[]) => registeredFunction(registered, id)(...args);
    expect(call("ALLOWANCE", 200_000, null)).toBe(5_000_000);
    expect(call("BREAKEVEN", null, null, null)).toBe(62_500);
    expect(call("BREAKEVENRATE", 200_000, null, null)).toBe(14);
    expect(call("DISTANCE", 51.5, -0.12, 51.5, -0.12)).toBe(0);
    expect(call("DOMAINRATING", [["Met"], ["Partially met"]])).toBe("AMBER");
    const summary = call("SUMMARY", [
      ["Practice code", "CCG code", "List size", "Latitude", "Longitude"],
      ["A81001", "07L", 60_000, 51.5, -0.12],
      ["A81002", "07L", 50_000, 51.52, -0.1],
    ]) as unknown[][];
    expect(summary[0]?.slice(0, 5)).toEqual(["Code", "Name", "Kind", "Practices", "Population"]);
    expect(summary[1]?.slice(0, 5)).toEqual(["07L", "", "CCG", 2, 110_000]);
    let thrown: unknown;
    try {
      call("PIECES", [["07L"]], [[51.5]], [[-0.12]], "99X", null);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CustomFunctionsErrorShim);
    expect((thrown as CustomFunctionsErrorShim).code).toBe("#N/A");
  });

  test("the commands bundle registers a handler for every ribbon function the manifest names", () => {
    const sources = bootScript(readDist("taskpane.html")).scripts.officeBundles;
    const associated: string[] = [];
    let readyCallbacks = 0;
    const sandbox: Record<string, unknown> = {
      Office: {
        onReady(callback: () => void) {
          readyCallbacks += 1;
          callback();
          return Promise.resolve({ host: "Excel", platform: "PC" });
        },
        actions: { associate: (name: string) => associated.push(name) },
      },
    };
    sandbox.window = sandbox;
    sandbox.self = sandbox;
    const bundle = entryBundle(sources, "commands");
    vm.runInNewContext(readDist(bundle), sandbox, { filename: `dist/${bundle}` });
    expect(readyCallbacks).toBe(1);
    const manifest = readDist("manifest.xml");
    const functionNames = Array.from(
      manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g),
      (match) => match[1]
    );
    expect(associated.sort()).toEqual(functionNames.sort());
  });

  test("the runner is an executable Node script with a shebang, and the benchmark is not part of the build", () => {
    const runner = distFile("cli/ccg-footprint.js");
    expect(fs.readFileSync(runner, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
    expect(fs.statSync(runner).mode & 0o111).toBe(0o111);
    const packageJson = JSON.parse(
      fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")
    ) as { bin: Record<string, string> };
    expect(packageJson.bin["ccg-footprint"]).toBe("dist/cli/ccg-footprint.js");
    expect(fs.existsSync(path.join(dist, "cli/bench.js"))).toBe(false);
  });
});
