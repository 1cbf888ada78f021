/** Plain-text summaries of an analysis for a terminal. */
import { AnalysisResult, CcgAnalysis } from "../engine/analysis";
import { formatCount, formatPounds } from "../engine/format";
import { RATING_SEVERITY } from "../engine/ratings";
import { Rating } from "../engine/types";

/** Counts of CCGs by configuration rating (codes set aside as not CCGs are not counted). */
export function ratingCounts(result: Pick<AnalysisResult, "ccgs">): Record<Rating, number> {
  const counts: Record<Rating, number> = { RED: 0, AMBER: 0, GREEN: 0 };
  for (const ccg of result.ccgs) if (ccg.rated) counts[ccg.rating]++;
  return counts;
}

function pad(text: string, width: number, right = false): string {
  const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return right ? cut.padStart(width) : cut.padEnd(width);
}

const short = (rating: Rating | null): string => (rating === null ? "-" : rating);

/**
 * A RAG table: the red CCGs, then amber (codes set aside as not CCGs listed apart, above it), worst first within each by population, at most `limit` rows.
 */
export function formatRagTable(result: Pick<AnalysisResult, "ccgs">, limit = 25): string {
  const counts = ratingCounts(result);
  const setAside = result.ccgs.filter((ccg) => !ccg.rated);
  const lines: string[] = [
    `Configuration ratings: RED ${counts.RED}   AMBER ${counts.AMBER}   GREEN ${counts.GREEN}   (${result.ccgs.length - setAside.length} CCGs)`,
  ];
  if (setAside.length > 0)
    lines.push(
      `Set aside, not rated (not CCGs): ${setAside.map((ccg) => `${ccg.code} (${ccg.kind.toLowerCase()}, population ${formatCount(ccg.population)})`).join(", ")}`
    );
  lines.push("");
  const flagged = result.ccgs
    .filter((ccg) => ccg.rated && ccg.rating !== "GREEN")
    .sort(
      (a, b) =>
        RATING_SEVERITY[b.rating] - RATING_SEVERITY[a.rating] ||
        a.population - b.population ||
        (a.code < b.code ? -1 : 1)
    );
  if (flagged.length === 0) {
    lines.push("Every CCG is GREEN.");
    return lines.join("\n");
  }
  lines.push(
    [
      pad("Code", 5),
      pad("Name", 30),
      pad("Population", 11, true),
      pad("Headroom", 12, true),
      pad("Size", 6),
      pad("Finance", 7),
      pad("Geog", 6),
      pad("LA", 6),
      pad("Member", 6),
      pad("Rating", 6),
      "Reason",
    ].join(" ")
  );
  for (const ccg of flagged.slice(0, limit)) lines.push(formatRow(ccg));
  if (flagged.length > limit)
    lines.push(
      `… and ${flagged.length - limit} more red or amber CCGs (see the CCG Summary sheet)`
    );
  return lines.join("\n");
}

function formatRow(ccg: CcgAnalysis): string {
  const c = ccg.components;
  return [
    pad(ccg.code, 5),
    pad(ccg.name ?? "", 30),
    pad(formatCount(ccg.population), 11, true),
    pad(formatPounds(ccg.headroom), 12, true),
    pad(short(c.size.rating), 6),
    pad(short(c.finance.rating), 7),
    pad(short(c.geography.rating), 6),
    pad(short(c.localAuthority.rating), 6),
    pad(short(c.membership.rating), 6),
    pad(ccg.rating, 6),
    ccg.reasons[0] ?? "",
  ].join(" ");
}
