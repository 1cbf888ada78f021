import { analyseWorkbook } from "../../src/engine/analyse";
import { resultAtAllowance } from "../../src/engine/whatIf";
import { generateSmallSample } from "../../src/sample";

const workbook = generateSmallSample();
const baseline = analyseWorkbook(workbook);

describe("running-cost what-ifs equal a full re-analysis", () => {
  test.each([
    ["£20 per head", { rcaPerHead: 20 }, { rca_per_head: 20 }],
    ["£22.07 per head", { rcaPerHead: 22.07 }, { rca_per_head: 22.07 }],
    [
      "£24 per head, £1.2m fixed costs, £11 support",
      { rcaPerHead: 24, fixedCosts: 1_200_000, supportPerHead: 11 },
      { rca_per_head: 24, fixed_costs: 1_200_000, support_per_head: 11 },
    ],
  ])("%s: every CCG's figures, ratings and reasons", (_name, whatIf, assumptions) => {
    const rerun = analyseWorkbook(workbook, { assumptions });
    const shown = resultAtAllowance(baseline, whatIf);
    expect(shown.ccgs).toEqual(rerun.ccgs);
    expect(shown.assumptions.assumptions).toEqual(rerun.assumptions.assumptions);
    // The what-if changes something in the sample.
    const finance = (r: typeof baseline) => r.ccgs.map((c) => c.headroom);
    expect(finance(shown)).not.toEqual(finance(baseline));
  });

  test("the baseline's own allowance gives the baseline back", () => {
    expect(resultAtAllowance(baseline, { rcaPerHead: 25 }).ccgs).toEqual(baseline.ccgs);
  });
});
