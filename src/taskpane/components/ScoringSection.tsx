/**
 * Section 7, Scoring: choose CCGs, write their `Scoring <code>` sheets and the Domain Summary, and
 * show each scored CCG's domain ratings and outcome with the reasons (SPEC §4, §6.1).
 */
import {
  Button,
  Caption1,
  Checkbox,
  Radio,
  RadioGroup,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { RAG_COLOURS } from "../../output/report/outputTable";
import type { DomainRating } from "../../engine/scoring/domainRating";
import type { PaneMessage } from "../state/paneState";
import type { ScoringChoice, ScoringResultRow } from "../state/scoring";
import { Section } from "./Section";

const useStyles = makeStyles({
  buttons: { display: "flex", columnGap: "12px", flexWrap: "wrap", rowGap: "6px" },
  picks: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(80px, 1fr))",
    maxHeight: "160px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "4px",
  },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { padding: "2px 4px", textAlign: "left", verticalAlign: "top" },
  rating: { borderRadius: tokens.borderRadiusSmall, textAlign: "center", whiteSpace: "nowrap" },
  RED: { backgroundColor: `#${RAG_COLOURS.RED.fill}`, color: `#${RAG_COLOURS.RED.font}` },
  AMBER: { backgroundColor: `#${RAG_COLOURS.AMBER.fill}`, color: `#${RAG_COLOURS.AMBER.font}` },
  GREEN: { backgroundColor: `#${RAG_COLOURS.GREEN.fill}`, color: `#${RAG_COLOURS.GREEN.font}` },
  INCOMPLETE: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
  },
  reasons: { margin: 0, paddingLeft: "16px", color: tokens.colorNeutralForeground2 },
});

/** Short words for a domain rating in the results table. */
const DOMAIN_WORDS: Readonly<Record<DomainRating, string>> = {
  GREEN: "G",
  AMBER: "A",
  RED: "R",
  INCOMPLETE: "…",
};

/** Props of {@link ScoringSection}. */
export interface ScoringSectionProps {
  readonly kind: "excel" | "preview";
  /** An analysis exists and nothing else is running. */
  readonly canScore: boolean;
  readonly busy: boolean;
  readonly choice: ScoringChoice;
  readonly selectedCcg: string | null;
  /** Every analysed CCG code (the pick list). */
  readonly codes: readonly string[];
  readonly picked: readonly string[];
  readonly rows: readonly ScoringResultRow[];
  readonly messages: readonly PaneMessage[];
  readonly onDismiss: (message: PaneMessage) => void;
  readonly onChoose: (choice: ScoringChoice) => void;
  readonly onPick: (code: string, wanted: boolean) => void;
  readonly onWrite: () => void;
  readonly onRead: () => void;
}

/**
 * The choice of CCGs, the write button (`data-testid="scoring-write"`), the read-back button
 * (`scoring-read`) and the results table (`scoring-results`, one row per CCG).
 */
export function ScoringSection(props: ScoringSectionProps): JSX.Element {
  const styles = useStyles();
  return (
    <Section
      id="scoring"
      step={7}
      title="Authorisation scoring"
      messages={props.messages}
      onDismiss={props.onDismiss}
    >
      <RadioGroup
        value={props.choice}
        onChange={(_, data) => props.onChoose(data.value as ScoringChoice)}
        disabled={props.busy}
        aria-label="CCGs to score"
        data-testid="scoring-choice"
      >
        <Radio
          value="selected"
          label={`The selected CCG${props.selectedCcg === null ? " (none selected)" : ` (${props.selectedCcg})`}`}
        />
        <Radio value="flagged" label="The red and amber CCGs" />
        <Radio value="all" label="Every CCG" />
        <Radio value="picked" label="CCGs I pick" />
      </RadioGroup>
      {props.choice === "picked" && (
        <div className={styles.picks} role="group" aria-label="CCGs picked">
          {props.codes.map((code) => (
            <Checkbox
              key={code}
              label={code}
              checked={props.picked.includes(code)}
              disabled={props.busy}
              data-testid={`scoring-pick-${code}`}
              onChange={(_, data) => props.onPick(code, data.checked === true)}
            />
          ))}
        </div>
      )}
      <Caption1>
        Each CCG gets a sheet with its criteria, dropdowns for status and support, and formulas for
        the domain ratings and the outcome that keep working without the add-in. Statuses, support
        and evidence you changed are kept when the sheets are written again.
      </Caption1>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!props.canScore || props.busy}
          onClick={props.onWrite}
          data-testid="scoring-write"
        >
          {props.busy ? "Working…" : "Write scoring sheets"}
        </Button>
        {props.kind === "excel" && (
          <Button disabled={props.busy} onClick={props.onRead} data-testid="scoring-read">
            Read scoring sheets
          </Button>
        )}
      </div>
      {props.rows.length > 0 && (
        <table className={styles.table} data-testid="scoring-results">
          <thead>
            <tr>
              <th className={styles.cell} scope="col">
                CCG
              </th>
              {[1, 2, 3, 4, 5, 6].map((domain) => (
                <th key={domain} className={styles.cell} scope="col" title={`Domain ${domain}`}>
                  D{domain}
                </th>
              ))}
              <th className={styles.cell} scope="col">
                Outcome
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.code} data-testid={`scoring-row-${row.code}`}>
                <th className={styles.cell} scope="row" title={row.sheetName}>
                  {row.code}
                </th>
                {row.domains.map((rating, index) => (
                  <td
                    key={index}
                    className={mergeClasses(
                      styles.cell,
                      styles.rating,
                      rating === null ? undefined : styles[rating]
                    )}
                    title={rating ?? "no criteria"}
                  >
                    {rating === null ? "–" : DOMAIN_WORDS[rating]}
                  </td>
                ))}
                <td className={styles.cell}>
                  <span data-testid={`scoring-outcome-${row.code}`}>{row.outcome ?? "n/a"}</span>
                  {row.reasons.length > 0 && (
                    <ul className={styles.reasons}>
                      {row.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!props.canScore && !props.busy && (
        <Caption1>Analyse first; then CCGs can be scored.</Caption1>
      )}
    </Section>
  );
}
