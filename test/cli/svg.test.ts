// `ccg-footprint analyse --svg <map.svg>`: the map of practices written beside the other outputs, safely.
import fs from "fs";
import path from "path";
import { runRunner, temporaryDirectory } from "../helpers/runner";

const MESSY = path.resolve(__dirname, "../fixtures/workbooks/messy-practices.csv");

interface JsonCcg {
  readonly code: string;
  readonly standardDistanceKm: number | null;
}

function copyMessy(directory: string): void {
  fs.copyFileSync(MESSY, path.join(directory, "messy-practices.csv"));
}

/** The `<g data-ccg="…">…</g>` groups of an SVG drawn by renderMapSvg (groups do not nest). */
function ccgGroups(svg: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const match of svg.matchAll(/<g data-ccg="([^"]*)"[^>]*>([\s\S]*?)<\/g>/g)) {
    const code = match[1] ?? "";
    groups.set(code, [...(groups.get(code) ?? []), match[2] ?? ""]);
  }
  return groups;
}

describe("analyse --svg", () => {
  test("writes the map: an <svg> document with one group per CCG that has coordinates, each with its practice dots", () => {
    const directory = temporaryDirectory();
    copyMessy(directory);
    const result = runRunner(
      ["analyse", "messy-practices.csv", "--json", "--svg", "maps-here.svg"],
      directory
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { ccgs: JsonCcg[] };
    const mapped = report.ccgs
      .filter((ccg) => ccg.standardDistanceKm !== null)
      .map((ccg) => ccg.code);
    expect(mapped.length).toBeGreaterThan(1);

    const svg = fs.readFileSync(path.join(directory, "maps-here.svg"), "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    // XML-ish: every element opened is closed (self-closing tags aside).
    const opened = [...svg.matchAll(/<([a-z]+)(?:\s[^>]*?)?(\/?)>/g)]
      .filter((m) => m[2] === "")
      .map((m) => m[1]);
    const closed = [...svg.matchAll(/<\/([a-z]+)>/g)].map((m) => m[1]);
    expect(closed.sort()).toEqual(opened.sort());

    const groups = ccgGroups(svg);
    expect([...groups.keys()].sort()).toEqual([...mapped].sort());
    for (const [code, bodies] of groups) {
      expect({ code, groups: bodies.length }).toEqual({ code, groups: 1 });
      const dots = [...(bodies[0] ?? "").matchAll(/<circle cx="(-?[0-9.]+)" cy="(-?[0-9.]+)"/g)];
      expect(dots.length).toBeGreaterThan(0);
      for (const dot of dots) {
        const x = Number(dot[1]);
        const y = Number(dot[2]);
        expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
        expect(x >= 0 && x <= 640 && y >= 0 && y <= 720).toBe(true);
      }
    }
    // --json without -o writes no workbook; the folder holds the input and the map only.
    expect(fs.readdirSync(directory).sort()).toEqual(["maps-here.svg", "messy-practices.csv"]);
  });

  test("a path relative to the working directory, with the workbook written too", () => {
    const directory = temporaryDirectory();
    copyMessy(directory);
    fs.mkdirSync(path.join(directory, "out"));
    const result = runRunner(["analyse", "messy-practices.csv", "--svg", "out/map.svg"], directory);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Wrote the map to out/map.svg.");
    expect(fs.readdirSync(path.join(directory, "out"))).toEqual(["map.svg"]);
    expect(fs.existsSync(path.join(directory, "messy-practices.analysed.xlsx"))).toBe(true);
  });

  test("a write that fails (missing folder) exits 1 in plain words and leaves no file behind", () => {
    const directory = temporaryDirectory();
    copyMessy(directory);
    const result = runRunner(
      ["analyse", "messy-practices.csv", "--svg", "no-such-folder/map.svg"],
      directory
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^error: cannot write 'no-such-folder\/map\.svg': the folder '.*no-such-folder' does not exist \(create it first or choose another path\)\n$/
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stdout).toBe("");
    expect(fs.readdirSync(directory)).toEqual(["messy-practices.csv"]);
  });

  test("a write that fails at the rename (the path is a folder) removes its temporary file", () => {
    const directory = temporaryDirectory();
    copyMessy(directory);
    fs.mkdirSync(path.join(directory, "map.svg"));
    const result = runRunner(["analyse", "messy-practices.csv", "--svg", "map.svg"], directory);
    expect(result.status).toBe(1);
    expect(result.stderr.startsWith("error: cannot write 'map.svg': ")).toBe(true);
    expect(fs.readdirSync(directory).sort()).toEqual(["map.svg", "messy-practices.csv"]);
    expect(fs.readdirSync(path.join(directory, "map.svg"))).toEqual([]);
  });
});
