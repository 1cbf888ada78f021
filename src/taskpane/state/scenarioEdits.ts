/**
 * The pane's scenario mode as plain data (SPEC §5, issue #12): the practices moved away from the
 * baseline footprint, and the undo and redo stacks of the edits that got there. Pure: the pane's hook
 * and the tests drive the same steps.
 */

/** Practice code → proposed CCG code, for the practices whose CCG differs from the baseline only. */
export type ProposedCcgs = ReadonlyMap<string, string>;

/** The baseline footprint: practice `i` has code `practiceCode[i]` and CCG `ccgCode[i]`. */
export interface BaselineFootprint {
  readonly practiceCode: readonly string[];
  readonly ccgCode: readonly string[];
}

/** One edit, with the proposals before and after it and what it did in words. */
export interface ScenarioStep {
  readonly before: ProposedCcgs;
  readonly after: ProposedCcgs;
  /** E.g. "Moved 3 practices to 05R." */
  readonly description: string;
}

/** The scenario being built: the proposals in force and the edits to undo and redo. */
export interface ScenarioEdits {
  readonly proposed: ProposedCcgs;
  /** Edits applied, oldest first (the last is undone first). */
  readonly undo: readonly ScenarioStep[];
  /** Edits undone, the most recently undone last (redone first). */
  readonly redo: readonly ScenarioStep[];
}

/** No edits: the baseline. */
export const NO_SCENARIO_EDITS: ScenarioEdits = { proposed: new Map(), undo: [], redo: [] };

/**
 * The CCG a practice is in under the proposals.
 * @param baseline - the baseline footprint
 * @param proposed - the proposals
 * @param practice - index of the practice
 * @example currentCcgOf({ practiceCode: ["A1"], ccgCode: ["07L"] }, new Map([["A1", "08M"]]), 0) // "08M"
 */
export function currentCcgOf(
  baseline: BaselineFootprint,
  proposed: ProposedCcgs,
  practice: number
): string {
  const code = baseline.practiceCode[practice] ?? "";
  return proposed.get(code) ?? baseline.ccgCode[practice] ?? "";
}

/** "1 practice", "3 practices". */
function practicesInWords(count: number): string {
  return `${count.toLocaleString("en-GB")} practice${count === 1 ? "" : "s"}`;
}

/**
 * Proposes a CCG for some practices. A practice proposed back into its baseline CCG drops out of the
 * proposals (blank = unchanged), so re-coding everything back gives the baseline exactly.
 * @param baseline - the baseline footprint
 * @param proposed - the proposals so far
 * @param practices - indices of the practices to move
 * @param target - the CCG code they go to (an existing CCG, or a new code: a split)
 * @returns the new proposals (the same object when nothing changes)
 */
export function proposeMove(
  baseline: BaselineFootprint,
  proposed: ProposedCcgs,
  practices: Iterable<number>,
  target: string
): ProposedCcgs {
  const next = new Map(proposed);
  for (const practice of practices) {
    const code = baseline.practiceCode[practice];
    if (code === undefined) continue;
    if (baseline.ccgCode[practice] === target) next.delete(code);
    else next.set(code, target);
  }
  const same = next.size === proposed.size && [...next].every(([k, v]) => proposed.get(k) === v);
  return same ? proposed : next;
}

/**
 * The practices in a CCG under the proposals.
 * @param baseline - the baseline footprint
 * @param proposed - the proposals
 * @param ccg - a CCG code
 * @returns practice indices, in input order
 */
export function practicesInCcg(
  baseline: BaselineFootprint,
  proposed: ProposedCcgs,
  ccg: string
): number[] {
  const found: number[] = [];
  for (let practice = 0; practice < baseline.practiceCode.length; practice++) {
    if (currentCcgOf(baseline, proposed, practice) === ccg) found.push(practice);
  }
  return found;
}

/**
 * Adds an edit: the proposals become `after`, the edit goes on the undo stack and the redo stack
 * empties. An edit that changes nothing is not recorded.
 * @param edits - the scenario so far
 * @param after - the proposals after the edit
 * @param description - what the edit did, in words
 */
export function applyScenarioEdit(
  edits: ScenarioEdits,
  after: ProposedCcgs,
  description: string
): ScenarioEdits {
  if (after === edits.proposed) return edits;
  return {
    proposed: after,
    undo: [...edits.undo, { before: edits.proposed, after, description }],
    redo: [],
  };
}

/**
 * Moves practices to a CCG, as an edit ("Moved 2 practices to 05R.").
 * @param baseline - the baseline footprint
 * @param edits - the scenario so far
 * @param practices - indices of the practices to move
 * @param target - the CCG code they go to
 */
export function movePractices(
  baseline: BaselineFootprint,
  edits: ScenarioEdits,
  practices: readonly number[],
  target: string
): ScenarioEdits {
  const after = proposeMove(baseline, edits.proposed, practices, target);
  return applyScenarioEdit(
    edits,
    after,
    `Moved ${practicesInWords(practices.length)} to ${target}.`
  );
}

/**
 * Merges one CCG into another: every practice now in `from` is proposed for `into`, as an edit.
 * @param baseline - the baseline footprint
 * @param edits - the scenario so far
 * @param from - the CCG that goes
 * @param into - the CCG that takes its practices
 */
export function mergeCcgs(
  baseline: BaselineFootprint,
  edits: ScenarioEdits,
  from: string,
  into: string
): ScenarioEdits {
  if (from === into) return edits;
  const practices = practicesInCcg(baseline, edits.proposed, from);
  const after = proposeMove(baseline, edits.proposed, practices, into);
  return applyScenarioEdit(
    edits,
    after,
    `Merged ${from} into ${into} (${practicesInWords(practices.length)}).`
  );
}

/**
 * Undoes the last edit.
 * @returns the scenario before it, and the step undone (null when there was none)
 */
export function undoScenarioEdit(edits: ScenarioEdits): {
  readonly edits: ScenarioEdits;
  readonly step: ScenarioStep | null;
} {
  const step = edits.undo[edits.undo.length - 1];
  if (step === undefined) return { edits, step: null };
  return {
    edits: { proposed: step.before, undo: edits.undo.slice(0, -1), redo: [...edits.redo, step] },
    step,
  };
}

/**
 * Redoes the edit undone last.
 * @returns the scenario after it, and the step redone (null when there was none)
 */
export function redoScenarioEdit(edits: ScenarioEdits): {
  readonly edits: ScenarioEdits;
  readonly step: ScenarioStep | null;
} {
  const step = edits.redo[edits.redo.length - 1];
  if (step === undefined) return { edits, step: null };
  return {
    edits: { proposed: step.after, undo: [...edits.undo, step], redo: edits.redo.slice(0, -1) },
    step,
  };
}

/**
 * A free CCG code for a split, in the form CCG codes take (two digits and a letter, SPEC §2.1): the
 * first of `99Z`, `99Y`, … `00A` that no CCG uses.
 * @param used - codes in use
 * @example freeCcgCode(new Set(["99Z"])) // "99Y"
 */
export function freeCcgCode(used: ReadonlySet<string>): string {
  for (let number = 99; number >= 0; number--) {
    for (let letter = 25; letter >= 0; letter--) {
      const code = `${String(number).padStart(2, "0")}${String.fromCharCode(65 + letter)}`;
      if (!used.has(code)) return code;
    }
  }
  throw new Error("Every CCG code of the form 00A–99Z is in use; type an E38 code instead.");
}
