/* global URL, Worker */
/**
 * Starts the analysis worker. The one place with `import.meta.url`: webpack sees
 * `new Worker(new URL("./analysisWorker.ts", import.meta.url))` and bundles the worker as its own file.
 * Imported only by the pane's entry (index.tsx); tests give workerAnalyser.ts a fake worker instead.
 * @returns a new worker running analysisWorker.ts
 */
export function startAnalysisWorker(): Worker {
  return new Worker(new URL("./analysisWorker.ts", import.meta.url));
}
