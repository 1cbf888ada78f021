/** `ccg-footprint sample` and `ccg-footprint demo`. */
import { analyseChosenScenarios } from "./scenarioCommands";
import { formatScenarioComparison } from "./scenarioTable";
import { scenarioComparisonContents } from "../output/scenarioComparisonSheet";
import fs from "node:fs";
import path from "node:path";
import { formatCount } from "../engine/format";
import { buildOutputContents } from "../output/tableSheet";
import { generateSampleWorkbook } from "../sample/generateSample";
import { SampleCommand } from "./args";
import {
  analyseOrFail,
  describeAnalysis,
  scoreOrFail,
  summariseScoringSheets,
} from "./analyseCommand";
import { scoringContents } from "../output/scoring/scoringContents";
import { formatScoringTable } from "./scoringTable";
import { CliFailure, CliIo } from "./io";
import { formatRagTable } from "./ragTable";
import { readWorkbookForAnalysis, writeAnalysedWorkbook, writeDataWorkbook } from "./workbookFiles";

/** Folder the demo writes into, under the current directory. */
export const DEMO_FOLDER = "ccg-footprint-demo";

/**
 * Run `sample`: write a deterministic sample workbook. Without `-o` it writes `sample.xlsx` and refuses to
 * replace an existing file of that name.
 */
export async function runSample(command: SampleCommand, io: CliIo): Promise<number> {
  const outputPath = path.resolve(io.cwd, command.output ?? "sample.xlsx");
  if (command.output === null && fs.existsSync(outputPath)) {
    throw new CliFailure(
      `${path.relative(io.cwd, outputPath)} already exists; name another file with -o`
    );
  }
  let data;
  try {
    data = generateSampleWorkbook({
      practices: command.practices,
      ccgs: command.ccgs,
      seed: command.seed,
    });
  } catch (error) {
    throw new CliFailure(error instanceof Error ? error.message : String(error), 2);
  }
  await writeDataWorkbook(data, outputPath);
  const practices = (data.sheets[0]?.rows.length ?? 1) - 1;
  io.stdout(
    `Wrote ${path.relative(io.cwd, outputPath) || outputPath}: ${formatCount(practices)} practice rows (sheets ${data.sheets.map((s) => s.name).join(", ")}).\n`
  );
  return 0;
}

/** Run `demo`: a sample workbook and its analysis in ./ccg-footprint-demo/, with a RAG table printed. */
export async function runDemo(io: CliIo): Promise<number> {
  const folder = path.resolve(io.cwd, DEMO_FOLDER);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new CliFailure(
      `cannot create ${DEMO_FOLDER}/: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  const samplePath = path.join(folder, "sample.xlsx");
  const analysedPath = path.join(folder, "sample.analysed.xlsx");
  await writeDataWorkbook(generateSampleWorkbook(), samplePath);
  const input = await readWorkbookForAnalysis(samplePath);
  const analysis = analyseOrFail("sample.xlsx", input.data, {});
  // The flagged CCGs get authorisation scoring sheets (SPEC §4).
  const scoring = scoreOrFail("sample.xlsx", input.data, analysis, "flagged");
  const result = { ...analysis, dataQuality: [...analysis.dataQuality, ...scoring.dataQuality] };
  // The sample's Scenarios sheet: a merge and an exclave moved home (SPEC §5).
  const scenarios =
    (result.scenarios ?? []).length > 0 ? analyseChosenScenarios("sample.xlsx", result, "all") : [];
  const written = await writeAnalysedWorkbook(
    input,
    [
      ...buildOutputContents(result),
      ...scenarioComparisonContents(result, scenarios),
      ...scoringContents(scoring),
    ],
    samplePath,
    analysedPath
  );
  io.stdout(
    `Wrote ${path.relative(io.cwd, samplePath)} (a generated England-like practice list).\n`
  );
  const sheets = summariseScoringSheets(written.sheets, scoring.ccgs.length);
  io.stdout(`${describeAnalysis(result, path.relative(io.cwd, analysedPath), sheets)}\n\n`);
  io.stdout(`${formatRagTable(result)}\n\n`);
  io.stdout(`${formatScoringTable(scoring)}\n`);
  for (const { name, outcome } of scenarios)
    io.stdout(`\n${formatScenarioComparison(name, outcome, result.ccgs.length)}\n`);
  return 0;
}
