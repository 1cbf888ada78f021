/**
 * @jest-environment node
 */
/* global afterAll, beforeAll, console, describe, document, expect, fetch, jest, setTimeout, test */
// The production build in real headless Chromium, outside Office: the page loads no Office.js, the pane runs
// in preview mode on the runner's sample workbook, its RAG counts match the runner's, and the downloaded
// workbook holds the input sheets unchanged plus the runner's own output sheets. The preview is private:
// no request goes beyond the page's own origin while loading, analysing and downloading, and the page's
// Content-Security-Policy is in force (never violated by the pane; inline script, eval and outside
// requests refused).
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type ExcelJS from "exceljs";
import { NUMBER_FORMATS, RAG_COLOURS } from "../../src/output/report/outputTable";
import { ownershipName } from "../../src/output/names";
import {
  E2E_TIMEOUT_MS,
  cspViolations,
  firstRenderMs,
  launchChromium,
  recordCspViolations,
  routeRequests,
  screenshot,
} from "./helpers/browser";
import type { RouteLog } from "./helpers/browser";
import { scrollTableToRow } from "./helpers/ccgTable";
import { startDistServer } from "./helpers/distServer";
import { changedParts, malformedParts, packageParts, text } from "../package/packageParts";
import type { DistServer } from "./helpers/distServer";
import {
  firstDifference,
  plainSheets,
  readXlsx,
  sampleWithRunnerReference,
} from "./helpers/sampleWorkbook";
import type { PlainSheet, RunnerReference } from "./helpers/sampleWorkbook";
import { INPUT_SHEETS, OUTPUT_SHEETS } from "./helpers/sampleWorkbook";

jest.setTimeout(E2E_TIMEOUT_MS);

let directory: string;
let reference: RunnerReference;
let server: DistServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let routes: RouteLog;
const pageErrors: string[] = [];

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-footprint-e2e-preview-"));
  reference = sampleWithRunnerReference(directory);
  server = await startDistServer();
  browser = await launchChromium();
  context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(60_000);
  routes = await routeRequests(context, { origin: server.origin });
  await recordCspViolations(context);
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (directory) fs.rmSync(directory, { recursive: true, force: true });
});

/** ExcelJS's table model (its type declarations miss `table`). */
function tablesOf(
  worksheet: ExcelJS.Worksheet
): { name: string; tableRef: string; columns: { name: string }[] }[] {
  return (
    worksheet.getTables() as unknown as {
      table: { name: string; tableRef: string; columns: { name: string }[] };
    }[]
  ).map((table) => table.table);
}

/** A conditional format as ExcelJS reads it from a file. */
interface ReadConditionalFormat {
  readonly ref: string;
  readonly rules: { style?: { fill?: { bgColor?: { argb?: string } } } }[];
}

/** Conditional formats ExcelJS read from a file (missing from its type declarations). */
function conditionalFormatsOf(worksheet: ExcelJS.Worksheet): ReadConditionalFormat[] {
  const withFormats = worksheet as unknown as { conditionalFormattings?: ReadConditionalFormat[] };
  return withFormats.conditionalFormattings ?? [];
}

