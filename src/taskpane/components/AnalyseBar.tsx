/** The Analyse button and the progress bar of a running analysis. */
import { Button, Caption1, Field, ProgressBar, makeStyles } from "@fluentui/react-components";
import { memo } from "react";
import type { AnalysisProgress } from "../state/analyser";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", rowGap: "8px" },
  row: {
    display: "flex",
    alignItems: "center",
    columnGap: "10px",
    flexWrap: "wrap",
    rowGap: "4px",
  },
});

/** Props of {@link AnalyseBar}. */
export interface AnalyseBarProps {
  readonly progress: AnalysisProgress | null;
  readonly disabled: boolean;
  /** Why the button is disabled, in plain words (null: it is not). */
  readonly disabledReason: string | null;
  readonly onAnalyse: () => void;
}

/** The button (`data-testid="analyse-button"`) and, while running, the progress bar (`data-testid="analysis-progress"`). */
export const AnalyseBar = memo(function AnalyseBar({
  progress,
  disabled,
  disabledReason,
  onAnalyse,
}: AnalyseBarProps): JSX.Element {
  const styles = useStyles();
  const running = progress !== null;
  return (
    <div className={styles.bar}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={onAnalyse}
          disabled={disabled && !running}
          // While it runs the button keeps the focus (a disabled button would drop it to the page).
          disabledFocusable={running}
          data-testid="analyse-button"
        >
          {running ? "Analysing…" : "Analyse"}
        </Button>
        {disabledReason !== null && !running && <Caption1>{disabledReason}</Caption1>}
      </div>
      {running && (
        <Field
          validationMessage={progress.label}
          validationState="none"
          data-testid="analysis-progress"
        >
          <ProgressBar
            value={progress.fraction}
            max={1}
            thickness="large"
            aria-label="Analysis progress"
          />
        </Field>
      )}
    </div>
  );
});
