/**
 * @jest-environment node
 */
/* global afterAll, beforeAll, console, describe, document, expect, getComputedStyle, HTMLElement, jest, requestAnimationFrame, test */
// The CCG table at Excel's pane width (350 px) and in a wide browser (1,400 px), on the real England
// practice list (213 commissioner codes, 4 of them not CCGs): at 350 px code, rating, population and
// headroom per head show without sideways scrolling (the name under the code); at 1,400 px every column
// shows and no name is cut. The table is one tab stop; the arrow keys, Home, End and the page keys move
// the row focus (drawn visibly), Enter selects; only the rows in view are drawn; codes that are not CCGs
// are marked in words; axe-core finds nothing serious.
import type { Browser, Page } from "playwright-core";
import { describeWithEnglandData, englandDataFile } from "../helpers/realData";
import { seriousAxeViolations } from "./helpers/axe";
import { E2E_TIMEOUT_MS, launchChromium, routeRequests, screenshot } from "./helpers/browser";
import { scrollTableToRow } from "./helpers/ccgTable";
import { startDistServer } from "./helpers/distServer";
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

async function analysedPane(width: number): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width, height: 900 } });
  context.setDefaultTimeout(90_000);
  await routeRequests(context, { origin: server!.origin });
  const page = await context.newPage();
  await page.goto(`${server!.origin}/taskpane.html`);
  await page.setInputFiles('[data-testid="file-input"]', englandDataFile(PRACTICES));
  await page.locator('[data-testid="analyse-button"]').click();
  await page.waitForSelector('[data-testid="ccg-table"] tr[data-code]', { timeout: 120_000 });
  await page.locator('[data-testid="ccg-table"]').scrollIntoViewIfNeeded();
  return page;
}

/** What the table shows now: its scroller's widths, the columns' edges, and each drawn row's clipped cells. */
async function tableFit(page: Page) {
  return page.evaluate(() => {
    const table = document.querySelector('[data-testid="ccg-table"]') as HTMLElement;
    const scroller = table.parentElement!;
    const box = scroller.getBoundingClientRect();
    const headers = [...table.querySelectorAll("thead th")].map((th) => {
      const r = th.getBoundingClientRect();
      return {
        label: th.textContent ?? "",
        inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.width > 20,
      };
    });
    const rows = [...table.querySelectorAll("tbody tr[data-code]")];
    // Cells whose figure or badge does not fit (the name may end in an ellipsis at pane width only).
    const clipped: string[] = [];
    for (const row of rows) {
      for (const cell of row.querySelectorAll("td")) {
        const name = cell.querySelector("span[title]:not([data-testid])");
        if (name !== null && table.dataset.layout === "compact") continue;
        const r = cell.getBoundingClientRect();
        const parts = [...cell.querySelectorAll("span")].map((part) =>
          part.getBoundingClientRect()
        );
        const over =
          cell.scrollWidth > cell.clientWidth + 0.5 ||
          parts.some((p) => p.left < r.left - 0.5 || p.right > r.right + 0.5);
        if (over) clipped.push(`${row.getAttribute("data-code")}: ${cell.textContent}`);
      }
    }
    return {
      layout: table.dataset.layout,
      scrollerWidth: scroller.clientWidth,
      scrollWidth: scroller.scrollWidth,
      headers,
      drawnRows: rows.length,
      rowCount: Number(table.getAttribute("aria-rowcount")) - 1,
      clipped,
    };
  });
}

/** Names cut short anywhere in the table (scrolling through it, since only rows in view are drawn). */
async function cutNames(page: Page): Promise<{ cut: string[]; seen: number }> {
  return page.evaluate(async () => {
    const table = document.querySelector('[data-testid="ccg-table"]') as HTMLElement;
    const scroller = table.parentElement!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const cut = new Set<string>();
    const seen = new Set<string>();
    scroller.scrollTop = 0;
    for (;;) {
      await frame();
      await frame();
      for (const row of table.querySelectorAll("tbody tr[data-code]")) {
        seen.add(row.getAttribute("data-code")!);
        const name = row.querySelector<HTMLElement>("td span[title]:not([data-testid])");
        if (name !== null && name.scrollWidth > name.clientWidth) cut.add(name.title);
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight) break;
      scroller.scrollTop += scroller.clientHeight / 2;
    }
    scroller.scrollTop = 0;
    return { cut: [...cut], seen: seen.size };
  });
}

