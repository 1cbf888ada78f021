/** Writing to the workbook for the pane: which host calls a choice of sheets makes, and what the user is told. */
import type { AnalysisResult } from "../../engine/analysis";
import type { WorkbookData } from "../../engine/cells";
import type { OutputSheetName } from "../../output/report/outputTable";
import { buildOutputContents } from "../../output/tableSheet";
import type { WorkbookHost, WriteAssumptionsSummary } from "../host/workbookHost";
import { PaneMessage, listInWords } from "./paneState";

/** The sheets written (as the user sees their names) and the host's notices. */
export interface SheetsWritten {
  readonly sheets: readonly string[];
  readonly notices: readonly string[];
  /** The user's own Assumptions sheet, when it was chosen and kept as it is. */
  readonly keptAssumptionsSheet?: string;
}

/**
 * Writes the chosen outputs of an analysis: the tables in one call, then (when chosen) the assumptions in
 * force, into a sheet CCG Footprint owns (new, or its own from an earlier run; see
 * WorkbookHost.writeAssumptions). A workbook's own `Assumptions` sheet is left as it is (SPEC §6, §7):
 * only "Save" in the Assumptions section writes into it, on the user's request.
 * @param host - the workbook
 * @param result - the analysis
 * @param chosen - the sheets the user ticked
 * @param workbook - the workbook as last read (which sheets CCG Footprint owns)
 * @returns the sheets written, notices, and the user's Assumptions sheet when it was kept
 * @example await writeChosenSheets(host, result, ["CCG Summary", "Assumptions"], workbook)
 */
export async function writeChosenSheets(
  host: WorkbookHost,
  result: AnalysisResult,
  chosen: readonly OutputSheetName[],
  workbook: WorkbookData | null
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
  const usersOwn = usersAssumptionsSheet(result, workbook);
  if (chosen.includes("Assumptions") && usersOwn === null) {
    const summary = await host.writeAssumptions(result.assumptions.assumptions);
    sheets.push(summary.sheetName);
    notices.push(...summary.notices);
  }
  return chosen.includes("Assumptions") && usersOwn !== null
    ? { sheets, notices, keptAssumptionsSheet: usersOwn }
    : { sheets, notices };
}

/** The name of the workbook's own Assumptions sheet (one CCG Footprint does not own), or null. */
function usersAssumptionsSheet(
  result: AnalysisResult,
  workbook: WorkbookData | null
): string | null {
  const name = result.assumptions.sheetName;
  if (name === null) return null;
  return (workbook?.ownedSheets ?? []).includes(name) ? null : name;
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
  const kept =
    written.keptAssumptionsSheet === undefined
      ? ""
      : ` Your own sheet '${written.keptAssumptionsSheet}' is kept as it is (Save in the Assumptions section writes the pane's values into it).`;
  return {
    section: "write",
    intent: written.notices.length > 0 ? "warning" : "success",
    text:
      written.sheets.length === 0
        ? `Nothing was written.${kept}`
        : (kind === "preview"
            ? `Added ${names} to the workbook and started its download (the link below downloads it again).`
            : `Wrote ${names}.`) + kept,
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
