/**
 * One merged CCG's figures and ratings (SPEC §5), found for that CCG alone: practices do not move in a merge,
 * so the baseline's triangulation, adjacency and nearest lists serve, and only the merged CCG's pieces,
 * dispersion, embedded practices, local-authority fit and ratings are computed. Each figure is summed in the
 * order the whole analysis sums it, so it equals `analyseScenario`'s for the merged CCG exactly.
 */
import { AnalysisResult, CcgAnalysis } from "../analysis";
import { buildCcg } from "../ccgAnalysis";
import { LocalAuthorityFitResult } from "../localAuthorityFit";
import { GeographyFigures } from "../geographyRating";
import { organisationKind } from "../organisationKind";
import { ComponentName, Rating } from "../types";
import { mergedGeography } from "./mergedGeography";
import { mergedLocalAuthorityFit } from "./mergedLocalAuthorityFit";
import { practicesOfCcg } from "./practicesByCcg";
import { baselineRecord } from "./recode";
import { localAuthoritySourceOf } from "./scenarioLocalAuthorities";

/** The geography of a merged CCG that its rating needs. */
export type MergedGeography = Pick<
  GeographyFigures,
  | "pieces"
  | "detachedShare"
  | "detachedPractices"
  | "standardDistanceKm"
  | "embeddedPractices"
  | "embeddedShare"
>;

/** A merged CCG: its figures, component ratings and configuration rating (no reasons). */
export interface MergedCcg {
  /** The code it keeps (the partner's). */
  readonly code: string;
  readonly name: string | null;
  readonly rated: boolean;
  readonly practices: number;
  readonly population: number;
  /** £. */
  readonly runningCostAllowance: number;
  /** £. */
  readonly headroom: number;
  /** null when none of its practices has coordinates. */
  readonly geography: MergedGeography | null;
  readonly localAuthorityFit: LocalAuthorityFitResult | null;
  readonly memberShare: number | null;
  readonly components: Readonly<Record<ComponentName, Rating | null>>;
  readonly rating: Rating;
}

/** How a merged CCG is found (`mergedCcg`, or `scenarioMergedCcg`: a whole scenario analysis). */
export type MergedCcgOf = (
  baseline: AnalysisResult,
  fromCode: string,
  intoCode: string
) => MergedCcg | null;

/**
 * The CCG that every practice of `fromCode` joining `intoCode` makes, as `analyseScenario` would rate it.
 * @param baseline the analysis
 * @param fromCode the CCG whose practices move
 * @param intoCode the CCG they join (its code, name and CCG table figures are kept)
 * @returns the merged CCG, or null when either code is not a CCG of the baseline or they are the same
 * @example mergedCcg(result, "03N", "02P")?.rating // "AMBER"
 */
export const mergedCcg: MergedCcgOf = (baseline, fromCode, intoCode) => {
  const from = baseline.ccgs.findIndex((ccg) => ccg.code === fromCode);
  const into = baseline.ccgs.findIndex((ccg) => ccg.code === intoCode);
  if (from < 0 || into < 0 || from === into) return null;
  const partner = baseline.ccgs[into] as CcgAnalysis;
  const { practices, practiceCcg } = baseline;
  const assumptions = baseline.assumptions.assumptions;
  const members = mergedPractices(practiceCcg, from, into);
  let population = 0;
  let memberPopulation = 0;
  for (let m = 0; m < members.length; m++) {
    const index = members[m] as number;
    const listSize = practices.listSize[index] as number;
    population += listSize;
    if (practices.member?.[index] === 1) memberPopulation += listSize;
  }
  const hasMember = baseline.input.columns.member !== undefined;
  const record = baselineRecord(partner);
  const geography = mergedGeography(baseline, members, from, into);
  const laSource = localAuthoritySourceOf(baseline);
  const ccg = buildCcg({
    code: intoCode,
    kind: organisationKind(intoCode, record?.kind ?? null),
    name: record?.name ?? null,
    record,
    practices: members.length,
    population,
    practicesWithCoordinates: geography?.located ?? 0,
    figures: geography?.figures ?? null,
    laFit: mergedLocalAuthorityFit(baseline, members, from, into),
    hasLocalAuthority: laSource !== null,
    laSource: laSource ?? "column",
    memberShare: hasMember ? (population > 0 ? memberPopulation / population : 1) : null,
    assumptions,
  });
  return mergedFromAnalysis(ccg);
};

/**
 * A CCG's analysis as a merged CCG's figures (for a merged CCG of a whole scenario analysis too).
 * @example mergedFromAnalysis(outcome.result.ccgs[0]).rating
 */
export function mergedFromAnalysis(ccg: CcgAnalysis): MergedCcg {
  const figures = ccg.geography;
  return {
    code: ccg.code,
    name: ccg.name,
    rated: ccg.rated,
    practices: ccg.practices,
    population: ccg.population,
    runningCostAllowance: ccg.runningCostAllowance,
    headroom: ccg.headroom,
    geography:
      figures === null
        ? null
        : {
            pieces: figures.pieces,
            detachedShare: figures.detachedShare,
            detachedPractices: figures.detachedPractices,
            standardDistanceKm: figures.standardDistanceKm,
            embeddedPractices: figures.embeddedPractices,
            embeddedShare: figures.embeddedShare,
          },
    localAuthorityFit: ccg.localAuthorityFit,
    memberShare: ccg.memberShare,
    components: componentRatings(ccg),
    rating: ccg.rating,
  };
}

function componentRatings(ccg: CcgAnalysis): Record<ComponentName, Rating | null> {
  const c = ccg.components;
  return {
    size: c.size.rating,
    finance: c.finance.rating,
    geography: c.geography.rating,
    localAuthority: c.localAuthority.rating,
    membership: c.membership.rating,
  };
}

/**
 * The practices of two CCGs in ascending order (the order every sum of the analysis runs in).
 * @param practiceCcg CCG index of each practice
 */
function mergedPractices(practiceCcg: Int32Array, from: number, into: number): Int32Array {
  const a = practicesOfCcg(practiceCcg, from);
  const b = practicesOfCcg(practiceCcg, into);
  const merged = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let at = 0; at < merged.length; at++)
    merged[at] =
      j >= b.length || (i < a.length && (a[i] as number) < (b[j] as number))
        ? (a[i++] as number)
        : (b[j++] as number);
  return merged;
}
