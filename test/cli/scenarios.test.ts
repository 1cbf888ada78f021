// Issue #12 through the built runner: analyse --scenario (JSON, text, the Scenario Comparison sheet) and suggest.
import fs from "fs";
import path from "path";
import { Workbook } from "exceljs";
import { CellValue } from "../../src/engine/cells";
import { JsonReport } from "../../src/output/report/jsonReport";
import { sheet } from "../helpers/sheets";
import { runRunner, temporaryDirectory } from "../helpers/runner";
import { writeXlsxFile } from "../helpers/workbookFiles";

const practices: CellValue[][] = [
  ["Practice code", "CCG code", "CCG name", "List size", "Easting", "Northing"],
];
for (let i = 0; i < 30; i++) {
  const ccg = i < 12 ? "01A" : i < 24 ? "02B" : "03C";
  practices.push([
    `P${1000 + i}`,
    ccg,
    `CCG ${ccg}`,
    9000 + i,
    400000 + (i % 6) * 2000,
    300000 + Math.floor(i / 6) * 2000,
  ]);
}
const scenarios: CellValue[][] = [
  ["Practice code", "Merge", "Move one"],
  ...practices.slice(25).map((row) => [row[0] as string, "02B", null]),
  ["P1000", null, "02B"],
  ["Z9999", "01A", null],
];

describe("the runner's scenarios and suggestions", () => {
  let folder: string;
  let input: string;
  beforeAll(async () => {
    folder = temporaryDirectory("ccg-scenarios-");
    input = path.join(folder, "plan.xlsx");
    writeXlsxFile(input, {
      sheets: [sheet("Practices", practices), sheet("Scenarios", scenarios)],
    });
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  test("--scenario all --json: scenarios with every CCG in the report's schema and the codes touched", () => {
    const run = runRunner(["analyse", input, "--scenario", "all", "--json"], folder);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.scenarios?.map((s) => s.name)).toEqual(["Merge", "Move one"]);
    const merge = report.scenarios![0]!;
    expect(merge.ccgs.map((c) => c.code)).toEqual(["01A", "02B"]);
    expect(merge.changed).toEqual(["02B", "03C"]);
    const before =
      report.ccgs.find((c) => c.code === "02B")!.population +
      report.ccgs.find((c) => c.code === "03C")!.population;
    expect(merge.ccgs[1]!.population).toBe(before);
    expect(Object.keys(merge.ccgs[1]!)).toEqual(Object.keys(report.ccgs[0]!));
    // The unknown practice of the Scenarios sheet is a Data Quality row naming the cell; the rest ran.
    expect(
      report.dataQuality.some((f) => f.sheet === "Scenarios" && f.message.includes("Scenarios!A9"))
    ).toBe(true);
  });

  test("--scenario <name> writes Scenario Comparison and prints the comparison; an unknown name is an error", async () => {
    const output = path.join(folder, "out.xlsx");
    const run = runRunner(["analyse", input, "--scenario", "move one", "-o", output], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Scenario 'Move one': 2 CCGs touched, 1 not touched (left out).");
    const written = new Workbook();
    await written.xlsx.readFile(output);
    expect(written.getWorksheet("Scenario Comparison")?.getCell("A1").value).toBe("Move one");

    const wrong = runRunner(["analyse", input, "--scenario", "Nope", "--json"], folder);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim()).toBe(
      "error: plan.xlsx: no scenario 'Nope' in sheet 'Scenarios' (its scenarios: Merge, Move one)"
    );
    expect(wrong.stdout).toBe("");
  });

  test("suggest --json: partners of the CCG short on size, with the merged figures", () => {
    const run = runRunner(["suggest", input, "--json"], folder);
    expect(run.status).toBe(0);
    const { suggestions } = JSON.parse(run.stdout) as {
      suggestions: {
        code: string;
        rating: string;
        partners: { code: string; population: number; rating: string }[];
      }[];
    };
    const small = suggestions.find((s) => s.code === "03C");
    expect(small?.rating).toBe("RED");
    expect(small?.partners[0]).toEqual(
      expect.objectContaining({
        population: expect.any(Number),
        headroom: expect.any(Number),
        pieces: 1,
        standardDistanceKm: expect.any(Number),
      })
    );
    expect(Object.keys(small!.partners[0]!)).toEqual([
      "code",
      "population",
      "headroom",
      "pieces",
      "standardDistanceKm",
      "rating",
    ]);
    const text = runRunner(["suggest", input], folder);
    expect(text.stdout).toContain("03C CCG 03C (RED)");
    expect(runRunner(["suggest"], folder).status).toBe(2);
  });
});
