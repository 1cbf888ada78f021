/**
 * The analysis worker: runs the pure engine off the page's main thread, posting each stage and row count
 * as it goes, then the result (or the failure's name and message: never a stack trace).
 * Loaded only by workerAnalyser.ts (`new Worker(new URL("./analysisWorker.ts", import.meta.url))`).
 */
/* global MessageEvent, self */
import { analyseWorkbook } from "../../engine/analyse";
import type { WorkerReply, WorkerRequest } from "./messages";

/** The worker's global scope, as much of it as is used (the project compiles against the DOM library). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = (event) => {
  const { workbook, mapping, practiceSheet, assumptions } = event.data;
  try {
    const result = analyseWorkbook(workbook, {
      mapping,
      practiceSheet: practiceSheet ?? null,
      assumptions,
      onStage: (stage) => scope.postMessage({ type: "progress", event: { kind: "stage", stage } }),
      onProgress: (done, total) =>
        scope.postMessage({ type: "progress", event: { kind: "rows", done, total } }),
    });
    scope.postMessage({ type: "result", result });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ type: "failure", name: failure.name, message: failure.message });
  }
};
