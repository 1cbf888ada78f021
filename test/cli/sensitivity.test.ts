// The runner's sensitivity output (issue #13): `--json` gains `sensitivity`; an unusable range is a
// plain-words error naming the assumption.
import path from "path";
import { runCli } from "../../src/cli/main";
import { JsonReport } from "../../src/output/report/jsonReport";

const FIXTURES = path.resolve(__dirname, "../fixtures/workbooks");

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTerminal: false,
    cwd: FIXTURES,
  });
  return { code, stdout, stderr };
}

describe("analyse --json: sensitivity", () => {
  test("steps, counts per step and each CCG's headroom per step", async () => {
    const { code, stdout } = await run(["analyse", "messy-practices.csv", "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    const sensitivity = report.sensitivity;
    expect(sensitivity?.steps).toEqual([20, 22.5, 25, 27.5, 30, 32.5, 35]);
    expect(sensitivity?.ccgs.map((c) => c.code)).toEqual(report.ccgs.map((c) => c.code));
    const at25 = sensitivity?.counts.find((c) => c.step === 25);
    const finance = report.ccgs.map((c) => c.ratings.finance);
    expect(at25).toMatchObject({
      red: finance.filter((r) => r === "RED").length,
      amber: finance.filter((r) => r === "AMBER").length,
      green: finance.filter((r) => r === "GREEN").length,
      configuration: {
        red: report.ccgs.filter((c) => c.rating === "RED").length,
        amber: report.ccgs.filter((c) => c.rating === "AMBER").length,
        green: report.ccgs.filter((c) => c.rating === "GREEN").length,
      },
    });
    report.ccgs.forEach((ccg, i) => {
      const row = sensitivity?.ccgs[i];
      expect(row?.headroom).toHaveLength(7);
      expect(row?.headroom[2]).toBeCloseTo(ccg.headroom, 2);
      // Break-even: fixed ÷ population + support per head.
      expect(row?.breakEvenPerHead).toBeCloseTo(
        ccg.fixedCosts / ccg.population + ccg.support / ccg.population,
        4
      );
    });
  });

  test("--set changes the steps, and a step that does not divide the range ends at sensitivity_to", async () => {
    const { stdout } = await run([
      "analyse",
      "messy-practices.csv",
      "--json",
      "--set",
      "sensitivity_from=21",
      "--set",
      "sensitivity_to=25",
      "--set",
      "sensitivity_step=1.5",
    ]);
    expect((JSON.parse(stdout) as JsonReport).sensitivity?.steps).toEqual([21, 22.5, 24, 25]);
  });

  test("a reversed range: exit 1, the error names both assumptions", async () => {
    const { code, stdout, stderr } = await run([
      "analyse",
      "messy-practices.csv",
      "--json",
      "--set",
      "sensitivity_from=40",
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      "error: messy-practices.csv: sensitivity_from 40 is above sensitivity_to 35: the sensitivity range runs backwards"
    );
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  test("a step of 0: exit 2, the error names sensitivity_step", async () => {
    const { code, stderr } = await run([
      "analyse",
      "messy-practices.csv",
      "--json",
      "--set",
      "sensitivity_step=0",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("sensitivity_step");
  });
});
