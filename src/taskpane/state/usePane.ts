/**
 * The pane's orchestration as a React hook: reading the input, mapping, assumptions, the analysis with
 * progress, selection, writing. Components get the state and these actions; the workbook is reached only
 * through the WorkbookHost, the engine only through the Analyser.
 */
/* global File, URL */
import { ratingChanges } from "./ratingChanges";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_ASSUMPTIONS } from "../../engine/assumptions";
import type { OutputSheetName } from "../../output/report/outputTable";
import type { PracticeField } from "../../engine/headers";
import type { AssumptionKey } from "../../engine/assumptions";
import type { WorkbookHost } from "../host/workbookHost";
import { Analyser, READING_WORKBOOK, STARTING, progressAfter } from "./analyser";
import { checkAssumptionEdits } from "./assumptionEdits";
import type { AssumptionEdits } from "./assumptionEdits";
import type { CcgColumnId, CcgFilter } from "./ccgTable";
import { nextSort } from "./ccgTable";
import { discoverInput } from "./discovery";
import { plainMessage } from "./errors";
import {
  INITIAL_STATE,
  PaneMessage,
  PaneSection,
  PaneState,
  PaneActions,
  Pane,
  replaceMessages,
  settingsKey,
} from "./paneState";
import { assumptionsWrittenMessage, sheetsWrittenMessage, writeChosenSheets } from "./writing";

/**
 * The pane's state and actions.
 * @param host - the workbook (Excel or a picked file)
 * @param analyser - runs the engine (a worker in the built pane; this thread in tests)
 * @returns state, derived values and actions
 */
