/*
 * Task pane entry (SPEC §8.3), started by the boot script (boot/boot.ts) after Office.js when the page runs
 * inside Office, alone in the preview. Waits for Office.js to say where the pane runs, then renders the pane with
 * the matching WorkbookHost: the open Excel workbook, or, outside Excel, preview mode on a picked file.
 * The engine runs in a Web Worker so the pane stays responsive. Nothing is exposed globally; the pane
 * marks `performance.mark("ccg-footprint:first-render")` once it has rendered.
 */
import { createRoot } from "react-dom/client";
import { detectHostKind } from "./boot/detectHost";
import { TaskPane } from "./components/TaskPane";
import { createExcelWorkbookHost } from "./host/excelWorkbookHost";
import { createPreviewWorkbookHost } from "./host/previewWorkbookHost";
import type { WorkbookHost } from "./host/workbookHost";
import { startAnalysisWorker } from "./worker/startAnalysisWorker";
import { createWorkerAnalyser } from "./worker/workerAnalyser";

const rootElement = document.getElementById("root");
if (rootElement === null) {
  throw new Error("taskpane.html has no element with id 'root' to hold the CCG Footprint pane.");
}
const root = rootElement;

void detectHostKind().then((kind) => {
  const host: WorkbookHost =
    kind === "excel" ? createExcelWorkbookHost() : createPreviewWorkbookHost();
  createRoot(root).render(
    <TaskPane host={host} analyser={createWorkerAnalyser(startAnalysisWorker)} />
  );
  requestAnimationFrame(() => performance.mark("ccg-footprint:first-render"));
});
