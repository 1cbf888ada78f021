/** What changed between two analyses: the CCGs whose configuration rating moved. */
import type { AnalysisResult } from "../../engine/analysis";
import type { Rating } from "../../engine/types";

/** One CCG whose rating moved. */
export interface RatingChange {
  readonly code: string;
  readonly name: string | null;
  readonly from: Rating;
  readonly to: Rating;
}

/**
 * The rated CCGs present in both analyses whose rating differs, in code order.
 * @param before - the previous analysis
 * @param after - the new one
 * @returns the moves, e.g. [{ code: "07L", name: "…", from: "AMBER", to: "RED" }]
 */
export function ratingChanges(before: AnalysisResult, after: AnalysisResult): RatingChange[] {
  const previous = new Map(
    before.ccgs.filter((ccg) => ccg.rated).map((ccg) => [ccg.code, ccg.rating] as const)
  );
  const changes: RatingChange[] = [];
  for (const ccg of after.ccgs) {
    const from = previous.get(ccg.code);
    if (ccg.rated && from !== undefined && from !== ccg.rating) {
      changes.push({ code: ccg.code, name: ccg.name ?? null, from, to: ccg.rating });
    }
  }
  return changes.sort((a, b) => a.code.localeCompare(b.code));
}
