/** Section 3, Results: Analyse with progress, data quality, RAG counts, the CCG table and the selected CCG. */
import { Body1, MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import type { AnalysisResult } from "../../engine/analysis";
import type { Rating } from "../../engine/types";
import type { AnalysisProgress } from "../state/analyser";
import type { CcgColumnId, CcgFilter, CcgSort } from "../state/ccgTable";
import { ratingCounts, visibleCcgs } from "../state/ccgTable";
import type { PaneMessage } from "../state/paneState";
import { AnalyseBar } from "./AnalyseBar";
import { CcgDetails } from "./CcgDetails";
import { CcgFilters } from "./CcgFilters";
import { CcgTable } from "./CcgTable";
import { DataQualitySummary } from "./DataQualitySummary";
import { NonCcgCodes } from "./NonCcgCodes";
import { RagCounts } from "./RagCounts";
import { SensitivityPanel } from "./SensitivityPanel";
import { shownResult } from "../state/whatIf";
import { useWhatIf } from "../state/useWhatIf";
import { RatingChanges } from "./RatingChanges";
import type { RatingChange } from "../state/ratingChanges";
import { Section } from "./Section";

const useStyles = makeStyles({
  summary: { overflowWrap: "anywhere" },
});

/** Props of {@link ResultsSection}. */
export interface ResultsSectionProps {
  /** The analysis shown: a scenario's in scenario mode, else the analysis as analysed. */
  readonly result: AnalysisResult | null;
  /** The analysis as analysed: each new one puts the running-cost what-if back to its values. */
  readonly baseline: AnalysisResult | null;
  /** BCP 47 locale for numbers typed in the what-if boxes. */
  readonly locale: string;
  readonly outOfDate: boolean;
  readonly ratingChanges: readonly RatingChange[] | null;
  readonly progress: AnalysisProgress | null;
  readonly analyseDisabledReason: string | null;
  readonly sort: CcgSort;
  readonly filter: CcgFilter;
  readonly selectedCcg: string | null;
  readonly messages: readonly PaneMessage[];
  readonly onDismiss: (message: PaneMessage) => void;
  readonly onAnalyse: () => void;
  /** True when the assumptions in the editor rate codes that are not CCGs (`include_non_ccg` 1). */
  readonly includeNonCcg: boolean;
  /** Rate those codes, or leave them out of the ratings, and analyse again. */
  readonly onIncludeNonCcg: (include: boolean) => void;
  readonly onSort: (column: CcgColumnId) => void;
  readonly onFilter: (filter: Partial<CcgFilter>) => void;
  readonly onSelect: (code: string) => void;
}

/**
 * The results section. It holds the running-cost what-if, so a slider step re-renders the results alone;
 * the parts that do not depend on the allowance are memoised.
 */
export function ResultsSection(props: ResultsSectionProps): JSX.Element {
  const styles = useStyles();
  const { result, onFilter, onIncludeNonCcg } = props;
  const whatIf = useWhatIf(props.baseline);
  const shown = useMemo(
    () => (result === null ? null : shownResult(result, whatIf.settings)),
    [result, whatIf.settings]
  );
  const filterRating = useCallback((rating: Rating | "all") => onFilter({ rating }), [onFilter]);
  const leaveOutNonCcg = useCallback(
    (leaveOut: boolean) => onIncludeNonCcg(!leaveOut),
    [onIncludeNonCcg]
  );
  const rows = useMemo(
    () => (shown === null ? [] : visibleCcgs(shown.ccgs, props.sort, props.filter)),
    [shown, props.sort, props.filter]
  );
  const counts = useMemo(() => ratingCounts(shown?.ccgs ?? []), [shown]);
  const selected = shown?.ccgs.find((ccg) => ccg.code === props.selectedCcg) ?? null;
  return (
    <Section
      id="results"
      step={3}
      title="Results"
      messages={props.messages}
      onDismiss={props.onDismiss}
    >
      <AnalyseBar
        progress={props.progress}
        disabled={props.analyseDisabledReason !== null}
        disabledReason={props.analyseDisabledReason}
        onAnalyse={props.onAnalyse}
      />
      {props.outOfDate && (
        <MessageBar intent="info" layout="multiline" data-testid="results-out-of-date">
          <MessageBarBody>
            The mapping or assumptions changed since this analysis. Analyse again to update the
            results.
          </MessageBarBody>
        </MessageBar>
      )}
      {result !== null && shown !== null && (
        <>
          <Body1 className={styles.summary} data-testid="analysis-summary">
            {result.practices.count.toLocaleString("en-GB")} practices in{" "}
            {result.ccgs.length.toLocaleString("en-GB")} CCGs, population{" "}
            {result.totalPopulation.toLocaleString("en-GB")}, from the sheet '
            {result.input.practiceSheet}'.
          </Body1>
          <RagCounts counts={counts} active={props.filter.rating} onFilter={filterRating} />
          <RatingChanges changes={props.ratingChanges} />
          <NonCcgCodes
            result={result}
            leftOut={!props.includeNonCcg}
            disabled={props.progress !== null || props.analyseDisabledReason !== null}
            onLeaveOut={leaveOutNonCcg}
          />
          <SensitivityPanel
            result={result}
            shown={shown}
            settings={whatIf.settings}
            selectedCcg={props.selectedCcg}
            locale={props.locale}
            onChange={whatIf.change}
          />
          <DataQualitySummary findings={result.dataQuality} />
          <CcgFilters filter={props.filter} onChange={props.onFilter} />
          <CcgTable
            ccgs={rows}
            total={result.ccgs.length}
            sort={props.sort}
            selectedCcg={props.selectedCcg}
            onSort={props.onSort}
            onSelect={props.onSelect}
          />
          <CcgDetails ccg={selected} />
        </>
      )}
    </Section>
  );
}
