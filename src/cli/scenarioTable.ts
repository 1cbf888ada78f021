/** Plain-text scenario comparisons and merge suggestions for a terminal. */
import { formatCount, formatPounds } from "../engine/format";
import type { MergeSuggestion, ScenarioOutcome } from "../engine/scenario";
import type { ComparedFigures } from "../engine/scenario/compare";

function pad(text: string, width: number, right = false): string {
  const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return right ? cut.padStart(width) : cut.padEnd(width);
}

/** "a → b", or just "a" when equal. */
function change(before: string, after: string): string {
  return before === after ? before : `${before} → ${after}`;
}

function side(figures: ComparedFigures | null, pick: (f: ComparedFigures) => string): string {
  return figures === null ? "—" : pick(figures);
}

const km = (value: number | null): string => (value === null ? "-" : value.toFixed(1));
const share = (value: number | null): string =>
  value === null ? "-" : `${(value * 100).toFixed(1)}%`;

/**
 * One scenario's comparison: a line per touched CCG, baseline → scenario, and how many CCGs it left alone.
 * @param name the scenario's name
 * @param outcome analyseScenario's outcome
 * @param baselineCcgs number of CCGs in the baseline
 */
export function formatScenarioComparison(
  name: string,
  outcome: ScenarioOutcome,
  baselineCcgs: number
): string {
  const untouched = baselineCcgs - outcome.comparison.filter((row) => row.baseline !== null).length;
  const lines = [
    `Scenario '${name}': ${outcome.changed.length} CCGs touched, ${untouched} not touched (left out).`,
  ];
  if (outcome.comparison.length === 0) return lines.join("\n");
  lines.push(
    [
      pad("Code", 5),
      pad("Name", 26),
      pad("Moved", 9),
      pad("Population", 21),
      pad("Headroom", 25),
      pad("Pieces", 7),
      pad("Detached", 15),
      pad("Std dist km", 12),
      pad("Geography", 17),
      "Rating",
    ].join(" ")
  );
  for (const row of outcome.comparison) {
    const b = row.baseline;
    const s = row.scenario;
    const both = (pick: (f: ComparedFigures) => string): string =>
      change(side(b, pick), side(s, pick));
    lines.push(
      [
        pad(row.code, 5),
        pad(row.name ?? "", 26),
        pad(`+${row.practicesGained} -${row.practicesLost}`, 9),
        pad(
          both((f) => formatCount(f.population)),
          21
        ),
        pad(
          both((f) => formatPounds(f.headroom)),
          25
        ),
        pad(
          both((f) => String(f.pieces ?? "-")),
          7
        ),
        pad(
          both((f) => share(f.detachedShare)),
          15
        ),
        pad(
          both((f) => km(f.standardDistanceKm)),
          12
        ),
        pad(
          both((f) => f.ratings.geography ?? "-"),
          17
        ),
        both((f) => f.rating ?? "-"),
      ].join(" ")
    );
  }
  return lines.join("\n");
}

/**
 * The merge suggestions, one line per CCG: its rating, then each partner with the merged figures.
 * @example formatSuggestions(suggestMerges(result))
 */
export function formatSuggestions(suggestions: readonly MergeSuggestion[]): string {
  if (suggestions.length === 0)
    return "No CCG is RED or AMBER on size or finance: no merges to suggest.";
  const lines = [
    `Merge suggestions for ${suggestions.length} CCGs RED or AMBER on size or finance (merged figures; best first):`,
  ];
  for (const suggestion of suggestions) {
    lines.push(`${suggestion.code} ${suggestion.name ?? ""} (${suggestion.rating})`);
    for (const partner of suggestion.partners) {
      lines.push(
        `  with ${partner.code} ${partner.name ?? ""}: ${partner.rating}, population ${formatCount(partner.population)}, ` +
          `headroom ${formatPounds(partner.headroom)}, ${partner.pieces ?? "-"} piece${partner.pieces === 1 ? "" : "s"}, ` +
          `standard distance ${km(partner.standardDistanceKm)} km`
      );
    }
  }
  return lines.join("\n");
}
