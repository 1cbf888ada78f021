/** One CCG's figures and every component's rating with its reason (SPEC §3). */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { CcgAnalysis } from "../../engine/analysis";
import {
  formatCount,
  formatKm,
  formatPounds,
  formatPoundsPerHead,
  formatShare,
} from "../../engine/format";
import { LOCAL_AUTHORITY_FIT_LABELS } from "../../engine/localAuthorityFit";
import type { ComponentName } from "../../engine/types";
import { RatingBadge } from "./RatingBadge";

const useStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "10px 12px",
    display: "flex",
    flexDirection: "column",
    rowGap: "10px",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { display: "flex", alignItems: "center", columnGap: "8px", flexWrap: "wrap" },
  heading: { margin: 0 },
  accordionHeader: { marginLeft: "-12px" },
  accordionPanel: { margin: "0 0 4px" },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(100px, 1fr))",
    columnGap: "10px",
    rowGap: "6px",
    margin: 0,
  },
  keyFigures: { gridTemplateColumns: "repeat(auto-fill, minmax(76px, 1fr))" },
  figure: { margin: 0, display: "flex", flexDirection: "column" },
  term: {
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground3,
  },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  components: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: "8px",
  },
  component: {
    display: "grid",
    gridTemplateColumns: "104px minmax(0, 1fr)",
    columnGap: "8px",
    alignItems: "start",
  },
  componentName: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: "2px",
    fontSize: tokens.fontSizeBase200,
  },
  reason: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
});

/** The five components in the order of the CCG Summary sheet. */
export const COMPONENT_LABELS: readonly (readonly [ComponentName, string])[] = [
  ["size", "Size"],
  ["finance", "Finance"],
  ["geography", "Geography"],
  ["localAuthority", "Local authority"],
  ["membership", "Membership"],
];

const NONE = "–";

/** The figures shown at once; the rest are under "All figures". */
function keyFiguresOf(ccg: CcgAnalysis): [string, string][] {
  const g = ccg.geography;
  return [
    ["Population", formatCount(ccg.population)],
    [
      "Headroom per head",
      ccg.headroomPerHead === null ? NONE : formatPoundsPerHead(ccg.headroomPerHead),
    ],
    ["Territory pieces", g === null ? NONE : formatCount(g.pieces)],
    ["Detached share", g === null ? NONE : formatShare(g.detachedShare)],
  ];
}

function figuresOf(ccg: CcgAnalysis): [string, string][] {
  const g = ccg.geography;
  const figures: [string, string][] = [
    ["Practices", formatCount(ccg.practices)],
    ["Population", formatCount(ccg.population)],
    ["Running cost allowance", formatPounds(ccg.runningCostAllowance)],
    ["Fixed costs", formatPounds(ccg.fixedCosts)],
    ["Commissioning support", formatPounds(ccg.support)],
    ["Headroom", formatPounds(ccg.headroom)],
    [
      "Headroom per head",
      ccg.headroomPerHead === null ? NONE : formatPoundsPerHead(ccg.headroomPerHead),
    ],
    [
      "Break-even population",
      ccg.breakEvenPopulation === null ? NONE : formatCount(ccg.breakEvenPopulation),
    ],
  ];
  if (ccg.plannedRunningCosts !== null) {
    figures.push(["Planned running costs", formatPounds(ccg.plannedRunningCosts)]);
    if (ccg.plannedMinusAllowance !== null)
      figures.push(["Planned minus allowance", formatPounds(ccg.plannedMinusAllowance)]);
  }
  figures.push(
    ["Territory pieces", g === null ? NONE : formatCount(g.pieces)],
    ["Detached share", g === null ? NONE : formatShare(g.detachedShare)],
    ["Standard distance", g === null ? NONE : formatKm(g.standardDistanceKm)],
    ["Max distance", g === null ? NONE : formatKm(g.maxDistanceKm)],
    ["Hull area", g === null ? NONE : `${formatCount(g.hullAreaKm2)} km²`],
    ["Neighbour purity", g === null ? NONE : formatShare(g.purity)],
    ["Embedded practices", g === null ? NONE : formatCount(g.embeddedPractices)],
    ["Border practices (not rated)", g === null ? NONE : formatCount(g.borderPractices)],
    ["Surrounded by", g?.surroundedBy ?? NONE],
    [
      "Local-authority fit",
      ccg.localAuthorityFit === null ? NONE : LOCAL_AUTHORITY_FIT_LABELS[ccg.localAuthorityFit.fit],
    ],
    ["Member share", ccg.memberShare === null ? NONE : formatShare(ccg.memberShare)],
    ["Collaborative arrangement", ccg.collaborativeArrangement ? "Yes" : "No"]
  );
  return figures;
}

function Figures(props: {
  readonly label: string;
  readonly figures: readonly [string, string][];
  readonly compact?: boolean;
}): JSX.Element {
  const styles = useStyles();
  const { label, figures } = props;
  return (
    <dl
      className={mergeClasses(styles.figures, props.compact === true && styles.keyFigures)}
      aria-label={label}
    >
      {figures.map(([term, value]) => (
        <div key={term} className={styles.figure}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Props of {@link CcgDetails}. */
export interface CcgDetailsProps {
  /** null: nothing selected. */
  readonly ccg: CcgAnalysis | null;
}

/** The details panel (`data-testid="ccg-details"`; each reason in `data-testid="reason-<component>"`). */
export function CcgDetails({ ccg }: CcgDetailsProps): JSX.Element {
  const styles = useStyles();
  if (ccg === null) {
    return (
      <div className={styles.panel} data-testid="ccg-details">
        <Caption1>
          Select a CCG in the table or on the map to see its figures and the reason for each rating.
        </Caption1>
      </div>
    );
  }
  return (
    <div className={styles.panel} data-testid="ccg-details" aria-live="polite">
      <div className={styles.title}>
        <Subtitle2 as="h3" className={styles.heading}>
          {ccg.code}
          {ccg.name === null ? "" : ` ${ccg.name}`}
        </Subtitle2>
        <RatingBadge rating={ccg.rated ? ccg.rating : null} />
      </div>
      {!ccg.rated && (
        <Caption1 data-testid="ccg-set-aside">{ccg.reasons[0] ?? "Set aside: not a CCG"}</Caption1>
      )}
      <ul className={styles.components} aria-label="Ratings and reasons">
        {COMPONENT_LABELS.map(([component, label]) => (
          <li key={component} className={styles.component}>
            <span className={styles.componentName}>
              {label}
              <RatingBadge rating={ccg.rated ? ccg.components[component].rating : null} />
            </span>
            <span className={styles.reason} data-testid={`reason-${component}`}>
              {ccg.components[component].reason}
            </span>
          </li>
        ))}
      </ul>
      <Figures label="Key figures" figures={keyFiguresOf(ccg)} compact />
      <Accordion collapsible>
        <AccordionItem value="figures">
          <AccordionHeader size="small" className={styles.accordionHeader}>
            All figures
          </AccordionHeader>
          <AccordionPanel className={styles.accordionPanel}>
            <Figures label="All figures" figures={figuresOf(ccg)} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
