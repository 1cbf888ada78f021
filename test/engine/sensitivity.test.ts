import { DEFAULT_ASSUMPTIONS } from "../../src/engine/assumptions";
import { analyseWorkbook } from "../../src/engine/analyse";
import { headroom } from "../../src/engine/finance";
import {
  analyseSensitivity,
  breakEvenPerHead,
  countsAtAllowance,
  financeAtAllowance,
  sensitivitySteps,
  SensitivityRangeError,
} from "../../src/engine/sensitivity";
import { generateSmallSample } from "../../src/sample";
import { PRACTICE_HEADERS, sheet, workbook } from "../helpers/sheets";

const sample = analyseWorkbook(generateSmallSample());
const assumptions = sample.assumptions.assumptions;

describe("sensitivity steps (SPEC §2.3 sensitivity_from / _to / _step)", () => {
  test("the defaults run 20 to 35 by 2.5", () => {
    expect(sensitivitySteps(20, 35, 2.5)).toEqual([20, 22.5, 25, 27.5, 30, 32.5, 35]);
  });
  test("a step that does not divide the range still ends at sensitivity_to", () => {
    expect(sensitivitySteps(20, 35, 4)).toEqual([20, 24, 28, 32, 35]);
    expect(sensitivitySteps(20, 25, 0.7)).toEqual([
      20, 20.7, 21.4, 22.1, 22.8, 23.5, 24.2, 24.9, 25,
    ]);
  });
  test("pence steps carry no binary noise", () => {
    const steps = sensitivitySteps(22, 23, 0.1);
    expect(steps).toHaveLength(11);
    expect(steps[3]).toBe(22.3);
    expect(steps[10]).toBe(23);
  });
  test("one step when from equals to", () => {
    expect(sensitivitySteps(25, 25, 2.5)).toEqual([25]);
  });
  test("a step of 0 or below is an error naming sensitivity_step", () => {
    expect(() => sensitivitySteps(20, 35, 0)).toThrow(SensitivityRangeError);
    expect(() => sensitivitySteps(20, 35, 0)).toThrow(/sensitivity_step 0 must be more than 0/);
    expect(() => sensitivitySteps(20, 35, -1)).toThrow(/sensitivity_step -1/);
  });
  test("a reversed range is an error naming sensitivity_from and sensitivity_to", () => {
    expect(() => sensitivitySteps(35, 20, 2.5)).toThrow(
      "sensitivity_from 35 is above sensitivity_to 20: the sensitivity range runs backwards"
    );
  });
  test("too many steps is an error naming sensitivity_step", () => {
    expect(() => sensitivitySteps(0, 1000, 0.01)).toThrow(/sensitivity_step 0.01 makes more than/);
  });
  test("analyseSensitivity reports the range error of the assumptions in force", () => {
    expect(() => analyseSensitivity(sample.ccgs, { ...assumptions, sensitivity_step: 0 })).toThrow(
      /sensitivity_step 0/
    );
  });
});

describe("break-even allowance per head", () => {
  test("fixed costs ÷ population + support per head", () => {
    expect(breakEvenPerHead(200_000, 1_000_000, 9)).toBe(14);
    expect(breakEvenPerHead(0, 1_000_000, 9)).toBeNull();
  });
  test("headroom is zero at every sample CCG's break-even £/head, to a penny", () => {
    for (const ccg of sample.ccgs) {
      expect(ccg.breakEvenPerHead).not.toBeNull();
      const at = headroom(
        ccg.population,
        ccg.fixedCosts,
        ccg.supportPerHead,
        ccg.breakEvenPerHead ?? 0
      );
      expect(Math.abs(at)).toBeLessThan(0.01);
      // A penny per head either side changes the sign.
      const below = (ccg.breakEvenPerHead ?? 0) - 0.01;
      expect(headroom(ccg.population, ccg.fixedCosts, ccg.supportPerHead, below)).toBeLessThan(0);
    }
  });
});

