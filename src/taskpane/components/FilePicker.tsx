/** Preview mode's file input: a labelled native file picker for .xlsx, .xlsm and .csv workbooks. */
import { Caption1, Field, makeStyles, tokens } from "@fluentui/react-components";
import type { ChangeEvent, MouseEvent } from "react";

const useStyles = makeStyles({
  input: {
    width: "100%",
    boxSizing: "border-box",
    padding: "6px",
    border: `1px dashed ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
    "::file-selector-button": {
      marginRight: "10px",
      padding: "5px 12px",
      border: "none",
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorBrandBackground,
      color: tokens.colorNeutralForegroundOnBrand,
      fontFamily: tokens.fontFamilyBase,
      fontWeight: tokens.fontWeightSemibold,
      cursor: "pointer",
    },
  },
});

/** Props of {@link FilePicker}. */
export interface FilePickerProps {
  readonly disabled: boolean;
  readonly onFile: (file: File) => void;
}

/** The file input (`data-testid="file-input"`). */
export function FilePicker({ disabled, onFile }: FilePickerProps): JSX.Element {
  const styles = useStyles();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file !== undefined) onFile(file);
  };
  // Picking the same file again (after changing it on disk) reads it again.
  const onClick = (event: MouseEvent<HTMLInputElement>) => {
    event.currentTarget.value = "";
  };
  return (
    <Field
      label="Workbook file"
      hint={
        <Caption1>
          An .xlsx, .xlsm or .csv file. It is read in this browser and never uploaded.
        </Caption1>
      }
    >
      {(fieldProps) => (
        <input
          {...fieldProps}
          type="file"
          className={styles.input}
          accept=".xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          disabled={disabled}
          onChange={onChange}
          onClick={onClick}
          data-testid="file-input"
        />
      )}
    </Field>
  );
}
