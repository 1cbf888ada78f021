/**
 * The pane's scenario mode as a React hook (SPEC §5, §8.3; issue #12): practices selected on the map or
 * in the list, moves and merges with undo and redo, the scenario analysed at once from the baseline
 * result (analyseScenario, in this thread, its code warmed up when the mode turns on: see README for the
 * measured cost), merge suggestions, and
 * saving the scenario as a column of the `Scenarios` sheet through the host (and loading one back).
 */
/* global performance */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisResult } from "../../engine/analysis";
import { analyseScenario, suggestMerges } from "../../engine/scenario";
import type { MergeSuggestion, ScenarioOutcome } from "../../engine/scenario";
import type { WorkbookHost } from "../host/workbookHost";
import { plainMessage } from "./errors";
import type { PaneMessage } from "./paneState";
import {
  BaselineFootprint,
  mergeCcgs,
  movePractices,
  NO_SCENARIO_EDITS,
  redoScenarioEdit,
  ScenarioEdits,
  undoScenarioEdit,
  applyScenarioEdit,
} from "./scenarioEdits";
import { savedScenarioNames, savedScenarioMoves } from "./savedScenarios";
import { startScenarioWarmUp } from "./scenarioWarmUp";

/** How a selection gesture combines with the practices already selected. */
export type SelectionChange = "replace" | "add" | "toggle" | "remove";

/** The scenario mode's state. */
export interface ScenarioModeState {
  /** Scenario mode is on: the pane shows the scenario's analysis. */
  readonly active: boolean;
  readonly edits: ScenarioEdits;
  /** Practice indices (into the baseline's practices) selected to move. */
  readonly selected: ReadonlySet<number>;
  /** The name the scenario is saved under. */
  readonly name: string;
  readonly busy: boolean;
  /** Scenario names in the workbook's Scenarios sheet, as last read (null: not read yet). */
  readonly savedNames: readonly string[] | null;
  readonly messages: readonly PaneMessage[];
  /** The last change in words, for the pane's live region. */
  readonly announcement: string;
}

/** What the scenario mode gives the pane. */
export interface ScenarioMode {
  readonly state: ScenarioModeState;
  /** The scenario's analysis, or null when scenario mode is off or nothing has moved. */
  readonly outcome: ScenarioOutcome | null;
  /** The baseline's merge suggestions (computed when scenario mode is first turned on). */
  readonly suggestions: readonly MergeSuggestion[] | null;
  /** Each practice's CCG code in the scenario (the baseline's while nothing has moved). */
  readonly footprint: BaselineFootprint | null;
  setActive(active: boolean): void;
  select(practices: readonly number[], how: SelectionChange): void;
  /** Moves the selected practices to a CCG (an existing code, or a new one: a split). */
  moveSelected(target: string): void;
  /** Merges one CCG into another (the second keeps its code). */
  merge(from: string, into: string): void;
  undo(): void;
  redo(): void;
  /** Back to the baseline (an edit: it can be undone). */
  reset(): void;
  setName(name: string): void;
  save(): Promise<void>;
  /** Reads the scenario names saved in the workbook. */
  readSaved(): Promise<void>;
  /** Re-applies a saved scenario (an edit: it can be undone). */
  load(name: string): Promise<void>;
  dismiss(message: PaneMessage): void;
}

const INITIAL: ScenarioModeState = {
  active: false,
  edits: NO_SCENARIO_EDITS,
  selected: new Set(),
  name: "Scenario 1",
  busy: false,
  savedNames: null,
  messages: [],
  announcement: "",
};

function message(intent: PaneMessage["intent"], text: string, details?: string[]): PaneMessage {
  return { section: "scenario", intent, text, details };
}

/** The baseline's practice and CCG codes, practice by practice. */
export function footprintOf(result: AnalysisResult): BaselineFootprint {
  const ccgCode = Array.from(result.practiceCcg, (group) => result.ccgs[group]?.code ?? "");
  return { practiceCode: result.practices.code, ccgCode };
}

