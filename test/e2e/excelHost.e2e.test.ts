/**
 * @jest-environment node
 */
/* global afterAll, beforeAll, console, describe, expect, jest, test, window */
// The production build in real headless Chromium "inside Excel": the in-memory Excel host (test/excel-host)
// is the page's `Excel`, filled with the runner's sample workbook, and Office.js reports host Excel. The
// pane reads the workbook, its RAG counts match the runner's, and Write leaves real tables with £ and %
// formats, RAG conditional formats and the summary chart, the input sheets untouched, in a few syncs.
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { columnLetters } from "../../src/engine/cells";
import { NUMBER_FORMATS, RAG_COLOURS } from "../../src/output/report/outputTable";
import { ownershipName } from "../../src/output/names";
import { SUMMARY_CHART_NAME } from "../../src/output/summaryChart";
import { WRITABLE_SHEETS } from "../../src/taskpane/state/paneState";
import { sheetCheckboxTestId } from "../../src/taskpane/components/WriteSection";
import {
  E2E_TIMEOUT_MS,
  OFFICE_JS_CDN,
  cspViolations,
  firstRenderMs,
  launchChromium,
  recordCspViolations,
  routeRequests,
  screenshot,
} from "./helpers/browser";
import type { RouteLog } from "./helpers/browser";
import { startDistServer } from "./helpers/distServer";
import type { DistServer } from "./helpers/distServer";
import {
  OFFICE_READY_AS_EXCEL,
  bundleExcelHost,
  excelHostInitScript,
} from "./helpers/excelHostPage";
import type { ExcelHostWindow } from "./helpers/excelHostPage";
import { firstDifference, plainSheets, sampleWithRunnerReference } from "./helpers/sampleWorkbook";
import type { PlainSheet, RunnerReference } from "./helpers/sampleWorkbook";
import { INPUT_SHEETS, OFFICE_TELEMETRY, OUTPUT_SHEETS } from "./helpers/sampleWorkbook";

jest.setTimeout(E2E_TIMEOUT_MS);

let directory: string;
let reference: RunnerReference;
let initialSheets: PlainSheet[];
let runnerOutput: PlainSheet[];
let server: DistServer | undefined;
let browser: Browser | undefined;
let page: Page;
let routes: RouteLog;
const pageErrors: string[] = [];
/** Syncs so far, after each step. */
const syncs: Record<string, number> = {};

/** Sync count of the in-memory Excel so far. */
function syncCount(): Promise<number> {
  return page.evaluate(() => (window as unknown as ExcelHostWindow).__excelHost.counters.syncs);
}

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-footprint-e2e-excel-"));
  reference = sampleWithRunnerReference(directory);
  [initialSheets, runnerOutput] = await Promise.all([
    plainSheets(reference.file),
    plainSheets(reference.outputFile),
  ]);
  const bundle = await bundleExcelHost(path.join(directory, "excel-host"));
  server = await startDistServer();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 420, height: 1000 } });
  context.setDefaultTimeout(60_000);
  routes = await routeRequests(context, {
    origin: server.origin,
    officeJsSuffix: OFFICE_READY_AS_EXCEL,
  });
  await context.addInitScript({ content: excelHostInitScript(bundle, initialSheets) });
  await recordCspViolations(context);
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (directory) fs.rmSync(directory, { recursive: true, force: true });
});

