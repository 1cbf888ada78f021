/** @jest-environment jsdom */
// The map put in the page by parts (showMapDrawing): after scenario moves, a selection change and a zoom,
// the page holds exactly the SVG a whole redraw gives, while the groups of CCGs the move did not touch
// stay the same elements (recoloured in place when the new colouring changes their colour).
/* global describe, document, Element, expect, test */
import { analyseWorkbook } from "../../../src/engine/analyse";
import type { AnalysisResult } from "../../../src/engine/analysis";
import { drawMap, mapDrawingSvg } from "../../../src/engine/map/mapSvg";
import type { MapDrawing, MapOptions } from "../../../src/engine/map/mapSvg";
import { analyseScenario } from "../../../src/engine/scenario";
import { generateSampleWorkbook } from "../../../src/sample/generateSample";
import { showMapDrawing } from "../../../src/taskpane/components/mapSvgPatch";

const baseline = analyseWorkbook(generateSampleWorkbook());
const OPTIONS: MapOptions = { width: 600, height: 672, legend: false };

/** The map's groups by CCG code. */
function groupsOf(host: Element): Map<string, Element> {
  return new Map(
    Array.from(host.querySelectorAll("g[data-ccg]"), (group) => [
      group.getAttribute("data-ccg")!,
      group,
    ])
  );
}

/** What a whole redraw puts in the page. */
function wholeRedraw(drawing: MapDrawing): string {
  const host = document.createElement("div");
  host.innerHTML = mapDrawingSvg(drawing);
  return host.innerHTML;
}

/** The biggest CCG's first practices, each moved to a new code (a split per move). */
function splits(count: number): Map<string, string> {
  const big = baseline.ccgs.reduce((a, b) => (b.population > a.population ? b : a));
  const group = baseline.ccgs.indexOf(big);
  const moves = new Map<string, string>();
  baseline.practiceCcg.forEach((ccg, practice) => {
    if (ccg === group && moves.size < count)
      moves.set(baseline.practices.code[practice]!, `99${String.fromCharCode(90 - moves.size)}`);
  });
  return moves;
}

describe("showMapDrawing", () => {
  test("scenario moves change only the touched CCGs' groups, and the page equals a whole redraw", () => {
    const host = document.createElement("div");
    const selected = baseline.ccgs[5]!.code;
    let previous = drawMap(baseline, { ...OPTIONS, selectedCcg: selected });
    expect(showMapDrawing(host, previous, null)).toBe(true);
    const svg = host.firstElementChild;
    let recoloured = 0;
    const moves = splits(6);
    for (let step = 1; step <= moves.size; step++) {
      const outcome = analyseScenario(baseline, new Map([...moves].slice(0, step)));
      const result: AnalysisResult = outcome.result;
      const next = drawMap(result, { ...OPTIONS, selectedCcg: selected });
      const before = groupsOf(host);
      expect(showMapDrawing(host, next, previous)).toBe(false);
      expect(host.firstElementChild).toBe(svg);
      expect(host.innerHTML).toBe(wholeRedraw(next));
      const after = groupsOf(host);
      const replaced = [...after].filter(([code, group]) => before.get(code) !== group);
      // Only CCGs the move touched are drawn again; the others keep their elements.
      for (const [code] of replaced) expect(outcome.changed).toContain(code);
      expect(replaced.length).toBeLessThanOrEqual(outcome.changed.length);
      const colourOf = (drawing: MapDrawing) =>
        new Map(drawing.groups.map((group) => [group.code, group.colour]));
      const was = colourOf(previous);
      recoloured += next.groups.filter(
        (group) => was.has(group.code) && was.get(group.code) !== group.colour
      ).length;
      previous = next;
    }
    // The sample's splits do recolour CCGs they did not touch (DSatur over the new footprint).
    expect(recoloured).toBeGreaterThan(20);
  });

  test("selecting another CCG reorders and refades in place; undoing every move and zooming redraw exactly", () => {
    const host = document.createElement("div");
    const moved = analyseScenario(baseline, splits(2)).result;
    let previous = drawMap(moved, { ...OPTIONS, selectedCcg: null });
    showMapDrawing(host, previous, null);
    const steps: [AnalysisResult, MapOptions][] = [
      [moved, { ...OPTIONS, selectedCcg: moved.ccgs[3]!.code }],
      [moved, { ...OPTIONS, selectedCcg: moved.ccgs[9]!.code }],
      [moved, { ...OPTIONS, selectedCcg: null }],
      [baseline, { ...OPTIONS, selectedCcg: null }],
      [baseline, { ...OPTIONS, selectedCcg: null, markerScale: 0.5 }],
      [baseline, { ...OPTIONS, width: 400, height: 448 }],
    ];
    for (const [result, options] of steps) {
      const next = drawMap(result, options);
      showMapDrawing(host, next, previous);
      expect(host.innerHTML).toBe(wholeRedraw(next));
      const last = host.querySelector("svg")!.lastElementChild;
      if (options.selectedCcg) expect(last?.getAttribute("data-ccg")).toBe(options.selectedCcg);
      previous = next;
    }
  });
});
