/**
 * Codes that are not CCGs (issue #15): each becomes one Data Quality row with its practices and
 * population, saying whether it is set aside or rated (`include_non_ccg`).
 */
import { CcgAnalysis } from "./analysis";
import { FindingList } from "./dataQuality";
import { formatCount, plural } from "./format";
import { PracticeListLocation } from "./locatePracticeList";
import { CCG_KIND } from "./organisationKind";

/**
 * The sentence that stands for the reasons of a code that is set aside.
 * @example setAsideReason("Q59", "Area team") // "Set aside: Q59 is not a CCG (area team); not rated (include_non_ccg is 0)"
 */
export function setAsideReason(code: string, kind: string): string {
  return `Set aside: ${code} is not a CCG (${kind.toLowerCase()}); not rated (include_non_ccg is 0)`;
}

/**
 * Add one warning per code that is not a CCG: its kind, practices and population, and what happens to it
 * (set aside, or rated when `include_non_ccg` is 1: the CCG's `rated`).
 * @param ccgs the analysed CCGs, each with its kind and whether it is rated
 * @param location where the practice list is (sheet and CCG code column)
 * @param findings where the rows go
 */
export function reportSetAsideCodes(
  ccgs: readonly CcgAnalysis[],
  location: PracticeListLocation,
  findings: FindingList
): void {
  const offset = location.mapping.columns.ccgCode;
  const column = offset === undefined ? null : (location.headers[offset] ?? null);
  for (const ccg of ccgs) {
    if (ccg.kind === CCG_KIND) continue;
    const what = `'${ccg.code}' is not a CCG (${ccg.kind.toLowerCase()}): ${plural(ccg.practices, "practice")}, population ${formatCount(ccg.population)}`;
    findings.warning(
      "notCcg",
      location.sheet.name,
      null,
      column,
      ccg.code,
      ccg.rated
        ? `${what}; rated as a CCG because include_non_ccg is 1`
        : `${what}; set aside: shown apart and left out of the ratings and RAG counts (set include_non_ccg to 1 to rate it)`
    );
  }
}
