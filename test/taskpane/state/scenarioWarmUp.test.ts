// Scenario mode's warm-up: real scenarios of the baseline (a practice moved to a new code, a merge), analysed
// one per timer task, stoppable.
import { analyseWorkbook } from "../../../src/engine/analyse";
import { CellValue } from "../../../src/engine/cells";
import { analyseScenario } from "../../../src/engine/scenario";
import {
  startScenarioWarmUp,
  WARM_UP_MEASURE,
  WARM_UP_ROUNDS,
  warmUpScenarios,
} from "../../../src/taskpane/state/scenarioWarmUp";
import { sheet, workbook } from "../../helpers/sheets";

/** Two CCGs side by side on a 2 km grid; the first practice has no coordinates. */
function practiceRows(): CellValue[][] {
  const rows: CellValue[][] = [
    ["Practice code", "CCG code", "CCG name", "List size", "Easting", "Northing"],
    ["P00000", "01A", "West", 9000, null, null],
  ];
  let next = 1;
  for (let x = 0; x < 3; x++)
    for (let y = 0; y < 3; y++) {
      for (const [ccg, name, dx] of [
        ["01A", "West", 0],
        ["02B", "East", 3],
      ] as const)
        rows.push([
          `P${String(next++).padStart(5, "0")}`,
          ccg,
          name,
          9000 + x + y,
          400000 + (x + dx) * 2000,
          300000 + y * 2000,
        ]);
    }
  return rows;
}

const baseline = analyseWorkbook(workbook(sheet("Practices", practiceRows())));

describe("the warm-up's scenarios", () => {
  test("a located practice moved to a new code and the first CCG merged into the second, each round", () => {
    const scenarios = warmUpScenarios(baseline);
    expect(scenarios).toHaveLength(2 * WARM_UP_ROUNDS);
    const [split, merge] = scenarios;
    expect([...split!]).toEqual([["P00001", "99Z"]]);
    const west = baseline.practices.code.filter((_, i) => baseline.practiceCcg[i] === 0);
    expect([...merge!.keys()].sort()).toEqual([...west].sort());
    expect(new Set(merge!.values())).toEqual(new Set(["02B"]));
    for (const moves of scenarios) {
      const outcome = analyseScenario(baseline, moves);
      expect(outcome.changed.length).toBeGreaterThan(0);
    }
    expect(analyseScenario(baseline, split!).changed).toEqual(["01A", "99Z"]);
  });
});

describe("startScenarioWarmUp", () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["performance"] }));
  afterEach(() => jest.useRealTimers());

  test("analyses one scenario per timer task, then records its span and calls back", () => {
    performance.clearMeasures(WARM_UP_MEASURE);
    const done = jest.fn();
    startScenarioWarmUp(baseline, done);
    const scenarios = warmUpScenarios(baseline).length;
    // One task per scenario, and one more that finds none left.
    for (let task = 0; task < scenarios; task++) {
      expect(jest.getTimerCount()).toBe(1);
      jest.advanceTimersToNextTimer();
      expect(done).not.toHaveBeenCalled();
    }
    jest.advanceTimersToNextTimer();
    expect(done).toHaveBeenCalledTimes(1);
    expect(jest.getTimerCount()).toBe(0);
    expect(performance.getEntriesByName(WARM_UP_MEASURE)).toHaveLength(1);
  });

  test("stopped, it analyses nothing more and never calls back", () => {
    const done = jest.fn();
    const stop = startScenarioWarmUp(baseline, done);
    jest.advanceTimersToNextTimer();
    stop();
    expect(jest.getTimerCount()).toBe(0);
    jest.runAllTimers();
    expect(done).not.toHaveBeenCalled();
  });
});
