// The scenario mode's edits: moves and merges as proposals against the baseline, undo and redo.
import {
  applyScenarioEdit,
  currentCcgOf,
  freeCcgCode,
  mergeCcgs,
  movePractices,
  NO_SCENARIO_EDITS,
  practicesInCcg,
  proposeMove,
  redoScenarioEdit,
  undoScenarioEdit,
} from "../../../src/taskpane/state/scenarioEdits";

const baseline = {
  practiceCode: ["A00001", "A00002", "A00003", "A00004", "A00005"],
  ccgCode: ["07L", "07L", "08M", "08M", "09A"],
};

describe("scenario edits", () => {
  test("a move proposes the target for each practice; moving back to the baseline CCG drops the proposal", () => {
    const moved = proposeMove(baseline, new Map(), [0, 1], "08M");
    expect([...moved]).toEqual([
      ["A00001", "08M"],
      ["A00002", "08M"],
    ]);
    expect(currentCcgOf(baseline, moved, 0)).toBe("08M");
    expect(currentCcgOf(baseline, moved, 4)).toBe("09A");
    const back = proposeMove(baseline, moved, [0, 1], "07L");
    expect(back.size).toBe(0);
  });

  test("a move that changes nothing is not an edit", () => {
    const edits = movePractices(baseline, NO_SCENARIO_EDITS, [2], "08M");
    expect(edits).toBe(NO_SCENARIO_EDITS);
    expect(applyScenarioEdit(edits, edits.proposed, "nothing")).toBe(edits);
  });

  test("a merge re-codes every practice now in the CCG, including those moved into it", () => {
    const first = movePractices(baseline, NO_SCENARIO_EDITS, [4], "07L");
    const merged = mergeCcgs(baseline, first, "07L", "08M");
    expect(practicesInCcg(baseline, merged.proposed, "08M")).toEqual([0, 1, 2, 3, 4]);
    expect(practicesInCcg(baseline, merged.proposed, "07L")).toEqual([]);
    expect(merged.undo.map((step) => step.description)).toEqual([
      "Moved 1 practice to 07L.",
      "Merged 07L into 08M (3 practices).",
    ]);
  });

  test("undo restores the proposals before each edit, redo re-applies them, a new edit clears redo", () => {
    const one = movePractices(baseline, NO_SCENARIO_EDITS, [0], "08M");
    const two = movePractices(baseline, one, [2, 3], "09A");
    const undone = undoScenarioEdit(two);
    expect(undone.step?.description).toBe("Moved 2 practices to 09A.");
    expect(undone.edits.proposed).toBe(one.proposed);
    const undoneTwice = undoScenarioEdit(undone.edits);
    expect(undoneTwice.edits.proposed.size).toBe(0);
    expect(undoScenarioEdit(undoneTwice.edits).step).toBeNull();
    const redone = redoScenarioEdit(undoneTwice.edits);
    expect(redone.edits.proposed).toBe(one.proposed);
    expect(redone.edits.redo).toHaveLength(1);
    const fresh = movePractices(baseline, redone.edits, [1], "09A");
    expect(fresh.redo).toEqual([]);
    expect(redoScenarioEdit(fresh).step).toBeNull();
  });

  test("a free code for a split has the form of a CCG code and is unused", () => {
    expect(freeCcgCode(new Set(["07L"]))).toBe("99Z");
    expect(freeCcgCode(new Set(["99Z", "99Y"]))).toBe("99X");
  });
});
