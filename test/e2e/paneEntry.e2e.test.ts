/**
 * @jest-environment node
 */
/* global document, describe, expect, jest, test, beforeAll, afterAll */
// Entry that cannot mislead (issue #14), in headless Chromium at Excel's pane width (350 px) and in a
// wide browser (1,400 px), on the England 2016 list as a CSV whose list-size header is not recognised:
// the mapping editor keeps a choice made with the keyboard (each arrow press moves one option and the
// focus stays); "22,5" typed as £ per head in an en-GB browser is questioned and never read as 225, with
// the value in use shown; data quality is grouped by kind and opens onto every row; codes that are not
// CCGs are left out of the counts until unticked; and the messages match the state after "Put in the
// download" and after re-analysing. axe-core finds no serious
// problem in the new controls. (Axe and focus after Analyse and Write: paneMap.e2e.test.ts.)
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { describeWithEnglandData, englandDataFile } from "../helpers/realData";
import { E2E_TIMEOUT_MS, launchChromium, openPane, screenshot } from "./helpers/browser";
import { seriousAxeViolations } from "./helpers/axe";
import { startDistServer } from "./helpers/distServer";
import type { DistServer } from "./helpers/distServer";

jest.setTimeout(E2E_TIMEOUT_MS * 2);

const PRACTICES = "practices-2016q1.csv";
/** The list-size header as some exports write it: not recognised, so the mapping editor is needed. */
const RENAMED = "headcount_jan16";

let directory: string;
let csv: string;
let server: DistServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-footprint-e2e-entry-"));
  if (fs.existsSync(englandDataFile(PRACTICES))) {
    const text = fs.readFileSync(englandDataFile(PRACTICES), "utf8");
    const newline = text.indexOf("\n");
    const header = text.slice(0, newline).replace("list_size", RENAMED);
    csv = path.join(directory, "england-renamed.csv");
    fs.writeFileSync(csv, header + text.slice(newline));
  }
  server = await startDistServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (directory) fs.rmSync(directory, { recursive: true, force: true });
});

const testId = (id: string) => `[data-testid="${id}"]`;

async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
}

async function analyse(page: Page, practices: string): Promise<void> {
  await page.locator(testId("analyse-button")).click();
  await page.waitForSelector(`${testId("analysis-summary")}:has-text("${practices} practices")`, {
    timeout: 120_000,
  });
  await page.waitForSelector(`${testId("analyse-button")}:not([disabled])`);
}

async function ragTotal(page: Page): Promise<number> {
  let total = 0;
  for (const rating of ["red", "amber", "green"])
    total += Number(await page.textContent(testId(`rag-${rating}`)));
  return total;
}

