/**
 * Preview mode (SPEC §8.3): outside Excel the pane works on a workbook file the user picks. The file never
 * leaves the browser; outputs are added to an in-memory copy offered for download. The package reader
 * and writer (src/package, through preview/) are loaded on first use with dynamic `import()`, so they are
 * not part of the pane's first load.
 */
/* global Blob, File, FileReader */
import type { Assumptions } from "../../engine/assumptions";
import type { SheetContent } from "../../output/sheetPlan";
import type { LoadedWorkbook } from "../preview/previewWorkbook";
import type {
  PreparedDownload,
  PreviewWorkbookHost,
  WriteAssumptionsSummary,
  WriteOutputsSummary,
  WriteScenarioSummary,
} from "./workbookHost";

/** The lazily loaded workbook module (a type, so importing it here loads nothing). */
export type PreviewWorkbookModule = typeof import("../preview/previewWorkbook");

/** MIME type of an .xlsx file. */
export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** MIME type of a macro-enabled .xlsm file. */
export const XLSM_MIME_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

/**
 * The name of the analysed copy of a picked file (SPEC §8.1's default output name); a
 * macro-enabled .xlsm keeps its type.
 * @example analysedFileName("practices.csv") // "practices.analysed.xlsx"
 * @example analysedFileName("tools.xlsm") // "tools.analysed.xlsm"
 */
export function analysedFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const extension = dot > 0 && base.slice(dot).toLowerCase() === ".xlsm" ? "xlsm" : "xlsx";
  return `${stem || "workbook"}.analysed.${extension}`;
}

/** The bytes of a picked file (FileReader where Blob.arrayBuffer is missing). */
function fileBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () =>
      reject(new Error(`Cannot read '${file.name}': the browser could not open it.`));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Creates the preview-mode host.
 * @param loadModule - loads the workbook side (tests may pass the module itself)
 * @returns the host; `openFile` must succeed before the other functions are used
 * @example const host = createPreviewWorkbookHost(); await host.openFile(input.files[0]);
 */
export function createPreviewWorkbookHost(
  loadModule: () => Promise<PreviewWorkbookModule> = () => import("../preview/previewWorkbook")
): PreviewWorkbookHost {
  let opened: { readonly fileName: string; readonly loaded: LoadedWorkbook } | null = null;

  const current = (): { readonly fileName: string; readonly loaded: LoadedWorkbook } => {
    if (opened === null) throw new Error("Choose a workbook file (.xlsx or .csv) first.");
    return opened;
  };

  return {
    kind: "preview",
    async openFile(file: File) {
      const workbookModule = await loadModule();
      const loaded = await workbookModule.loadWorkbookFile(await fileBytes(file), file.name);
      opened = { fileName: file.name, loaded };
      return { fileName: file.name };
    },
    async readWorkbook() {
      return current().loaded.data;
    },
    async writeOutputs(contents: readonly SheetContent[]): Promise<WriteOutputsSummary> {
      const { loaded } = current();
      return (await loadModule()).addOutputs(loaded, contents);
    },
    async writeAssumptions(assumptions: Assumptions): Promise<WriteAssumptionsSummary> {
      const { loaded } = current();
      return (await loadModule()).writeAssumptionsToWorkbook(loaded, assumptions);
    },
    async writeScenario(
      name: string,
      proposed: ReadonlyMap<string, string>
    ): Promise<WriteScenarioSummary> {
      const { loaded } = current();
      return (await loadModule()).writeScenarioToWorkbook(loaded, name, proposed);
    },
    async prepareDownload(): Promise<PreparedDownload> {
      const { fileName, loaded } = current();
      const bytes = (await loadModule()).saveWorkbook(loaded);
      const name = analysedFileName(fileName);
      return {
        blob: new Blob([bytes], { type: name.endsWith(".xlsm") ? XLSM_MIME_TYPE : XLSX_MIME_TYPE }),
        fileName: name,
      };
    },
  };
}
