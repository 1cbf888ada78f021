/** Messages between the pane and the analysis worker (structured-cloned: plain values and typed arrays). */
import type { AnalysisResult } from "../../engine/analysis";
import type { AnalysisProgressEvent, AnalysisRequest } from "../state/analyser";

/** Pane → worker: one analysis. */
export type WorkerRequest = AnalysisRequest;

/** Worker → pane: progress, then the result or the failure. */
export type WorkerReply =
  | { readonly type: "progress"; readonly event: AnalysisProgressEvent }
  | { readonly type: "result"; readonly result: AnalysisResult }
  | { readonly type: "failure"; readonly name: string; readonly message: string };
