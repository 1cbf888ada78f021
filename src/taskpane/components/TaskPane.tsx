/* global navigator */
/**
 * The CCG Footprint task pane (SPEC §8.3): Input, Assumptions, Results, Map, Write, Scoring. One column in Excel's
 * side pane; two columns in a wide window. All workbook access goes through `host`, the engine through
 * `analyser`.
 */
import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { WorkbookHost } from "../host/workbookHost";
import type { Analyser } from "../state/analyser";
import { analyseInThisThread } from "../state/analyser";
import type { PaneSection } from "../state/paneState";
import { usePane } from "../state/usePane";
import { AssumptionsEditor } from "./AssumptionsEditor";
import { InputSection } from "./InputSection";
import { MapSection } from "./MapSection";
import { announcementFor } from "../state/announcement";
import { PaneHeader } from "./PaneHeader";
import { ResultsSection } from "./ResultsSection";
import { ScoringSection } from "./ScoringSection";
import { ScenarioPanel } from "./ScenarioPanel";
import { useScenario } from "../state/useScenario";
import { useLatestAnnouncement } from "../state/latestAnnouncement";
import { useScoring } from "../state/useScoring";
import { WriteSection } from "./WriteSection";
import { paneTheme } from "./theme";
import { useWideLayout } from "./useWideLayout";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  main: {
    padding: "10px",
    display: "flex",
    flexDirection: "column",
    rowGap: "10px",
    maxWidth: "1400px",
    margin: "0 auto",
  },
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(320px, 400px) minmax(0, 1fr)",
    columnGap: "12px",
    alignItems: "start",
  },
  column: { display: "flex", flexDirection: "column", rowGap: "10px", minWidth: 0 },
  /** Read by screen readers, not shown. */
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** Props of {@link TaskPane}. */
export interface TaskPaneProps {
  readonly host: WorkbookHost;
  /** BCP 47 locale for numbers the user types (default: the browser's, navigator.language). */
  readonly locale?: string;
  /** Default: the engine in this thread (the built pane passes a Web Worker analyser). */
  readonly analyser?: Analyser;
}

