/* global NodeJS, process */
/** `ccg-footprint analyse`: read a workbook, analyse it, write the output workbook and/or JSON. */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { analyseWorkbook } from "../engine/analyse";
import { AnalysisResult } from "../engine/analysis";
import { UnusableInputError } from "../engine/errors";
import { formatCount } from "../engine/format";
import { buildJsonReport } from "../output/report/jsonReport";
import { MAX_DATA_QUALITY_ROWS } from "../output/report/dataQualityTable";
import { buildOutputContents } from "../output/tableSheet";
import { scoringContents } from "../output/scoring/scoringContents";
import { renderMapSvg } from "../engine/map/mapSvg";
import {
  SensitivityRangeError,
  SensitivityResult,
  analyseSensitivity,
} from "../engine/sensitivity";
import { scoringJson } from "../output/report/scoringJson";
import { WorkbookScoring, scoreWorkbook } from "../engine/scoring/scoreWorkbook";
import { AnalyseCommand } from "./args";
import { CliFailure, CliIo } from "./io";
import { formatRagTable, ratingCounts } from "./ragTable";
import { formatScoringTable } from "./scoringTable";
import { checkOutputPath, checkWorkbookFits } from "./outputPath";
import { ProgressLine } from "./progress";
import { readWorkbookForAnalysis, writeAnalysedWorkbook } from "./workbookFiles";
import { analyseChosenScenarios } from "./scenarioCommands";
import { formatScenarioComparison } from "./scenarioTable";
import { scenarioJson } from "../output/report/scenarioJson";
import { scenarioComparisonContents } from "../output/scenarioComparisonSheet";

/**
 * `<input name>.analysed.xlsx` beside the input (SPEC §8.1); a macro-enabled `.xlsm` input keeps
 * its type: `<input name>.analysed.xlsm`.
 */
export function defaultOutputPath(inputPath: string): string {
  const parsed = path.parse(inputPath);
  const extension = parsed.ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return path.join(parsed.dir, `${parsed.name}.analysed${extension}`);
}

/** Analyse with plain-words failures that name the file. */
export function analyseOrFail(
  fileLabel: string,
  data: Parameters<typeof analyseWorkbook>[0],
  options: Parameters<typeof analyseWorkbook>[1]
): AnalysisResult {
  try {
    return analyseWorkbook(data, options);
  } catch (error) {
    if (error instanceof UnusableInputError) throw new CliFailure(`${fileLabel}: ${error.message}`);
    throw error;
  }
}

/**
 * The sensitivity table of an analysis, or a plain-words failure naming the assumption (exit 1) when its
 * range cannot be used, e.g. "sample.xlsx: sensitivity_step 0 must be more than 0: …".
 */
export function sensitivityOrFail(fileLabel: string, result: AnalysisResult): SensitivityResult {
  try {
    return analyseSensitivity(result.ccgs, result.assumptions.assumptions);
  } catch (error) {
    if (error instanceof SensitivityRangeError) {
      const sources = result.assumptions.sources;
      const where =
        result.assumptions.sheetName !== null &&
        (sources.sensitivity_from === "sheet" ||
          sources.sensitivity_to === "sheet" ||
          sources.sensitivity_step === "sheet")
          ? ` (see sheet '${result.assumptions.sheetName}')`
          : "";
      throw new CliFailure(`${fileLabel}: ${error.message}${where}`);
    }
    throw error;
  }
}

/**
 * Score the CCGs `--scoring` asks for, plus those that already have a scoring sheet.
 * @throws CliFailure (exit 1) naming the file and a code that is not in the practice list
 */
export function scoreOrFail(
  fileLabel: string,
  data: Parameters<typeof scoreWorkbook>[0],
  result: AnalysisResult,
  selection: AnalyseCommand["scoring"]
): WorkbookScoring {
  try {
    return scoreWorkbook(data, result, selection ?? "none");
  } catch (error) {
    throw new CliFailure(`${fileLabel}: --scoring: ${(error as Error).message}`);
  }
}

/**
 * The sheet names written, with the scoring sheets (written last, then the Domain Summary) counted
 * rather than listed.
 * @example summariseScoringSheets(["CCG Summary", "Scoring 07L", "Scoring 08M", "Domain Summary"], 2)
 *   // ["CCG Summary", "2 scoring sheets", "Domain Summary"]
 */
export function summariseScoringSheets(sheets: readonly string[], scored: number): string[] {
  if (scored === 0) return [...sheets];
  const others = sheets.slice(0, sheets.length - scored - 1);
  return [
    ...others,
    scored === 1 ? "1 scoring sheet" : `${scored} scoring sheets`,
    ...sheets.slice(-1),
  ];
}

/** A few lines saying what was analysed and written. */
export function describeAnalysis(
  result: AnalysisResult,
  written: string | null,
  sheets: readonly string[]
): string {
  const counts = ratingCounts(result);
  const errors = result.dataQuality.filter((f) => f.severity === "error").length;
  const warnings = result.dataQuality.length - errors;
  const lines = [
    `Analysed ${formatCount(result.practices.count)} practices in ${formatCount(result.ccgs.length)} CCGs ` +
      `(population ${formatCount(result.totalPopulation)}) from sheet '${result.input.practiceSheet}'.`,
    `Ratings: RED ${counts.RED}, AMBER ${counts.AMBER}, GREEN ${counts.GREEN}. ` +
      `Data quality: ${formatCount(errors)} errors, ${formatCount(warnings)} warnings.`,
  ];
  if (written !== null) lines.push(`Wrote ${written} (${sheets.join(", ")}).`);
  return lines.join("\n");
}