describe("preview mode in headless Chromium (production build)", () => {
  test("outside Office the pane renders in preview mode; first render is timed", async () => {
    await page.goto(`${server!.origin}/taskpane.html`);
    await page.waitForSelector('[data-testid="pane-mode"]');
    const timing = await firstRenderMs(page);
    expect(await page.textContent('[data-testid="pane-mode"]')).toMatch(/preview/i);
    expect(await cspViolations(page)).toEqual([]);
    // Again in the same (now warm) browser; nothing comes from a cache (the server says no-store).
    await page.reload();
    await page.waitForSelector('[data-testid="pane-mode"]');
    const again = await firstRenderMs(page);
    console.log(
      `Preview mode: first render ${timing.firstRender} ms after navigation start (DOMContentLoaded ${timing.domContentLoaded} ms); ` +
        `reloaded: ${again.firstRender} ms (DOMContentLoaded ${again.domContentLoaded} ms)`
    );
    expect(timing.firstRender).toBeGreaterThan(0);
    // No Office.js outside Office, and so no Office global: the pane decided "preview" at once.
    expect(routes.officeFiles).toEqual([]);
    expect(await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).toBe(
      "undefined"
    );
    await screenshot(page, "preview-1-first-render");
  });

  test("the sample workbook, analysed in the page, gives the runner's RAG counts", async () => {
    await page.setInputFiles('[data-testid="file-input"]', reference.file);
    // Playwright waits for the button to be enabled (the file is read first).
    await page.locator('[data-testid="analyse-button"]').click();
    await page.waitForSelector('[data-testid="rag-red"]', { timeout: 90_000 });
    const counts = {
      RED: Number(await page.textContent('[data-testid="rag-red"]')),
      AMBER: Number(await page.textContent('[data-testid="rag-amber"]')),
      GREEN: Number(await page.textContent('[data-testid="rag-green"]')),
    };
    expect(counts).toEqual(reference.counts);
    expect(await page.textContent('[data-testid="analysis-summary"]')).toContain(
      `${reference.report.practices.toLocaleString("en-GB")} practices in ${reference.report.ccgs.length} CCGs`
    );
    expect(await page.textContent('[data-testid="dq-errors"]')).toBe(
      String(reference.report.dataQuality.filter((finding) => finding.severity === "error").length)
    );
  });

  test("the map draws every CCG, and a CCG's row shows its figures and reasons", async () => {
    const drawMap = page.locator('[data-testid="draw-map"]');
    if ((await drawMap.count()) > 0) await drawMap.click();
    const map = page.locator('[data-testid="map"] svg');
    await map.waitFor();
    expect(await page.locator('[data-testid="map"] svg g[data-ccg]').count()).toBe(
      reference.report.ccgs.length
    );
    expect(await page.locator('[data-testid="map"] svg circle').count()).toBeGreaterThan(1000);
    expect(
      await page.locator('[data-testid="map"] svg :is(path, polygon)').count()
    ).toBeGreaterThan(0);

    const red = reference.report.ccgs.find((ccg) => ccg.rating === "RED");
    if (!red) throw new Error("The sample has no red CCG to select");
    await scrollTableToRow(page, red.code);
    await page.locator(`[data-testid="ccg-row-${red.code}"]`).click();
    const details = page.locator('[data-testid="ccg-details"]', { hasText: red.code });
    await details.waitFor();
    const text = (await details.textContent()) ?? "";
    expect(text).toContain(red.name ?? red.code);
    expect(
      await page.locator(`[data-testid="ccg-row-${red.code}"]`).getAttribute("aria-selected")
    ).toBe("true");
    // Each red component's reason in the pane is the runner's reason.
    for (const reason of red.reasons) expect(text).toContain(reason);
    await screenshot(page, "preview-2-analysed-ccg-selected");
  });

  test("the downloaded workbook holds the input sheets unchanged and the runner's output sheets", async () => {
    await page.locator('[data-testid="write-button"]').click();
    const link = page.locator('[data-testid="download-link"]');
    await link.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("sample.analysed.xlsx");
    const downloaded = path.join(directory, "downloaded.xlsx");
    await download.saveAs(downloaded);
    await screenshot(page, "preview-3-written");

    const workbook = await readXlsx(downloaded);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      ...INPUT_SHEETS,
      ...OUTPUT_SHEETS,
    ]);

    // Input sheets: every value as it was (the sample already has Assumptions, so it is not rewritten).
    const original = await plainSheets(reference.file);
    const [after, runnerOutput] = await Promise.all([
      plainSheets(downloaded),
      plainSheets(reference.outputFile),
    ]);
    const sheetOf = (sheets: PlainSheet[], name: string) =>
      sheets.find((sheet) => sheet.name === name);
    for (const name of INPUT_SHEETS) {
      expect(sheetOf(after, name)).toEqual(sheetOf(original, name));
    }
    // Output sheets: the runner's values (numbers to 1e-9: Chromium's V8 against Node's).
    for (const name of OUTPUT_SHEETS) {
      expect(firstDifference(sheetOf(after, name), sheetOf(runnerOutput, name))).toBeNull();
    }
    expect(workbook.definedNames.model.map((name) => name.name).sort()).toEqual(
      OUTPUT_SHEETS.map((sheet) => ownershipName(sheet)).sort()
    );

    // CCG Summary: a real table, one row per CCG, frozen header, £ and % formats, RAG fills.
    const summary = workbook.getWorksheet("CCG Summary")!;
    const [table] = tablesOf(summary);
    expect(tablesOf(summary)).toHaveLength(1);
    expect(table?.name).toBe("CCGSummary");
    expect(table?.tableRef).toMatch(new RegExp(`^A1:[A-Z]+${reference.report.ccgs.length + 1}$`));
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const headers = (table?.columns ?? []).map((column) => column.name);
    const column = (header: string): number => {
      const index = headers.indexOf(header);
      if (index < 0)
        throw new Error(`CCG Summary has no column '${header}' (columns: ${headers.join(", ")})`);
      return index + 1;
    };
    expect(summary.getCell(2, column("Headroom (£)")).numFmt).toBe(NUMBER_FORMATS.gbp);
    expect(summary.getCell(2, column("Detached share")).numFmt).toBe(NUMBER_FORMATS.percent);
    const ratingColumn = column("Configuration rating");
    const ratings = { RED: 0, AMBER: 0, GREEN: 0 } as Record<string, number>;
    for (let row = 2; row <= reference.report.ccgs.length + 1; row += 1) {
      const rating = String(summary.getCell(row, ratingColumn).value);
      ratings[rating] = (ratings[rating] ?? 0) + 1;
    }
    expect(ratings).toEqual(reference.counts);
    const letter = summary.getColumn(ratingColumn).letter;
    const ratingFormats = conditionalFormatsOf(summary).find((format) =>
      format.ref.startsWith(`${letter}2:`)
    );
    expect(ratingFormats?.rules.map((rule) => rule.style?.fill?.bgColor?.argb)).toEqual(
      expect.arrayContaining([
        `FF${RAG_COLOURS.RED.fill}`,
        `FF${RAG_COLOURS.AMBER.fill}`,
        `FF${RAG_COLOURS.GREEN.fill}`,
      ])
    );

    // Practice Detail and Data Quality: one row per practice analysed, one per finding.
    expect(tablesOf(workbook.getWorksheet("Practice Detail")!)[0]?.tableRef).toMatch(
      new RegExp(`^A1:[A-Z]+${reference.report.practices + 1}$`)
    );
    expect(tablesOf(workbook.getWorksheet("Data Quality")!)[0]?.tableRef).toMatch(
      new RegExp(`^A1:[A-Z]+${reference.report.dataQuality.length + 1}$`)
    );
  });

  /**
   * Picks a fixture of test/fixtures/package in the page, analyses it, runs `beforeWrite`, writes and
   * downloads the analysed copy (named as the fixture, `.analysed` before the extension).
   */
  async function analysedCopyInPage(
    file: string,
    beforeWrite: () => Promise<void>
  ): Promise<{ input: Map<string, Uint8Array>; output: Map<string, Uint8Array> }> {
    const fixture = path.resolve(__dirname, "../fixtures/package", file);
    await page.setInputFiles('[data-testid="file-input"]', fixture);
    await page.locator('[data-testid="analyse-button"]').click();
    await page.waitForSelector('[data-testid="analysis-summary"]:has-text("53 practices")', {
      timeout: 90_000,
    });
    await beforeWrite();
    await page.locator('[data-testid="write-button"]').click();
    const link = page.locator('[data-testid="download-link"]');
    await link.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(file.replace(/(\.\w+)$/, ".analysed$1"));
    const downloaded = path.join(directory, `downloaded-${file}`);
    await download.saveAs(downloaded);
    return {
      input: await packageParts(fs.readFileSync(fixture)),
      output: await packageParts(fs.readFileSync(downloaded)),
    };
  }

  test("an analysed copy of a macro-enabled workbook keeps its VBA project, chart and comments byte for byte, and gains our chart", async () => {
    const { input, output } = await analysedCopyInPage("analyst-workbook.xlsm", async () => {});
    for (const part of [
      "xl/vbaProject.bin",
      "xl/charts/chart1.xml",
      "xl/comments1.xml",
      "xl/media/image1.png",
      "xl/worksheets/sheet2.xml",
    ])
      expect(Buffer.from(output.get(part) ?? []).equals(Buffer.from(input.get(part) ?? [0]))).toBe(
        true
      );
    expect(text(output, "[Content_Types].xml")).toContain(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    );
    const charts = [...output.keys()].filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(
      charts.some((name) => text(output, name).includes("Population and headroom by CCG"))
    ).toBe(true);
    expect(malformedParts(output)).toEqual([]);
  });

  test("saving assumptions into the analyst's own Assumptions sheet edits its cells alone: VBA, chart and every other part of the .xlsm kept byte for byte", async () => {
    const { input, output } = await analysedCopyInPage("analyst-own-sheets.xlsm", async () => {
      await page.getByRole("button", { name: /Running costs/ }).click();
      await page.locator('[data-testid="assumption-rca_per_head"]').fill("22.07");
      await page.locator('[data-testid="save-assumptions"]').click();
      await page.waitForSelector(
        '[data-testid="section-assumptions"] [data-testid="notice-message"]:has-text("Assumptions")',
        { timeout: 30_000 }
      );
    });
    // The Assumptions sheet, and nothing else of the user's (bookkeeping parts aside).
    expect(changedParts(input, output)).toEqual(["xl/worksheets/sheet4.xml"]);
    expect(text(output, "xl/worksheets/sheet4.xml")).toContain('<c r="B2" s="2"><v>22.07</v></c>');
    expect(text(output, "xl/worksheets/sheet4.xml")).toContain("<f>B2*2</f>");
    expect(input.get("xl/vbaProject.bin")?.length).toBeGreaterThan(1000);
    expect(malformedParts(output)).toEqual([]);
  });

  test("private: no request beyond the page's own origin while loading, analysing and downloading, and no Content-Security-Policy violation", async () => {
    expect(pageErrors).toEqual([]);
    console.log(`Preview mode: requests ${JSON.stringify(routes.requested)}`);
    // The routes saw the page's own requests (the page, the boot script, the pane, its worker and chunks),
    // so an outside one would have been seen too.
    const own = `${server!.origin}/`;
    expect(routes.requested.filter((url) => url.startsWith(own)).length).toBeGreaterThanOrEqual(5);
    expect(routes.requested.filter((url) => !url.startsWith(own))).toEqual([]);
    expect(routes.blocked).toEqual([]);
    expect(routes.officeFiles).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  test("the Content-Security-Policy is in force: inline script, eval and outside requests are refused and reported", async () => {
    const outcome = await page.evaluate(async () => {
      const global = globalThis as { inlineScriptRan?: boolean; inlineHandlerRan?: boolean };
      const inline = document.createElement("script");
      inline.textContent = "globalThis.inlineScriptRan = true;";
      document.head.appendChild(inline);
      const handler = document.createElement("button");
      handler.setAttribute("onclick", "globalThis.inlineHandlerRan = true;");
      document.body.appendChild(handler);
      handler.click();
      handler.remove();
      // Run from a timer, as the page's own code would be (code evaluated by the test tool is exempt).
      const evalOutcome = await new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            // eslint-disable-next-line no-eval -- the test checks that the page's policy refuses it
            (0, eval)("1 + 1");
            resolve("ran");
          } catch (error) {
            resolve((error as Error).name);
          }
        }, 0)
      );
      const fetchOutcome = await fetch("https://example.org/ccg-footprint-csp-probe").then(
        () => "sent",
        (error: Error) => error.name
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        inlineRan: global.inlineScriptRan === true || global.inlineHandlerRan === true,
        evalOutcome,
        fetchOutcome,
      };
    });
    expect(outcome).toEqual({
      inlineRan: false,
      evalOutcome: "EvalError",
      fetchOutcome: "TypeError",
    });
    const violations = await cspViolations(page);
    expect(violations.map((violation) => violation.directive).sort()).toEqual(
      ["connect-src", "script-src", "script-src-attr", "script-src-elem"].sort()
    );
    expect(violations.find((v) => v.directive === "connect-src")?.blockedUrl).toBe(
      "https://example.org/ccg-footprint-csp-probe"
    );
    // Refused by the policy before any request was made.
    expect(routes.requested.filter((url) => url.includes("example.org"))).toEqual([]);
  });
});