export function usePane(host: WorkbookHost, analyser: Analyser, locale = "en-GB"): Pane {
  const [state, setState] = useState<PaneState>(INITIAL_STATE);
  const stateRef = useRef(state);
  stateRef.current = state;
  const update = useCallback((change: (current: PaneState) => Partial<PaneState>) => {
    setState((current) => {
      const next = { ...current, ...change(current) };
      stateRef.current = next;
      return next;
    });
  }, []);
  const say = useCallback(
    (section: PaneSection, ...messages: PaneMessage[]) =>
      update((s) => ({ messages: replaceMessages(s.messages, section, ...messages) })),
    [update]
  );
  const fail = useCallback(
    (section: PaneSection, error: unknown, doing: string) =>
      say(section, { section, intent: "error", text: plainMessage(error, doing) }),
    [say]
  );

  const base = state.discovery?.assumptions.assumptions ?? DEFAULT_ASSUMPTIONS;
  const assumptions = useMemo(
    () => checkAssumptionEdits(base, state.edits, locale),
    [base, state.edits, locale]
  );
  const currentSettings = settingsKey(state.choices, assumptions.values, state.practiceSheet);
  const resultsOutOfDate = state.result !== null && state.resultSettings !== currentSettings;

  // Object URLs of downloads are released when replaced and when the pane goes.
  const downloadUrl = state.download?.url ?? null;
  useEffect(
    () => () => {
      if (downloadUrl !== null) URL.revokeObjectURL(downloadUrl);
    },
    [downloadUrl]
  );

  const readWorkbook = useCallback(async () => {
    update((s) => ({ reading: true, messages: replaceMessages(s.messages, "input") }));
    try {
      const workbook = await host.readWorkbook();
      update((s) => ({
        reading: false,
        workbook,
        discovery: discoverInput(workbook, s.choices, s.practiceSheet),
      }));
    } catch (error) {
      update(() => ({ reading: false }));
      fail("input", error, "reading the workbook");
    }
  }, [host, update, fail]);

  const openFile = useCallback(
    async (file: File) => {
      if (host.kind !== "preview") return;
      update((s) => ({ reading: true, messages: replaceMessages(s.messages, "input") }));
      try {
        const { fileName } = await host.openFile(file);
        const workbook = await host.readWorkbook();
        update(() => ({
          ...INITIAL_STATE,
          fileName,
          workbook,
          discovery: discoverInput(workbook, {}),
        }));
      } catch (error) {
        update(() => ({ reading: false }));
        fail("input", error, `reading '${file.name}'`);
      }
    },
    [host, update, fail]
  );

  const remap = useCallback(
    (choices: PaneState["choices"], practiceSheet: string | null) =>
      update((s) => ({
        choices,
        practiceSheet,
        discovery:
          s.workbook === null ? s.discovery : discoverInput(s.workbook, choices, practiceSheet),
      })),
    [update]
  );

  const chooseHeader = useCallback(
    (field: PracticeField, header: string | null) =>
      remap({ ...stateRef.current.choices, [field]: header }, stateRef.current.practiceSheet),
    [remap]
  );
  // Another sheet has other headers: the choices made for the columns of the last one go.
  const chooseSheet = useCallback((sheet: string | null) => remap({}, sheet), [remap]);
  const resetMapping = useCallback(() => remap({}, null), [remap]);

  const editAssumption = useCallback(
    (key: AssumptionKey, text: string) => update((s) => ({ edits: { ...s.edits, [key]: text } })),
    [update]
  );
  const resetAssumptions = useCallback(
    () => update((s) => ({ edits: {}, messages: replaceMessages(s.messages, "assumptions") })),
    [update]
  );

  const refreshDownload = useCallback(async () => {
    if (host.kind !== "preview") return;
    const prepared = await host.prepareDownload();
    update(() => ({
      download: { url: URL.createObjectURL(prepared.blob), fileName: prepared.fileName },
    }));
  }, [host, update]);

  const saveAssumptions = useCallback(async () => {
    const checked = checkAssumptionEdits(
      stateRef.current.discovery?.assumptions.assumptions ?? DEFAULT_ASSUMPTIONS,
      stateRef.current.edits,
      locale
    );
    if (!checked.usable) {
      say("assumptions", {
        section: "assumptions",
        intent: "error",
        text: "Correct the values marked in red first.",
      });
      return;
    }
    update((s) => ({
      savingAssumptions: true,
      messages: replaceMessages(s.messages, "assumptions"),
    }));
    try {
      const summary = await host.writeAssumptions(checked.values);
      if (stateRef.current.download !== null) await refreshDownload();
      // Read again, so that what the pane says about the Assumptions sheet is what the workbook holds.
      const workbook = await host.readWorkbook();
      update((s) => ({
        savingAssumptions: false,
        workbook,
        discovery: discoverInput(workbook, s.choices, s.practiceSheet),
      }));
      say("assumptions", assumptionsWrittenMessage(summary, host.kind));
    } catch (error) {
      update(() => ({ savingAssumptions: false }));
      fail("assumptions", error, "writing the assumptions");
    }
  }, [host, update, say, fail, refreshDownload, locale]);

  /** Analyses with these assumption edits (the editor's, or the editor's with one switch changed). */
  const analyseWith = useCallback(
    async (edits: AssumptionEdits) => {
      const before = stateRef.current;
      const checked = checkAssumptionEdits(
        before.discovery?.assumptions.assumptions ?? DEFAULT_ASSUMPTIONS,
        edits,
        locale
      );
      if (!checked.usable) {
        say("results", {
          section: "results",
          intent: "error",
          text: "Correct the assumptions marked in red, then analyse.",
        });
        return;
      }
      const rereading = host.kind === "excel" || before.workbook === null;
      update((s) => ({
        analysing: true,
        progress: rereading ? READING_WORKBOOK : STARTING,
        messages: replaceMessages(s.messages, "results"),
      }));
      try {
        // Excel: read afresh, so edits made in the workbook since are analysed.
        const workbook =
          rereading || before.workbook === null ? await host.readWorkbook() : before.workbook;
        const discovery = discoverInput(workbook, before.choices, before.practiceSheet);
        const inForce = checkAssumptionEdits(discovery.assumptions.assumptions, edits, locale);
        update(() => ({ workbook, discovery }));
        const result = await analyser(
          {
            workbook: discovery.prepared.workbook,
            mapping: discovery.prepared.mapping,
            practiceSheet: discovery.prepared.practiceSheet,
            assumptions: inForce.overrides,
          },
          (event) => update((s) => ({ progress: progressAfter(s.progress ?? STARTING, event) }))
        );
        update((s) => ({
          analysing: false,
          progress: null,
          result,
          ratingChanges: s.result === null ? null : ratingChanges(s.result, result),
          resultSettings: settingsKey(before.choices, inForce.values, before.practiceSheet),
          selectedCcg: result.ccgs.some((ccg) => ccg.code === s.selectedCcg) ? s.selectedCcg : null,
          // A download made from an earlier analysis would not match the results shown; nor would
          // what the Write section said about it.
          download: null,
          messages: s.download === null ? s.messages : replaceMessages(s.messages, "write"),
        }));
      } catch (error) {
        update(() => ({ analysing: false, progress: null }));
        fail("results", error, "analysing the workbook");
      }
    },
    [host, analyser, update, say, fail, locale]
  );
  const analyse = useCallback(() => analyseWith(stateRef.current.edits), [analyseWith]);

  const includeNonCcg = useCallback(
    (include: boolean) => {
      const edits = { ...stateRef.current.edits, include_non_ccg: include ? "1" : "0" };
      update(() => ({ edits }));
      return analyseWith(edits);
    },
    [update, analyseWith]
  );

  const writeSheets = useCallback(async () => {
    const { result, sheetsToWrite, workbook } = stateRef.current;
    if (result === null) return;
    if (sheetsToWrite.length === 0) {
      say("write", {
        section: "write",
        intent: "error",
        text: "Choose at least one sheet to write.",
      });
      return;
    }
    update((s) => ({ writing: true, messages: replaceMessages(s.messages, "write") }));
    try {
      const written = await writeChosenSheets(host, result, sheetsToWrite, workbook);
      if (host.kind === "preview") await refreshDownload();
      update(() => ({ writing: false }));
      say("write", sheetsWrittenMessage(written, host.kind));
    } catch (error) {
      update(() => ({ writing: false }));
      fail("write", error, "writing the sheets");
    }
  }, [host, update, say, fail, refreshDownload]);

  const actions: PaneActions = {
    readWorkbook,
    openFile,
    chooseHeader,
    chooseSheet,
    resetMapping,
    editAssumption,
    resetAssumptions,
    saveAssumptions,
    analyse,
    includeNonCcg,
    selectCcg: useCallback(
      (code: string | null) => update(() => ({ selectedCcg: code })),
      [update]
    ),
    sortBy: useCallback(
      (column: CcgColumnId) => update((s) => ({ sort: nextSort(s.sort, column) })),
      [update]
    ),
    setFilter: useCallback(
      (filter: Partial<CcgFilter>) => update((s) => ({ filter: { ...s.filter, ...filter } })),
      [update]
    ),
    setSheetToWrite: useCallback(
      (sheet: OutputSheetName, wanted: boolean) =>
        update((s) => ({
          sheetsToWrite: wanted
            ? [...new Set([...s.sheetsToWrite, sheet])]
            : s.sheetsToWrite.filter((candidate) => candidate !== sheet),
        })),
      [update]
    ),
    writeSheets,
    refreshDownload,
    dismissMessage: useCallback(
      (message: PaneMessage) =>
        update((s) => ({ messages: s.messages.filter((m) => m !== message) })),
      [update]
    ),
  };

  // Excel: find the input as soon as the pane opens.
  useEffect(() => {
    if (host.kind === "excel") void readWorkbook();
  }, [host, readWorkbook]);

  return { state, assumptions, resultsOutOfDate, actions };
}
