/** Footprint scenarios and merge suggestions (SPEC §5, issue #12). */
export type { ScenarioMoves, RecodedPractices } from "./recode";
export { recodePractices, practiceIndexByCode } from "./recode";
export type { ScenarioOutcome, ScenarioGeography } from "./analyseScenario";
export { analyseScenario, fullScenarioGeography } from "./analyseScenario";
export type { CcgComparison, ComparedFigures } from "./compare";
export type { MergePartner, MergeSuggestion } from "./mergeSuggestions";
export {
  mergeMoves,
  suggestMerges,
  scenarioMergedCcg,
  MAX_MERGE_PARTNERS,
} from "./mergeSuggestions";
export { mergedCcg } from "./mergedCcg";
export type { MergedCcg, MergedCcgOf, MergedGeography } from "./mergedCcg";
export { adjacentCcgs, adjacentCcgsOf, reusedScenarioGeography } from "./baselineGeometry";
export type { ScenarioDefinition } from "./readScenarios";
export { readScenarios, findScenariosSheet, SCENARIOS_SHEET } from "./readScenarios";
