/** The CCG table in the built pane: it draws only the rows in view, so a test scrolls to a row as a user would. */
/* global document, requestAnimationFrame */
import type { Page } from "playwright-core";

/**
 * Scrolls the table from the top, half a view at a time, until the row of this CCG is drawn, then brings
 * it into view.
 * @throws Error when the row is not in the table
 */
export async function scrollTableToRow(page: Page, code: string): Promise<void> {
  const found = await page.evaluate(async (wanted) => {
    const scroller = document.querySelector('[data-testid="ccg-table"]')?.parentElement;
    if (!scroller) return false;
    const drawn = () => document.querySelector(`[data-testid="ccg-row-${wanted}"]`) !== null;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    scroller.scrollTop = 0;
    await frame();
    await frame();
    while (!drawn() && scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight) {
      scroller.scrollTop += Math.max(20, scroller.clientHeight / 2);
      await frame();
      await frame();
    }
    return drawn();
  }, code);
  if (!found) throw new Error(`${code} is not in the CCG table`);
  await page.locator(`[data-testid="ccg-row-${code}"]`).scrollIntoViewIfNeeded();
}
