// The analysis off the main thread: the worker's messages (stages, then the result or a plain failure),
// and the analyser around it, which falls back to this thread when a worker cannot start or load.
import { analyseWorkbook } from "../../../src/engine/analyse";
import { UnusableInputError } from "../../../src/engine/errors";
import type { AnalysisProgressEvent, AnalysisRequest } from "../../../src/taskpane/state/analyser";
import { STARTING, progressAfter } from "../../../src/taskpane/state/analyser";
import type { WorkerReply } from "../../../src/taskpane/worker/messages";
import { AnalysisWorker, createWorkerAnalyser } from "../../../src/taskpane/worker/workerAnalyser";
import { handMadeWorkbook } from "./paneTestKit";

const request: AnalysisRequest = {
  workbook: handMadeWorkbook(),
  mapping: {},
  assumptions: { rca_per_head: 22 },
};
const noPracticeList: AnalysisRequest = {
  workbook: { sheets: [{ name: "Notes", firstRow: 1, firstColumn: 1, rows: [["hello"]] }] },
  mapping: {},
  assumptions: {},
};

/** Loads analysisWorker.ts into a fake worker scope and returns what it posts for one request. */
function runWorkerScript(message: AnalysisRequest): WorkerReply[] {
  const posted: WorkerReply[] = [];
  const scope: {
    onmessage: ((event: { data: AnalysisRequest }) => void) | null;
    postMessage: (m: WorkerReply) => void;
  } = {
    onmessage: null,
    postMessage: (m) => posted.push(m),
  };
  (globalThis as Record<string, unknown>).self = scope;
  jest.isolateModules(() => {
    require("../../../src/taskpane/worker/analysisWorker");
  });
  delete (globalThis as Record<string, unknown>).self;
  scope.onmessage?.({ data: message });
  return posted;
}

/** A fake worker that runs analysisWorker.ts in this thread, asynchronously like a real one. */
class InThreadWorker implements AnalysisWorker {
  onmessage: AnalysisWorker["onmessage"] = null;
  onerror: AnalysisWorker["onerror"] = null;
  terminated = false;
  postMessage(message: unknown): void {
    const replies = runWorkerScript(message as AnalysisRequest);
    setTimeout(() => {
      for (const data of replies)
        if (!this.terminated)
          this.onmessage?.call(this as unknown as Worker, { data } as MessageEvent);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A worker whose script never loads: an error event before any message. */
class BrokenWorker extends InThreadWorker {
  override postMessage(): void {
    setTimeout(() => {
      const event = { message: "Failed to load worker script", preventDefault: jest.fn() };
      this.onerror?.call(this as unknown as Worker, event as unknown as ErrorEvent);
    }, 0);
  }
}

describe("the analysis worker script", () => {
  test("posts each stage in order, then the same result the engine gives", () => {
    const posted = runWorkerScript(request);
    const stages = posted.flatMap((m) =>
      m.type === "progress" && m.event.kind === "stage" ? [m.event.stage] : []
    );
    expect(stages).toEqual(["read", "costs", "geography", "ratings"]);
    const last = posted[posted.length - 1]!;
    expect(last.type).toBe("result");
    const expected = analyseWorkbook(request.workbook, { assumptions: request.assumptions });
    expect(last.type === "result" && last.result).toEqual(expected);
    expect(last.type === "result" && last.result.assumptions.assumptions.rca_per_head).toBe(22);
  });

  test("a failure is posted as its name and plain message (no stack)", () => {
    const posted = runWorkerScript(noPracticeList);
    const last = posted[posted.length - 1]!;
    expect(last.type).toBe("failure");
    if (last.type !== "failure") return;
    expect(last.name).toBe("UnusableInputError");
    expect(last.message).toContain("no practice list found");
    expect(Object.keys(last).sort()).toEqual(["message", "name", "type"]);
  });
});

describe("the worker analyser", () => {
  test("resolves with the worker's result and passes its progress on", async () => {
    const workers: InThreadWorker[] = [];
    const analyse = createWorkerAnalyser(
      () => {
        const worker = new InThreadWorker();
        workers.push(worker);
        return worker;
      },
      () => Promise.reject(new Error("fallback must not be used"))
    );
    const events: AnalysisProgressEvent[] = [];
    const result = await analyse(request, (event) => events.push(event));
    expect(result.ccgs.map((c) => c.code)).toEqual(["02V", "02W", "03C"]);
    expect(events.filter((e) => e.kind === "stage")).toHaveLength(4);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  test("rejects with an UnusableInputError carrying the engine's message", async () => {
    const analyse = createWorkerAnalyser(() => new InThreadWorker());
    const attempt = analyse(noPracticeList, () => undefined);
    await expect(attempt).rejects.toBeInstanceOf(UnusableInputError);
    await expect(attempt).rejects.toThrow("no practice list found");
  });

  test("a worker that cannot be created: this thread, then and from then on", async () => {
    let starts = 0;
    const fallback = jest.fn(async (r: AnalysisRequest) => analyseWorkbook(r.workbook));
    const analyse = createWorkerAnalyser(() => {
      starts += 1;
      throw new ReferenceError("Worker is not defined");
    }, fallback);
    expect((await analyse(request, () => undefined)).ccgs).toHaveLength(3);
    expect((await analyse(request, () => undefined)).ccgs).toHaveLength(3);
    expect(starts).toBe(1);
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  test("a worker whose script fails to load: this thread instead, and the worker is stopped", async () => {
    const broken = new BrokenWorker();
    const fallback = jest.fn(async (r: AnalysisRequest) => analyseWorkbook(r.workbook));
    const analyse = createWorkerAnalyser(() => broken, fallback);
    expect((await analyse(request, () => undefined)).ccgs).toHaveLength(3);
    expect(broken.terminated).toBe(true);
    expect(fallback).toHaveBeenCalledTimes(1);
  });
});

describe("progress", () => {
  test("stages move the bar forward; rows move it through the reading stage, never back", () => {
    let progress = STARTING;
    const fractions: number[] = [progress.fraction];
    const events: AnalysisProgressEvent[] = [
      { kind: "stage", stage: "read" },
      { kind: "rows", done: 10_000, total: 40_000 },
      { kind: "rows", done: 30_000, total: 40_000 },
      { kind: "stage", stage: "costs" },
      { kind: "stage", stage: "geography" },
      { kind: "stage", stage: "ratings" },
    ];
    for (const event of events) {
      progress = progressAfter(progress, event);
      fractions.push(progress.fraction);
    }
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(new Set(fractions).size).toBe(fractions.length);
    expect(fractions[fractions.length - 1]).toBeLessThan(1);
    expect(progressAfter(STARTING, { kind: "rows", done: 10_000, total: 40_000 }).label).toBe(
      "Reading the practice list: 10,000 of 40,000 rows…"
    );
  });
});