describe("the pane inside (an in-memory) Excel in headless Chromium (production build)", () => {
  test("Office.js reports Excel, the pane renders in Excel mode and reads the workbook", async () => {
    // As manifest.xml names the page: the marker makes the boot script start Office.js.
    await page.goto(`${server!.origin}/taskpane.html?host=office`);
    await page.waitForSelector('[data-testid="pane-mode"]');
    const timing = await firstRenderMs(page);
    expect(await page.textContent('[data-testid="pane-mode"]')).toMatch(/excel/i);
    // The real Office.js ran, and by itself said it is outside Office.
    expect(
      await page.evaluate(() => (window as unknown as ExcelHostWindow).__realOfficeReady)
    ).toEqual({
      host: null,
      platform: null,
    });
    // The pane reads the workbook when it opens.
    await page.locator('[data-testid="input-summary"]').waitFor();
    syncs.read = await syncCount();
    console.log(
      `Excel mode: first render ${timing.firstRender} ms; reading the workbook took ${syncs.read} syncs`
    );
    expect(syncs.read).toBeLessThanOrEqual(3);
  });

  test("Analyse reads the workbook again and gives the runner's RAG counts", async () => {
    await page.locator('[data-testid="analyse-button"]').click();
    await page.waitForSelector('[data-testid="rag-red"]', { timeout: 90_000 });
    const counts = {
      RED: Number(await page.textContent('[data-testid="rag-red"]')),
      AMBER: Number(await page.textContent('[data-testid="rag-amber"]')),
      GREEN: Number(await page.textContent('[data-testid="rag-green"]')),
    };
    expect(counts).toEqual(reference.counts);
    syncs.analyse = (await syncCount()) - syncs.read!;
    expect(syncs.analyse).toBeLessThanOrEqual(3);
    await screenshot(page, "excel-host-1-analysed");
  });

  test("Write puts the output sheets in the workbook in a few syncs", async () => {
    for (const sheet of WRITABLE_SHEETS) {
      await expectChecked(page, sheetCheckboxTestId(sheet));
    }
    const before = await syncCount();
    await page.locator('[data-testid="write-button"]').click();
    const message = page.locator(
      '[data-testid="section-write"] :is([data-testid="notice-message"], [data-testid="error-message"])'
    );
    await message.first().waitFor({ timeout: 60_000 });
    expect(
      await page.locator('[data-testid="section-write"] [data-testid="error-message"]').count()
    ).toBe(0);
    expect(await message.first().textContent()).toContain(
      "Wrote 'CCG Summary', 'Practice Detail', 'Data Quality'"
    );
    syncs.write = (await syncCount()) - before;
    const requests = await page.evaluate(() => {
      const host = (window as unknown as ExcelHostWindow).__excelHost;
      return { count: host.counters.requests.length, largestBytes: host.maxRequestBytes() };
    });
    console.log(
      `Excel mode: syncs to read ${syncs.read}, to analyse ${syncs.analyse}, to write ${syncs.write}; largest request ${requests.largestBytes} bytes`
    );
    expect(syncs.write).toBeLessThanOrEqual(12);
    expect(requests.largestBytes).toBeLessThan(5 * 1024 * 1024);
    await screenshot(page, "excel-host-2-written");
  });

  test("the workbook holds the input sheets unchanged and the outputs as tables with formats, RAG fills and the chart", async () => {
    const state = await page.evaluate(
      ({ inputs, outputs }) => {
        const host = (window as unknown as ExcelHostWindow).__excelHost;
        return {
          sheetNames: host.sheetNames(),
          tables: host.tables(),
          names: host.names().map((name) => ({ name: name.name, formula: name.formula })),
          inputs: inputs.map((name) => ({
            name,
            values: host.values(name),
            address: host.usedAddress(name),
          })),
          outputs: outputs.map((name) => ({
            name,
            values: host.values(name),
            frozenRows: host.frozenRows(name),
          })),
          conditionalFormats: host.conditionalFormats("CCG Summary"),
          charts: host.charts("CCG Summary"),
        };
      },
      { inputs: INPUT_SHEETS, outputs: [...OUTPUT_SHEETS] }
    );
    expect(state.sheetNames).toEqual([...INPUT_SHEETS, ...OUTPUT_SHEETS]);

    // The input sheets, value for value (the sample's own Assumptions already hold the values in force).
    for (const input of state.inputs) {
      const initial = initialSheets.find((sheet) => sheet.name === input.name);
      expect(initial?.start).toBe("A1");
      expect(input.values).toEqual(initial?.values);
    }
    // The outputs: the runner's values (numbers to 1e-9: Chromium's V8 against Node's). Sensitivity is
    // formulas this in-memory Excel does not evaluate (IF, SUMPRODUCT): LibreOffice recalculates it
    // in test/xlsx/sensitivityLibreOffice.test.ts; here its table and frozen rows are checked below.
    for (const output of state.outputs.filter((sheet) => sheet.name !== "Sensitivity")) {
      const runners = runnerOutput.find((sheet) => sheet.name === output.name);
      expect(
        firstDifference({ name: output.name, start: "A1", values: output.values }, runners)
      ).toBeNull();
      expect(output.frozenRows).toBe(1);
    }
    // Ownership is recorded for the three outputs written, not for the user's Assumptions.
    expect(state.names.map((name) => name.name).sort()).toEqual(
      OUTPUT_SHEETS.map((sheet) => ownershipName(sheet)).sort()
    );

    // Real tables with the runner's header rows and one row per CCG, practice and finding.
    const rowsOf = {
      "CCG Summary": reference.report.ccgs.length,
      "Practice Detail": reference.report.practices,
      "Data Quality": reference.report.dataQuality.length,
    };
    expect(state.tables.map((table) => table.sheet)).toEqual([...OUTPUT_SHEETS]);
    const sensitivity = state.tables.find((table) => table.sheet === "Sensitivity");
    expect(sensitivity?.headers.slice(0, 7)).toEqual([
      "CCG code",
      "CCG name",
      "Population",
      "Fixed costs",
      "Support per head",
      "Break-even £/head",
      "At £20.00",
    ]);
    expect(sensitivity?.address).toMatch(
      new RegExp(`^A5:[A-Z]+${reference.report.ccgs.length + 5}$`)
    );
    expect(state.outputs.find((sheet) => sheet.name === "Sensitivity")?.frozenRows).toBe(5);
    for (const table of state.tables.filter((candidate) => candidate.sheet !== "Sensitivity")) {
      const runners = runnerOutput.find((sheet) => sheet.name === table.sheet);
      expect(table.headers).toEqual(runners?.values[0]);
      expect(table.address).toMatch(
        new RegExp(`^A1:[A-Z]+${rowsOf[table.sheet as keyof typeof rowsOf] + 1}$`)
      );
      expect(table.showFilterButton).toBe(true);
    }

    // £ and % number formats on CCG Summary.
    const summary = state.tables.find((table) => table.sheet === "CCG Summary")!;
    const lastRow = reference.report.ccgs.length + 1;
    const columnOf = (header: string): string => {
      const index = summary.headers.indexOf(header);
      if (index < 0) throw new Error(`CCG Summary has no column '${header}'`);
      return columnLetters(index + 1);
    };
    const formats = await page.evaluate(
      ({ headroom, detached }) => {
        const host = (window as unknown as ExcelHostWindow).__excelHost;
        return {
          headroom: host.numberFormats("CCG Summary", headroom).flat(),
          detached: host.numberFormats("CCG Summary", detached).flat(),
        };
      },
      {
        headroom: `${columnOf("Headroom (£)")}2:${columnOf("Headroom (£)")}${lastRow}`,
        detached: `${columnOf("Detached share")}2:${columnOf("Detached share")}${lastRow}`,
      }
    );
    expect(new Set(formats.headroom)).toEqual(new Set([NUMBER_FORMATS.gbp]));
    expect(new Set(formats.detached)).toEqual(new Set([NUMBER_FORMATS.percent]));

    // RAG conditional formats on the configuration rating (and every component rating).
    const rating = columnOf("Configuration rating");
    const ratingFormats = state.conditionalFormats.filter(
      (format) => format.address === `${rating}2:${rating}${lastRow}`
    );
    expect(
      ratingFormats.map((format) => [format.rule?.text, format.fillColor, format.fontColor])
    ).toEqual(
      (["RED", "AMBER", "GREEN"] as const).map((r) => [
        r,
        `#${RAG_COLOURS[r].fill}`,
        `#${RAG_COLOURS[r].font}`,
      ])
    );
    expect(state.conditionalFormats.length).toBeGreaterThanOrEqual(3 * 6);

    // The chart: population and headroom by CCG, population columns coloured by rating.
    expect(state.charts).toHaveLength(1);
    const [chart] = state.charts;
    expect(chart?.name).toBe(SUMMARY_CHART_NAME);
    expect(chart?.chartType).toBe("ColumnClustered");
    expect(chart?.series.map((series) => series.name)).toEqual(["Population", "Headroom (£)"]);
    expect(chart?.series[0]?.values).toBe(
      `'CCG Summary'!${columnOf("Population")}2:${columnOf("Population")}${lastRow}`
    );
    expect(Object.keys(chart?.series[0]?.pointFills ?? {})).toHaveLength(
      reference.report.ccgs.length
    );
  });

  test("custom functions registered in the shared runtime; no page errors; nothing but Office.js came from outside, and Office.js's logging frame was refused by the page's policy", async () => {
    expect(pageErrors).toEqual([]);
    // The functions bundle ran after Office.js, in the same page: every function of functions.json is
    // associated with Office.js's CustomFunctions.
    const metadata = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, "../../dist/functions.json"), "utf8")
    ) as { functions: Array<{ id: string }> };
    const associated = await page.evaluate(() => {
      const customFunctions = (
        globalThis as { CustomFunctions?: { _association?: { mappings?: object } } }
      ).CustomFunctions;
      return Object.keys(customFunctions?._association?.mappings ?? {});
    });
    expect(associated.sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
    const violations = await cspViolations(page);
    console.log(
      `Excel mode: Office.js files served ${JSON.stringify(routes.officeFiles)}; blocked ${JSON.stringify(routes.blocked)}; refused by the policy ${JSON.stringify(violations)}`
    );
    expect(routes.officeFiles[0]).toBe("office.js");
    const outside = routes.requested.filter((url) => !url.startsWith(`${server!.origin}/`));
    for (const url of outside) expect(url.startsWith(OFFICE_JS_CDN)).toBe(true);
    expect(routes.blocked).toEqual([]);
    expect(violations.length).toBeGreaterThanOrEqual(1);
    for (const violation of violations) {
      expect(violation).toEqual({
        directive: "frame-src",
        blockedUrl: expect.stringMatching(OFFICE_TELEMETRY),
        sample: "",
      });
    }
  });
});

async function expectChecked(page: Page, testId: string): Promise<void> {
  const checkbox = page.locator(
    `[data-testid="${testId}"] input[type="checkbox"], input[type="checkbox"][data-testid="${testId}"]`
  );
  expect(await checkbox.first().isChecked()).toBe(true);
}
