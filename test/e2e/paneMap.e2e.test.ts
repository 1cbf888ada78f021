/**
 * @jest-environment node
 */
/* global afterAll, beforeAll, window, Document, console, describe, DOMPoint, document, expect, jest, performance, requestAnimationFrame, SVGGeometryElement, test, WheelEvent */
// The map at Excel's pane width (350 px) and in a wide browser (1,400 px), on the real England practice
// list (7,705 practices, 213 commissioners): the key covers no practice, neighbouring CCGs never share a
// colour, selecting a fragmented CCG zooms so that it fills at least half of the map with every
// detached piece outlined on its own, zoom and pan work by wheel, buttons and keys, and hovering names
// the practice. The first draw and a zoom step are timed.
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { describeWithEnglandData, englandDataFile } from "../helpers/realData";
import {
  E2E_TIMEOUT_MS,
  launchChromium,
  openPane,
  screenshot,
  TEST_RESULTS,
} from "./helpers/browser";
import { seriousAxeViolations } from "./helpers/axe";
import { startDistServer } from "./helpers/distServer";
import { scrollTableToRow } from "./helpers/ccgTable";
import type { DistServer } from "./helpers/distServer";

jest.setTimeout(E2E_TIMEOUT_MS * 2);

const PRACTICES = "practices-2016q1.csv";

let server: DistServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startDistServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh pane at this width with the England list analysed and the map drawn. */
async function analysedPane(width: number): Promise<{ page: Page; firstDrawMs: number }> {
  const { page, errors } = await openPane(browser!, server!.origin, { width });
  await page.setInputFiles('[data-testid="file-input"]', englandDataFile(PRACTICES));
  await page.locator('[data-testid="analyse-button"]').click();
  await page.waitForSelector('[data-testid="rag-red"]', { timeout: 120_000 });
  // The focus stayed on the button that was used, and the live region says the analysis is done.
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
    "analyse-button"
  );
  expect(await page.textContent('[data-testid="live-region"]')).toMatch(/^Analysis done: 213 CCGs/);
  await page.waitForSelector('[data-testid="map"] svg g[data-ccg]');
  await page.waitForFunction(
    () => performance.getEntriesByName("ccg-footprint:map-draw").length > 0
  );
  const firstDrawMs = await page.evaluate(() =>
    Math.round(performance.getEntriesByName("ccg-footprint:map-draw")[0]?.duration ?? Number.NaN)
  );
  expect(errors).toEqual([]);
  return { page, firstDrawMs };
}

/** The map's visible rectangle and the rectangle round the selected CCG's dots, in page pixels. */
async function selectedFill(page: Page): Promise<{ fill: number; inside: boolean; dots: number }> {
  return page.evaluate(() => {
    const frame = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const dots = [...document.querySelectorAll('[data-testid="map"] g.selected circle')];
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const dot of dots) {
      const r = dot.getBoundingClientRect();
      const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
      [left, top, right, bottom] = [
        Math.min(left, cx),
        Math.min(top, cy),
        Math.max(right, cx),
        Math.max(bottom, cy),
      ];
    }
    return {
      fill: Math.max((right - left) / frame.width, (bottom - top) / frame.height),
      inside:
        left >= frame.left - 1 &&
        right <= frame.right + 1 &&
        top >= frame.top - 1 &&
        bottom <= frame.bottom + 1,
      dots: dots.length,
    };
  });
}

/** Waits until the dots have been redrawn at the current zoom (the view settles, then it redraws). */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  );
}