/**
 * The selection after a gesture.
 * @example changedSelection(new Set([1]), [1, 2], "toggle") // Set {2}
 */
export function changedSelection(
  current: ReadonlySet<number>,
  practices: readonly number[],
  how: SelectionChange
): ReadonlySet<number> {
  if (how === "replace") return new Set(practices);
  const next = new Set(current);
  for (const practice of practices) {
    if (how === "add") next.add(practice);
    else if (how === "remove") next.delete(practice);
    else if (next.has(practice)) next.delete(practice);
    else next.add(practice);
  }
  return next;
}

/**
 * The scenario mode's hook.
 * @param host - the workbook (saving and loading scenarios)
 * @param baseline - the analysis the scenario starts from (null before the first analysis)
 * @param onSaved - called after a save (preview mode prepares the download again)
 * @returns state, the scenario's analysis and actions
 */
export function useScenario(
  host: WorkbookHost,
  baseline: AnalysisResult | null,
  onSaved: () => Promise<void>
): ScenarioMode {
  const [state, setState] = useState<ScenarioModeState>(INITIAL);
  const stateRef = useRef(state);
  stateRef.current = state;
  const update = useCallback(
    (change: (current: ScenarioModeState) => Partial<ScenarioModeState>) => {
      setState((current) => {
        const next = { ...current, ...change(current) };
        stateRef.current = next;
        return next;
      });
    },
    []
  );

  // A new analysis is a new baseline: the scenario starts again from it.
  useEffect(() => {
    update((s) => ({
      edits: NO_SCENARIO_EDITS,
      selected: new Set(),
      announcement:
        s.edits.undo.length > 0 ? "New analysis: the scenario starts again from it." : "",
    }));
  }, [baseline, update]);

  const baselineFootprint = useMemo(
    () => (baseline === null ? null : footprintOf(baseline)),
    [baseline]
  );
  const proposed = state.edits.proposed;
  const outcome = useMemo(() => {
    if (baseline === null || !state.active || proposed.size === 0) return null;
    const start = performance.now();
    const analysed = analyseScenario(baseline, proposed);
    performance.measure?.("ccg-footprint:scenario", { start, end: performance.now() });
    return analysed;
  }, [baseline, state.active, proposed]);
  const footprint = useMemo(() => {
    if (baselineFootprint === null) return null;
    if (proposed.size === 0) return baselineFootprint;
    const ccgCode = baselineFootprint.practiceCode.map(
      (code, i) => proposed.get(code) ?? baselineFootprint.ccgCode[i] ?? ""
    );
    return { practiceCode: baselineFootprint.practiceCode, ccgCode };
  }, [baselineFootprint, proposed]);

  const [suggestions, setSuggestions] = useState<readonly MergeSuggestion[] | null>(null);
  useEffect(() => setSuggestions(null), [baseline]);
  useEffect(() => {
    if (!state.active || baseline === null || suggestions !== null) return;
    setSuggestions(suggestMerges(baseline));
  }, [state.active, baseline, suggestions]);
  // The scenario code warmed up while the user selects practices, once per baseline (scenarioWarmUp.ts).
  const warmed = useRef<AnalysisResult | null>(null);
  useEffect(() => {
    if (!state.active || baseline === null || warmed.current === baseline) return;
    return startScenarioWarmUp(baseline, () => {
      warmed.current = baseline;
    });
  }, [state.active, baseline]);

  const edit = useCallback(
    (change: (edits: ScenarioEdits, footprint: BaselineFootprint) => ScenarioEdits) =>
      update((s) => {
        if (baselineFootprint === null) return {};
        const edits = change(s.edits, baselineFootprint);
        if (edits === s.edits) return { announcement: "Nothing changed." };
        const step = edits.undo[edits.undo.length - 1];
        return { edits, announcement: step?.description ?? "", messages: [] };
      }),
    [baselineFootprint, update]
  );

  const readSaved = useCallback(async () => {
    try {
      if (baseline === null) return;
      const names = savedScenarioNames(await host.readWorkbook(), baseline);
      update(() => ({ savedNames: names }));
    } catch (error) {
      update(() => ({
        messages: [message("error", plainMessage(error, "reading the Scenarios sheet"))],
      }));
    }
  }, [host, baseline, update]);

  const save = useCallback(async () => {
    const { name, edits } = stateRef.current;
    update(() => ({ busy: true, messages: [] }));
    try {
      const summary = await host.writeScenario(name, edits.proposed);
      await onSaved();
      const where = host.kind === "preview" ? " of the workbook to download" : "";
      const text =
        `Saved '${summary.scenarioName}' (${edits.proposed.size} practice` +
        `${edits.proposed.size === 1 ? "" : "s"} moved) as a column of ` +
        `${summary.created ? "a new sheet " : ""}'${summary.sheetName}'${where}.`;
      update(() => ({
        busy: false,
        announcement: text,
        messages: [
          message(summary.notices.length > 0 ? "warning" : "success", text, [...summary.notices]),
        ],
      }));
      await readSaved();
    } catch (error) {
      update(() => ({
        busy: false,
        messages: [message("error", plainMessage(error, "saving the scenario"))],
      }));
    }
  }, [host, onSaved, readSaved, update]);

  const load = useCallback(
    async (name: string) => {
      if (baseline === null) return;
      update(() => ({ busy: true, messages: [] }));
      try {
        const loaded = savedScenarioMoves(await host.readWorkbook(), baseline, name);
        update((s) => ({
          busy: false,
          active: true,
          name,
          edits: applyScenarioEdit(s.edits, loaded.proposed, `Loaded '${name}'.`),
          announcement: `Loaded '${name}': ${loaded.proposed.size} practices moved.`,
          messages:
            loaded.problems.length === 0
              ? []
              : [message("warning", `Some rows of '${name}' were left out.`, [...loaded.problems])],
        }));
      } catch (error) {
        update(() => ({
          busy: false,
          messages: [message("error", plainMessage(error, `loading '${name}'`))],
        }));
      }
    },
    [host, baseline, update]
  );

  return {
    state,
    outcome,
    suggestions,
    footprint,
    setActive: useCallback(
      (active: boolean) =>
        update(() => ({
          active,
          announcement: active
            ? "Scenario mode on: select practices on the map or in the list."
            : "Scenario mode off: the analysis as analysed is shown.",
        })),
      [update]
    ),
    select: useCallback(
      (practices: readonly number[], how: SelectionChange) =>
        update((s) => {
          const selected = changedSelection(s.selected, practices, how);
          return {
            selected,
            announcement: `${selected.size} practice${selected.size === 1 ? "" : "s"} selected.`,
          };
        }),
      [update]
    ),
    moveSelected: useCallback(
      (target: string) =>
        edit((edits, footprint) =>
          movePractices(footprint, edits, [...stateRef.current.selected], target)
        ),
      [edit]
    ),
    merge: useCallback(
      (from: string, into: string) =>
        edit((edits, footprint) => mergeCcgs(footprint, edits, from, into)),
      [edit]
    ),
    undo: useCallback(
      () =>
        update((s) => {
          const { edits, step } = undoScenarioEdit(s.edits);
          return {
            edits,
            announcement: step === null ? "Nothing to undo." : `Undone: ${step.description}`,
          };
        }),
      [update]
    ),
    redo: useCallback(
      () =>
        update((s) => {
          const { edits, step } = redoScenarioEdit(s.edits);
          return {
            edits,
            announcement: step === null ? "Nothing to redo." : `Redone: ${step.description}`,
          };
        }),
      [update]
    ),
    reset: useCallback(
      () =>
        edit((edits) => applyScenarioEdit(edits, new Map(), "Back to the footprint as analysed.")),
      [edit]
    ),
    setName: useCallback((name: string) => update(() => ({ name })), [update]),
    save,
    readSaved,
    load,
    dismiss: useCallback(
      (dismissed: PaneMessage) =>
        update((s) => ({ messages: s.messages.filter((m) => m !== dismissed) })),
      [update]
    ),
  };
}
