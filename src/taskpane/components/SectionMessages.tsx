/** A section's messages as Fluent message bars: errors in plain words, notices as a list. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
} from "@fluentui/react-components";
import { useId } from "react";
import type { PaneMessage } from "../state/paneState";

const useStyles = makeStyles({
  list: { margin: "4px 0 0", paddingLeft: "18px" },
  body: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

/** A small cross (no text, so a message bar's textContent is its message alone). */
function DismissIcon(): JSX.Element {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/** Props of {@link SectionMessages}. */
export interface SectionMessagesProps {
  readonly messages: readonly PaneMessage[];
  readonly onDismiss: (message: PaneMessage) => void;
}

/** One message bar, labelled by its own text (Fluent labels it by a title, which these bars have not). */
function MessageItem({
  message,
  onDismiss,
}: {
  readonly message: PaneMessage;
  readonly onDismiss: (message: PaneMessage) => void;
}): JSX.Element {
  const styles = useStyles();
  const bodyId = useId();
  return (
    <MessageBar
      intent={message.intent}
      layout="multiline"
      aria-labelledby={bodyId}
      data-testid={message.intent === "error" ? "error-message" : "notice-message"}
      politeness={message.intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody id={bodyId} className={styles.body}>
        {message.text}
        {message.details !== undefined && message.details.length > 0 && (
          <ul className={styles.list}>
            {message.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {message.persistent !== true && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              size="small"
              aria-label="Dismiss message"
              icon={<DismissIcon />}
              onClick={() => onDismiss(message)}
            />
          }
        />
      )}
    </MessageBar>
  );
}

/** One message bar per message; errors carry `data-testid="error-message"`, others `data-testid="notice-message"`. */
export function SectionMessages({ messages, onDismiss }: SectionMessagesProps): JSX.Element | null {
  if (messages.length === 0) return null;
  return (
    <>
      {messages.map((message, index) => (
        <MessageItem key={`${message.intent}-${index}`} message={message} onDismiss={onDismiss} />
      ))}
    </>
  );
}
