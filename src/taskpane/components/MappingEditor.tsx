/** The editable column mapping: one dropdown per field listing the header row's headers, with "(none)". */
import { Button, Field, Select, makeStyles } from "@fluentui/react-components";
import { FIELD_LABELS, PRACTICE_FIELDS, PracticeField } from "../../engine/headers";
import type { InputDiscovery, MappingChoices } from "../state/discovery";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))",
    columnGap: "12px",
    rowGap: "8px",
  },
  footer: { display: "flex", justifyContent: "flex-end", marginTop: "6px" },
  sheet: { marginBottom: "8px", maxWidth: "320px" },
});

/** Fields the analysis cannot do without (list size may come from age/sex bands instead). */
const REQUIRED: ReadonlySet<PracticeField> = new Set(["practiceCode", "ccgCode", "listSize"]);

const NONE = "";

function label(field: PracticeField): string {
  const text = FIELD_LABELS[field];
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Props of {@link MappingEditor}. */
export interface MappingEditorProps {
  readonly discovery: InputDiscovery;
  readonly choices: MappingChoices;
  readonly disabled: boolean;
  readonly onChoose: (field: PracticeField, header: string | null) => void;
  /** Choose the sheet holding the practice list. */
  readonly onChooseSheet: (sheet: string) => void;
  readonly onReset: () => void;
}

/** The sheet picker, when more than one sheet has headers: the practice list may be on another one. */
function SheetPicker({
  discovery,
  disabled,
  onChooseSheet,
}: Pick<MappingEditorProps, "discovery" | "disabled" | "onChooseSheet">): JSX.Element | null {
  const styles = useStyles();
  if (discovery.sheets.length < 2) return null;
  const current = discovery.chosenSheet ?? discovery.practiceSheet ?? NONE;
  return (
    <Field
      className={styles.sheet}
      label="Sheet with the practice list"
      size="small"
      hint={
        discovery.chosenSheet === null && discovery.practiceSheet !== null
          ? "Found by its headers; choose another sheet if the list is elsewhere."
          : undefined
      }
    >
      <Select
        size="small"
        value={current}
        disabled={disabled}
        data-testid="mapping-sheet"
        onChange={(_, data) => {
          if (data.value !== NONE) onChooseSheet(data.value);
        }}
      >
        {current === NONE && <option value={NONE}>(choose a sheet)</option>}
        {discovery.sheets.map((sheet) => (
          <option key={sheet} value={sheet}>
            {sheet}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The dropdowns (`data-testid="mapping-<field>"`), showing the header each field uses now. */
export function MappingEditor({
  discovery,
  choices,
  disabled,
  onChoose,
  onChooseSheet,
  onReset,
}: MappingEditorProps): JSX.Element {
  const styles = useStyles();
  return (
    <div>
      <SheetPicker discovery={discovery} disabled={disabled} onChooseSheet={onChooseSheet} />
      <div className={styles.grid}>
        {PRACTICE_FIELDS.map((field) => {
          const current = discovery.fieldHeaders[field];
          const bands = field === "listSize" && current === null && discovery.ageSexBands > 0;
          // Only the required fields still without a column are marked.
          const missing = REQUIRED.has(field) && current === null && !bands;
          return (
            <Field
              key={field}
              label={label(field)}
              required={REQUIRED.has(field) && !bands}
              size="small"
              hint={bands ? `Sum of ${discovery.ageSexBands} age/sex bands` : undefined}
              validationState={missing ? "error" : "none"}
              validationMessage={missing ? "Not recognised: choose its column" : undefined}
            >
              <Select
                size="small"
                value={current ?? NONE}
                disabled={disabled}
                data-testid={`mapping-${field}`}
                onChange={(_, data) => onChoose(field, data.value === NONE ? null : data.value)}
              >
                <option value={NONE}>(none)</option>
                {discovery.headers.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      {(Object.keys(choices).length > 0 || discovery.chosenSheet !== null) && (
        <div className={styles.footer}>
          <Button size="small" appearance="subtle" onClick={onReset} disabled={disabled}>
            Use the recognised headers
          </Button>
        </div>
      )}
    </div>
  );
}
