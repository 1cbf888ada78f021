/** The map's key, below the drawing so that it covers no practice. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  key: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    marginTop: tokens.spacingVerticalXS,
  },
  item: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** The key (`data-testid="map-legend"`): detached, embedded and border practices, detached pieces. */
export function MapLegend(): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.key} data-testid="map-legend" aria-label="Map key" role="group">
      <span className={styles.item}>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4" fill="#888" stroke="#111" strokeWidth="1.5" />
        </svg>
        <Caption1>detached practice (dashed outline: its piece)</Caption1>
      </span>
      <span className={styles.item}>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4" fill="#fff" stroke="#111" strokeWidth="1.5" />
        </svg>
        <Caption1>embedded (detached, no own-CCG neighbour)</Caption1>
      </span>
      <span className={styles.item}>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="3.5" fill="#fff" stroke="#888" strokeWidth="2.2" />
        </svg>
        <Caption1>border practice (no own-CCG neighbour, in main territory)</Caption1>
      </span>
    </div>
  );
}
