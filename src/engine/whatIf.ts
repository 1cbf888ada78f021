/**
 * Running-cost what-ifs on an analysis that is already done (issue #13): another allowance per head,
 * fixed costs or support per head, with every finance figure, the finance rating, the configuration
 * rating and the reasons recomputed by the analysis's own rules, and the geography left as it was.
 * Cheap enough to run while a slider moves (a few hundred CCGs, no practice touched).
 */
import { Assumptions } from "./assumptions";
import { AnalysisResult, CcgAnalysis } from "./analysis";
import { breakEvenPopulation, perHead } from "./finance";
import { configurationRating, rateFinance } from "./ratings";
import { CostOverrides, breakEvenPerHead, costsOf } from "./sensitivity";

/** A running-cost what-if. */
export interface FinanceWhatIf extends CostOverrides {
  /** Running cost allowance, £ per head. */
  readonly rcaPerHead: number;
}

/**
 * One CCG at another allowance and costs (CCG-table costs always win over the overrides).
 * @param assumptions the assumptions the analysis ran with (thresholds)
 * @example ccgAtAllowance(ccg, assumptions, { rcaPerHead: 20 }).components.finance.rating
 */
export function ccgAtAllowance(
  ccg: CcgAnalysis,
  assumptions: Assumptions,
  whatIf: FinanceWhatIf
): CcgAnalysis {
  const { fixedCosts, supportPerHead } = costsOf(ccg, whatIf);
  const population = ccg.population;
  const allowance = population * whatIf.rcaPerHead;
  const support = population * supportPerHead;
  const headroom = allowance - fixedCosts - support;
  const components = {
    ...ccg.components,
    finance: rateFinance(headroom, allowance, assumptions, ccg.collaborativeArrangement),
  };
  const { rating, reasons } = configurationRating(components);
  const planned = ccg.plannedRunningCosts;
  return {
    ...ccg,
    runningCostAllowance: allowance,
    fixedCosts,
    supportPerHead,
    support,
    headroom,
    headroomPerHead: perHead(headroom, population),
    breakEvenPopulation: breakEvenPopulation(fixedCosts, supportPerHead, whatIf.rcaPerHead),
    breakEvenPerHead: breakEvenPerHead(population, fixedCosts, supportPerHead),
    plannedMinusAllowance: planned === null ? null : planned - allowance,
    components,
    rating,
    reasons,
  };
}

/**
 * The analysis with every CCG at another allowance and costs; practices and geography are shared, not
 * copied. The assumptions in the result show the what-if's values.
 * @example resultAtAllowance(result, { rcaPerHead: 22.07 }).ccgs.filter((c) => c.rating === "RED").length
 */
export function resultAtAllowance(result: AnalysisResult, whatIf: FinanceWhatIf): AnalysisResult {
  const assumptions = result.assumptions.assumptions;
  return {
    ...result,
    ccgs: result.ccgs.map((ccg) => ccgAtAllowance(ccg, assumptions, whatIf)),
    assumptions: {
      ...result.assumptions,
      assumptions: {
        ...assumptions,
        rca_per_head: whatIf.rcaPerHead,
        fixed_costs: whatIf.fixedCosts ?? assumptions.fixed_costs,
        support_per_head: whatIf.supportPerHead ?? assumptions.support_per_head,
      },
    },
  };
}
