/**
 * The Scoring section's state and actions as a React hook: write the chosen CCGs' scoring sheets and
 * the Domain Summary through the host (which plans and renders them), and read the sheets back.
 */
import { useCallback, useRef, useState } from "react";
import type { AnalysisResult } from "../../engine/analysis";
import type { WorkbookData } from "../../engine/cells";
import { scoreWorkbook } from "../../engine/scoring/scoreWorkbook";
import type { SheetContent } from "../../output/sheetPlan";
import type { WriteOutputsSummary } from "../host/workbookHost";
import { plainMessage } from "./errors";
import type { PaneMessage } from "./paneState";
import {
  ScoringChoice,
  ScoringResultRow,
  resultRowsOfScoring,
  resultRowsOfWorkbook,
  scoringSelection,
} from "./scoring";
import { scoringContents } from "../../output/scoring/scoringContents";

/** What the hook needs of the workbook host. */
export interface ScoringHost {
  readonly kind: "excel" | "preview";
  readWorkbook(): Promise<WorkbookData>;
  writeOutputs(contents: readonly SheetContent[]): Promise<WriteOutputsSummary>;
}

/** The section's state. */
export interface ScoringState {
  readonly choice: ScoringChoice;
  readonly picked: readonly string[];
  readonly busy: boolean;
  readonly rows: readonly ScoringResultRow[];
  readonly messages: readonly PaneMessage[];
}

/** The section's state and actions. */
export interface Scoring {
  readonly state: ScoringState;
  choose(choice: ScoringChoice): void;
  pick(code: string, wanted: boolean): void;
  write(): Promise<void>;
  read(): Promise<void>;
  dismiss(message: PaneMessage): void;
}

const INITIAL: ScoringState = {
  choice: "flagged",
  picked: [],
  busy: false,
  rows: [],
  messages: [],
};

function message(intent: PaneMessage["intent"], text: string, details?: string[]): PaneMessage {
  return { section: "scoring", intent, text, details };
}

/**
 * The Scoring section's hook.
 * @param host the workbook (reads scoring sheets and the Criteria sheet; writes the sheets)
 * @param result the analysis (null: nothing to score yet)
 * @param selectedCcg the CCG selected in the results
 * @param onWritten called after a write (preview mode prepares the download again)
 * @returns state and actions
 */
export function useScoring(
  host: ScoringHost,
  result: AnalysisResult | null,
  selectedCcg: string | null,
  onWritten: () => Promise<void>
): Scoring {
  const [state, setState] = useState<ScoringState>(INITIAL);
  const stateRef = useRef(state);
  stateRef.current = state;
  const update = useCallback((change: Partial<ScoringState>) => {
    setState((current) => {
      const next = { ...current, ...change };
      stateRef.current = next;
      return next;
    });
  }, []);

  const write = useCallback(async () => {
    if (result === null) return;
    const { choice, picked } = stateRef.current;
    const selection = scoringSelection(choice, selectedCcg, picked);
    if (selection === null) {
      update({
        messages: [
          message(
            "error",
            choice === "selected" ? "Select a CCG in the results first." : "Pick at least one CCG."
          ),
        ],
      });
      return;
    }
    update({ busy: true, messages: [] });
    try {
      const workbook = await host.readWorkbook();
      const scoring = scoreWorkbook(workbook, result, selection);
      const contents = scoringContents(scoring);
      if (contents.length === 0) {
        update({
          busy: false,
          messages: [message("info", "No CCG is red or amber: nothing to score.")],
        });
        return;
      }
      const summary = await host.writeOutputs(contents);
      await onWritten();
      const sheetOf = (code: string) =>
        summary.written.find((entry) => entry.output === `Scoring ${code}`)?.sheetName ??
        `Scoring ${code}`;
      const problems = scoring.dataQuality.map(
        (finding) => `${finding.severity === "error" ? "Error" : "Warning"}: ${finding.message}`
      );
      const count = scoring.ccgs.length;
      const where = host.kind === "preview" ? " in the workbook to download" : "";
      update({
        busy: false,
        rows: resultRowsOfScoring(scoring, sheetOf),
        messages: [
          message(
            summary.notices.length + problems.length > 0 ? "warning" : "success",
            `Wrote ${count} scoring sheet${count === 1 ? "" : "s"} and the Domain Summary${where}.`,
            [...summary.notices, ...problems]
          ),
        ],
      });
    } catch (error) {
      update({
        busy: false,
        messages: [message("error", plainMessage(error, "writing the scoring sheets"))],
      });
    }
  }, [host, result, selectedCcg, onWritten, update]);

  const read = useCallback(async () => {
    update({ busy: true, messages: [] });
    try {
      const rows = resultRowsOfWorkbook(await host.readWorkbook(), result);
      update({
        busy: false,
        rows,
        messages:
          rows.length === 0
            ? [message("info", "The workbook has no scoring sheets written by CCG Footprint yet.")]
            : [],
      });
    } catch (error) {
      update({
        busy: false,
        messages: [message("error", plainMessage(error, "reading the scoring sheets"))],
      });
    }
  }, [host, result, update]);

  return {
    state,
    choose: useCallback((choice: ScoringChoice) => update({ choice }), [update]),
    pick: useCallback(
      (code: string, wanted: boolean) => {
        const picked = stateRef.current.picked.filter((c) => c !== code);
        update({ picked: wanted ? [...picked, code] : picked });
      },
      [update]
    ),
    write,
    read,
    dismiss: useCallback(
      (dismissed: PaneMessage) =>
        update({ messages: stateRef.current.messages.filter((m) => m !== dismissed) }),
      [update]
    ),
  };
}
