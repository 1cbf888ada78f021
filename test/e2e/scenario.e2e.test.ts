/**
 * @jest-environment node
 */
/* global afterAll, beforeAll, console, describe, document, Element, expect, HTMLInputElement, jest, performance, requestAnimationFrame, test, window */
// Scenario mode in the production build, in preview mode in headless Chromium (issue #12): a practice
// clicked on the map is moved to a new CCG code and the RAG counts change at once; undo and redo; the
// scenario is saved and its column is found in the downloaded workbook. In a fresh page, the first move's
// recompute within 3× issue #12's 20 ms, the map redrawing only the CCGs the move touched, and the whole
// move (recompute, pane, map, paint) bounded in main-thread time.
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, CDPSession, Page } from "playwright-core";
import { E2E_TIMEOUT_MS, launchChromium, openPane, screenshot } from "./helpers/browser";
import { startDistServer } from "./helpers/distServer";
import type { DistServer } from "./helpers/distServer";
import { readXlsx, sampleWithRunnerReference } from "./helpers/sampleWorkbook";
import type { RunnerReference } from "./helpers/sampleWorkbook";
import { scrollTableToRow } from "./helpers/ccgTable";
import { seriousAxeViolations } from "./helpers/axe";
import { WARM_UP_MEASURE } from "../../src/taskpane/state/scenarioWarmUp";

jest.setTimeout(E2E_TIMEOUT_MS * 2);

let directory: string;
let reference: RunnerReference;
let server: DistServer | undefined;
let browser: Browser | undefined;
let page: Page;
let errors: string[];

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-footprint-e2e-scenario-"));
  reference = sampleWithRunnerReference(directory);
  server = await startDistServer();
  browser = await launchChromium();
  ({ page, errors } = await openPane(browser, server.origin, {
    width: 1280,
    acceptDownloads: true,
  }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (directory) fs.rmSync(directory, { recursive: true, force: true });
});

const red = async () => Number(await page.textContent('[data-testid="rag-red"]'));
/** Durations of a performance measure in a page, in ms. */
const scenarioDurations = (on: Page, name: string): Promise<number[]> =>
  on.evaluate(
    (measure) => performance.getEntriesByName(measure).map((entry) => entry.duration),
    name
  );
/**
 * The first move's recompute, at most: 3× issue #12's 20 ms target, room for a loaded machine (warmed up,
 * 14–38 ms at load 2–7), and under the unwarmed first move (81–97 ms on a quiet machine, 63–260 ms at load
 * 6–7).
 */
const FIRST_MOVE_LIMIT_MS = 60;
/** The map's measure: from the start of its drawing to the next frame after it is in the page. */
const MAP_DRAW_MEASURE = "ccg-footprint:map-draw";
/**
 * The map after that move, from the start of its drawing to the next frame: 22–56 ms measured at load
 * 1.4–2.2 (167–253 ms when every move drew and replaced the whole SVG); about 3× for a loaded machine.
 */
const MOVE_MAP_DRAW_LIMIT_MS = 160;
/**
 * The whole move on the page's main thread (CPU time: recompute, React, the map, style, layout, paint),
 * click to painted map: 100–179 ms measured at load 1.4–2.2 (296–433 ms when every move drew and replaced
 * the whole SVG); about 2.8× for a loaded machine (CPU time grows less with the load than wall time).
 */
const MOVE_MAIN_THREAD_LIMIT_MS = 500;

/** The page's global holding the map's groups before a move. */
interface MapGroupsWindow {
  __groupsBeforeMove: Map<string, Element>;
}

/** Main-thread time of the page so far, in seconds (Chromium's counters). */
async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const task = metrics.find((metric) => metric.name === "TaskDuration");
  if (task === undefined) throw new Error("Chromium reports no TaskDuration");
  return task.value;
}

