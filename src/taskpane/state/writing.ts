/** Writing to the workbook for the pane: which host calls a choice of sheets makes, and what the user is told. */
import type { AnalysisResult } from "../../engine/analysis";
import type { OutputSheetName } from "../../output/report/outputTable";
import { buildOutputContents } from "../../output/tableSheet";
import type { WorkbookHost, WriteAssumptionsSummary } from "../host/workbookHost";
import { PaneMessage, listInWords } from "./paneState";

/** The sheets written (as the user sees their names) and the host's notices. */
export interface SheetsWritten {
  readonly sheets: readonly string[];
  readonly notices: readonly string[];
}

/**
 * Writes the chosen outputs of an analysis: the tables in one call, then (when chosen) the assumptions in
 * force, into the workbook's own Assumptions sheet or a new one (see WorkbookHost.writeAssumptions).
 * @param host - the workbook
 * @param result - the analysis
 * @param chosen - the sheets the user ticked
 * @returns the sheets written and notices
 * @example await writeChosenSheets(host, result, ["CCG Summary", "Assumptions"])
 */
export async function writeChosenSheets(
  host: WorkbookHost,
  result: AnalysisResult,
  chosen: readonly OutputSheetName[]
): Promise<SheetsWritten> {
  const contents = buildOutputContents(
    result,
    chosen.filter((sheet) => sheet !== "Assumptions")
  );
  const sheets: string[] = [];
  const notices: string[] = [];
  if (contents.length > 0) {
    const summary = await host.writeOutputs(contents);
    sheets.push(...summary.written.map((entry) => entry.sheetName));
    notices.push(...summary.notices);
  }
  if (chosen.includes("Assumptions")) {
    const summary = await host.writeAssumptions(result.assumptions.assumptions);
    sheets.push(summary.sheetName);
    notices.push(...summary.notices);
  }
  return { sheets, notices };
}

/**
 * What the Write section says after writing.
 * @example sheetsWrittenMessage({ sheets: ["CCG Summary"], notices: [] }, "excel").text // "Wrote 'CCG Summary'."
 */
export function sheetsWrittenMessage(
  written: SheetsWritten,
  kind: WorkbookHost["kind"]
): PaneMessage {
  const names = listInWords(written.sheets.map((sheet) => `'${sheet}'`));
  return {
    section: "write",
    intent: written.notices.length > 0 ? "warning" : "success",
    text:
      kind === "preview"
        ? `Added ${names} to the workbook and started its download (the link below downloads it again).`
        : `Wrote ${names}.`,
    details: written.notices,
  };
}

/**
 * What the Assumptions section says after the editor's values were written.
 * @example assumptionsWrittenMessage({ sheetName: "Assumptions", created: false, updated: ["rca_per_head"], added: [], notices: [] }, "excel").text
 * // "Wrote 1 value to the sheet 'Assumptions'."
 */
export function assumptionsWrittenMessage(
  summary: WriteAssumptionsSummary,
  kind: WorkbookHost["kind"]
): PaneMessage {
  const changed = summary.updated.length + summary.added.length;
  const text = summary.created
    ? `Wrote every assumption to a new sheet '${summary.sheetName}'.`
    : changed === 0
      ? `The sheet '${summary.sheetName}' already holds these values.`
      : `Wrote ${changed} value${changed === 1 ? "" : "s"} to the sheet '${summary.sheetName}'` +
        (summary.added.length > 0
          ? ` (${summary.added.length} as new rows below the last one).`
          : ".");
  return {
    section: "assumptions",
    intent: summary.notices.length > 0 ? "warning" : "success",
    text: kind === "preview" ? `${text} It goes into the downloaded workbook.` : text,
    details: summary.notices,
  };
}
