/** Data-quality counts and the first problems found (SPEC §2.4); all of them go to the Data Quality sheet. */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { DataQualityFinding } from "../../engine/types";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: "4px" },
  counts: { fontSize: tokens.fontSizeBase300 },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: "4px",
  },
  item: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: "8px",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  tag: {
    padding: "0 6px",
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: "uppercase",
    alignSelf: "start",
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorPaletteDarkOrangeForeground2,
  },
  text: { overflowWrap: "anywhere" },
});

/** How many problems are listed. */
export const PROBLEMS_LISTED = 5;

/** Props of {@link DataQualitySummary}. */
export interface DataQualitySummaryProps {
  readonly findings: readonly DataQualityFinding[];
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString("en-GB")} ${word}${count === 1 ? "" : "s"}`;
}

/** Counts (`data-testid="dq-errors"`, `"dq-warnings"`) and the first problems, errors first. */
export function DataQualitySummary({ findings }: DataQualitySummaryProps): JSX.Element {
  const styles = useStyles();
  const errors = findings.filter((finding) => finding.severity === "error");
  const warnings = findings.filter((finding) => finding.severity === "warning");
  const first = [...errors, ...warnings].slice(0, PROBLEMS_LISTED);
  return (
    <div className={styles.box} data-testid="data-quality">
      <div className={styles.counts}>
        <strong>Data quality:</strong> <span data-testid="dq-errors">{errors.length}</span>{" "}
        {errors.length === 1 ? "error" : "errors"},{" "}
        <span data-testid="dq-warnings">{warnings.length}</span>{" "}
        {warnings.length === 1 ? "warning" : "warnings"}
      </div>
      {first.length > 0 && (
        <ul className={styles.list} aria-label="First data-quality problems">
          {first.map((finding, index) => (
            <li key={index} className={styles.item}>
              <span className={mergeClasses(styles.tag, styles[finding.severity])}>
                {finding.severity}
              </span>
              <span className={styles.text}>{finding.message}</span>
            </li>
          ))}
        </ul>
      )}
      {findings.length > first.length && (
        <Caption1>
          {plural(findings.length - first.length, "more problem")} — all are listed on the Data
          Quality sheet when it is written.
        </Caption1>
      )}
    </div>
  );
}
