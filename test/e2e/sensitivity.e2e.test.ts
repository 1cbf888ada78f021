/**
 * @jest-environment node
 */
/* global afterAll, beforeAll, console, describe, document, expect, jest, performance, test, HTMLInputElement, MessageChannel */
// The running-cost what-if in the built pane, in headless Chromium on the England-scale sample (7,501
// practices, 210 CCGs): dragging the £/head slider from £25 to £20 raises the red count to what the
// runner gives with --set rca_per_head=20 without re-running the geography, and each update's
// main-thread time is measured (the target is 16 ms).
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import type { JsonReport } from "../../src/output/report/jsonReport";
import { runRunner } from "../helpers/runner";
import { E2E_TIMEOUT_MS, launchChromium, routeRequests, screenshot } from "./helpers/browser";
import { startDistServer } from "./helpers/distServer";
import type { DistServer } from "./helpers/distServer";

jest.setTimeout(E2E_TIMEOUT_MS * 2);

let directory = "";
let sampleFile = "";
let server: DistServer | undefined;
let browser: Browser | undefined;
let page: Page;

function runnerRedCount(args: string[]): number {
  const run = runRunner(["analyse", sampleFile, "--json", ...args], directory);
  if (run.status !== 0) throw new Error(`runner exited ${run.status}: ${run.stderr}`);
  return (JSON.parse(run.stdout) as JsonReport).ccgs.filter((ccg) => ccg.rating === "RED").length;
}

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-footprint-e2e-sensitivity-"));
  sampleFile = path.join(directory, "sample.xlsx");
  const made = runRunner(["sample", "-o", sampleFile], directory);
  if (made.status !== 0) throw new Error(`sample failed: ${made.stderr}`);
  server = await startDistServer();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  context.setDefaultTimeout(90_000);
  await routeRequests(context, { origin: server.origin });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (directory) fs.rmSync(directory, { recursive: true, force: true });
});

const red = async () => Number(await page.textContent('[data-testid="rag-red"]'));

describe("the £/head slider in the built pane (England-scale sample)", () => {
  let redAt25 = 0;
  let redAt20 = 0;

  test("the sample is analysed at £25 and shows the runner's red count", async () => {
    redAt25 = runnerRedCount([]);
    redAt20 = runnerRedCount(["--set", "rca_per_head=20"]);
    expect(redAt20).toBeGreaterThan(redAt25);
    await page.goto(`${server!.origin}/taskpane.html`);
    await page.setInputFiles('[data-testid="file-input"]', sampleFile);
    await page.locator('[data-testid="analyse-button"]').click();
    await page.waitForSelector('[data-testid="sensitivity-panel"]', { timeout: 120_000 });
    expect(await red()).toBe(redAt25);
    expect(await page.inputValue('[data-testid="whatif-rca-slider"]')).toBe("25");
  });

  test("dragging the slider from £25 to £20 raises the red count to the runner's at £20", async () => {
    const slider = page.locator('[data-testid="whatif-rca-slider"]');
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (box === null) throw new Error("The slider is not visible");
    const range = {
      min: Number(await slider.getAttribute("min")),
      max: Number(await slider.getAttribute("max")),
    };
    const xOf = (value: number) =>
      box.x + ((value - range.min) / (range.max - range.min)) * box.width;
    const y = box.y + box.height / 2;
    await page.mouse.move(xOf(25), y);
    await page.mouse.down();
    await page.mouse.move(xOf(22.5), y, { steps: 8 });
    // Part way the count is between the two.
    const between = await red();
    expect(between).toBeGreaterThanOrEqual(redAt25);
    expect(between).toBeLessThanOrEqual(redAt20);
    await page.mouse.move(box.x - 20, y, { steps: 8 });
    await page.mouse.up();
    expect(await page.inputValue('[data-testid="whatif-rca-slider"]')).toBe("20");
    await page.waitForFunction(
      (text) =>
        document.querySelector('[data-testid="whatif-rca-in-use"]')?.textContent?.includes(text),
      "£20.00"
    );
    expect(await red()).toBe(redAt20);
    await screenshot(page, "sensitivity-at-20");
  });

  // The target is 16 ms per update, asserted: a step re-renders the Results section alone, and
  // measured 4-9 ms on this shared 2-core machine at load 11-12 (main-thread time, which the load
  // inflates far less than wall-clock time).
  test("each update at England scale takes at most 16 ms of main-thread time", async () => {
    // Main-thread time (CPU, not wall clock) of the renderer over the updates, from Chromium's own
    // counters: the 2 cores of this machine are shared by several people, and wall-clock time mostly
    // measures who else is running. Wall-clock times are printed beside it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    const durations = async () => {
      const { metrics } = await cdp.send("Performance.getMetrics");
      const seconds = (name: string) => {
        const metric = metrics.find((candidate) => candidate.name === name);
        if (metric === undefined) throw new Error(`Chromium reports no ${name}`);
        return metric.value;
      };
      return {
        task: seconds("TaskDuration"),
        script: seconds("ScriptDuration"),
        layout: seconds("LayoutDuration"),
        style: seconds("RecalcStyleDuration"),
      };
    };
    const moves = 40;
    const before = await durations();
    const timings = await page.evaluate(async (count) => {
      const input = document.querySelector('[data-testid="whatif-rca-slider"]') as HTMLInputElement;
      const shown = document.querySelector('[data-testid="whatif-rca-in-use"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      const nextTask = () =>
        new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        // Every move a different allowance from £20 to £35, as a drag gives.
        const value = (20 + ((i * 7) % 31) * 0.5).toFixed(2);
        const start = performance.now();
        setValue?.call(input, value);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        // React renders the update; then layout is forced so its cost is counted too.
        while (!(shown?.textContent ?? "").includes(`£${value}`)) await nextTask();
        void document.body.offsetHeight;
        times.push(performance.now() - start);
      }
      return times;
    }, moves);
    const after = await durations();
    const perUpdate = (key: keyof typeof after) => ((after[key] - before[key]) * 1000) / moves;
    const threadMsPerUpdate = perUpdate("task");
    await cdp.detach();
    const sorted = [...timings].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
    console.log(
      `Slider update at England scale (210 CCGs, ${moves} moves): main-thread time ${threadMsPerUpdate.toFixed(1)} ms per update ` +
        `(script ${perUpdate("script").toFixed(1)}, style ${perUpdate("style").toFixed(1)}, layout ${perUpdate("layout").toFixed(1)}); ` +
        `wall clock median ${median.toFixed(1)} ms, min ${sorted[0]?.toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms`
    );
    expect(threadMsPerUpdate).toBeGreaterThan(0);
    expect(threadMsPerUpdate).toBeLessThanOrEqual(16);
  });
});
