/**
 * An in-memory Excel for tests of Office.js code, behaving like Office.js proxy objects at the
 * level the task pane's Excel adapter uses them: operations are queued and applied in order at
 * `context.sync()`; reading a property that was not loaded (or before the sync that fulfils the
 * load) throws PropertyNotLoaded; strings written to `values` are parsed as Excel parses typing
 * (`=` makes a formula, a leading apostrophe keeps text); shapes, sheet, table and name rules are
 * enforced; every sync is counted with the JSON size of its request and response, and a request
 * or response over 5 MB fails like Excel on the web (RequestPayloadSizeLimitExceeded).
 *
 * Plain TypeScript with no DOM or Node imports, so it can be bundled for a browser test and
 * installed as `window.Excel`.
 *
 * @example
 * const host = createExcelHost({ sheets: [{ name: "Practices", values: [["Code"], ["A81001"]] }] });
 * const data = await host.run((context) => readWorkbookFromExcel(context));
 * expect(host.counters.syncs).toBe(2);
 */
import { parseAddress } from "./address";
import { cellKey, createSheet } from "./model";
import { initialCell } from "./grid";
import type { WorkbookModel } from "./model";
import type { InitialValue } from "./grid";
import { inspector } from "./inspect";
import { WorkbookProxy } from "./proxies/worksheet";
import { HostRequestContext } from "./runtime";
import type { HostCounters } from "./runtime";
import { addName, addTable, renameTable } from "./structure";

export { HostError } from "./errors";
export type { HostCounters, RequestRecord } from "./runtime";
export type {
  InspectedCell,
  InspectedChart,
  InspectedConditionalFormat,
  InspectedTable,
  InspectedValue,
} from "./inspect";

/** Excel on the web's limit on one request or response. */
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** One sheet of the starting workbook. */
export interface InitialSheet {
  readonly name: string;
  /** Cell values from `start` (default A1); `{ error: "#N/A" }` for an error cell. */
  readonly values: readonly (readonly InitialValue[])[];
  /** Optional formulas (same shape; null where none); the value stays the formula's cached result. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Top-left cell of `values`, e.g. "C3". */
  readonly start?: string;
}

/** The starting workbook. */
export interface InitialWorkbook {
  readonly sheets: readonly InitialSheet[];
  /** Existing tables, e.g. a user's table that clashes with an output table name. */
  readonly tables?: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly name: string;
  }[];
  /** Existing workbook-scoped names, e.g. `{ name: "X", reference: "='CCG Summary'!$A$1" }`. */
  readonly names?: readonly {
    readonly name: string;
    readonly reference: string;
    readonly comment?: string;
  }[];
}

/** Options of the host. */
export interface ExcelHostOptions {
  /** Largest request or response in bytes (default 5 MB, Excel on the web's limit). */
  readonly maxPayloadBytes?: number;
}

/** What `Excel.run` gets: the same shape as Office.js's. */
export interface HostExcel {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

function buildModel(initial: InitialWorkbook): WorkbookModel {
  const model: WorkbookModel = {
    sheets: [],
    tables: [],
    names: [],
    activeSheetId: "",
    nextId: 0,
    calculationSuspendedSyncs: 0,
  };
  const sheets = initial.sheets.length > 0 ? initial.sheets : [{ name: "Sheet1", values: [] }];
  for (const spec of sheets) {
    const sheet = createSheet(model, spec.name);
    const origin = parseAddress(spec.start ?? "A1").rect;
    spec.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const cell = initialCell(value, spec.formulas?.[i]?.[j]);
        if (cell) sheet.cells.set(cellKey(origin.row + i, origin.column + j), cell);
      })
    );
    model.sheets.push(sheet);
  }
  model.activeSheetId = model.sheets[0]?.id ?? "";
  for (const t of initial.tables ?? []) {
    const sheet = model.sheets.find((s) => s.name === t.sheet);
    if (!sheet) throw new Error(`Initial table '${t.name}' is on unknown sheet '${t.sheet}'`);
    renameTable(model, addTable(model, sheet, parseAddress(t.address).rect, true), t.name);
  }
  for (const n of initial.names ?? []) addName(model, n.name, n.reference, n.comment ?? "");
  return model;
}

/**
 * Creates an in-memory Excel.
 * @param initial - the starting workbook (default: one empty "Sheet1")
 * @param options - payload limit
 * @returns `Excel` (with `run`), `run` (typed shortcut), `newContext`, `counters` and inspection helpers
 */
export function createExcelHost(
  initial: InitialWorkbook = { sheets: [] },
  options: ExcelHostOptions = {}
) {
  const model = buildModel(initial);
  const counters: HostCounters = { syncs: 0, requests: [] };
  const limits = { maxPayloadBytes: options.maxPayloadBytes ?? EXCEL_WEB_PAYLOAD_LIMIT_BYTES };

  const newContext = (): Excel.RequestContext => {
    const context = new HostRequestContext(model, counters, limits);
    const workbook = new WorkbookProxy(context);
    context.workbook = workbook;
    context.application = workbook.application;
    return context as unknown as Excel.RequestContext;
  };

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = newContext();
    const result = await batch(context);
    if ((context as unknown as HostRequestContext).hasPendingOperations) await context.sync();
    return result;
  };

  const Excel: HostExcel = { run };
  return {
    Excel,
    run,
    newContext,
    counters,
    model,
    /** Size in bytes of the largest request so far. */
    maxRequestBytes: (): number => counters.requests.reduce((m, r) => Math.max(m, r.bytes), 0),
    /** Forgets the sync counts (e.g. after setting up a workbook). */
    resetCounters: (): void => {
      counters.syncs = 0;
      counters.requests.length = 0;
    },
    ...inspector(model),
  };
}

/** The host's type, for helpers in tests. */
export type ExcelHost = ReturnType<typeof createExcelHost>;
