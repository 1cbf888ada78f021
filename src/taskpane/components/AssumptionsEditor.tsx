/** Section 2, Assumptions: every SPEC §2.3 value, grouped, editable, written to the workbook on request. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ASSUMPTION_DEFINITIONS, ASSUMPTION_KEYS, AssumptionKey } from "../../engine/assumptions";
import type { AssumptionsReading } from "../../engine/readAssumptions";
import type { AssumptionEdits, CheckedAssumptions } from "../state/assumptionEdits";
import { assumptionInUse } from "../state/assumptionEdits";
import type { PaneMessage } from "../state/paneState";
import { Section } from "./Section";

const useStyles = makeStyles({
  source: { color: tokens.colorNeutralForeground3 },
  fields: { display: "flex", flexDirection: "column", rowGap: "10px", padding: "2px 0 8px" },
  field: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 104px",
    columnGap: "10px",
    alignItems: "start",
  },
  key: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  edited: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  input: { width: "104px" },
  message: { gridColumnStart: 1, gridColumnEnd: 3 },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "6px" },
  accordionHeader: { marginLeft: "-12px" },
});

/** The editor's groups, in the order an analyst thinks of them. */
export const ASSUMPTION_GROUPS: readonly {
  readonly title: string;
  readonly keys: readonly AssumptionKey[];
}[] = [
  {
    title: "Running costs",
    keys: ["rca_per_head", "fixed_costs", "support_per_head", "headroom_amber_share"],
  },
  { title: "Size", keys: ["population_red_below", "population_amber_below", "list_size_max"] },
  {
    title: "Geography",
    keys: [
      "detached_amber_share",
      "detached_red_share",
      "embedded_amber_share",
      "bridge_km",
      "dispersion_amber_km",
      "dispersion_red_km",
    ],
  },
  {
    title: "Local authorities and membership",
    keys: ["coterminosity_margin_share", "membership_red_below"],
  },
  { title: "Codes that are not CCGs", keys: ["include_non_ccg"] },
  {
    title: "Sensitivity and authorisation",
    keys: [
      "sensitivity_from",
      "sensitivity_to",
      "sensitivity_step",
      "directions_not_met_share",
      "refuse_not_met_share",
    ],
  },
];

/** What a ticked switch means, in words (the sheet's description explains 0 and 1). */
const SWITCH_LABELS: Partial<Record<AssumptionKey, string>> = {
  include_non_ccg: "Rate codes that are not CCGs (area teams, councils, trusts) as CCGs",
};

/** Keys no group lists (none today), shown last so a new assumption is never hidden. */
const UNGROUPED = ASSUMPTION_KEYS.filter(
  (key) => !ASSUMPTION_GROUPS.some((group) => group.keys.includes(key))
);

/** Props of {@link AssumptionsEditor}. */
export interface AssumptionsEditorProps {
  readonly kind: "excel" | "preview";
  readonly reading: AssumptionsReading | null;
  readonly edits: AssumptionEdits;
  readonly checked: CheckedAssumptions;
  /** BCP 47 locale the numbers are typed in and shown. */
  readonly locale: string;
  readonly busy: boolean;
  readonly saving: boolean;
  readonly messages: readonly PaneMessage[];
  readonly onDismiss: (message: PaneMessage) => void;
  readonly onEdit: (key: AssumptionKey, text: string) => void;
  readonly onReset: () => void;
  readonly onSave: () => void;
}

/** An assumption's words, then its key (marked when edited here). */
function FieldLabel(props: {
  readonly text: string;
  readonly assumptionKey: AssumptionKey;
  readonly edited: boolean;
}): JSX.Element {
  const styles = useStyles();
  return (
    <>
      {props.text}
      <br />
      <span className={props.edited ? styles.edited : styles.key}>
        {props.assumptionKey}
        {props.edited ? " · edited" : ""}
      </span>
    </>
  );
}

