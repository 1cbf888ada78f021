/** Section 3, Results: Analyse with progress, data quality, RAG counts, the CCG table and the selected CCG. */
import { Body1, MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import { useMemo } from "react";
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
import type { WhatIfSettings } from "../state/whatIf";
import { RatingChanges } from "./RatingChanges";
import type { RatingChange } from "../state/ratingChanges";
import { Section } from "./Section";

const useStyles = makeStyles({
  summary: { overflowWrap: "anywhere" },
});

/** Props of {@link ResultsSection}. */
export interface ResultsSectionProps {
  readonly result: AnalysisResult | null;
  /** The result at the running-cost what-if (the result itself without one). */
  readonly shown: AnalysisResult | null;
  readonly whatIf: WhatIfSettings;
  /** BCP 47 locale for numbers typed in the what-if boxes. */
  readonly locale: string;
  readonly onWhatIf: (change: Partial<WhatIfSettings>) => void;
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

/** The results section. */
export function ResultsSection(props: ResultsSectionProps): JSX.Element {
  const styles = useStyles();
  const { result } = props;
  const shown = props.shown ?? result;
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
          <RagCounts
            counts={counts}
            active={props.filter.rating}
            onFilter={(rating: Rating | "all") => props.onFilter({ rating })}
          />
          <RatingChanges changes={props.ratingChanges} />
          <NonCcgCodes
            result={result}
            leftOut={!props.includeNonCcg}
            disabled={props.progress !== null || props.analyseDisabledReason !== null}
            onLeaveOut={(leaveOut) => props.onIncludeNonCcg(!leaveOut)}
          />
          <SensitivityPanel
            result={result}
            shown={shown}
            settings={props.whatIf}
            selectedCcg={props.selectedCcg}
            locale={props.locale}
            onChange={props.onWhatIf}
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
