/** Section 6, Write: which output sheets to write, and (preview mode) the analysed workbook to download. */
import { Button, Caption1, Checkbox, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { OutputSheetName } from "../../output/report/outputTable";
import type { PaneMessage } from "../state/paneState";
import { WRITABLE_SHEETS } from "../state/paneState";
import { Section } from "./Section";

const useStyles = makeStyles({
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))",
  },
  legend: {
    padding: 0,
    marginBottom: "2px",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  buttons: {
    display: "flex",
    alignItems: "center",
    columnGap: "12px",
    flexWrap: "wrap",
    rowGap: "6px",
  },
  download: {
    display: "inline-flex",
    alignItems: "center",
    padding: "5px 12px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
});

/** What each sheet holds, for the checkbox hints. */
const SHEET_HINTS: Readonly<Record<OutputSheetName, string>> = {
  "CCG Summary": "one row per CCG",
  "Practice Detail": "one row per practice",
  "Data Quality": "every problem found",
  Assumptions: "the values used",
  Sensitivity: "headroom at each £ per head, as formulas",
};

/** `data-testid` of a sheet's checkbox, e.g. `write-sheet-ccg-summary`. */
export function sheetCheckboxTestId(sheet: OutputSheetName): string {
  return `write-sheet-${sheet.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

/** Props of {@link WriteSection}. */
export interface WriteSectionProps {
  readonly kind: "excel" | "preview";
  readonly canWrite: boolean;
  readonly writing: boolean;
  readonly sheets: readonly OutputSheetName[];
  readonly download: { readonly url: string; readonly fileName: string } | null;
  readonly messages: readonly PaneMessage[];
  readonly onDismiss: (message: PaneMessage) => void;
  readonly onToggle: (sheet: OutputSheetName, wanted: boolean) => void;
  readonly onWrite: () => void;
}

/** Checkboxes, the write button (`data-testid="write-button"`) and the download link (`data-testid="download-link"`). */
export function WriteSection(props: WriteSectionProps): JSX.Element {
  const styles = useStyles();
  const label = props.kind === "excel" ? "Write sheets" : "Add sheets to the workbook";
  // Preview: one click writes and downloads. The link stays for a second copy; a download refreshed by
  // something else (saving assumptions into it) is not pushed at the user.
  const link = useRef<HTMLAnchorElement>(null);
  const wroteNow = useRef(false);
  const downloadUrl = props.download?.url ?? null;
  useEffect(() => {
    if (downloadUrl === null || !wroteNow.current) return;
    wroteNow.current = false;
    link.current?.click();
  }, [downloadUrl]);
  const onWrite = () => {
    wroteNow.current = props.kind === "preview";
    props.onWrite();
  };
  return (
    <Section
      id="write"
      step={6}
      title="Write"
      messages={props.messages}
      onDismiss={props.onDismiss}
    >
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Sheets to write</legend>
        {WRITABLE_SHEETS.map((sheet) => (
          <Checkbox
            key={sheet}
            label={
              <>
                {sheet} <Caption1>({SHEET_HINTS[sheet]})</Caption1>
              </>
            }
            checked={props.sheets.includes(sheet)}
            disabled={props.writing}
            data-testid={sheetCheckboxTestId(sheet)}
            onChange={(_, data) => props.onToggle(sheet, data.checked === true)}
          />
        ))}
      </fieldset>
      <Caption1>
        {props.kind === "excel"
          ? "CCG Footprint replaces only sheets it wrote before; a sheet of yours with the same name is left untouched."
          : "The sheets are added to a copy of your file in this browser; your file is not changed."}
      </Caption1>
      <div className={styles.buttons}>
        <Button
          appearance={props.kind === "excel" ? "primary" : "secondary"}
          onClick={onWrite}
          disabled={!props.writing && (!props.canWrite || props.sheets.length === 0)}
          // While it writes the button keeps the focus (a disabled button would drop it to the page).
          disabledFocusable={props.writing}
          data-testid="write-button"
        >
          {props.writing ? "Writing…" : label}
        </Button>
        {props.kind === "preview" && props.download !== null && (
          <Link
            ref={link}
            className={styles.download}
            href={props.download.url}
            download={props.download.fileName}
            data-testid="download-link"
          >
            Download {props.download.fileName}
          </Link>
        )}
      </div>
      {!props.canWrite && <Caption1>Analyse first; then the results can be written.</Caption1>}
    </Section>
  );
}
