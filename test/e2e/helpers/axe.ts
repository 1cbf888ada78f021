/* global window, document, Document, setTimeout */
// axe-core in the page under test (loaded from the npm package, nothing fetched).
import fs from "fs";
import type { Page } from "playwright-core";

/** Serious and critical axe-core violations on the page, as "rule: target" lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    // Evaluated by the test tool, not added as a <script>: the page's Content-Security-Policy refuses
    // inline scripts (as it should).
    await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  }
  // Colours are read once what the last action changed has settled: a Fluent button that was disabled
  // changes colour over 100 ms when enabled again (for example as a save finishes), and half-way through
  // it is neither the disabled grey nor its colour. Endless animations (a progress bar) are not waited for.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined))
      ),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ])
  );
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) => violation.targets.map((target) => `${violation.id}: ${target}`));
}