describe("scenario mode in preview mode (production build)", () => {
  test("move a practice clicked on the map, counts change, undo, redo, save, find the column in the download", async () => {
    await page.setInputFiles('[data-testid="file-input"]', reference.file);
    await page.locator('[data-testid="analyse-button"]').click();
    await page.waitForSelector('[data-testid="rag-red"]', { timeout: 90_000 });
    const redBefore = await red();
    expect(redBefore).toBe(reference.counts.RED);

    // A big green CCG: one of its practices alone is a new CCG red on size.
    const big = reference.report.ccgs
      .filter((ccg) => ccg.rating === "GREEN")
      .sort((a, b) => b.population - a.population)[0]!;
    await scrollTableToRow(page, big.code);
    await page.locator(`[data-testid="ccg-row-${big.code}"]`).click();
    await page.locator('[data-testid="scenario-mode"]').click();
    await page.waitForSelector('[data-testid="scenario-summary"]');
    // Scenario mode's buttons and the rest of the pane: no serious accessibility problem (colour
    // contrast of the enabled and disabled buttons included).
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Click a practice of that CCG on the map (the map has zoomed to it): one whose dot is in view.
    await page.waitForTimeout(600);
    await page.locator('[data-testid="map"]').scrollIntoViewIfNeeded();
    const frame = (await page.locator('[data-testid="map"]').boundingBox())!;
    const dots = page.locator(`[data-testid="map"] g[data-ccg="${big.code}"] circle.dot`);
    let clicked = false;
    for (let i = 0; i < (await dots.count()) && !clicked; i++) {
      const box = await dots.nth(i).boundingBox();
      if (box === null) continue;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const inside = (v: number, from: number, size: number) =>
        v > from + 10 && v < from + size - 10;
      if (!inside(x, frame.x, frame.width) || !inside(y, frame.y, frame.height)) continue;
      await page.mouse.click(x, y);
      clicked = true;
    }
    expect(clicked).toBe(true);
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="scenario-summary"]')
        ?.textContent?.includes("1 practice selected")
    );
    expect(await page.locator('[data-testid="map-selection"] circle').count()).toBe(1);
    const practice = await page.evaluate(() => {
      const boxes = Array.from(
        document.querySelectorAll<HTMLInputElement>('input[data-testid^="scenario-practice-"]')
      );
      return boxes
        .find((input) => input.checked)
        ?.dataset.testid?.replace("scenario-practice-", "");
    });
    expect(practice).toMatch(/^[A-Z][0-9]{5}$/);

    await page.locator('[data-testid="scenario-new-code"]').click();
    const target = await page.inputValue('[data-testid="scenario-target"]');
    await page.locator('[data-testid="scenario-move"]').click();
    await page.waitForSelector(`[data-testid="scenario-row-${target}"]`);
    expect(await red()).toBe(redBefore + 1);
    expect(await page.textContent('[data-testid="live-region"]')).toBe(
      `Moved 1 practice to ${target}.`
    );
    await screenshot(page, "scenario-1-moved");
    // After a move: undo and back-to-as-analysed enabled, the CCGs touched listed.
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.locator('[data-testid="scenario-undo"]').click();
    await page.waitForFunction(
      (count) => Number(document.querySelector('[data-testid="rag-red"]')?.textContent) === count,
      redBefore
    );
    expect(await page.locator(`[data-testid="scenario-row-${target}"]`).count()).toBe(0);
    await page.locator('[data-testid="scenario-redo"]').click();
    await page.waitForSelector(`[data-testid="scenario-row-${target}"]`);
    expect(await red()).toBe(redBefore + 1);
    // One recompute per edit that leaves a practice moved (the move, the redo).
    const recomputes = await scenarioDurations(page, "ccg-footprint:scenario");
    expect(recomputes).toHaveLength(2);
    console.log(
      `Scenario recomputes after axe-core's audits (move, redo): ${recomputes.map((ms) => ms.toFixed(1)).join(", ")} ms`
    );

    await page.fill('[data-testid="scenario-name"]', "E2E split");
    await page.locator('[data-testid="scenario-save"]').click();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="live-region"]')
        ?.textContent?.includes("Saved 'E2E split'")
    );
    // The buttons disabled while saving are enabled again.
    expect(await seriousAxeViolations(page)).toEqual([]);
    const link = page.locator('[data-testid="download-link"]');
    await link.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const downloaded = path.join(directory, "downloaded.xlsx");
    await download.saveAs(downloaded);

    const sheet = (await readXlsx(downloaded)).worksheets.find((s) => s.name === "Scenarios");
    expect(sheet).toBeDefined();
    const cells: { row: number; column: number; text: string }[] = [];
    sheet!.eachRow((row, rowNumber) =>
      row.eachCell((cell, column) =>
        cells.push({ row: rowNumber, column, text: String(cell.value) })
      )
    );
    const header = cells.find((cell) => cell.text === "E2E split");
    const codeCell = cells.find((cell) => cell.text === practice);
    expect(header).toBeDefined();
    expect(codeCell).toBeDefined();
    const value = cells.find(
      (cell) => cell.row === codeCell!.row && cell.column === header!.column
    );
    expect(value?.text).toBe(target);
    // The column holds that one practice and nothing else.
    expect(
      cells.filter((cell) => cell.column === header!.column && cell.row > header!.row)
    ).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test("the first move after turning scenario mode on is recomputed within 3× the 20 ms target", async () => {
    // A fresh page, as a user has it: no axe-core audit in it (after one, the first move took 35–67 ms
    // against 19–21 ms without, at load 2–5).
    const fresh = (await openPane(browser!, server!.origin, { width: 1280 })).page;
    await fresh.setInputFiles('[data-testid="file-input"]', reference.file);
    await fresh.locator('[data-testid="analyse-button"]').click();
    await fresh.waitForSelector('[data-testid="rag-red"]', { timeout: 90_000 });
    const big = reference.report.ccgs
      .filter((ccg) => ccg.rating === "GREEN")
      .sort((a, b) => b.population - a.population)[0]!;
    await scrollTableToRow(fresh, big.code);
    await fresh.locator(`[data-testid="ccg-row-${big.code}"]`).click();
    await fresh.locator('[data-testid="scenario-mode"]').click();
    // The pane warms the scenario code up when the mode turns on (scenarioWarmUp.ts), while the user
    // selects practices; the move is made once that has run.
    await fresh.waitForFunction(
      (name) => performance.getEntriesByName(name).length > 0,
      WARM_UP_MEASURE
    );
    await fresh.locator('input[data-testid^="scenario-practice-"]').first().click();
    await fresh.locator('[data-testid="scenario-new-code"]').click();
    const target = await fresh.inputValue('[data-testid="scenario-target"]');
    expect(await scenarioDurations(fresh, "ccg-footprint:scenario")).toEqual([]);
    // The map's groups before the move, to see which the move replaced.
    await fresh.evaluate(() => {
      const groups = document.querySelectorAll('[data-testid="map"] g[data-ccg]');
      (window as unknown as MapGroupsWindow).__groupsBeforeMove = new Map(
        Array.from(groups, (group) => [group.getAttribute("data-ccg")!, group])
      );
    });
    const draws = (await scenarioDurations(fresh, MAP_DRAW_MEASURE)).length;
    const cdp = await fresh.context().newCDPSession(fresh);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    const taskBefore = await mainThreadSeconds(cdp);
    const clicked = Date.now();
    await fresh.locator('[data-testid="scenario-move"]').click();
    await fresh.waitForSelector(`[data-testid="scenario-row-${target}"]`);
    // The map's measure ends in the frame after the new drawing is in the page.
    await fresh.waitForFunction(
      ([name, count]) => performance.getEntriesByName(name as string).length > (count as number),
      [MAP_DRAW_MEASURE, draws] as const
    );
    // Two frames later the new map has been styled, laid out and painted.
    await fresh.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    );
    const wall = Date.now() - clicked;
    const moveMainThreadMs = ((await mainThreadSeconds(cdp)) - taskBefore) * 1000;
    const moves = await scenarioDurations(fresh, "ccg-footprint:scenario");
    expect(moves).toHaveLength(1);
    const mapDraw = (await scenarioDurations(fresh, MAP_DRAW_MEASURE)).at(-1)!;
    const [warmUp] = await scenarioDurations(fresh, WARM_UP_MEASURE);
    console.log(
      `Scenario recompute in the page (sample, ${reference.report.practices} practices): first move ${moves[0]!.toFixed(1)} ms (the warm-up before it spanned ${warmUp!.toFixed(0)} ms); ` +
        `the map redrawn ${mapDraw.toFixed(0)} ms after the recompute began; the whole move ${moveMainThreadMs.toFixed(0)} ms of main-thread time (${wall} ms wall, click to painted map)`
    );
    expect(moves[0]).toBeLessThanOrEqual(FIRST_MOVE_LIMIT_MS);
    expect(mapDraw).toBeLessThanOrEqual(MOVE_MAP_DRAW_LIMIT_MS);
    expect(moveMainThreadMs).toBeLessThanOrEqual(MOVE_MAIN_THREAD_LIMIT_MS);

    // Only the CCGs the move touched were drawn again: every other CCG's group is the same element
    // (recoloured in place when the new footprint's colouring changed its colour).
    const touched = await fresh.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid^="scenario-row-"]'), (row) =>
        row.getAttribute("data-testid")!.replace("scenario-row-", "")
      )
    );
    const replaced = await fresh.evaluate(() => {
      const before = (window as unknown as MapGroupsWindow).__groupsBeforeMove;
      const groups = Array.from(document.querySelectorAll('[data-testid="map"] g[data-ccg]'));
      return {
        groups: groups.length,
        replaced: groups
          .filter((group) => before.get(group.getAttribute("data-ccg")!) !== group)
          .map((group) => group.getAttribute("data-ccg")!),
      };
    });
    expect(replaced.groups).toBeGreaterThan(200);
    expect(replaced.replaced).toContain(target);
    expect(replaced.replaced.length).toBeGreaterThan(0);
    expect(touched).toEqual(expect.arrayContaining(replaced.replaced));
    await fresh.context().close();
  });

  test("at task-pane width, with the CCGs touched listed, axe-core finds no serious problem", async () => {
    await page.setViewportSize({ width: 400, height: 1000 });
    await page.waitForSelector('[data-testid="ccg-table"][data-layout="compact"]');
    expect(await page.locator('[data-testid="scenario-comparison"]').count()).toBe(1);
    // The comparison table is wider than the pane: its scroller is a region the keyboard can scroll.
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