function AssumptionField(props: {
  readonly assumptionKey: AssumptionKey;
  readonly text: string;
  readonly edited: boolean;
  readonly problem: string | undefined;
  /** Why the value in use deserves a second look (it is still used). */
  readonly question: string | undefined;
  /** The value in use, as shown beside the box ("£22.50 per head"). */
  readonly inUse: string;
  readonly disabled: boolean;
  readonly onEdit: (key: AssumptionKey, text: string) => void;
}): JSX.Element {
  const styles = useStyles();
  const { assumptionKey: key } = props;
  const testId = `assumption-${key}`;
  // A 0/1 switch is a checkbox (its value in force is the box's state).
  if (ASSUMPTION_DEFINITIONS[key].switch === true) {
    return (
      <Field
        size="small"
        validationMessage={props.problem}
        validationState={props.problem === undefined ? "none" : "error"}
      >
        <Checkbox
          checked={props.text.trim() === "1"}
          disabled={props.disabled}
          data-testid={testId}
          label={
            <FieldLabel
              text={SWITCH_LABELS[key] ?? ASSUMPTION_DEFINITIONS[key].description}
              assumptionKey={key}
              edited={props.edited}
            />
          }
          onChange={(_, data) => props.onEdit(key, data.checked === true ? "1" : "0")}
        />
      </Field>
    );
  }
  return (
    <Field
      className={styles.field}
      orientation="horizontal"
      size="small"
      label={{
        children: (
          <FieldLabel
            text={ASSUMPTION_DEFINITIONS[key].description}
            assumptionKey={key}
            edited={props.edited}
          />
        ),
      }}
      validationMessage={
        props.problem !== undefined
          ? { className: styles.message, children: props.problem }
          : props.question !== undefined
            ? { className: styles.message, children: props.question }
            : undefined
      }
      validationState={
        props.problem !== undefined ? "error" : props.question !== undefined ? "warning" : "none"
      }
      hint={{
        className: styles.message,
        children: (
          <span data-testid={`${testId}-in-use`}>
            {props.problem === undefined ? `In use: ${props.inUse}` : "Not usable"}
          </span>
        ),
      }}
    >
      <Input
        className={styles.input}
        size="small"
        inputMode="decimal"
        value={props.text}
        disabled={props.disabled}
        data-testid={testId}
        onChange={(_, data) => props.onEdit(key, data.value)}
      />
    </Field>
  );
}

/** The assumptions editor. */
export function AssumptionsEditor(props: AssumptionsEditorProps): JSX.Element {
  const styles = useStyles();
  const { checked, edits } = props;
  const editedCount = Object.keys(checked.overrides).length;
  const sheetName = props.reading?.sheetName ?? null;
  const source =
    sheetName === null
      ? "Defaults: the workbook has no Assumptions sheet."
      : `From the sheet '${sheetName}'.`;
  const groups =
    UNGROUPED.length > 0
      ? [...ASSUMPTION_GROUPS, { title: "Other", keys: UNGROUPED }]
      : ASSUMPTION_GROUPS;
  const hasEdits = Object.keys(edits).length > 0;
  return (
    <Section
      id="assumptions"
      step={2}
      title="Assumptions"
      messages={props.messages}
      onDismiss={props.onDismiss}
    >
      <Caption1 className={styles.source}>
        {source}
        {editedCount > 0 ? ` ${editedCount} changed here.` : ""}
      </Caption1>
      <Accordion multiple collapsible>
        {groups.map((group) => (
          <AccordionItem key={group.title} value={group.title}>
            <AccordionHeader size="small" className={styles.accordionHeader}>
              {group.title}
              {group.keys.some((key) => checked.fieldProblems[key] !== undefined)
                ? " (check the values)"
                : ""}
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.fields}>
                {group.keys.map((key) => (
                  <AssumptionField
                    key={key}
                    assumptionKey={key}
                    text={edits[key] ?? String(checked.values[key])}
                    edited={checked.overrides[key] !== undefined}
                    problem={checked.fieldProblems[key]}
                    question={checked.fieldQuestions[key]}
                    inUse={assumptionInUse(key, checked.values[key], props.locale)}
                    disabled={props.busy}
                    onEdit={props.onEdit}
                  />
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {checked.orderProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>Check these values: {checked.orderProblems.join("; ")}.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          size="small"
          onClick={props.onSave}
          disabled={props.busy || props.saving || props.reading === null || !checked.usable}
          data-testid="save-assumptions"
        >
          {props.saving
            ? "Writing…"
            : props.kind === "excel"
              ? "Write to the Assumptions sheet"
              : "Put in the download"}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          onClick={props.onReset}
          disabled={props.busy || !hasEdits}
        >
          Undo changes
        </Button>
      </div>
    </Section>
  );
}
