/* global NodeJS, process */
/** `ccg-footprint analyse`: read a workbook, analyse it, write the output workbook and/or JSON. */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { analyseWorkbook } from "../engine/analyse";
import { AnalysisResult } from "../engine/analysis";
import { UnusableInputError } from "../engine/errors";
import { formatCount } from "../engine/format";
import { buildJsonReport } from "../engine/report/jsonReport";
import { buildOutputContents } from "../output/tableSheet";
import { renderMapSvg } from "../engine/map/mapSvg";
import { AnalyseCommand } from "./args";
import { CliFailure, CliIo } from "./io";
import { formatRagTable, ratingCounts } from "./ragTable";
import { ProgressLine } from "./progress";
import { readWorkbookForAnalysis, writeAnalysedWorkbook } from "./workbookFiles";

/** `<input name>.analysed.xlsx` beside the input (SPEC §8.1). */
export function defaultOutputPath(inputPath: string): string {
  const parsed = path.parse(inputPath);
  return path.join(parsed.dir, `${parsed.name}.analysed.xlsx`);
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
  const input = await readWorkbookForAnalysis(inputPath);
  const progress = new ProgressLine(io, 50_000);
  const result = analyseOrFail(label, input.data, {
    mapping: command.mapping,
    assumptions: command.assumptions,
    onProgress: (done, total) =>
      progress.update(
        `Analysing ${label}: ${formatCount(done)} of ${formatCount(total)} rows`,
        total
      ),
  });
  progress.clear();
  if (command.svg !== null) {
    // Before the workbook, so a bad --svg path fails the run before anything else is written.
    await writeTextFileSafely(path.resolve(io.cwd, command.svg), renderMapSvg(result), command.svg);
  }
  const outputPath =
    command.output !== null
      ? path.resolve(io.cwd, command.output)
      : command.json
        ? null
        : defaultOutputPath(inputPath);
  let sheets: string[] = [];
  if (outputPath !== null) {
    const written = await writeAnalysedWorkbook(
      input,
      buildOutputContents(result),
      inputPath,
      outputPath
    );
    sheets = written.sheets;
    for (const notice of written.notices) io.stderr(`note: ${notice}\n`);
  }
  if (command.json) {
    io.stdout(`${JSON.stringify(buildJsonReport(result), null, 2)}\n`);
  } else {
    io.stdout(
      `${describeAnalysis(result, outputPath === null ? null : path.relative(io.cwd, outputPath) || outputPath, sheets)}\n`
    );
    if (command.svg !== null) io.stdout(`Wrote the map to ${command.svg}.\n`);
    if (result.ccgs.some((ccg) => ccg.rating !== "GREEN" || !ccg.rated))
      io.stdout(`\n${formatRagTable(result, 10)}\n`);
  }
  return 0;
}
