/**
 * Data-quality findings in the pane (SPEC §2.4, issue #14): counts, then one line per kind of problem
 * ("352 practices have no coordinates"), each opening onto every finding of that kind.
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useMemo, useState } from "react";
import { groupFindingsByKind } from "../../engine/findingKinds";
import type { FindingGroup } from "../../engine/findingKinds";
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
    rowGap: "6px",
  },
  item: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: "8px",
    rowGap: "2px",
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
  toggle: { gridColumnStart: 2, justifySelf: "start", minWidth: 0, padding: "0 4px" },
  rows: {
    gridColumnStart: 1,
    gridColumnEnd: 3,
    margin: 0,
    paddingLeft: "18px",
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    color: tokens.colorNeutralForeground2,
  },
});

/** How many findings of a group are drawn at a time when it is opened (a very large list grows by steps). */
export const FINDINGS_PER_STEP = 200;

/** Props of {@link DataQualitySummary}. */
export interface DataQualitySummaryProps {
  readonly findings: readonly DataQualityFinding[];
}

function GroupRows({ group }: { group: FindingGroup }): JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = useState(FINDINGS_PER_STEP);
  const total = group.findings.length;
  const more = Math.min(FINDINGS_PER_STEP, total - shown);
  return (
    <>
      <ul
        className={styles.rows}
        id={`dq-rows-${group.kind}`}
        aria-label={group.summary}
        data-testid={`dq-rows-${group.kind}`}
      >
        {group.findings.slice(0, shown).map((finding, index) => (
          <li key={index} className={styles.text}>
            {finding.message}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Button
          className={styles.toggle}
          size="small"
          appearance="transparent"
          onClick={() => setShown(shown + more)}
          data-testid={`dq-more-${group.kind}`}
        >
          Show {more.toLocaleString("en-GB")} more ({shown.toLocaleString("en-GB")} of{" "}
          {total.toLocaleString("en-GB")} shown)
        </Button>
      )}
    </>
  );
}

function Group({ group }: { group: FindingGroup }): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const count = group.findings.length;
  return (
    <li className={styles.item} data-testid={`dq-group-${group.kind}`}>
      <span className={mergeClasses(styles.tag, styles[group.severity])}>{group.severity}</span>
      <span className={styles.text} data-testid={`dq-summary-${group.kind}`}>
        {group.summary}
      </span>
      <Button
        className={styles.toggle}
        size="small"
        appearance="transparent"
        aria-expanded={open}
        aria-controls={open ? `dq-rows-${group.kind}` : undefined}
        onClick={() => setOpen(!open)}
        data-testid={`dq-toggle-${group.kind}`}
      >
        {open
          ? "Hide the rows"
          : count === 1
            ? "Show the row"
            : `Show all ${count.toLocaleString("en-GB")}`}
      </Button>
      {open && <GroupRows group={group} />}
    </li>
  );
}

/** Counts (`data-testid="dq-errors"`, `"dq-warnings"`) and one line per kind of problem, errors first. */
export const DataQualitySummary = memo(function DataQualitySummary({
  findings,
}: DataQualitySummaryProps): JSX.Element {
  const styles = useStyles();
  const groups = useMemo(() => groupFindingsByKind(findings), [findings]);
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;
  return (
    <div className={styles.box} data-testid="data-quality">
      <div className={styles.counts}>
        <strong>Data quality:</strong> <span data-testid="dq-errors">{errors}</span>{" "}
        {errors === 1 ? "error" : "errors"}, <span data-testid="dq-warnings">{warnings}</span>{" "}
        {warnings === 1 ? "warning" : "warnings"}
      </div>
      {groups.length > 0 && (
        <ul className={styles.list} aria-label="Data-quality problems by kind">
          {groups.map((group) => (
            <Group key={group.kind} group={group} />
          ))}
        </ul>
      )}
    </div>
  );
});
