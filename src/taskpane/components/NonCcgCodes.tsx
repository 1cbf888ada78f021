/**
 * Codes in the practice list that are not CCGs (area teams, councils, trusts; SPEC §3.4): which they are,
 * whether they are rated, and a checkbox to leave them out of the ratings (`include_non_ccg` 0, the
 * default) or rate them as CCGs. Changing it analyses again.
 */
import { Body1, Checkbox, makeStyles } from "@fluentui/react-components";
import { memo } from "react";
import type { AnalysisResult } from "../../engine/analysis";
import { CCG_KIND } from "../../engine/organisationKind";
import { setAsideCcgs } from "../state/ccgTable";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: "2px", overflowWrap: "anywhere" },
});

/** Props of {@link NonCcgCodes}. */
export interface NonCcgCodesProps {
  readonly result: AnalysisResult;
  /** The checkbox: true while the assumptions in force leave such codes out (`include_non_ccg` 0). */
  readonly leftOut: boolean;
  readonly disabled: boolean;
  readonly onLeaveOut: (leaveOut: boolean) => void;
}

/** The list (`data-testid="set-aside-codes"` or `"rated-non-ccg-codes"`) and the checkbox; nothing when every code is a CCG. */
export const NonCcgCodes = memo(function NonCcgCodes(props: NonCcgCodesProps): JSX.Element | null {
  const styles = useStyles();
  const codes = props.result.ccgs.filter((ccg) => ccg.kind !== CCG_KIND);
  if (codes.length === 0) return null;
  const listed = codes
    .map(
      (ccg) =>
        `${ccg.code} (${ccg.kind.toLowerCase()}, population ${ccg.population.toLocaleString("en-GB")})`
    )
    .join(", ");
  const setAside = setAsideCcgs(codes).length > 0;
  return (
    <div className={styles.box}>
      {setAside ? (
        <Body1 data-testid="set-aside-codes">
          Not CCGs, set aside and not in the counts: {listed}.
        </Body1>
      ) : (
        <Body1 data-testid="rated-non-ccg-codes">
          Not CCGs, rated as CCGs and counted: {listed}.
        </Body1>
      )}
      <Checkbox
        checked={props.leftOut}
        disabled={props.disabled}
        label="Leave codes that are not CCGs out of the ratings (include_non_ccg 0)"
        data-testid="leave-out-non-ccg"
        onChange={(_, data) => props.onLeaveOut(data.checked === true)}
      />
    </div>
  );
});
