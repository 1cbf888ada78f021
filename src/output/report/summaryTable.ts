/** The `CCG Summary` sheet (SPEC §6): one row per CCG. */
import { AnalysisResult, CcgAnalysis } from "../../engine/analysis";
import { LOCAL_AUTHORITY_FIT_LABELS } from "../../engine/localAuthorityFit";
import { OutputTable, OutputValue } from "./outputTable";
import { ColumnSpec, buildTable, yesNo } from "./columns";
import { MergeSuggestion, suggestMerges } from "../../engine/scenario/mergeSuggestions";

/** Headers other surfaces look up by name (the task pane's chart, tests). */
export const SUMMARY_HEADERS = {
  code: "Code",
  name: "Name",
  kind: "Kind",
  population: "Population",
  headroom: "Headroom (£)",
  breakEvenPerHead: "Break-even £/head",
  rating: "Configuration rating",
  suggestedMerge: "Suggested merge",
} as const;

/** A rating cell: blank for a code set aside (not a CCG, `include_non_ccg` 0). */
function ratedOnly(ccg: CcgAnalysis, rating: OutputValue): OutputValue {
  return ccg.rated ? rating : null;
}

const PLANNED_COLUMNS: readonly ColumnSpec<CcgAnalysis>[] = [
  { header: "Planned running costs (£)", format: "gbp", value: (c) => c.plannedRunningCosts },
  { header: "Planned cost per head (£)", format: "gbpPence", value: (c) => c.plannedCostPerHead },
  { header: "Planned minus allowance (£)", format: "gbp", value: (c) => c.plannedMinusAllowance },
];

function summaryColumns(
  withPlanned: boolean,
  suggestedMerges: ReadonlyMap<string, string>
): ColumnSpec<CcgAnalysis>[] {
  return [
    { header: SUMMARY_HEADERS.code, format: "text", width: 8, value: (c) => c.code },
    { header: SUMMARY_HEADERS.name, format: "text", width: 36, value: (c) => c.name },
    { header: SUMMARY_HEADERS.kind, format: "text", width: 10, value: (c) => c.kind },
    { header: "Practices", format: "integer", value: (c) => c.practices },
    {
      header: SUMMARY_HEADERS.population,
      format: "integer",
      width: 12,
      value: (c) => c.population,
    },
    {
      header: "Running cost allowance (£)",
      format: "gbp",
      width: 14,
      value: (c) => c.runningCostAllowance,
    },
    { header: "Fixed costs (£)", format: "gbp", width: 13, value: (c) => c.fixedCosts },
    { header: "Commissioning support (£)", format: "gbp", width: 14, value: (c) => c.support },
    { header: SUMMARY_HEADERS.headroom, format: "gbp", width: 13, value: (c) => c.headroom },
    { header: "Headroom per head (£)", format: "gbpPence", value: (c) => c.headroomPerHead },
    { header: "Break-even population", format: "integer", value: (c) => c.breakEvenPopulation },
    {
      header: SUMMARY_HEADERS.breakEvenPerHead,
      format: "gbpPence",
      width: 12,
      value: (c) => c.breakEvenPerHead,
    },
    ...(withPlanned ? PLANNED_COLUMNS : []),
    { header: "Pieces", format: "integer", value: (c) => c.geography?.pieces ?? null },
    {
      header: "Detached share",
      format: "percent",
      value: (c) => c.geography?.detachedShare ?? null,
    },
    {
      header: "Standard distance (km)",
      format: "decimal1",
      value: (c) => c.geography?.standardDistanceKm ?? null,
    },
    {
      header: "Max distance (km)",
      format: "decimal1",
      value: (c) => c.geography?.maxDistanceKm ?? null,
    },
    {
      header: "Hull area (km²)",
      format: "decimal1",
      value: (c) => c.geography?.hullAreaKm2 ?? null,
    },
    {
      header: "Neighbour purity",
      format: "percent",
      // Not defined when the CCG's located practices are the only ones located at all.
      value: (c) => finiteOrNull(c.geography?.purity),
    },
    {
      header: "Embedded practices",
      format: "integer",
      value: (c) => c.geography?.embeddedPractices ?? null,
    },
    { header: "Surrounded by", format: "text", value: (c) => c.geography?.surroundedBy ?? null },
    {
      header: "Local-authority fit",
      format: "text",
      width: 20,
      value: (c) =>
        c.localAuthorityFit === null ? null : LOCAL_AUTHORITY_FIT_LABELS[c.localAuthorityFit.fit],
    },
    { header: "Member share", format: "percent", value: (c) => c.memberShare },
    {
      header: "Collaborative arrangement",
      format: "text",
      value: (c) => yesNo(c.collaborativeArrangement),
    },
    { header: "Size", format: "rating", value: (c) => ratedOnly(c, c.components.size.rating) },
    {
      header: "Finance",
      format: "rating",
      value: (c) => ratedOnly(c, c.components.finance.rating),
    },
    {
      header: "Geography",
      format: "rating",
      value: (c) => ratedOnly(c, c.components.geography.rating),
    },
    {
      header: "Local authority",
      format: "rating",
      value: (c) => ratedOnly(c, c.components.localAuthority.rating),
    },
    {
      header: "Membership",
      format: "rating",
      value: (c) => ratedOnly(c, c.components.membership.rating),
    },
    {
      header: SUMMARY_HEADERS.rating,
      format: "rating",
      width: 14,
      value: (c) => ratedOnly(c, c.rating),
    },
    {
      header: SUMMARY_HEADERS.suggestedMerge,
      format: "text",
      width: 24,
      value: (c) => suggestedMerges.get(c.code) ?? null,
    },
    {
      header: "Reasons",
      format: "text",
      width: 80,
      value: (c) => (c.reasons.length > 0 ? c.reasons.join("; ") : null),
    },
  ];
}

/**
 * The CCG Summary table: one row per CCG in code order. `Kind` says `CCG` or the kind of a code that is
 * not a CCG; a code set aside has blank ratings and the reason that says so. Planned-cost columns appear when the CCG table
 * gives any CCG planned running costs. `Suggested merge` names the best partner of a CCG red or amber on
 * size or finance ({@link suggestedMergeText}).
 */
export function buildSummaryTable(result: AnalysisResult): OutputTable {
  const withPlanned = result.ccgs.some((ccg) => ccg.plannedRunningCosts !== null);
  const suggested = new Map<string, string>();
  for (const suggestion of suggestMerges(result)) {
    const text = suggestedMergeText(suggestion);
    if (text !== null) suggested.set(suggestion.code, text);
  }
  return buildTable(
    "CCG Summary",
    "CCGSummary",
    summaryColumns(withPlanned, suggested),
    result.ccgs
  );
}

/**
 * The `Suggested merge` cell: the CCG, its best partner and the merged CCG's configuration rating (the
 * CCG's practices join the partner, which keeps its code). Null without a partner.
 * @example suggestedMergeText(suggestion) // "03N → 02P (merged AMBER)"
 */
export function suggestedMergeText(suggestion: MergeSuggestion): string | null {
  const best = suggestion.partners[0];
  return best === undefined ? null : `${suggestion.code} → ${best.code} (merged ${best.rating})`;
}

/** A number, or blank when there is none or it is not finite (e.g. purity without neighbours). */
function finiteOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}
