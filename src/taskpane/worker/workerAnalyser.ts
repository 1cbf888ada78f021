/**
 * An Analyser that runs the engine in a Web Worker, so the pane repaints (the progress bar moves) while a
 * large workbook is analysed. Where a worker cannot start (no Worker, the script cannot load), it falls
 * back to analysing in this thread, and keeps doing so.
 */
/* global MessageEvent, Worker */
import { UnusableInputError } from "../../engine/errors";
import { Analyser, analyseInThisThread } from "../state/analyser";
import type { WorkerReply } from "./messages";

/** Rebuilds the engine's error from a failure message (the class does not survive structured cloning). */
function failureError(reply: { readonly name: string; readonly message: string }): Error {
  if (reply.name === "UnusableInputError") return new UnusableInputError(reply.message);
  const error = new Error(reply.message);
  error.name = reply.name;
  return error;
}

/** The parts of a Worker the analyser uses (a fake in tests). */
export type AnalysisWorker = Pick<Worker, "postMessage" | "terminate" | "onmessage" | "onerror">;

/**
 * Creates the worker-backed analyser: one short-lived worker per analysis.
 * @param startWorker - starts a worker running analysisWorker.ts (startAnalysisWorker in the built pane)
 * @param fallback - used where workers are unavailable (default: this thread)
 * @returns the analyser
 * @example const analyse = createWorkerAnalyser(startAnalysisWorker); const result = await analyse(request, showProgress);
 */
export function createWorkerAnalyser(
  startWorker: () => AnalysisWorker,
  fallback: Analyser = analyseInThisThread
): Analyser {
  let workersAvailable = true;
  return (request, onProgress) => {
    if (!workersAvailable) return fallback(request, onProgress);
    let worker: AnalysisWorker;
    try {
      worker = startWorker();
    } catch {
      workersAvailable = false;
      return fallback(request, onProgress);
    }
    return new Promise((resolve, reject) => {
      let heard = false;
      const useFallback = (): void => {
        worker.terminate();
        workersAvailable = false;
        fallback(request, onProgress).then(resolve, reject);
      };
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        heard = true;
        const reply = event.data;
        if (reply.type === "progress") {
          onProgress(reply.event);
          return;
        }
        worker.terminate();
        if (reply.type === "result") resolve(reply.result);
        else reject(failureError(reply));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        if (!heard) {
          useFallback();
          return;
        }
        worker.terminate();
        reject(
          new Error(
            `The analysis stopped unexpectedly (${event.message || "the background worker failed"}).`
          )
        );
      };
      try {
        worker.postMessage(request);
      } catch {
        useFallback();
      }
    });
  };
}
