/** A titled section of the pane with its own message bars. */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { PaneMessage } from "../state/paneState";
import { SectionMessages } from "./SectionMessages";

const useStyles = makeStyles({
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: "12px 14px 14px",
    display: "flex",
    flexDirection: "column",
    rowGap: "10px",
    minWidth: 0,
  },
  heading: { display: "flex", alignItems: "center", columnGap: "8px", margin: 0 },
  step: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "22px",
    height: "22px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    flexShrink: 0,
  },
  title: { flexGrow: 1 },
});

/** Props of {@link Section}. */
export interface SectionProps {
  /** Used for ids and `data-testid="section-<id>"`. */
  readonly id: string;
  readonly step: number;
  readonly title: string;
  /** Controls shown at the right of the heading. */
  readonly actions?: ReactNode;
  readonly messages: readonly PaneMessage[];
  readonly onDismiss: (message: PaneMessage) => void;
  readonly children?: ReactNode;
}

/** A section: numbered heading, message bars, content. */
export function Section({
  id,
  step,
  title,
  actions,
  messages,
  onDismiss,
  children,
}: SectionProps): JSX.Element {
  const styles = useStyles();
  const headingId = `section-${id}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={`section-${id}`}>
      <h2 className={styles.heading}>
        <span className={styles.step} aria-hidden="true">
          {step}
        </span>
        <Subtitle2 id={headingId} className={styles.title}>
          {title}
        </Subtitle2>
        {actions}
      </h2>
      <SectionMessages messages={messages} onDismiss={onDismiss} />
      {children}
    </section>
  );
}
