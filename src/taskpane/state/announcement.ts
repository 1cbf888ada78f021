/** What the pane's polite live region says: progress, then the outcome (an error, a write, an analysis). */
import { ratingCounts } from "./ccgTable";
import type { PaneState } from "./paneState";

/**
 * The sentence for the live region in this state; screen readers speak it when it changes.
 * @param state - the pane's state
 * @returns a sentence, or "" when there is nothing to announce
 * @example announcementFor({ ...state, analysing: true }) // "Analysing the workbook…"
 */
export function announcementFor(state: PaneState): string {
  if (state.reading) return "Reading the workbook…";
  if (state.analysing) return state.progress?.label ?? "Analysing the workbook…";
  if (state.writing) return "Writing the sheets…";
  if (state.savingAssumptions) return "Saving the assumptions…";
  const errors = state.messages.filter((message) => message.intent === "error");
  const lastError = errors[errors.length - 1];
  if (lastError !== undefined) return `Error: ${lastError.text}`;
  const written = state.messages.filter(
    (message) => message.section === "write" && message.intent === "success"
  );
  const lastWritten = written[written.length - 1];
  if (lastWritten !== undefined) return lastWritten.text;
  const result = state.result;
  if (result === null) return "";
  const counts = ratingCounts(result.ccgs);
  const moved = state.ratingChanges?.length ?? 0;
  return (
    `Analysis done: ${result.ccgs.length} CCGs, ${counts.RED} red, ${counts.AMBER} amber, ` +
    `${counts.GREEN} green.` +
    (state.ratingChanges === null ? "" : ` ${moved} changed rating.`)
  );
}
