/**
 * The CCGs a scenario touches, baseline → scenario (SPEC §5): practices, population, headroom, pieces,
 * detached share and the configuration rating, each changed figure in bold.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CcgComparison, ComparedFigures } from "../../engine/scenario";
import { ratingBadgeText, useRatingBadgeClasses } from "./RatingBadge";

const useStyles = makeStyles({
  // A scrolling region the keyboard can reach and scroll (at pane width the table is wider than the pane).
  scroll: {
    overflowX: "auto",
    maxHeight: "260px",
    overflowY: "auto",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { padding: "2px 4px", textAlign: "right", whiteSpace: "nowrap", verticalAlign: "top" },
  code: { textAlign: "left" },
  changed: { fontWeight: tokens.fontWeightBold },
});

/** A figure in words (– when the side has none). */
type Shown = (figures: ComparedFigures) => string;

const whole = (value: number) => Math.round(value).toLocaleString("en-GB");
const money = (value: number) => `${value < 0 ? "−" : ""}£${whole(Math.abs(value))}`;
const share = (value: number | null) => (value === null ? "–" : `${(value * 100).toFixed(1)}%`);

const COLUMNS: readonly { readonly title: string; readonly show: Shown }[] = [
  { title: "Practices", show: (f) => whole(f.practices) },
  { title: "Population", show: (f) => whole(f.population) },
  { title: "Headroom", show: (f) => money(f.headroom) },
  { title: "Pieces", show: (f) => (f.pieces === null ? "–" : String(f.pieces)) },
  { title: "Detached", show: (f) => share(f.detachedShare) },
];

/** Props of {@link ScenarioComparison}. */
export interface ScenarioComparisonProps {
  readonly comparison: readonly CcgComparison[];
  /** How many CCGs the scenario has in all (the untouched ones are counted, not listed). */
  readonly totalCcgs: number;
}

/** One "before → after" cell. */
function BeforeAfter(props: { before: string; after: string; className: string }): JSX.Element {
  const styles = useStyles();
  const changed = props.before !== props.after;
  return (
    <td className={mergeClasses(props.className, changed && styles.changed)}>
      {changed ? `${props.before} → ${props.after}` : props.after}
    </td>
  );
}

/** The comparison table (`data-testid="scenario-comparison"`, a row `scenario-row-<code>` per CCG). */
export function ScenarioComparison({
  comparison,
  totalCcgs,
}: ScenarioComparisonProps): JSX.Element {
  const styles = useStyles();
  const badges = useRatingBadgeClasses();
  if (comparison.length === 0) {
    return <Caption1>No CCG changes: the scenario is the footprint as analysed.</Caption1>;
  }
  const untouched = Math.max(0, totalCcgs - comparison.filter((c) => c.scenario !== null).length);
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label="CCGs touched">
      <table className={styles.table} data-testid="scenario-comparison">
        <caption className={styles.code}>
          CCGs touched, as analysed → in the scenario ({untouched.toLocaleString("en-GB")} others
          unchanged)
        </caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.code)}>
              CCG
            </th>
            {COLUMNS.map((column) => (
              <th key={column.title} scope="col" className={styles.cell}>
                {column.title}
              </th>
            ))}
            <th scope="col" className={styles.cell}>
              Rating
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.map((row) => (
            <tr key={row.code} data-testid={`scenario-row-${row.code}`}>
              <th scope="row" className={mergeClasses(styles.cell, styles.code)}>
                {row.code}
                {row.baseline === null ? " (new)" : row.scenario === null ? " (merged)" : ""}
              </th>
              {COLUMNS.map((column) => (
                <BeforeAfter
                  key={column.title}
                  className={styles.cell}
                  before={row.baseline === null ? "–" : column.show(row.baseline)}
                  after={row.scenario === null ? "–" : column.show(row.scenario)}
                />
              ))}
              <td className={styles.cell}>
                <span className={badges[row.baseline?.rating ?? "none"]}>
                  {row.baseline === null ? "–" : ratingBadgeText(row.baseline.rating)}
                </span>
                {" → "}
                <span className={badges[row.scenario?.rating ?? "none"]}>
                  {row.scenario === null ? "–" : ratingBadgeText(row.scenario.rating)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
