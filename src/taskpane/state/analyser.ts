/**
 * Running the engine for the pane. An Analyser takes the prepared input and reports progress as it goes;
 * the pane uses a Web Worker (workerAnalyser.ts) so the progress bar moves and the pane stays responsive,
 * and falls back to this thread where workers are unavailable.
 */
/* global setTimeout */
import type { AnalysisStage } from "../../engine/analyse";
import { analyseWorkbook } from "../../engine/analyse";
import type { AnalysisResult } from "../../engine/analysis";
import type { Assumptions } from "../../engine/assumptions";
import type { WorkbookData } from "../../engine/cells";
import type { MappingOverrides } from "../../engine/headers";

/** What one analysis is given. */
export interface AnalysisRequest {
  readonly workbook: WorkbookData;
  readonly mapping: MappingOverrides;
  /** The sheet chosen for the practice list, or null to find it by its headers. */
  readonly practiceSheet?: string | null;
  readonly assumptions: Partial<Assumptions>;
}

/** Progress reported while the engine runs. */
export type AnalysisProgressEvent =
  | { readonly kind: "stage"; readonly stage: AnalysisStage }
  | { readonly kind: "rows"; readonly done: number; readonly total: number };

/** Runs one analysis. Rejects with the engine's error (an UnusableInputError keeps its message). */
export type Analyser = (
  request: AnalysisRequest,
  onProgress: (event: AnalysisProgressEvent) => void
) => Promise<AnalysisResult>;

/** Lets the browser paint (the progress bar, the disabled button) before a long synchronous step. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Analyses in this thread: progress is reported, but the page cannot repaint until the engine returns.
 * Used by tests and where Web Workers are unavailable.
 * @param request - the prepared input, mapping and assumption overrides
 * @param onProgress - receives each stage and row count
 * @returns the analysis
 * @throws UnusableInputError when the input has no usable practice list
 */
export const analyseInThisThread: Analyser = async (request, onProgress) => {
  await yieldToBrowser();
  return analyseWorkbook(request.workbook, {
    mapping: request.mapping,
    practiceSheet: request.practiceSheet ?? null,
    assumptions: request.assumptions,
    onStage: (stage) => onProgress({ kind: "stage", stage }),
    onProgress: (done, total) => onProgress({ kind: "rows", done, total }),
  });
};

/** How far along an analysis is, for the progress bar. */
export interface AnalysisProgress {
  /** 0 to 1. */
  readonly fraction: number;
  readonly label: string;
}

const STAGES: Readonly<Record<AnalysisStage, AnalysisProgress>> = {
  read: { fraction: 0.05, label: "Reading the practice list…" },
  costs: { fraction: 0.4, label: "Adding up populations and running costs…" },
  geography: {
    fraction: 0.5,
    label: "Working out the geography (territories, spread, neighbours)…",
  },
  ratings: { fraction: 0.92, label: "Rating each CCG…" },
};

/** Progress before the engine starts. */
export const STARTING: AnalysisProgress = { fraction: 0.02, label: "Starting…" };
/** Progress while the workbook is read before an analysis (Excel). */
export const READING_WORKBOOK: AnalysisProgress = {
  fraction: 0.01,
  label: "Reading the workbook…",
};

/**
 * The progress after an event: stages move the bar to fixed points (geography is the longest step);
 * row counts move it through the reading stage.
 * @example progressAfter(STARTING, { kind: "stage", stage: "geography" }).fraction // 0.5
 */
export function progressAfter(
  previous: AnalysisProgress,
  event: AnalysisProgressEvent
): AnalysisProgress {
  if (event.kind === "stage") return STAGES[event.stage];
  const read = STAGES.read;
  const share = event.total > 0 ? Math.min(1, event.done / event.total) : 0;
  return {
    fraction: Math.max(
      previous.fraction,
      read.fraction + share * (STAGES.costs.fraction - read.fraction)
    ),
    label: `Reading the practice list: ${event.done.toLocaleString("en-GB")} of ${event.total.toLocaleString("en-GB")} rows…`,
  };
}
