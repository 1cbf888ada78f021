/**
 * The request/sync machinery of the in-memory host, modelled on Office.js: API calls on proxy
 * objects only queue operations; `context.sync()` sends the queue as one request (its JSON size is
 * counted and checked against Excel on the web's 5 MB limit), applies the operations in order and
 * fulfils the loads with what the workbook held at each load's place in the queue.
 */
import { HostError, requestPayloadTooLarge, responsePayloadTooLarge } from "./errors";
import type { WorkbookModel } from "./model";
import type { HostProxy } from "./proxy";

/** One queued operation as it travels in the request (its JSON is what is counted). */
export interface WireOperation {
  /** Object path, e.g. `worksheets.getItem("CCG Summary").getRange("A1:C3")`. */
  readonly p: string;
  /** Kind: `set`, `call`, `load` or `path`. */
  readonly k: string;
  /** Property or method name. */
  readonly n: string;
  /** Arguments or the value set. */
  readonly a?: unknown;
}

/** What one sync sent and received. */
export interface RequestRecord {
  /** UTF-8 size of the request's JSON. */
  readonly bytes: number;
  /** UTF-8 size of the response's JSON (the loaded values). */
  readonly responseBytes: number;
  /** Operations in the request, `path` entries excluded. */
  readonly operations: number;
  /** Whether the sync succeeded. */
  readonly ok: boolean;
  /** Whether the request called `suspendApiCalculationUntilNextSync`. */
  readonly calculationSuspended: boolean;
}

/** Counters across every context of one host. */
export interface HostCounters {
  syncs: number;
  readonly requests: RequestRecord[];
}

interface QueuedOperation {
  readonly wire: WireOperation;
  /** Applies the operation; returns the response part (for loads) or undefined. */
  readonly run: () => unknown;
  /** Delivers the response part after a successful sync (loads). */
  readonly deliver?: (response: unknown) => void;
}

/** UTF-8 byte length of a string (no TextEncoder: this file must bundle for any runtime). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Host-wide settings. */
export interface HostLimits {
  /** Largest request or response, in bytes (Excel on the web: 5 MB). */
  readonly maxPayloadBytes: number;
}

/**
 * A request context: queues operations and runs them at `sync()`.
 */
export class HostRequestContext {
  private queue: QueuedOperation[] = [];
  private readonly touched: HostProxy<unknown>[] = [];
  /** Set by the host after construction (avoids an import cycle). */
  workbook!: unknown;
  application!: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly model: WorkbookModel,
    readonly counters: HostCounters,
    readonly limits: HostLimits
  ) {}

  /** Queues an operation (used by proxies). */
  enqueue(wire: WireOperation, run: () => unknown, deliver?: (response: unknown) => void): void {
    this.queue.push(deliver ? { wire, run, deliver } : { wire, run });
  }

  /** Remembers a proxy so that its `isNullObject` is known after the next sync. */
  touch(proxy: HostProxy<unknown>): void {
    this.touched.push(proxy);
  }

  /** True when operations are waiting for a sync. */
  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  /** Old-style `context.load(object, properties)`. */
  load<T extends { load: (spec?: unknown) => T }>(object: T, spec?: unknown): T {
    return object.load(spec);
  }

  /**
   * Sends the queued operations: checks the request size, applies them in order, checks the
   * response size, then delivers the loads.
   * @throws HostError from the first operation that fails (earlier ones stay applied, as in Excel),
   *   or RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded
   */
  async sync(): Promise<void> {
    const queue = this.queue;
    const touched = this.touched.splice(0);
    this.queue = [];
    this.counters.syncs += 1;
    const operations = queue.filter((op) => op.wire.k !== "path").length;
    const bytes = utf8Length(JSON.stringify(queue.map((op) => op.wire)));
    await Promise.resolve();
    const calculationSuspended = queue.some(
      (op) => op.wire.n === "suspendApiCalculationUntilNextSync"
    );
    if (bytes > this.limits.maxPayloadBytes) {
      this.counters.requests.push({
        bytes,
        responseBytes: 0,
        operations,
        ok: false,
        calculationSuspended,
      });
      throw requestPayloadTooLarge(bytes, this.limits.maxPayloadBytes);
    }
    const responses: unknown[] = [];
    try {
      for (const op of queue) responses.push(op.run());
    } catch (error) {
      this.counters.requests.push({
        bytes,
        responseBytes: 0,
        operations,
        ok: false,
        calculationSuspended,
      });
      if (error instanceof HostError) throw error;
      throw new HostError(
        "InvalidArgument",
        `The in-memory host could not apply ${op2text(queue, responses.length)}: ${(error as Error).message}`
      );
    }
    const responseBytes = utf8Length(JSON.stringify(responses.filter((r) => r !== undefined)));
    if (responseBytes > this.limits.maxPayloadBytes) {
      this.counters.requests.push({
        bytes,
        responseBytes,
        operations,
        ok: false,
        calculationSuspended,
      });
      throw responsePayloadTooLarge(responseBytes, this.limits.maxPayloadBytes);
    }
    this.counters.requests.push({
      bytes,
      responseBytes,
      operations,
      ok: true,
      calculationSuspended,
    });
    queue.forEach((op, i) => op.deliver?.(responses[i]));
    for (const proxy of touched) proxy._settleNullness();
    this.model.calculationSuspendedSyncs = 0;
  }
}

function op2text(queue: QueuedOperation[], index: number): string {
  const op = queue[index];
  return op ? `${op.wire.p}.${op.wire.n}` : "an operation";
}