describe("sensitivity of the sample", () => {
  const result = analyseSensitivity(sample.ccgs, assumptions);

  test("one row per CCG, one headroom per step", () => {
    expect(result.ccgs).toHaveLength(sample.ccgs.length);
    for (const row of result.ccgs) expect(row.headroom).toHaveLength(result.steps.length);
  });

  test("headroom is linear and increasing in £/head (slope = population)", () => {
    for (const row of result.ccgs) {
      for (let i = 1; i < result.steps.length; i++) {
        const rise = (row.headroom[i] as number) - (row.headroom[i - 1] as number);
        const run = (result.steps[i] as number) - (result.steps[i - 1] as number);
        expect(rise).toBeGreaterThan(0);
        expect(rise / run).toBeCloseTo(row.population, 4);
      }
    }
  });

  test("the headroom at the rca_per_head step is the analysis's headroom", () => {
    const index = result.steps.indexOf(assumptions.rca_per_head);
    expect(index).toBeGreaterThanOrEqual(0);
    sample.ccgs.forEach((ccg, i) => {
      expect(result.ccgs[i]?.headroom[index]).toBe(ccg.headroom);
    });
  });

  test("counts at the rca_per_head step equal the analysis's finance and configuration counts", () => {
    const at = result.counts.find((counts) => counts.step === assumptions.rca_per_head);
    const count = (ratings: (string | null)[]) => ({
      red: ratings.filter((r) => r === "RED").length,
      amber: ratings.filter((r) => r === "AMBER").length,
      green: ratings.filter((r) => r === "GREEN").length,
    });
    expect(at?.finance).toEqual(count(sample.ccgs.map((c) => c.components.finance.rating)));
    expect(at?.configuration).toEqual(count(sample.ccgs.map((c) => c.rating)));
    // The sample is built to have some CCGs that are not green on finance at £25.
    expect((at?.finance.red ?? 0) + (at?.finance.amber ?? 0)).toBeGreaterThan(0);
  });

  test("counts add up to the CCGs and red never falls as the allowance falls", () => {
    for (const counts of result.counts) {
      for (const c of [counts.finance, counts.configuration]) {
        expect(c.red + c.amber + c.green).toBe(sample.ccgs.length);
      }
    }
    for (let i = 1; i < result.counts.length; i++) {
      expect(result.counts[i]?.finance.red).toBeLessThanOrEqual(
        result.counts[i - 1]?.finance.red ?? 0
      );
    }
  });

  test("counts match a brute-force rating with the main analysis re-run at each step", () => {
    for (const step of [20, 22.5, 30]) {
      const rerun = analyseWorkbook(generateSmallSample(), { assumptions: { rca_per_head: step } });
      const counts = result.counts.find((c) => c.step === step);
      expect(counts?.configuration.red).toBe(rerun.ccgs.filter((c) => c.rating === "RED").length);
      expect(counts?.configuration.amber).toBe(
        rerun.ccgs.filter((c) => c.rating === "AMBER").length
      );
      expect(counts?.finance.red).toBe(
        rerun.ccgs.filter((c) => c.components.finance.rating === "RED").length
      );
    }
  });
});

describe("what-if costs", () => {
  const rows = [
    ["A81001", "One", "01A", "Alpha", 60000, 54.57, -1.23],
    ["A81002", "Two", "01A", "Alpha", 60000, 54.58, -1.22],
    ["A81003", "Three", "02B", "Beta", 150000, 54.7, -1.3],
  ];
  const data = workbook(
    sheet("Practices", [PRACTICE_HEADERS, ...rows]),
    sheet("CCGs", [
      ["CCG code", "CCG name", "Fixed costs", "Commissioning support"],
      ["02B", "Beta", 2_000_000, null],
    ])
  );
  const result = analyseWorkbook(data);
  const alpha = result.ccgs.find((c) => c.code === "01A");
  const beta = result.ccgs.find((c) => c.code === "02B");

  test("the CCG table's costs are recorded as its own", () => {
    expect(alpha?.fixedCostsFromCcgTable).toBe(false);
    expect(beta?.fixedCostsFromCcgTable).toBe(true);
    expect(beta?.supportFromCcgTable).toBe(false);
  });

  test("overrides replace only the assumption-sourced costs", () => {
    if (alpha === undefined || beta === undefined) throw new Error("sample CCGs missing");
    const overrides = { fixedCosts: 500_000, supportPerHead: 5 };
    expect(financeAtAllowance(alpha, 20, DEFAULT_ASSUMPTIONS, overrides).headroom).toBe(
      120_000 * 20 - 500_000 - 120_000 * 5
    );
    expect(financeAtAllowance(beta, 20, DEFAULT_ASSUMPTIONS, overrides).headroom).toBe(
      150_000 * 20 - 2_000_000 - 150_000 * 5
    );
  });

  test("a collaborative arrangement softens a red finance to amber at every step", () => {
    if (alpha === undefined) throw new Error("sample CCG missing");
    const withArrangement = { ...alpha, collaborativeArrangement: true };
    expect(financeAtAllowance(alpha, 10, DEFAULT_ASSUMPTIONS).finance).toBe("RED");
    expect(financeAtAllowance(withArrangement, 10, DEFAULT_ASSUMPTIONS).finance).toBe("AMBER");
  });

  test("counts follow the overrides", () => {
    const cheap = countsAtAllowance(result.ccgs, 20, DEFAULT_ASSUMPTIONS, { fixedCosts: 0 });
    const dear = countsAtAllowance(result.ccgs, 20, DEFAULT_ASSUMPTIONS, { fixedCosts: 5_000_000 });
    expect(cheap.finance.green).toBeGreaterThan(dear.finance.green);
  });
});
