/** How many CCGs are red, amber and green; each count filters the table to that rating. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { RAG_COLOURS } from "../../output/report/outputTable";
import type { Rating } from "../../engine/types";
import { RATING_WORDS } from "./RatingBadge";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", columnGap: "8px" },
  tile: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    padding: "6px 10px",
    borderRadius: tokens.borderRadiusMedium,
    border: "2px solid transparent",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    textAlign: "left",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  pressed: { border: `2px solid ${tokens.colorNeutralForeground1}` },
  count: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  word: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  RED: { backgroundColor: `#${RAG_COLOURS.RED.fill}`, color: `#${RAG_COLOURS.RED.font}` },
  AMBER: { backgroundColor: `#${RAG_COLOURS.AMBER.fill}`, color: `#${RAG_COLOURS.AMBER.font}` },
  GREEN: { backgroundColor: `#${RAG_COLOURS.GREEN.fill}`, color: `#${RAG_COLOURS.GREEN.font}` },
});

const ORDER: readonly Rating[] = ["RED", "AMBER", "GREEN"];

/** Props of {@link RagCounts}. */
export interface RagCountsProps {
  readonly counts: Readonly<Record<Rating, number>>;
  /** The rating the table is filtered to ("all": none). */
  readonly active: Rating | "all";
  readonly onFilter: (rating: Rating | "all") => void;
}

/**
 * Three toggle buttons, each named by what it shows ("12 Red", so speech input can say what it sees;
 * axe's label-content-name-mismatch) and pressed while the table is filtered to it. The number of each is in `data-testid="rag-red"`,
 * `"rag-amber"`, `"rag-green"`.
 */
export function RagCounts({ counts, active, onFilter }: RagCountsProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label="CCGs by configuration rating">
      {ORDER.map((rating) => {
        const pressed = active === rating;
        return (
          <button
            key={rating}
            type="button"
            className={mergeClasses(styles.tile, styles[rating], pressed && styles.pressed)}
            aria-pressed={pressed}
            title={
              pressed ? "Show all CCGs" : `Show only ${RATING_WORDS[rating].toLowerCase()} CCGs`
            }
            onClick={() => onFilter(pressed ? "all" : rating)}
          >
            <span className={styles.count} data-testid={`rag-${rating.toLowerCase()}`}>
              {counts[rating]}
            </span>{" "}
            <span className={styles.word}>{RATING_WORDS[rating]}</span>
          </button>
        );
      })}
    </div>
  );
}
