/**
 * @jest-environment node
 */
/* global afterAll, beforeAll, describe, expect, jest, test */
// The production build in headless Chromium, preview mode: analyse a workbook, pick two CCGs in the
// Scoring section, write their scoring sheets, download the workbook; LibreOffice, recalculating it,
// shows the outcomes the pane and the runner give.
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { scoringWorkbook } from "../engine/scoring/helpers/scoringWorkbook";
import { recalculateInLibreOffice } from "../helpers/libreoffice";
import { runRunner } from "../helpers/runner";
import { writeXlsxFile } from "../helpers/workbookFiles";
import { E2E_TIMEOUT_MS, launchChromium, routeRequests, screenshot } from "./helpers/browser";
import { startDistServer } from "./helpers/distServer";
import type { DistServer } from "./helpers/distServer";

jest.setTimeout(E2E_TIMEOUT_MS);

let directory: string;
let input: string;
let server: DistServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-footprint-e2e-scoring-"));
  input = path.join(directory, "ccgs.xlsx");
  writeXlsxFile(input, scoringWorkbook());
  server = await startDistServer();
  browser = await launchChromium();
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(60_000);
  await routeRequests(context, { origin: server.origin });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (directory) fs.rmSync(directory, { recursive: true, force: true });
});

describe("scoring sheets in preview mode (production build)", () => {
  test("two picked CCGs' scoring sheets are downloaded; LibreOffice shows the pane's and the runner's outcomes", async () => {
    const runner = runRunner(["analyse", "ccgs.xlsx", "--scoring", "all", "--json"], directory);
    expect(runner.status).toBe(0);
    const expected = (JSON.parse(runner.stdout) as { scoring: { code: string; outcome: string }[] })
      .scoring;
    expect(expected.map((s) => s.code)).toEqual(["01A", "02B"]);

    await page.goto(`${server!.origin}/taskpane.html`);
    await page.setInputFiles('[data-testid="file-input"]', input);
    await page.locator('[data-testid="analyse-button"]').click();
    await page.waitForSelector('[data-testid="ccg-table"]');
    await page.getByLabel("CCGs I pick").check();
    await page.locator('[data-testid="scoring-pick-01A"]').check();
    await page.locator('[data-testid="scoring-pick-02B"]').check();
    await page.locator('[data-testid="scoring-write"]').click();
    await page.waitForSelector('[data-testid="scoring-results"]');
    for (const { code, outcome } of expected)
      expect(await page.textContent(`[data-testid="scoring-outcome-${code}"]`)).toBe(outcome);
    await screenshot(page, "preview-scoring-written");

    const link = page.locator('[data-testid="download-link"]');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const downloaded = path.join(directory, "downloaded.xlsx");
    await download.saveAs(downloaded);

    const [book] = await recalculateInLibreOffice([downloaded]);
    expect(Object.keys(book ?? {})).toEqual(
      expect.arrayContaining(["Practices", "Scoring 01A", "Scoring 02B", "Domain Summary"])
    );
    for (const { code, outcome } of expected) {
      expect([code, book?.[`Scoring ${code}`]?.[15]?.[1]]).toEqual([code, outcome]);
    }
    expect(book?.["Domain Summary"]?.slice(1).map((row) => row[9])).toEqual(
      expected.map((s) => s.outcome)
    );
  });
});
