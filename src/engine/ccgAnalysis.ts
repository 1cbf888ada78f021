/** One CCG's analysis from its figures: costs, ratings and reasons (SPEC §3.1, §3.4). */
import { Assumptions } from "./assumptions";
import { breakEvenPopulation, perHead } from "./finance";
import { GeographyResult } from "./geo/types";
import { councilAreaOf, rateGeography, rateLocalAuthority } from "./geographyRating";
import { EmbeddedCounts } from "./embeddedPractices";
import { isRated } from "./organisationKind";
import { breakEvenPerHead } from "./sensitivity";
import { setAsideReason } from "./setAsideCodes";
import { configurationRating, rateFinance, rateMembership, rateSize } from "./ratings";
import { CcgAnalysis, CcgGeographyFigures } from "./analysis";
import { CcgRecord, ComponentAssessment, ComponentName } from "./types";

/** Neighbours used for purity and embedded practices (SPEC §3.2). */
export const NEIGHBOUR_COUNT = 6;

/**
 * One CCG's geography figures from the geography of all groups.
 * @param geography the result of analyseGeography
 * @param embedded embedded and border practices per CCG (embeddedPractices.ts)
 * @param group the CCG's index
 * @param codes CCG codes by index (for "surrounded by" and "split around")
 * @returns the figures, or null when the CCG has no practice with coordinates
 * @example geographyFigures(geography, embedded, 0, codes)?.pieces
 */
export function geographyFigures(
  geography: GeographyResult,
  embedded: EmbeddedCounts,
  group: number,
  codes: readonly string[]
): CcgGeographyFigures | null {
  const g = geography.groups;
  const pieces = g.pieces[group] ?? 0;
  if (pieces === 0) return null;
  const surrounding = g.surroundedBy[group] ?? -1;
  return {
    pieces,
    detachedShare: g.detachedShare[group] ?? 0,
    detachedPractices: g.detachedPractices[group] ?? 0,
    standardDistanceKm: g.standardDistanceKm[group] ?? 0,
    maxDistanceKm: g.maxDistanceKm[group] ?? 0,
    hullAreaKm2: g.hullAreaKm2[group] ?? 0,
    purity: g.purity[group] ?? 0,
    embeddedPractices: embedded.embeddedPractices[group] ?? 0,
    embeddedShare: embedded.embeddedShare[group] ?? 0,
    borderPractices: embedded.borderPractices[group] ?? 0,
    splitAround: codes[embedded.splitAround[group] ?? -1] ?? null,
    surroundedBy: surrounding >= 0 ? (codes[surrounding] ?? null) : null,
    centreEasting: g.centreX[group] ?? 0,
    centreNorthing: g.centreY[group] ?? 0,
  };
}

/** Everything one CCG's figures and ratings are computed from. */
export interface CcgInputs {
  readonly code: string;
  readonly kind: string;
  readonly name: string | null;
  readonly record: CcgRecord | undefined;
  readonly practices: number;
  readonly population: number;
  readonly practicesWithCoordinates: number;
  readonly figures: CcgGeographyFigures | null;
  readonly laFit: CcgAnalysis["localAuthorityFit"];
  readonly hasLocalAuthority: boolean;
  readonly laSource: "column" | "lookup";
  readonly memberShare: number | null;
  readonly assumptions: Assumptions;
}

/**
 * One CCG's costs, ratings and reasons (SPEC §3.1, §3.4), or the reason it is set aside.
 * @param inputs the CCG's population, records and figures
 * @returns the CCG's analysis
 * @example buildCcg(inputs).rating
 */
export function buildCcg(inputs: CcgInputs): CcgAnalysis {
  const { record, population, assumptions, figures } = inputs;
  const fixedCosts = record?.fixedCosts ?? assumptions.fixed_costs;
  const supportPerHead = record?.supportPerHead ?? assumptions.support_per_head;
  const allowance = population * assumptions.rca_per_head;
  const support = population * supportPerHead;
  const headroom = allowance - fixedCosts - support;
  const planned = record?.plannedRunningCosts ?? null;
  const arrangement = record?.collaborativeArrangement === true;
  const components: Record<ComponentName, ComponentAssessment> = {
    size: rateSize(population, assumptions, arrangement),
    finance: rateFinance(headroom, allowance, assumptions, arrangement),
    geography: rateGeography(
      figures === null ? null : { ...figures, neighbourCount: NEIGHBOUR_COUNT },
      assumptions,
      councilAreaOf(inputs.laFit, assumptions)
    ),
    localAuthority: rateLocalAuthority(inputs.laFit, inputs.hasLocalAuthority, inputs.laSource),
    membership: rateMembership(inputs.memberShare, assumptions),
  };
  const { rating, reasons: ratingReasons } = configurationRating(components);
  const rated = isRated(inputs.kind, assumptions.include_non_ccg);
  const reasons = rated ? ratingReasons : [setAsideReason(inputs.code, inputs.kind)];
  return {
    code: inputs.code,
    name: inputs.name,
    kind: inputs.kind,
    rated,
    practices: inputs.practices,
    population,
    runningCostAllowance: allowance,
    fixedCosts,
    supportPerHead,
    support,
    headroom,
    headroomPerHead: perHead(headroom, population),
    breakEvenPopulation: breakEvenPopulation(fixedCosts, supportPerHead, assumptions.rca_per_head),
    breakEvenPerHead: breakEvenPerHead(population, fixedCosts, supportPerHead),
    fixedCostsFromCcgTable: (record?.fixedCosts ?? null) !== null,
    supportFromCcgTable: (record?.supportPerHead ?? null) !== null,
    plannedRunningCosts: planned,
    plannedCostPerHead: planned === null ? null : perHead(planned, population),
    plannedMinusAllowance: planned === null ? null : planned - allowance,
    collaborativeArrangement: arrangement,
    practicesWithCoordinates: inputs.practicesWithCoordinates,
    geography: figures,
    localAuthorityFit: inputs.laFit,
    memberShare: inputs.memberShare,
    components,
    rating,
    reasons,
  };
}