describeWithEnglandData("entry that cannot mislead, on the England list", [PRACTICES], () => {
  for (const width of [350, 1400]) {
    test(`at ${width} px: keyboard mapping, "22,5" questioned, data quality by kind, non-CCG codes, messages`, async () => {
      const { page, errors } = await openPane(browser!, server!.origin, {
        width,
        locale: "en-GB",
        acceptDownloads: true,
      });
      await page.setInputFiles(testId("file-input"), csv);

      // The list size is not recognised: the mapping is open at the one field missing.
      const listSize = page.locator(testId("mapping-listSize"));
      await listSize.waitFor();
      expect(await page.textContent(testId("error-message"))).toContain("No practice list found");
      const options = await listSize.evaluate((select) =>
        Array.from((select as HTMLSelectElement).options).map((option) => option.value)
      );
      const target = options.indexOf(RENAMED);
      expect(target).toBeGreaterThan(0);
      expect(await listSize.inputValue()).toBe("");
      // Keyboard: each arrow press moves one option, the choice shows and the focus stays.
      await listSize.focus();
      for (let step = 1; step <= target; step++) {
        await page.keyboard.press("ArrowDown");
        expect(await listSize.inputValue()).toBe(options[step]);
        expect(await focusedTestId(page)).toBe("mapping-listSize");
      }
      await page.keyboard.press("Tab");
      expect(await listSize.inputValue()).toBe(RENAMED);
      await page.waitForSelector(testId("error-message"), { state: "detached" });
      expect(await page.textContent(testId("input-summary"))).toContain("sheet 'england-renamed'");

      // "22,5" as £ per head in an en-GB browser: questioned, read as £22.50 (never £225), shown in use.
      await page.getByRole("button", { name: /Running costs/ }).click();
      const rca = page.locator(testId("assumption-rca_per_head"));
      await rca.fill("22,5");
      const field = page.locator(".fui-Field", { has: rca });
      await page.waitForSelector(`${testId("assumption-rca_per_head-in-use")}:has-text("£22.50")`);
      expect(await page.textContent(testId("assumption-rca_per_head-in-use"))).toBe(
        "In use: £22.50 per head"
      );
      expect(await field.textContent()).toContain("Read as £22.50 per head");
      expect(await field.textContent()).not.toContain("225");
      await screenshot(page, `pane-${width}-22-5-questioned`);
      // The mapping editor open and a questioned value: no serious accessibility problem.
      expect(await seriousAxeViolations(page)).toEqual([]);
      await analyse(page, "7,705");
      // The analysis used £22.50: the what-if box shows the allowance analysed.
      expect(await page.locator(testId("whatif-rca-box")).inputValue()).toBe("22.50");
      expect(errors).toEqual([]);

      // Data quality: one line per kind, opening onto every row.
      expect(await page.textContent(testId("dq-summary-noCoordinates"))).toBe(
        "352 practices have no coordinates (left out of the geography)"
      );
      expect(await page.textContent(testId("dq-summary-notCcg"))).toMatch(
        /^4 codes are not CCG codes: /
      );
      await page.locator(testId("dq-toggle-noCoordinates")).click();
      await page.locator(testId("dq-more-noCoordinates")).click();
      expect(await page.locator(`${testId("dq-rows-noCoordinates")} li`).count()).toBe(352);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Codes that are not CCGs: left out of the counts; unticked, they are rated and counted.
      const leaveOut = page.locator(testId("leave-out-non-ccg"));
      expect(await leaveOut.isChecked()).toBe(true);
      expect(await ragTotal(page)).toBe(209);
      await leaveOut.click();
      await page.waitForSelector(testId("rated-non-ccg-codes"));
      await page.waitForSelector(`${testId("analyse-button")}:not([disabled])`);
      expect(await ragTotal(page)).toBe(213);
      await leaveOut.click();
      await page.waitForSelector(testId("set-aside-codes"));
      await page.waitForSelector(`${testId("analyse-button")}:not([disabled])`);
      expect(await ragTotal(page)).toBe(209);

      // "Put in the download": the pane then says the assumptions are on the new sheet, never that
      // the workbook has none.
      expect(await page.textContent("body")).toContain("no Assumptions sheet");
      await page.locator(testId("save-assumptions")).click();
      await page.waitForSelector(
        `${testId("section-assumptions")} ${testId("notice-message")}:has-text("new sheet 'Assumptions'")`
      );
      await page.waitForFunction(
        () => !(document.body.textContent ?? "").includes("no Assumptions sheet")
      );
      expect(await page.textContent(testId("input-summary"))).toContain("sheet 'Assumptions'");

      // Write (one click, the download starts), then re-analyse: the link and its words are gone.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(testId("write-button")).click(),
      ]);
      expect(download.suggestedFilename()).toBe("england-renamed.analysed.xlsx");
      expect(await page.textContent(testId("section-write"))).toContain("link below");
      await page.locator(testId("analyse-button")).click();
      await page.waitForSelector(testId("download-link"), { state: "detached" });
      await page.waitForSelector(`${testId("analyse-button")}:not([disabled])`);
      expect(await page.textContent(testId("section-write"))).not.toMatch(
        /link below|started its download/
      );
      expect(errors).toEqual([]);
      await screenshot(page, `pane-${width}-entry-done`);
      await page.context().close();
    });
  }
});
