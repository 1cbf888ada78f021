/** Reading the cells of one practice row, with findings that name the sheet, cell and header (SPEC §2.4). */
import { CellValue, cellText, columnLetters } from "./cells";
import { FindingList, cellReference } from "./dataQuality";
import type { FindingKind } from "./findingKinds";
import { PracticeField } from "./headers";
import { PracticeListLocation } from "./locatePracticeList";
import { CellReading, readText, textOrBlank } from "./values";
import { hasForbiddenCharacters, withoutForbiddenCharacters, xmlSafeText } from "./xmlText";

/** Column offset of every field, -1 when the field has no column. */
export type ColumnOffsets = Readonly<Record<PracticeField, number>>;

/**
 * Where each field is in a row.
 * @param location the practice list's sheet, header row and columns
 * @returns each field's column offset, -1 for a field without a column
 */
export function columnOffsets(location: PracticeListLocation): ColumnOffsets {
  const columns = location.mapping.columns;
  const offset = (field: PracticeField): number => columns[field] ?? -1;
  return {
    practiceCode: offset("practiceCode"),
    practiceName: offset("practiceName"),
    ccgCode: offset("ccgCode"),
    ccgName: offset("ccgName"),
    listSize: offset("listSize"),
    latitude: offset("latitude"),
    longitude: offset("longitude"),
    easting: offset("easting"),
    northing: offset("northing"),
    localAuthority: offset("localAuthority"),
    member: offset("member"),
    postcode: offset("postcode"),
  };
}

/**
 * Reads one row's cells with messages that name the sheet, cell and header. Clean cells are read without
 * allocating; a doubtful one goes through the readers of `values.ts`, which word the finding.
 */
export class RowReader {
  row: readonly CellValue[] = [];
  rowNumber = 0;
  /** The current row's coordinates, set by readCoordinates. */
  latitude: number | null = null;
  longitude: number | null = null;
  easting: number | null = null;
  northing: number | null = null;
  /**
   * The two numbers of the last pair read by readPair; null until then.
   */
  first: number | null = null;
  second: number | null = null;
  /** Scratch for projecting a position. */
  readonly grid = new Float64Array(2);
  private readonly columns: ColumnOffsets;

  constructor(
    private readonly location: PracticeListLocation,
    private readonly findings: FindingList
  ) {
    this.columns = columnOffsets(location);
  }

  cell(field: PracticeField): CellValue | undefined {
    const offset = this.columns[field];
    return offset < 0 ? undefined : this.row[offset];
  }

  has(field: PracticeField): boolean {
    return this.columns[field] >= 0;
  }

  header(offset: number): string {
    return this.location.headers[offset] ?? columnLetters(this.location.sheet.firstColumn + offset);
  }

  where(offset: number): string {
    const sheet = this.location.sheet;
    return cellReference(sheet.name, columnLetters(sheet.firstColumn + offset), this.rowNumber);
  }

  /** Record a finding about the cell of a field. */
  report(
    severity: "error" | "warning",
    kind: FindingKind,
    field: PracticeField,
    what: string,
    consequence: string
  ): void {
    const offset = this.columns[field];
    this.reportAt(severity, kind, offset < 0 ? 0 : offset, what, consequence);
  }

  /** Record a finding about the cell at a column offset. */
  reportAt(
    severity: "error" | "warning",
    kind: FindingKind,
    offset: number,
    what: string,
    consequence: string
  ): void {
    const header = this.header(offset);
    const value = xmlSafeText(cellText(this.row[offset]));
    const where = this.where(offset);
    const message =
      value === ""
        ? `${header} in ${where} is blank; ${consequence}`
        : `${header} '${value}' in ${where} ${what}; ${consequence}`;
    const sheet = this.location.sheet.name;
    if (severity === "error")
      this.findings.error(kind, sheet, this.rowNumber, header, value, message);
    else this.findings.warning(kind, sheet, this.rowNumber, header, value, message);
  }

  /** Text without the characters a workbook cannot hold; a warning names the cell when any are removed. */
  private cleanText(field: PracticeField, text: string): string {
    if (!hasForbiddenCharacters(text)) return text;
    const { text: clean, removed } = withoutForbiddenCharacters(text);
    this.report(
      "warning",
      "forbiddenCharacters",
      field,
      `holds ${removed} control or invalid character${removed === 1 ? "" : "s"} a workbook cannot store`,
      `${removed === 1 ? "it is" : "they are"} removed ('${clean.trim()}' is used)`
    );
    return clean.trim();
  }

  /** Required text (the codes): the trimmed text, or null after an error saying why it cannot be used. */
  requiredText(field: PracticeField, consequence: string): string | null {
    const raw = textOrBlank(this.cell(field));
    const text = raw === undefined || raw === "" ? raw : this.cleanText(field, raw);
    if (text !== undefined && text !== "") return text;
    const reading = readText(this.cell(field));
    const kind = field === "practiceCode" ? "practiceCodeMissing" : "ccgCodeMissing";
    this.report(
      "error",
      kind,
      field,
      reading.kind === "problem" ? reading.problem : "",
      consequence
    );
    return null;
  }

  /** Optional text: problems become warnings and the field is treated as blank. */
  optionalText(field: PracticeField): string | null {
    if (!this.has(field)) return null;
    const raw = textOrBlank(this.cell(field));
    const text = raw === undefined || raw === "" ? raw : this.cleanText(field, raw);
    if (text !== undefined) return text === "" ? null : text;
    const reading = readText(this.cell(field));
    if (reading.kind === "problem")
      this.report("warning", "textUnreadable", field, reading.problem, "treated as blank");
    return null;
  }

  /** A coordinate that cannot be used: a warning; true when the reading is not a value. */
  reportBadCoordinate(reading: CellReading<number>, field: PracticeField): boolean {
    if (reading.kind === "problem") {
      this.report(
        "warning",
        "coordinatesUnreadable",
        field,
        reading.problem,
        "the practice is left out of the geography"
      );
      return true;
    }
    if (reading.kind === "blank") {
      this.report(
        "warning",
        "coordinatesUnreadable",
        field,
        "",
        "the practice is left out of the geography"
      );
      return true;
    }
    return false;
  }
}
