/** Scenarios saved in the workbook's `Scenarios` sheet, read back for the pane's "Load" (engine reader). */
import type { AnalysisResult } from "../../engine/analysis";
import type { WorkbookData } from "../../engine/cells";
import { normalisePracticeCode } from "../../engine/codes";
import { FindingList } from "../../engine/dataQuality";
import { readScenarios } from "../../engine/scenario";
import type { ScenarioDefinition } from "../../engine/scenario";

function scenariosOf(
  workbook: WorkbookData,
  baseline: AnalysisResult | null
): { scenarios: ScenarioDefinition[]; findings: FindingList } {
  const findings = new FindingList();
  const practices = new Set((baseline?.practices.code ?? []).map(normalisePracticeCode));
  const ccgs = new Set((baseline?.ccgs ?? []).map((ccg) => ccg.code));
  return { scenarios: readScenarios(workbook, practices, ccgs, findings), findings };
}

/**
 * The scenario names in the workbook's Scenarios sheet.
 * @returns the names in column order ([] without the sheet)
 */
export function savedScenarioNames(workbook: WorkbookData, baseline: AnalysisResult): string[] {
  return scenariosOf(workbook, baseline).scenarios.map((scenario) => scenario.name);
}

/**
 * One saved scenario's proposals against the baseline (practice code → proposed CCG code), with the
 * reader's findings about its cells (unknown practices, codes that are not CCG codes: left out).
 * @throws Error in plain words when the sheet has no such scenario
 */
export function savedScenarioMoves(
  workbook: WorkbookData,
  baseline: AnalysisResult,
  name: string
): { readonly proposed: ReadonlyMap<string, string>; readonly problems: readonly string[] } {
  const { scenarios, findings } = scenariosOf(workbook, baseline);
  const scenario = scenarios.find((s) => s.name === name);
  if (scenario === undefined) throw new Error(`The Scenarios sheet has no scenario '${name}'.`);
  const baselineCcg = new Map<string, string>();
  baseline.practices.code.forEach((code, i) =>
    baselineCcg.set(
      normalisePracticeCode(code),
      baseline.ccgs[baseline.practiceCcg[i] ?? -1]?.code ?? ""
    )
  );
  const proposed = new Map<string, string>();
  for (const [practice, ccg] of scenario.moves) {
    if (baselineCcg.get(practice) !== ccg) proposed.set(practice, ccg);
  }
  const problems = findings.findings.filter((f) => f.severity === "error").map((f) => f.message);
  return { proposed, problems };
}
