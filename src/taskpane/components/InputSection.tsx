/** Section 1, Input: where the workbook comes from, what was found in it, and the column mapping. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { PRACTICE_FIELDS } from "../../engine/headers";
import type { PracticeField } from "../../engine/headers";
import type { InputDiscovery, MappingChoices } from "../state/discovery";
import type { PaneMessage } from "../state/paneState";
import { FilePicker } from "./FilePicker";
import { MappingEditor } from "./MappingEditor";
import { Section } from "./Section";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: "12px",
    rowGap: "2px",
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  accordionHeader: { marginLeft: "-12px" },
  panel: { margin: "4px 0 8px" },
});

/** Props of {@link InputSection}. */
export interface InputSectionProps {
  readonly kind: "excel" | "preview";
  readonly reading: boolean;
  readonly busy: boolean;
  readonly fileName: string | null;
  readonly discovery: InputDiscovery | null;
  readonly choices: MappingChoices;
  readonly messages: readonly PaneMessage[];
  readonly onDismiss: (message: PaneMessage) => void;
  readonly onFile: (file: File) => void;
  readonly onRefresh: () => void;
  readonly onChoose: (field: PracticeField, header: string | null) => void;
  readonly onChooseSheet: (sheet: string) => void;
  readonly onResetMapping: () => void;
}

function Facts({
  discovery,
  fileName,
}: {
  discovery: InputDiscovery;
  fileName: string | null;
}): JSX.Element {
  const styles = useStyles();
  const found = PRACTICE_FIELDS.filter((field) => discovery.fieldHeaders[field] !== null).length;
  const rows: [string, string][] = [];
  if (fileName !== null) rows.push(["File", fileName]);
  if (discovery.practiceSheet !== null) {
    rows.push([
      "Practice list",
      `sheet '${discovery.practiceSheet}', headers in row ${discovery.headerRow ?? 1}`,
    ]);
    rows.push(["Rows", `${discovery.rowsBelow.toLocaleString("en-GB")} below the headers`]);
    rows.push(["Columns", `${found} of ${PRACTICE_FIELDS.length} fields recognised`]);
  }
  rows.push([
    "Assumptions",
    discovery.assumptions.sheetName === null
      ? "defaults (no Assumptions sheet)"
      : `sheet '${discovery.assumptions.sheetName}'`,
  ]);
  return (
    <dl className={styles.facts} data-testid="input-summary">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The input section. */
export function InputSection(props: InputSectionProps): JSX.Element {
  const styles = useStyles();
  const { discovery } = props;
  const problem = discovery?.problem ?? null;
  const [openItems, setOpenItems] = useState<string[]>([]);
  // Open the mapping when no practice list was found: choosing columns is how to fix it.
  useEffect(() => {
    if (problem !== null) setOpenItems(["mapping"]);
  }, [problem]);
  const problemMessage: PaneMessage[] =
    problem === null
      ? []
      : [{ section: "input", intent: "error", text: problem, persistent: true }];
  return (
    <Section
      id="input"
      step={1}
      title="Input"
      messages={[...problemMessage, ...props.messages]}
      onDismiss={props.onDismiss}
      actions={
        props.kind === "excel" ? (
          <Button
            size="small"
            onClick={props.onRefresh}
            disabled={props.busy}
            data-testid="refresh-input"
          >
            Read again
          </Button>
        ) : undefined
      }
    >
      {props.kind === "preview" ? (
        <FilePicker disabled={props.busy} onFile={props.onFile} />
      ) : (
        discovery === null &&
        !props.reading && (
          <Body1>Reads the practice list, CCG table and assumptions from this workbook.</Body1>
        )
      )}
      {props.reading && <Spinner size="tiny" labelPosition="after" label="Reading the workbook…" />}
      {discovery !== null && !props.reading && (
        <Facts discovery={discovery} fileName={props.fileName} />
      )}
      {/* Nothing usable (no header-like row at all): the message says so; no editor of empty lists. */}
      {discovery !== null && discovery.headers.length > 0 && (
        <Accordion
          collapsible
          openItems={openItems}
          onToggle={(_, data) => setOpenItems(data.openItems.map(String))}
        >
          <AccordionItem value="mapping">
            <AccordionHeader
              size="small"
              className={styles.accordionHeader}
              data-testid="mapping-toggle"
            >
              {discovery.sheets.length > 1 ? "Sheet and column mapping" : "Column mapping"}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <Caption1 block>
                Choose the column that holds each field. Required fields are marked *.
              </Caption1>
              <MappingEditor
                discovery={discovery}
                choices={props.choices}
                disabled={props.busy}
                onChoose={props.onChoose}
                onChooseSheet={props.onChooseSheet}
                onReset={props.onResetMapping}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </Section>
  );
}