describeWithEnglandData("the map on the England practice list", [PRACTICES], () => {
  for (const width of [350, 1400]) {
    test(`at ${width} px: key clear of practices, distinct neighbour colours, a fragmented CCG zoomed and outlined piece by piece`, async () => {
      const { page, firstDrawMs } = await analysedPane(width);

      // The key is below the drawing: no practice dot overlaps it.
      const key = await page.evaluate(() => {
        const legend = document
          .querySelector('[data-testid="map-legend"]')!
          .getBoundingClientRect();
        const frame = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
        let under = 0;
        const dots = document.querySelectorAll('[data-testid="map"] circle');
        for (const dot of dots) {
          const r = dot.getBoundingClientRect();
          if (
            r.right > legend.left &&
            r.left < legend.right &&
            r.bottom > legend.top &&
            r.top < legend.bottom
          )
            under += 1;
        }
        return { under, dots: dots.length, belowMap: legend.top >= frame.bottom };
      });
      expect(key.dots).toBeGreaterThan(7000);
      expect(key).toMatchObject({ under: 0, belowMap: true });

      // Neighbouring CCGs (territory adjacency, as drawn) never share a fill colour.
      const colours = await page.evaluate(() => {
        const fillOf = new Map<string, string>();
        const neighbours = new Map<string, string[]>();
        for (const group of document.querySelectorAll('[data-testid="map"] g[data-ccg]')) {
          const code = group.getAttribute("data-ccg")!;
          fillOf.set(
            code,
            group.querySelector("circle.dot:not(.embedded):not(.border)")?.getAttribute("fill") ??
              group.querySelector("path.piece")!.getAttribute("fill")!
          );
          neighbours.set(
            code,
            (group.getAttribute("data-neighbours") ?? "").split(" ").filter(Boolean)
          );
        }
        const clashes: string[] = [];
        let pairs = 0;
        for (const [code, list] of neighbours) {
          for (const other of list) {
            pairs += 1;
            if (fillOf.get(code) === fillOf.get(other)) clashes.push(`${code}/${other}`);
          }
        }
        return { clashes, pairs, ccgs: fillOf.size, distinct: new Set(fillOf.values()).size };
      });
      expect(colours.ccgs).toBeGreaterThan(200);
      expect(colours.pairs).toBeGreaterThan(500);
      expect(colours.clashes).toEqual([]);
      expect(colours.distinct).toBeLessThanOrEqual(10);

      // The most fragmented CCG, selected in the table.
      const fragmented = await page.evaluate(() => {
        const groups = [...document.querySelectorAll('[data-testid="map"] g[data-ccg]')];
        groups.sort(
          (a, b) => Number(b.getAttribute("data-pieces")) - Number(a.getAttribute("data-pieces"))
        );
        return {
          code: groups[0]!.getAttribute("data-ccg")!,
          pieces: Number(groups[0]!.getAttribute("data-pieces")),
        };
      });
      expect(fragmented.pieces).toBeGreaterThan(1);
      await scrollTableToRow(page, fragmented.code);
      await page.locator(`[data-testid="ccg-row-${fragmented.code}"]`).click();
      await page.waitForSelector(`[data-testid="map"] g.selected[data-ccg="${fragmented.code}"]`);
      await settled(page);
      const fill = await selectedFill(page);
      console.log(
        `${width} px: ${fragmented.code} (${fragmented.pieces} pieces) fills ${(fill.fill * 100).toFixed(0)}% of the map`
      );
      expect(fill.inside).toBe(true);
      expect(fill.fill).toBeGreaterThanOrEqual(0.5);

      // Every piece its own outline; each detached dot inside its own piece's outline.
      const pieces = await page.evaluate(() => {
        const group = document.querySelector('[data-testid="map"] g.selected')!;
        const outlines = [...group.querySelectorAll("path.piece")];
        const outside: string[] = [];
        const detachedPieces = new Set<string>();
        for (const dot of group.querySelectorAll("circle.detached")) {
          const piece = dot.getAttribute("data-piece")!;
          detachedPieces.add(piece);
          const outline = group.querySelector(
            `path.piece[data-piece="${piece}"]`
          ) as SVGGeometryElement | null;
          const point = new DOMPoint(
            Number(dot.getAttribute("cx")),
            Number(dot.getAttribute("cy"))
          );
          if (outline === null || !outline.isPointInFill(point)) outside.push(piece);
        }
        return {
          outlines: outlines.length,
          distinctOutlines: new Set(outlines.map((o) => o.getAttribute("data-piece"))).size,
          detachedPieces: detachedPieces.size,
          outside,
        };
      });
      expect(pieces.outlines).toBe(fragmented.pieces);
      expect(pieces.distinctOutlines).toBe(fragmented.pieces);
      expect(pieces.detachedPieces).toBe(fragmented.pieces - 1);
      expect(pieces.outside).toEqual([]);
      if (width === 350) {
        await screenshot(page, "pane-350-fragmented-ccg");
        // The README shows the map section (the full page is in test-results/).
        const section = path.join(TEST_RESULTS, "pane-350-fragmented-ccg-map.png");
        await page.locator('[data-testid="section-map"]').screenshot({ path: section });
        if (process.env.REGEN_README_SCREENSHOT) {
          fs.copyFileSync(
            section,
            path.resolve(__dirname, "../../assets/screenshot-pane-350-fragmented.png")
          );
        }
        expect(fs.existsSync(path.join(TEST_RESULTS, "pane-350-fragmented-ccg.png"))).toBe(true);
      }

      // Hovering a dot names the practice and its CCG.
      await page.locator('[data-testid="map"]').scrollIntoViewIfNeeded();
      const dot = page.locator('[data-testid="map"] g.selected circle').first();
      const box = (await dot.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const tip = (await page.locator('[data-testid="map-tip"]').textContent()) ?? "";
      expect(tip).toMatch(/^[A-Z]\d{5} .+, in [0-9A-Z]{3} /);

      // A zoom step (the wheel): the view changes in a frame, then the dots are redrawn at their size.
      const step = await page.evaluate(async () => {
        const frame = document.querySelector('[data-testid="map"]')!;
        const rect = frame.getBoundingClientRect();
        const before = frame.getAttribute("data-zoom");
        const draws = performance.getEntriesByName("ccg-footprint:map-draw").length;
        const start = performance.now();
        frame.dispatchEvent(
          new WheelEvent("wheel", {
            deltaY: 200,
            clientX: rect.left + rect.width / 2,
            clientY: rect.top + rect.height / 2,
            bubbles: true,
            cancelable: true,
          })
        );
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const viewMs = performance.now() - start;
        while (performance.getEntriesByName("ccg-footprint:map-draw").length === draws) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        const redraw = performance.getEntriesByName("ccg-footprint:map-draw").at(-1)!.duration;
        return { before, after: frame.getAttribute("data-zoom"), viewMs, redrawMs: redraw };
      });
      console.log(
        `${width} px, England (7,353 mapped practices): first draw ${firstDrawMs} ms; zoom step: view ${step.viewMs.toFixed(0)} ms, dots redrawn in ${step.redrawMs.toFixed(0)} ms`
      );
      expect(Number(step.after)).toBeLessThan(Number(step.before));
      expect(firstDrawMs).toBeGreaterThan(0);

      // Buttons and keys: zoom in, pan, whole map; with focus the practice at the centre is named.
      const zoomOf = async () =>
        Number(await page.getAttribute('[data-testid="map"]', "data-zoom"));
      const z0 = await zoomOf();
      await page.locator('[data-testid="map-zoom-in"]').click();
      expect(await zoomOf()).toBeCloseTo(z0 * 1.5, 1);
      await page.focus('[data-testid="map"]');
      const viewBox = () => page.getAttribute('[data-testid="map"] svg', "viewBox");
      const beforePan = await viewBox();
      await page.keyboard.press("ArrowLeft");
      expect(await viewBox()).not.toBe(beforePan);
      await page.keyboard.press("+");
      expect(await zoomOf()).toBeGreaterThan(z0 * 1.5);
      expect(await page.textContent('[data-testid="map-info"]')).toMatch(/centre/);
      await page.keyboard.press("0");
      expect(await zoomOf()).toBe(1);

      // axe-core after analysing; then Write (one click to the download link), focus kept, axe again.
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.locator('[data-testid="write-button"]').click();
      await page.waitForSelector('[data-testid="download-link"]', { timeout: 120_000 });
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
        "write-button"
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
