/** Building data-quality findings (SPEC §2.4) with cell references users can find. */
import type { FindingKind } from "./findingKinds";
import { DataQualityFinding } from "./types";

/** Collects findings in input order. */
export class FindingList {
  readonly findings: DataQualityFinding[] = [];

  /** An error: the row (or value) is not used. */
  error(
    kind: FindingKind,
    sheet: string,
    row: number | null,
    column: string | null,
    value: string,
    message: string
  ): void {
    this.findings.push({ severity: "error", sheet, row, column, value, message, kind });
  }

  /** A warning: the row is used, with the consequence stated in the message. */
  warning(
    kind: FindingKind,
    sheet: string,
    row: number | null,
    column: string | null,
    value: string,
    message: string
  ): void {
    this.findings.push({ severity: "warning", sheet, row, column, value, message, kind });
  }
}

/**
 * An A1-style reference a user can type into the Name Box, e.g. `Practices!E12` or `'My list'!E12`.
 */
export function cellReference(sheet: string, column: string, row: number): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${column}${row}`;
}