/** The whole pane, inside its FluentProvider. */
export function TaskPane({
  host,
  analyser = analyseInThisThread,
  locale = typeof navigator === "undefined" ? "en-GB" : navigator.language,
}: TaskPaneProps): JSX.Element {
  const styles = useStyles();
  const wide = useWideLayout();
  const { state, assumptions, resultsOutOfDate, actions } = usePane(host, analyser, locale);
  const messagesOf = (section: PaneSection) =>
    state.messages.filter((message) => message.section === section);
  const scoring = useScoring(host, state.result, state.selectedCcg, actions.refreshDownload);
  const scenario = useScenario(host, state.result, actions.refreshDownload);
  // In scenario mode every figure, the counts and the map show the scenario's analysis.
  const scenarioResult = scenario.outcome?.result ?? null;
  const analysed = scenarioResult ?? state.result;
  const { select } = scenario;
  const practiceSelection = useMemo(
    () =>
      scenario.state.active
        ? { selected: scenario.state.selected, onSelectPractices: select }
        : undefined,
    [scenario.state.active, scenario.state.selected, select]
  );
  const announcement = useLatestAnnouncement(announcementFor(state), scenario.state.announcement);
  const busy =
    state.reading ||
    state.analysing ||
    state.writing ||
    state.savingAssumptions ||
    scoring.state.busy ||
    scenario.state.busy;

  const analyseDisabledReason =
    state.workbook === null
      ? host.kind === "preview"
        ? "Choose a workbook file first."
        : state.reading
          ? "Reading the workbook…"
          : "Read the workbook first."
      : state.discovery?.problem != null
        ? host.kind === "excel"
          ? "Choose the columns in Input, or correct the workbook and read it again."
          : "Choose the columns in Input first."
        : !assumptions.usable
          ? "Correct the assumptions marked in red first."
          : busy && !state.analysing
            ? "Busy…"
            : null;

  const input = (
    <InputSection
      kind={host.kind}
      reading={state.reading}
      busy={busy}
      fileName={state.fileName}
      discovery={state.discovery}
      choices={state.choices}
      messages={messagesOf("input")}
      onDismiss={actions.dismissMessage}
      onFile={(file) => void actions.openFile(file)}
      onRefresh={() => void actions.readWorkbook()}
      onChoose={actions.chooseHeader}
      onChooseSheet={actions.chooseSheet}
      onResetMapping={actions.resetMapping}
    />
  );
  const assumptionsEditor = (
    <AssumptionsEditor
      kind={host.kind}
      reading={state.discovery?.assumptions ?? null}
      edits={state.edits}
      checked={assumptions}
      locale={locale}
      busy={busy}
      saving={state.savingAssumptions}
      messages={messagesOf("assumptions")}
      onDismiss={actions.dismissMessage}
      onEdit={actions.editAssumption}
      onReset={actions.resetAssumptions}
      onSave={() => void actions.saveAssumptions()}
    />
  );
  const results = (
    <ResultsSection
      result={analysed}
      baseline={state.result}
      locale={locale}
      outOfDate={resultsOutOfDate}
      ratingChanges={state.ratingChanges}
      progress={state.progress}
      analyseDisabledReason={analyseDisabledReason}
      sort={state.sort}
      filter={state.filter}
      selectedCcg={state.selectedCcg}
      messages={messagesOf("results")}
      onDismiss={actions.dismissMessage}
      onAnalyse={() => void actions.analyse()}
      includeNonCcg={assumptions.values.include_non_ccg === 1}
      onIncludeNonCcg={(include) => void actions.includeNonCcg(include)}
      onSort={actions.sortBy}
      onFilter={actions.setFilter}
      onSelect={actions.selectCcg}
    />
  );
  const map = (
    <MapSection
      result={analysed}
      selectedCcg={state.selectedCcg}
      onSelect={actions.selectCcg}
      onDismiss={actions.dismissMessage}
      practiceSelection={practiceSelection}
    />
  );
  const scenarioPanel = (
    <ScenarioPanel
      kind={host.kind}
      mode={scenario}
      baseline={state.result}
      shown={analysed}
      selectedCcg={state.selectedCcg}
      busy={busy && !scenario.state.busy}
    />
  );
  const write = (
    <WriteSection
      kind={host.kind}
      canWrite={state.result !== null && !busy}
      writing={state.writing}
      sheets={state.sheetsToWrite}
      download={state.download}
      messages={messagesOf("write")}
      onDismiss={actions.dismissMessage}
      onToggle={actions.setSheetToWrite}
      onWrite={() => void actions.writeSheets()}
    />
  );

  const scoringSection = (
    <ScoringSection
      kind={host.kind}
      canScore={state.result !== null && !resultsOutOfDate}
      busy={busy}
      choice={scoring.state.choice}
      selectedCcg={state.selectedCcg}
      codes={state.result?.ccgs.map((ccg) => ccg.code) ?? []}
      picked={scoring.state.picked}
      rows={scoring.state.rows}
      messages={scoring.state.messages}
      onDismiss={scoring.dismiss}
      onChoose={scoring.choose}
      onPick={scoring.pick}
      onWrite={() => void scoring.write()}
      onRead={() => void scoring.read()}
    />
  );

  return (
    <FluentProvider theme={paneTheme} className={styles.provider}>
      <PaneHeader kind={host.kind} />
      <div role="status" aria-live="polite" className={styles.hidden} data-testid="live-region">
        {announcement}
      </div>
      {wide ? (
        <main className={styles.main}>
          <div className={styles.columns}>
            <div className={styles.column}>
              {input}
              {assumptionsEditor}
              {write}
              {scoringSection}
            </div>
            <div className={styles.column}>
              {results}
              {map}
              {scenarioPanel}
            </div>
          </div>
        </main>
      ) : (
        <main className={styles.main}>
          {input}
          {assumptionsEditor}
          {results}
          {map}
          {scenarioPanel}
          {write}
          {scoringSection}
        </main>
      )}
    </FluentProvider>
  );
}
