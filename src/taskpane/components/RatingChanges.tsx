/** After a re-analysis: which CCGs' ratings moved, old → new. */
import { Body1, makeStyles } from "@fluentui/react-components";
import { memo } from "react";
import type { RatingChange } from "../state/ratingChanges";
import { RATING_WORDS } from "./RatingBadge";

const useStyles = makeStyles({ list: { margin: "2px 0 0", paddingLeft: "18px" } });

/** The list (`data-testid="rating-changes"`); nothing before a second analysis. */
export const RatingChanges = memo(function RatingChanges({
  changes,
}: {
  readonly changes: readonly RatingChange[] | null;
}): JSX.Element | null {
  const styles = useStyles();
  if (changes === null) return null;
  if (changes.length === 0) {
    return (
      <Body1 data-testid="rating-changes">No CCG changed rating since the last analysis.</Body1>
    );
  }
  return (
    <div data-testid="rating-changes">
      <Body1>
        {changes.length === 1 ? "1 CCG" : `${changes.length} CCGs`} changed rating since the last
        analysis:
      </Body1>
      <ul className={styles.list}>
        {changes.map((change) => (
          <li key={change.code}>
            {change.code} {change.name ?? ""}: {RATING_WORDS[change.from]} →{" "}
            {RATING_WORDS[change.to]}
          </li>
        ))}
      </ul>
    </div>
  );
});
