/** A RAG rating in the colours of the written sheets (Excel's Good / Neutral / Bad styles). */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { RAG_COLOURS } from "../../output/report/outputTable";
import type { Rating } from "../../engine/types";

const useStyles = makeStyles({
  badge: {
    display: "inline-block",
    minWidth: "48px",
    padding: "1px 8px",
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "center",
    whiteSpace: "nowrap",
  },
  RED: { backgroundColor: `#${RAG_COLOURS.RED.fill}`, color: `#${RAG_COLOURS.RED.font}` },
  AMBER: { backgroundColor: `#${RAG_COLOURS.AMBER.fill}`, color: `#${RAG_COLOURS.AMBER.font}` },
  GREEN: { backgroundColor: `#${RAG_COLOURS.GREEN.fill}`, color: `#${RAG_COLOURS.GREEN.font}` },
  none: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
});

/** Merged class names per set of styles (one per Griffel renderer): badges are drawn by the hundred. */
const badgeClasses = new WeakMap<object, Record<Rating | "none", string>>();

function classesOf(styles: ReturnType<typeof useStyles>): Record<Rating | "none", string> {
  let classes = badgeClasses.get(styles);
  if (classes === undefined) {
    classes = {
      RED: mergeClasses(styles.badge, styles.RED),
      AMBER: mergeClasses(styles.badge, styles.AMBER),
      GREEN: mergeClasses(styles.badge, styles.GREEN),
      none: mergeClasses(styles.badge, styles.none),
    };
    badgeClasses.set(styles, classes);
  }
  return classes;
}

/** How a rating is written in the pane. */
export const RATING_WORDS: Readonly<Record<Rating, string>> = {
  RED: "Red",
  AMBER: "Amber",
  GREEN: "Green",
};

/** Props of {@link RatingBadge}. */
export interface RatingBadgeProps {
  /** null: the data cannot support this component. */
  readonly rating: Rating | null;
}

/**
 * The class names of the badges, for lists that draw hundreds of them without a hook each (the CCG table).
 * @returns class names by rating ("none" for no rating)
 */
export function useRatingBadgeClasses(): Record<Rating | "none", string> {
  return classesOf(useStyles());
}

/** A rating's text in a badge ("n/a" when there is none). */
export function ratingBadgeText(rating: Rating | null): string {
  return rating === null ? "n/a" : RATING_WORDS[rating];
}

/** A rating as a coloured pill ("n/a" when there is none). */
export function RatingBadge({ rating }: RatingBadgeProps): JSX.Element {
  const styles = useStyles();
  return (
    <span className={classesOf(styles)[rating ?? "none"]}>
      {rating === null ? "n/a" : RATING_WORDS[rating]}
    </span>
  );
}