const focused = (page: Page) =>
  page.evaluate(() => ({
    code: document.activeElement?.getAttribute("data-code") ?? null,
    index: Number(document.activeElement?.getAttribute("data-row-index") ?? -1),
    inTable:
      document.querySelector('[data-testid="ccg-table"]')?.contains(document.activeElement) ??
      false,
  }));

describeWithEnglandData("the CCG table on the England practice list", [PRACTICES], () => {
  for (const width of [350, 1400]) {
    test(`at ${width} px: the columns fit without sideways scrolling, one tab stop, arrow keys move the row focus`, async () => {
      const page = await analysedPane(width);

      const fit = await tableFit(page);
      console.log(`${width} px: ${JSON.stringify({ ...fit, clipped: fit.clipped.length })}`);
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.scrollerWidth);
      expect(fit.headers.filter((header) => !header.inside)).toEqual([]);
      expect(fit.clipped).toEqual([]);
      expect(fit.rowCount).toBe(213);
      // Only the rows in view (and a few either side) are drawn.
      expect(fit.drawnRows).toBeGreaterThan(5);
      expect(fit.drawnRows).toBeLessThan(40);
      if (width === 350) {
        expect(fit.layout).toBe("compact");
        expect(fit.headers.map((header) => header.label)).toEqual([
          "CCG",
          "Rating",
          "Population",
          "Headroom per head",
        ]);
        // The name is on the second line, under the code.
        const row = await page.evaluate(() => {
          const first = document.querySelector('[data-testid="ccg-table"] tbody tr[data-code]')!;
          const code = first.querySelector("td span")!.getBoundingClientRect();
          const name = first.querySelector("td span[title]")!.getBoundingClientRect();
          return { nameBelowCode: name.top >= code.bottom - 1, name: name.width };
        });
        expect(row.nameBelowCode).toBe(true);
        expect(row.name).toBeGreaterThan(40);
      } else {
        expect(fit.layout).toBe("full");
        expect(fit.headers).toHaveLength(10);
        const names = await cutNames(page);
        expect(names.seen).toBe(213);
        expect(names.cut).toEqual([]);
      }

      // Codes that are not CCGs are marked in words.
      await scrollTableToRow(page, "Q59");
      expect(await page.textContent('[data-testid="set-aside-Q59"]')).toBe("Not a CCG");

      // One tab stop: Tab from the rating filter lands on a row, the next Tab leaves the table.
      await page.evaluate(() => {
        const scroller = document.querySelector('[data-testid="ccg-table"]')!.parentElement!;
        scroller.scrollTop = 0;
      });
      await page.focus('[data-testid="ccg-filter-rating"]');
      await page.keyboard.press("Tab");
      const start = await focused(page);
      expect(start).toMatchObject({ index: 0, inTable: true });
      await page.keyboard.press("Tab");
      expect((await focused(page)).inTable).toBe(false);
      await page.keyboard.press("Shift+Tab");
      expect(await focused(page)).toEqual(start);

      // Arrow keys, Home, End and the page keys move the focus; the focused row is in view and outlined.
      await page.keyboard.press("ArrowDown");
      expect((await focused(page)).index).toBe(1);
      await page.keyboard.press("PageDown");
      const afterPage = (await focused(page)).index;
      expect(afterPage).toBeGreaterThan(3);
      await page.keyboard.press("End");
      expect((await focused(page)).index).toBe(212);
      const visible = await page.evaluate(() => {
        const row = document.activeElement as HTMLElement;
        const scroller = document.querySelector('[data-testid="ccg-table"]')!.parentElement!;
        const r = row.getBoundingClientRect();
        const s = scroller.getBoundingClientRect();
        const style = getComputedStyle(row);
        return {
          inView: r.top >= s.top - 1 && r.bottom <= s.bottom + 1,
          outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        };
      });
      expect(visible).toEqual({ inView: true, outline: true });
      await page.keyboard.press("PageUp");
      expect((await focused(page)).index).toBeLessThan(212);
      await page.keyboard.press("Home");
      expect((await focused(page)).index).toBe(0);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      const chosen = await focused(page);
      await page.keyboard.press("Enter");
      await page.waitForSelector(`[data-testid="ccg-row-${chosen.code}"][aria-selected="true"]`);
      expect(await page.textContent('[data-testid="ccg-details"] h3')).toContain(chosen.code!);
      expect((await focused(page)).code).toBe(chosen.code);
      await screenshot(page, `pane-${width}-table-keyboard`);
      // The selected row is now the tab stop.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Shift+Tab");
      expect((await focused(page)).code).toBe(chosen.code);

      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
