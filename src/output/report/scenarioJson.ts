/** Scenarios and merge suggestions in the runner's JSON (SPEC §8.1). */
import type { MergeSuggestion, ScenarioOutcome } from "../../engine/scenario";
import { ccgJson, roundTo, ScenarioJson } from "./jsonReport";

/**
 * A scenario as `{ name, ccgs, changed }`: every CCG of the scenario's analysis in the report's schema.
 * @example scenarioJson("Merge", outcome).changed // ["10C", "10G"]
 */
export function scenarioJson(name: string, outcome: ScenarioOutcome): ScenarioJson {
  return { name, ccgs: outcome.result.ccgs.map(ccgJson), changed: [...outcome.changed] };
}

/** `suggest --json`: money to pence, km to 0.01. */
export interface SuggestionsJson {
  suggestions: {
    code: string;
    rating: string;
    partners: {
      code: string;
      population: number;
      headroom: number;
      pieces: number | null;
      standardDistanceKm: number | null;
      rating: string;
    }[];
  }[];
}

/**
 * The suggestions as `suggest --json` prints them.
 * @example suggestionsJson(suggestMerges(result)).suggestions[0]?.partners[0]?.code
 */
export function suggestionsJson(suggestions: readonly MergeSuggestion[]): SuggestionsJson {
  return {
    suggestions: suggestions.map((suggestion) => ({
      code: suggestion.code,
      rating: suggestion.rating,
      partners: suggestion.partners.map((partner) => ({
        code: partner.code,
        population: partner.population,
        headroom: roundTo(partner.headroom, 2) ?? 0,
        pieces: partner.pieces,
        standardDistanceKm: roundTo(partner.standardDistanceKm, 2),
        rating: partner.rating,
      })),
    })),
  };
}
