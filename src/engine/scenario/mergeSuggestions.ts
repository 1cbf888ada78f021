/** Merges (SPEC §5): the moves that merge two CCGs, and suggested partners for CCGs short on size or money. */
import { AnalysisResult } from "../analysis";
import { Rating } from "../types";
import { analyseScenario } from "./analyseScenario";
import { adjacentCcgsOf } from "./baselineGeometry";
import { mergedCcg, MergedCcgOf, mergedFromAnalysis } from "./mergedCcg";
import { ScenarioMoves } from "./recode";

/**
 * The moves that merge every practice of `fromCode` into `intoCode` (the merged CCG keeps `intoCode`, its
 * name and its CCG table figures).
 * @param baseline the analysis
 * @param fromCode the CCG whose practices move
 * @param intoCode the CCG they join (an existing or a new code)
 * @returns practice code → `intoCode` for each practice of `fromCode` (empty when it has none)
 * @example mergeMoves(result, "10C", "10G").size // the practices of 10C
 */
export function mergeMoves(
  baseline: AnalysisResult,
  fromCode: string,
  intoCode: string
): ScenarioMoves {
  const moves = new Map<string, string>();
  const group = baseline.ccgs.findIndex((ccg) => ccg.code === fromCode);
  if (group < 0 || fromCode === intoCode) return moves;
  for (let index = 0; index < baseline.practices.count; index++) {
    if (baseline.practiceCcg[index] === group)
      moves.set(baseline.practices.code[index] ?? "", intoCode);
  }
  return moves;
}

/**
 * The merged CCG of `fromCode`'s practices joining `intoCode`, from the whole scenario analysis
 * (`analyseScenario` of `mergeMoves`): the reference `mergedCcg` is tested against.
 * @example scenarioMergedCcg(result, "03N", "02P")?.rating
 */
export const scenarioMergedCcg: MergedCcgOf = (baseline, fromCode, intoCode) => {
  const known = new Set(baseline.ccgs.map((ccg) => ccg.code));
  if (!known.has(fromCode) || !known.has(intoCode) || fromCode === intoCode) return null;
  const outcome = analyseScenario(baseline, mergeMoves(baseline, fromCode, intoCode));
  const merged = outcome.result.ccgs.find((ccg) => ccg.code === intoCode);
  return merged === undefined ? null : mergedFromAnalysis(merged);
};

/** One suggested partner with the merged CCG's figures. */
export interface MergePartner {
  readonly code: string;
  readonly name: string | null;
  readonly population: number;
  /** £. */
  readonly headroom: number;
  /** null when the merged CCG has no practice with coordinates. */
  readonly pieces: number | null;
  readonly standardDistanceKm: number | null;
  /** The merged CCG's configuration rating. */
  readonly rating: Rating;
}

/** Suggested partners of one CCG rated RED or AMBER on size or finance. */
export interface MergeSuggestion {
  readonly code: string;
  readonly name: string | null;
  /** Its configuration rating now. */
  readonly rating: Rating;
  /** Up to 3, best first. */
  readonly partners: readonly MergePartner[];
}

const RATING_ORDER: Readonly<Record<Rating, number>> = { GREEN: 0, AMBER: 1, RED: 2 };

/** Most partners suggested per CCG. */
export const MAX_MERGE_PARTNERS = 3;

/**
 * For each rated CCG that is RED or AMBER on size or finance, up to 3 territory-adjacent rated CCGs to merge
 * with, ranked by the merged configuration rating, then the lowest merged weighted standard distance,
 * then code. The CCG's practices join the partner (the merged CCG keeps the partner's code and CCG table
 * figures).
 * @param baseline the analysis
 * @param mergedOf how each merged CCG is found: by default for that CCG alone on the baseline's geometry
 *   (`mergedCcg`); `scenarioMergedCcg` analyses the whole scenario (the same figures, slower)
 * @returns one suggestion per such CCG with at least one adjacent partner, in code order
 * @example suggestMerges(result)[0].partners[0].code
 */
export function suggestMerges(
  baseline: AnalysisResult,
  mergedOf: MergedCcgOf = mergedCcg
): readonly MergeSuggestion[] {
  const suggestions: MergeSuggestion[] = [];
  baseline.ccgs.forEach((ccg, group) => {
    if (!ccg.rated) return;
    const short = [ccg.components.size.rating, ccg.components.finance.rating].some(
      (rating) => rating === "RED" || rating === "AMBER"
    );
    if (!short) return;
    const partners: MergePartner[] = [];
    for (const other of adjacentCcgsOf(baseline, group)) {
      const partner = baseline.ccgs[other];
      if (partner === undefined || !partner.rated) continue;
      const merged = mergedOf(baseline, ccg.code, partner.code);
      if (merged === null) continue;
      partners.push({
        code: partner.code,
        name: partner.name,
        population: merged.population,
        headroom: merged.headroom,
        pieces: merged.geography?.pieces ?? null,
        standardDistanceKm: merged.geography?.standardDistanceKm ?? null,
        rating: merged.rating,
      });
    }
    partners.sort(
      (a, b) =>
        RATING_ORDER[a.rating] - RATING_ORDER[b.rating] ||
        (a.standardDistanceKm ?? Infinity) - (b.standardDistanceKm ?? Infinity) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
    );
    if (partners.length > 0)
      suggestions.push({
        code: ccg.code,
        name: ccg.name,
        rating: ccg.rating,
        partners: partners.slice(0, MAX_MERGE_PARTNERS),
      });
  });
  return suggestions;
}
