/** The authorisation outcomes of scored CCGs as a plain-text table for a terminal. */
import type { DomainRating } from "../engine/scoring/domainRating";
import type { WorkbookScoring } from "../engine/scoring/scoreWorkbook";

const SHORT: Readonly<Record<DomainRating, string>> = {
  GREEN: "G",
  AMBER: "A",
  RED: "R",
  INCOMPLETE: ".",
};

/**
 * One line per scored CCG: code, the six domains (G, A, R, `.` incomplete, `-` no criteria), the
 * outcome and its first reason; at most `limit` lines.
 * @param scoring the workbook's scoring
 * @param limit most CCGs listed
 * @returns the table, or a sentence when nothing was scored
 * @example formatScoringTable(scoreWorkbook(workbook, analysis, "flagged"))
 */
export function formatScoringTable(scoring: WorkbookScoring, limit = 25): string {
  if (scoring.ccgs.length === 0) return "No CCG was scored.";
  const counts = new Map<string, number>();
  for (const ccg of scoring.ccgs)
    counts.set(ccg.assessment.outcome, (counts.get(ccg.assessment.outcome) ?? 0) + 1);
  const lines = [
    `Authorisation self-assessment of ${scoring.ccgs.length} CCGs (statuses prefilled from the analysis; the rest Not assessed):`,
    ...[...counts].map(([outcome, count]) => `  ${outcome}: ${count}`),
    "",
    "Domains 1 to 6: G green, A amber, R red, . incomplete (criteria not assessed), - no criteria.",
    `${"Code".padEnd(5)} ${"Domains".padEnd(7)} ${"Outcome".padEnd(42)} Reason`,
  ];
  for (const ccg of scoring.ccgs.slice(0, limit)) {
    const domains = ccg.domainRatings.map((rating) => (rating === null ? "-" : SHORT[rating]));
    lines.push(
      `${ccg.code.padEnd(5)} ${domains.join("").padEnd(7)} ${ccg.assessment.outcome.padEnd(42)} ${ccg.assessment.reasons[0] ?? ""}`
    );
  }
  if (scoring.ccgs.length > limit)
    lines.push(`… and ${scoring.ccgs.length - limit} more (see the Domain Summary sheet)`);
  return lines.join("\n");
}
