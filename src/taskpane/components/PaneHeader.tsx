/** The pane's header: the product's name, what it does, and whether it works on Excel or a file. */
import { Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    padding: "12px 16px 12px",
    display: "flex",
    alignItems: "center",
    columnGap: "12px",
  },
  mark: {
    width: "34px",
    height: "34px",
    flexShrink: 0,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    fontWeight: tokens.fontWeightBold,
    fontSize: tokens.fontSizeBase300,
    letterSpacing: "-0.5px",
  },
  text: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  title: {
    color: tokens.colorNeutralForegroundOnBrand,
    margin: 0,
    lineHeight: tokens.lineHeightBase500,
  },
  subtitle: { color: tokens.colorNeutralForegroundOnBrand, opacity: 0.88 },
  mode: {
    flexShrink: 0,
    padding: "2px 8px",
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralForegroundOnBrand}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Props of {@link PaneHeader}. */
export interface PaneHeaderProps {
  readonly kind: "excel" | "preview";
}

/** The header band (`data-testid="pane-mode"` holds "Excel" or "Preview"). */
export function PaneHeader({ kind }: PaneHeaderProps): JSX.Element {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <span className={styles.mark} aria-hidden="true">
        CCG
      </span>
      <div className={styles.text}>
        <Title3 as="h1" className={styles.title}>
          CCG Footprint
        </Title3>
        <Caption1 className={styles.subtitle}>
          Shape clinical commissioning groups: costs, geography, RAG ratings
        </Caption1>
      </div>
      <span
        className={styles.mode}
        data-testid="pane-mode"
        title={
          kind === "excel"
            ? "Working on the open workbook"
            : "Working on a file picked in this browser"
        }
      >
        {kind === "excel" ? "Excel" : "Preview"}
      </span>
    </header>
  );
}
