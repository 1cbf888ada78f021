/**
 * What the task pane needs from the workbook it works on. Components and state never touch
 * `Excel.*`, `context.sync` or the package: they call these async functions. There are two
 * implementations: Excel (excelWorkbookHost.ts, over src/taskpane/excel/) and preview mode
 * (previewWorkbookHost.ts, a file the user picks in a browser, its package read and written on demand).
 */
/* global Blob, File */
import type { Assumptions } from "../../engine/assumptions";
import type { WorkbookData } from "../../engine/cells";
import type { OutputSheetName, SheetContent } from "../../output/sheetPlan";

/** Where the output sheets went. */
export interface WriteOutputsSummary {
  /** Each output and the sheet it went to (the contract name, or a diversion such as "CCG Summary (2)"). */
  readonly written: readonly { readonly output: OutputSheetName; readonly sheetName: string }[];
  /** Plain-words notices for the user (a user's sheet left untouched, a chart left out…). */
  readonly notices: readonly string[];
}

/** What writing the assumptions did. */
export interface WriteAssumptionsSummary {
  /** The sheet written: the workbook's own `Assumptions` sheet, or the one CCG Footprint created. */
  readonly sheetName: string;
  /** True when CCG Footprint created the sheet (the workbook had none). */
  readonly created: boolean;
  /** Keys whose Value cell was changed on an existing sheet. */
  readonly updated: readonly string[];
  /** Keys added as new rows below an existing sheet's last row. */
  readonly added: readonly string[];
  /** Plain-words notices (e.g. a Value cell holding a formula was left as it was). */
  readonly notices: readonly string[];
}

/** Where a scenario was saved. */
export interface WriteScenarioSummary {
  /** The workbook's `Scenarios` sheet, or the one created. */
  readonly sheetName: string;
  /** The column's header: the name asked for, or it with " (2)"… when the sheet had that name. */
  readonly scenarioName: string;
  /** True when the workbook had no Scenarios sheet and CCG Footprint added one. */
  readonly created: boolean;
  readonly notices: readonly string[];
}

/** The functions both hosts provide. */
interface WorkbookHostFunctions {
  /** The workbook's sheets as plain values (preview: the file picked; Excel: read afresh each call). */
  readWorkbook(): Promise<WorkbookData>;
  /** Writes output sheets CCG Footprint owns (SPEC §6, §7), as planned by src/output. */
  writeOutputs(contents: readonly SheetContent[]): Promise<WriteOutputsSummary>;
  /**
   * Writes assumption values: into the Value cells of the workbook's own `Assumptions` sheet (keys
   * missing there are added below its last row, only when they differ from the default), or, when the
   * workbook has none, as a new `Assumptions` sheet CCG Footprint owns.
   */
  writeAssumptions(assumptions: Assumptions): Promise<WriteAssumptionsSummary>;
  /**
   * Saves a scenario as a new column of the user's `Scenarios` sheet (created when absent), never
   * writing over a used cell (SPEC §5, §7; see scenariosSheetPlan.ts).
   * @param name - the scenario's name
   * @param proposed - practice code → proposed CCG code, for the practices that move
   */
  writeScenario(name: string, proposed: ReadonlyMap<string, string>): Promise<WriteScenarioSummary>;
}

/** The open Excel workbook. */
export interface ExcelWorkbookHost extends WorkbookHostFunctions {
  readonly kind: "excel";
}

/** The analysed workbook offered for download in preview mode. */
export interface PreparedDownload {
  readonly blob: Blob;
  /** `<input name>.analysed.xlsx`. */
  readonly fileName: string;
}

/** Preview mode: a workbook file picked in a browser, analysed and offered for download. */
export interface PreviewWorkbookHost extends WorkbookHostFunctions {
  readonly kind: "preview";
  /**
   * Reads a picked .xlsx, .xlsm or .csv file; later calls of readWorkbook return its data.
   * @returns the file's name
   * @throws Error in plain words (not a workbook, encrypted, an old .xls…)
   */
  openFile(file: File): Promise<{ readonly fileName: string }>;
  /** The picked workbook with every output written so far, as an .xlsx file. */
  prepareDownload(): Promise<PreparedDownload>;
}

/** Either host; `kind` tells them apart. */
export type WorkbookHost = ExcelWorkbookHost | PreviewWorkbookHost;
