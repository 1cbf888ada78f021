/** The pane's running-cost what-if (issue #13): settings, the results they show, and the chart's counts. */
import type { AnalysisResult } from "../../engine/analysis";
import { Assumptions } from "../../engine/assumptions";
import {
  RagCounts,
  countsAtAllowance,
  otherComponentsRating,
  sensitivitySteps,
} from "../../engine/sensitivity";
import { FinanceWhatIf, resultAtAllowance } from "../../engine/whatIf";

/** What the sliders and boxes hold; null keeps the analysed value. */
export interface WhatIfSettings {
  /** Running cost allowance, £ per head. */
  readonly rcaPerHead: number | null;
  /** Fixed costs per CCG, £ (for CCGs without their own in the CCG table). */
  readonly fixedCosts: number | null;
  /** Commissioning support, £ per head (for CCGs without their own in the CCG table). */
  readonly supportPerHead: number | null;
}

/** No what-if: the results as analysed. */
export const NO_WHAT_IF: WhatIfSettings = {
  rcaPerHead: null,
  fixedCosts: null,
  supportPerHead: null,
};

/** True when any what-if value differs from the analysis. */
export function isWhatIf(settings: WhatIfSettings): boolean {
  return (
    settings.rcaPerHead !== null || settings.fixedCosts !== null || settings.supportPerHead !== null
  );
}

/** The values in force: the what-if's where set, else the analysis's assumptions. */
export function valuesInUse(
  settings: WhatIfSettings,
  assumptions: Assumptions
): { rcaPerHead: number; fixedCosts: number; supportPerHead: number } {
  return {
    rcaPerHead: settings.rcaPerHead ?? assumptions.rca_per_head,
    fixedCosts: settings.fixedCosts ?? assumptions.fixed_costs,
    supportPerHead: settings.supportPerHead ?? assumptions.support_per_head,
  };
}

function financeWhatIf(settings: WhatIfSettings, assumptions: Assumptions): FinanceWhatIf {
  const used = valuesInUse(settings, assumptions);
  return {
    rcaPerHead: used.rcaPerHead,
    ...(settings.fixedCosts === null ? {} : { fixedCosts: settings.fixedCosts }),
    ...(settings.supportPerHead === null ? {} : { supportPerHead: settings.supportPerHead }),
  };
}

/**
 * The results the pane shows: the analysis itself, or every CCG's finance at the what-if (geography untouched).
 * @example shownResult(result, { ...NO_WHAT_IF, rcaPerHead: 20 }).ccgs
 */
export function shownResult(result: AnalysisResult, settings: WhatIfSettings): AnalysisResult {
  if (!isWhatIf(settings)) return result;
  return resultAtAllowance(result, financeWhatIf(settings, result.assumptions.assumptions));
}

/** The slider's range: the sensitivity range, widened to hold the analysed allowance. */
export function sliderRange(assumptions: Assumptions): { min: number; max: number } {
  return {
    min: Math.min(assumptions.sensitivity_from, assumptions.rca_per_head),
    max: Math.max(assumptions.sensitivity_to, assumptions.rca_per_head),
  };
}

/** One point of the chart: configuration-rating counts at an allowance. */
export interface ChartPoint extends RagCounts {
  readonly rcaPerHead: number;
}

/**
 * Configuration-rating counts across the slider's range, every 25p (at most 201 points), with the fixed
 * costs and support of the what-if: the chart behind the slider. Recomputed only when the costs change.
 */
export function countsAcrossRange(result: AnalysisResult, settings: WhatIfSettings): ChartPoint[] {
  const assumptions = result.assumptions.assumptions;
  const { min, max } = sliderRange(assumptions);
  const step = Math.max(0.25, (max - min) / 200);
  const overrides = financeWhatIf(settings, assumptions);
  const others = result.ccgs.map(otherComponentsRating);
  return sensitivitySteps(min, max, step).map((rcaPerHead) => ({
    rcaPerHead,
    ...countsAtAllowance(result.ccgs, rcaPerHead, assumptions, overrides, others).configuration,
  }));
}
