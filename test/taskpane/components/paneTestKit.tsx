/**
 * Helpers for the task pane's component tests (jsdom): browser APIs jsdom lacks, fake WorkbookHosts that
 * record their calls, small hand-made workbooks, and rendering the pane.
 */
import { render, screen, waitFor } from "@testing-library/react";
import type { WorkbookData } from "../../../src/engine/cells";
import type { Assumptions } from "../../../src/engine/assumptions";
import type { SheetContent } from "../../../src/output/sheetPlan";
import { TaskPane } from "../../../src/taskpane/components/TaskPane";
import type {
  ExcelWorkbookHost,
  PreviewWorkbookHost,
  WriteAssumptionsSummary,
  WriteOutputsSummary,
} from "../../../src/taskpane/host/workbookHost";

/** Files whose download link the pane clicked (jsdom does not download). */
export const clickedDownloads: string[] = [];

/** What jsdom lacks and Fluent UI or the pane may use. Safe to call more than once. */
export function installDomPolyfills(): void {
  const w = window as unknown as Record<string, unknown>;
  if (typeof w.ResizeObserver === "undefined") {
    w.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
  if (typeof window.matchMedia !== "function") {
    w.matchMedia = (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
  // jsdom cannot follow a download link; record what the pane clicked instead.
  HTMLAnchorElement.prototype.click = function recordDownload(this: HTMLAnchorElement): void {
    clickedDownloads.push(this.getAttribute("download") ?? this.href);
  };
  let next = 0;
  if (typeof URL.createObjectURL !== "function") {
    (URL as unknown as Record<string, unknown>).createObjectURL = () => `blob:test/${++next}`;
  }
  if (typeof URL.revokeObjectURL !== "function") {
    (URL as unknown as Record<string, unknown>).revokeObjectURL = () => undefined;
  }
}

/** Calls a fake host received. */
export interface HostCalls {
  reads: number;
  writtenTables: SheetContent[][];
  writtenAssumptions: Assumptions[];
  writtenScenarios: { name: string; proposed: ReadonlyMap<string, string> }[];
}

/** An Excel host over fixed data that records what it is asked to write. */
export function fakeExcelHost(
  data: WorkbookData | (() => Promise<WorkbookData>),
  write: Partial<Pick<ExcelWorkbookHost, "writeOutputs" | "writeAssumptions">> = {}
): { host: ExcelWorkbookHost; calls: HostCalls } {
  const calls: HostCalls = {
    reads: 0,
    writtenTables: [],
    writtenAssumptions: [],
    writtenScenarios: [],
  };
  const host: ExcelWorkbookHost = {
    kind: "excel",
    readWorkbook: async () => {
      calls.reads += 1;
      return typeof data === "function" ? data() : data;
    },
    writeOutputs: async (tables): Promise<WriteOutputsSummary> => {
      calls.writtenTables.push([...tables]);
      if (write.writeOutputs) return write.writeOutputs(tables);
      return {
        written: tables.map((t) => ({ output: t.output, sheetName: t.output })),
        notices: [],
      };
    },
    writeAssumptions: async (assumptions): Promise<WriteAssumptionsSummary> => {
      calls.writtenAssumptions.push(assumptions);
      if (write.writeAssumptions) return write.writeAssumptions(assumptions);
      return { sheetName: "Assumptions", created: true, updated: [], added: [], notices: [] };
    },
    writeScenario: async (name, proposed) => {
      calls.writtenScenarios.push({ name, proposed });
      return { sheetName: "Scenarios", scenarioName: name, created: true, notices: [] };
    },
  };
  return { host, calls };
}

/** A preview host whose "file" is fixed data; the download is a Blob of the names of the sheets written. */
export function fakePreviewHost(data: WorkbookData): {
  host: PreviewWorkbookHost;
  calls: HostCalls;
  opened: string[];
} {
  const excel = fakeExcelHost(data);
  const opened: string[] = [];
  const host: PreviewWorkbookHost = {
    ...excel.host,
    kind: "preview",
    readWorkbook: async () => {
      if (opened.length === 0) throw new Error("Choose a workbook file (.xlsx or .csv) first.");
      return excel.host.readWorkbook();
    },
    openFile: async (file) => {
      opened.push(file.name);
      return { fileName: file.name };
    },
    prepareDownload: async () => ({
      blob: new Blob([
        excel.calls.writtenTables
          .flat()
          .map((t) => t.output)
          .join(","),
      ]),
      fileName: `${opened[opened.length - 1]?.replace(/\.[^.]*$/, "")}.analysed.xlsx`,
    }),
  };
  return { host, calls: excel.calls, opened };
}

/** A practice row of a hand-made practice list. */
export interface PracticeRow {
  readonly code: string;
  readonly ccg: string;
  readonly ccgName: string;
  readonly listSize: number;
  readonly registered2012: number;
  readonly latitude: number;
  readonly longitude: number;
}

/** Headers of the hand-made practice list: two candidate list-size columns. */
export const HAND_MADE_HEADERS = [
  "Practice code",
  "CCG code",
  "CCG name",
  "List size",
  "Registered 2012",
  "Latitude",
  "Longitude",
];

/**
 * A small practice list: three CCGs side by side near Leeds, each a 3 × 4 grid of practices.
 * `List size` and `Registered 2012` differ so a test can tell which the analysis used.
 */
export function handMadePractices(): PracticeRow[] {
  const rows: PracticeRow[] = [];
  const ccgs = [
    ["02V", "Leeds North"],
    ["03C", "Leeds West"],
    ["02W", "Bradford City"],
  ] as const;
  let n = 0;
  ccgs.forEach(([ccg, ccgName], c) => {
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 4; j++) {
        n += 1;
        rows.push({
          code: `B86${String(n).padStart(3, "0")}`,
          ccg,
          ccgName,
          listSize: 5000 + 100 * n,
          registered2012: 4000 + 10 * n,
          latitude: 53.75 + 0.02 * j,
          longitude: -1.7 + 0.09 * c + 0.025 * i,
        });
      }
    }
  });
  return rows;
}

/** The hand-made practice list as a workbook with one sheet, `Practices`. */
export function handMadeWorkbook(rows: readonly PracticeRow[] = handMadePractices()): WorkbookData {
  return {
    sheets: [
      {
        name: "Practices",
        firstRow: 1,
        firstColumn: 1,
        rows: [
          HAND_MADE_HEADERS,
          ...rows.map((r) => [
            r.code,
            r.ccg,
            r.ccgName,
            r.listSize,
            r.registered2012,
            r.latitude,
            r.longitude,
          ]),
        ],
      },
    ],
  };
}

/** Renders the pane (analysis in this thread) and waits for the input to be found (Excel) or the picker (preview). */
export async function renderPane(host: ExcelWorkbookHost | PreviewWorkbookHost): Promise<void> {
  render(<TaskPane host={host} />);
  if (host.kind === "excel") {
    await waitFor(() => expect(screen.queryByText("Reading the workbook…")).toBeNull());
  } else {
    await screen.findByTestId("file-input");
  }
}

/** The CCG codes of the table's rows, top to bottom. */
export function tableCodes(): string[] {
  return screen
    .getAllByTestId(/^ccg-row-/)
    .map((row) => (row.getAttribute("data-testid") ?? "").replace(/^ccg-row-/, ""));
}
