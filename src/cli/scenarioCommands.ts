/** `analyse --scenario` and `suggest` (SPEC §5, §8.1): scenarios of the Scenarios sheet, merge suggestions. */
import path from "node:path";
import { AnalysisResult } from "../engine/analysis";
import {
  analyseScenario,
  ScenarioDefinition,
  ScenarioOutcome,
  SCENARIOS_SHEET,
  suggestMerges,
} from "../engine/scenario";
import { suggestionsJson } from "../output/report/scenarioJson";
import { analyseOrFail } from "./analyseCommand";
import { SuggestCommand } from "./args";
import { CliFailure, CliIo } from "./io";
import { formatSuggestions } from "./scenarioTable";
import { readWorkbookForAnalysis } from "./workbookFiles";

/** One analysed scenario. */
export interface NamedOutcome {
  readonly name: string;
  readonly outcome: ScenarioOutcome;
}

/**
 * The scenarios `--scenario` names (`all`, or one name, any case), analysed.
 * @throws CliFailure (exit 1) naming the file when the workbook has no such scenario
 */
export function analyseChosenScenarios(
  fileLabel: string,
  result: AnalysisResult,
  choice: string
): NamedOutcome[] {
  const scenarios: readonly ScenarioDefinition[] = result.scenarios ?? [];
  if (scenarios.length === 0)
    throw new CliFailure(
      `${fileLabel}: --scenario ${choice}: the workbook has no '${SCENARIOS_SHEET}' sheet with a Practice code column and a scenario column`
    );
  const chosen =
    choice.toLowerCase() === "all"
      ? scenarios
      : scenarios.filter((scenario) => scenario.name.toLowerCase() === choice.toLowerCase());
  if (chosen.length === 0)
    throw new CliFailure(
      `${fileLabel}: no scenario '${choice}' in sheet '${SCENARIOS_SHEET}' (its scenarios: ${scenarios.map((s) => s.name).join(", ")})`
    );
  return chosen.map((scenario) => ({
    name: scenario.name,
    outcome: analyseScenario(result, new Map(scenario.moves)),
  }));
}

/** Run `suggest`: the merge suggestions as text, or as JSON with `--json`. */
export async function runSuggest(command: SuggestCommand, io: CliIo): Promise<number> {
  const inputPath = path.resolve(io.cwd, command.input);
  const label = path.basename(inputPath);
  const input = await readWorkbookForAnalysis(inputPath);
  const result = analyseOrFail(label, input.data, {
    mapping: command.mapping,
    assumptions: command.assumptions,
  });
  const suggestions = suggestMerges(result);
  if (command.json) io.stdout(`${JSON.stringify(suggestionsJson(suggestions), null, 2)}\n`);
  else io.stdout(`${formatSuggestions(suggestions)}\n`);
  return 0;
}