/**
 * Write a text file through a temporary file beside it and a rename, so the path never holds a half-written
 * file; on failure the temporary file is removed and nothing is left at the path.
 * @param filePath absolute path of the file to create or replace
 * @param text the whole content (UTF-8)
 * @throws CliFailure (exit 1) naming the file and why, e.g. "cannot write 'maps/x.svg': the folder '/w/maps' does not exist"
 * @example await writeTextFileSafely("/tmp/map.svg", renderMapSvg(result));
 */
export async function writeTextFileSafely(
  filePath: string,
  text: string,
  label: string = filePath
): Promise<void> {
  const folder = path.dirname(filePath);
  const temporary = path.join(
    folder,
    `.${path.basename(filePath)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`
  );
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temporary, "wx");
    await handle.writeFile(text, "utf8");
    await handle.close();
    handle = undefined;
    await fs.rename(temporary, filePath);
  } catch (error) {
    if (handle !== undefined) await handle.close().catch(() => undefined);
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" || code === "ENOTDIR"
        ? `the folder '${folder}' does not exist`
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? `the folder '${folder}' is not writable`
          : code === "EISDIR"
            ? "it is a folder"
            : (error as Error).message;
    throw new CliFailure(`cannot write '${label}': ${reason}`);
  }
}

/**
 * Run `analyse`. With `--json` the JSON report is the only thing on stdout, and a workbook is written only
 * when `-o` names one.
 */
export async function runAnalyse(command: AnalyseCommand, io: CliIo): Promise<number> {
  const inputPath = path.resolve(io.cwd, command.input);
  const label = path.basename(inputPath);
  const outputPath =
    command.output !== null
      ? path.resolve(io.cwd, command.output)
      : command.json
        ? null
        : defaultOutputPath(inputPath);
  if (outputPath !== null) checkOutputPath(inputPath, outputPath, command.output ?? outputPath);
  if (command.svg !== null)
    checkOutputPath(inputPath, path.resolve(io.cwd, command.svg), command.svg);
  const input = await readWorkbookForAnalysis(inputPath);
  if (outputPath !== null) checkWorkbookFits(input.data, label);
  const progress = new ProgressLine(io, 50_000);
  const analysis = analyseOrFail(label, input.data, {
    mapping: command.mapping,
    assumptions: command.assumptions,
    onProgress: (done, total) =>
      progress.update(
        `Analysing ${label}: ${formatCount(done)} of ${formatCount(total)} rows`,
        total
      ),
  });
  progress.clear();
  const scoring = scoreOrFail(label, input.data, analysis, command.scoring);
  const result: AnalysisResult = {
    ...analysis,
    dataQuality: [...analysis.dataQuality, ...scoring.dataQuality],
  };
  const sensitivity = sensitivityOrFail(label, result);
  const scenarios =
    command.scenario === null ? [] : analyseChosenScenarios(label, result, command.scenario);
  if (command.svg !== null) {
    // Before the workbook, so a bad --svg path fails the run before anything else is written.
    await writeTextFileSafely(path.resolve(io.cwd, command.svg), renderMapSvg(result), command.svg);
  }
  let sheets: string[] = [];
  if (outputPath !== null) {
    const written = await writeAnalysedWorkbook(
      input,
      [
        ...buildOutputContents(result),
        ...scenarioComparisonContents(result, scenarios),
        ...scoringContents(scoring),
      ],
      inputPath,
      outputPath
    );
    sheets = summariseScoringSheets(written.sheets, scoring.ccgs.length);
    for (const notice of written.notices) io.stderr(`note: ${notice}\n`);
    if (result.dataQuality.length > MAX_DATA_QUALITY_ROWS)
      io.stderr(
        `note: the Data Quality sheet lists the first ${formatCount(MAX_DATA_QUALITY_ROWS - 1)} of ` +
          `${formatCount(result.dataQuality.length)} findings (a sheet holds ${formatCount(MAX_DATA_QUALITY_ROWS + 1)} rows); --json lists them all\n`
      );
  }
  if (command.json) {
    const report = buildJsonReport(result, sensitivity);
    if (command.scenario !== null)
      report.scenarios = scenarios.map(({ name, outcome }) => scenarioJson(name, outcome));
    const json = scoring.ccgs.length > 0 ? { ...report, scoring: scoringJson(scoring) } : report;
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(
      `${describeAnalysis(result, outputPath === null ? null : path.relative(io.cwd, outputPath) || outputPath, sheets)}\n`
    );
    if (command.svg !== null) io.stdout(`Wrote the map to ${command.svg}.\n`);
    if (result.ccgs.some((ccg) => ccg.rating !== "GREEN" || !ccg.rated))
      io.stdout(`\n${formatRagTable(result, 10)}\n`);
    if (scoring.ccgs.length > 0) io.stdout(`\n${formatScoringTable(scoring, 10)}\n`);
    for (const { name, outcome } of scenarios)
      io.stdout(`\n${formatScenarioComparison(name, outcome, result.ccgs.length)}\n`);
  }
  return 0;
}
