/** The runner's `--json` report (SPEC §8.1). */
import { AnalysisResult, CcgAnalysis } from "../../engine/analysis";
import { SensitivityResult } from "../../engine/sensitivity";
import { ComponentName, DataQualityFinding, Rating } from "../../engine/types";

/** One CCG in the JSON report. Numbers are rounded for reading: money to pence, shares to 4 places, km to 0.01. */
export interface CcgJson {
  code: string;
  name: string | null;
  /** `CCG`, or the kind of organisation of a code that is not a CCG. */
  kind: string;
  practices: number;
  population: number;
  rca: number;
  fixedCosts: number;
  support: number;
  headroom: number;
  headroomPerHead: number | null;
  breakEvenPopulation: number | null;
  plannedRunningCosts: number | null;
  pieces: number | null;
  detachedShare: number | null;
  standardDistanceKm: number | null;
  maxDistanceKm: number | null;
  hullAreaKm2: number | null;
  purity: number | null;
  embeddedPractices: number | null;
  /** Practices inside the main territory with no own-CCG neighbour among their 6 nearest (not rated). */
  borderPractices: number | null;
  surroundedBy: string | null;
  laFit: string | null;
  memberShare: number | null;
  collaborativeArrangement: boolean;
  ratings: Record<ComponentName, Rating | null>;
  /** null for a code set aside (not a CCG while `include_non_ccg` is 0). */
  rating: Rating | null;
  reasons: string[];
}

/**
 * The running-cost sensitivity (issue #13): `counts` are on the finance rating, as on the `Sensitivity`
 * sheet, with the configuration rating's counts beside them.
 */
export interface SensitivityJson {
  steps: number[];
  counts: {
    step: number;
    red: number;
    amber: number;
    green: number;
    configuration: { red: number; amber: number; green: number };
  }[];
  ccgs: { code: string; breakEvenPerHead: number | null; headroom: number[] }[];
}

/** The whole JSON report. */
export interface JsonReport {
  ccgs: CcgJson[];
  practices: number;
  population: number;
  dataQuality: DataQualityFinding[];
  sensitivity?: SensitivityJson;
  /** `--scenario`: each scenario's CCGs (same schema) and the codes it touched. */
  scenarios?: ScenarioJson[];
}

/** One scenario in the JSON report. */
export interface ScenarioJson {
  name: string;
  ccgs: CcgJson[];
  changed: string[];
}

/** Round to a number of decimal places, leaving null alone. */
export function roundTo(value: number | null, places: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** places;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function money(value: number): number {
  return roundTo(value, 2) ?? 0;
}

/** One CCG in the JSON report's schema (SPEC §8.1). */
export function ccgJson(ccg: CcgAnalysis): CcgJson {
  const geo = ccg.geography;
  const rated = (rating: Rating | null): Rating | null => (ccg.rated ? rating : null);
  return {
    code: ccg.code,
    name: ccg.name,
    kind: ccg.kind,
    practices: ccg.practices,
    population: ccg.population,
    rca: money(ccg.runningCostAllowance),
    fixedCosts: money(ccg.fixedCosts),
    support: money(ccg.support),
    headroom: money(ccg.headroom),
    headroomPerHead: roundTo(ccg.headroomPerHead, 2),
    breakEvenPopulation: ccg.breakEvenPopulation,
    plannedRunningCosts: roundTo(ccg.plannedRunningCosts, 2),
    pieces: geo?.pieces ?? null,
    detachedShare: roundTo(geo?.detachedShare ?? null, 4),
    standardDistanceKm: roundTo(geo?.standardDistanceKm ?? null, 2),
    maxDistanceKm: roundTo(geo?.maxDistanceKm ?? null, 2),
    hullAreaKm2: roundTo(geo?.hullAreaKm2 ?? null, 2),
    purity: roundTo(geo?.purity ?? null, 4),
    embeddedPractices: geo?.embeddedPractices ?? null,
    borderPractices: geo?.borderPractices ?? null,
    surroundedBy: geo?.surroundedBy ?? null,
    laFit: ccg.localAuthorityFit?.fit ?? null,
    memberShare: roundTo(ccg.memberShare, 4),
    collaborativeArrangement: ccg.collaborativeArrangement,
    ratings: {
      size: rated(ccg.components.size.rating),
      finance: rated(ccg.components.finance.rating),
      geography: rated(ccg.components.geography.rating),
      localAuthority: rated(ccg.components.localAuthority.rating),
      membership: rated(ccg.components.membership.rating),
    },
    rating: rated(ccg.rating),
    reasons: [...ccg.reasons],
  };
}

/** The sensitivity part of the JSON report: money to pence, break-even £/head to 4 places. */
export function sensitivityJson(sensitivity: SensitivityResult): SensitivityJson {
  return {
    steps: [...sensitivity.steps],
    counts: sensitivity.counts.map((counts) => ({
      step: counts.step,
      ...counts.finance,
      configuration: { ...counts.configuration },
    })),
    ccgs: sensitivity.ccgs.map((ccg) => ({
      code: ccg.code,
      breakEvenPerHead: roundTo(ccg.breakEvenPerHead, 4),
      headroom: ccg.headroom.map(money),
    })),
  };
}

/**
 * The JSON report of SPEC §8.1 for an analysis.
 * @param sensitivity the analysis's sensitivity table, when there is one (`analyseSensitivity`)
 */
export function buildJsonReport(
  result: AnalysisResult,
  sensitivity: SensitivityResult | null = null
): JsonReport {
  const report: JsonReport = {
    ccgs: result.ccgs.map(ccgJson),
    practices: result.practices.count,
    population: result.totalPopulation,
    dataQuality: [...result.dataQuality],
  };
  if (sensitivity !== null) report.sensitivity = sensitivityJson(sensitivity);
  return report;
}
