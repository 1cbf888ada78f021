/** Reading and validating practice rows (SPEC §2.1, §2.4). */
import { CellValue, cellText, columnLetters, isBlankCell } from "./cells";
import { PRACTICE_CODE_PATTERN, CCG_CODE_PATTERN, normaliseCcgCode, normalisePracticeCode } from "./codes";
import { FindingList, cellReference } from "./dataQuality";
import { PracticeField } from "./headers";
import { PracticeListLocation } from "./locatePracticeList";
import { Practice } from "./types";
import { CellReading, readNumber, readText, readWholeNumber, readYesNo } from "./values";
import {
  isInsideBritishNationalGrid,
  isInsideGreatBritain,
  looksSwapped,
  wgs84ToBritishNationalGrid,
} from "./geo/projection";

/** Practices that can be analysed, and every problem found on the way. */
export interface PracticeListReading {
  readonly practices: Practice[];
  readonly findings: FindingList;
  /** Rows that held something (not blank), including rejected ones. */
  readonly rowsRead: number;
}

/** Reports progress every so many rows (large inputs). */
export type ProgressCallback = (rowsDone: number, rowsTotal: number) => void;

interface Coordinates {
  latitude: number | null;
  longitude: number | null;
  easting: number | null;
  northing: number | null;
}

/** Reads one row's cells with messages that name the sheet, cell and header. */
class RowReader {
  row: readonly CellValue[] = [];
  rowNumber = 0;

  constructor(
    private readonly location: PracticeListLocation,
    private readonly findings: FindingList
  ) {}

  cell(field: PracticeField): CellValue | undefined {
    const offset = this.location.mapping.columns[field];
    return offset === undefined ? undefined : this.row[offset];
  }

  has(field: PracticeField): boolean {
    return this.location.mapping.columns[field] !== undefined;
  }

  header(offset: number): string {
    return this.location.headers[offset] ?? columnLetters(this.location.sheet.firstColumn + offset);
  }

  where(offset: number): string {
    const sheet = this.location.sheet;
    return cellReference(sheet.name, columnLetters(sheet.firstColumn + offset), this.rowNumber);
  }

  /** Record a finding about the cell of a field. */
  report(severity: "error" | "warning", field: PracticeField, what: string, consequence: string): void {
    const offset = this.location.mapping.columns[field] ?? 0;
    this.reportAt(severity, offset, what, consequence);
  }

  reportAt(severity: "error" | "warning", offset: number, what: string, consequence: string): void {
    const header = this.header(offset);
    const value = cellText(this.row[offset]);
    const where = this.where(offset);
    const message =
      value === "" ? `${header} in ${where} is blank; ${consequence}` : `${header} '${value}' in ${where} ${what}; ${consequence}`;
    const sheet = this.location.sheet.name;
    if (severity === "error") this.findings.error(sheet, this.rowNumber, header, value, message);
    else this.findings.warning(sheet, this.rowNumber, header, value, message);
  }

  /** Optional text: problems become warnings and the field is treated as blank. */
  optionalText(field: PracticeField): string | null {
    if (!this.has(field)) return null;
    const reading = readText(this.cell(field));
    if (reading.kind === "problem") {
      this.report("warning", field, reading.problem, "treated as blank");
      return null;
    }
    return reading.kind === "value" ? reading.value : null;
  }
}

/** Offsets of every mapped column and age/sex band, to tell blank rows quickly. */
function mappedOffsets(location: PracticeListLocation): number[] {
  const offsets: number[] = [];
  for (const offset of Object.values(location.mapping.columns)) if (offset !== undefined) offsets.push(offset);
  return [...offsets, ...location.mapping.ageSexBands];
}

/** True when every mapped cell of the row is blank (such rows are ignored quietly). */
function isBlankRow(row: readonly CellValue[], offsets: readonly number[]): boolean {
  for (const offset of offsets) if (!isBlankCell(row[offset])) return false;
  return true;
}

function readListSize(reader: RowReader, bands: readonly number[]): number | null {
  if (reader.has("listSize")) {
    const reading = readWholeNumber(reader.cell("listSize"));
    if (reading.kind === "value") return reading.value;
    if (reading.kind === "blank") reader.report("error", "listSize", "", "the practice is left out");
    else reader.report("error", "listSize", reading.problem, "the practice is left out");
    return null;
  }
  let total = 0;
  let anyValue = false;
  for (const offset of bands) {
    const reading = readWholeNumber(reader.row[offset]);
    if (reading.kind === "problem") {
      reader.reportAt("error", offset, reading.problem, "the practice is left out (list size is the sum of the age/sex bands)");
      return null;
    }
    if (reading.kind === "value") {
      total += reading.value;
      anyValue = true;
    }
  }
  if (!anyValue) {
    reader.reportAt("error", bands[0] ?? 0, "", "every age/sex band is blank; the practice is left out");
    return null;
  }
  return total;
}

function readPair(
  reader: RowReader,
  first: PracticeField,
  second: PracticeField
): { kind: "value"; a: number; b: number } | { kind: "blank" } | { kind: "problem" } {
  const a = readNumber(reader.cell(first));
  const b = readNumber(reader.cell(second));
  if (a.kind === "blank" && b.kind === "blank") return { kind: "blank" };
  const bad = (reading: CellReading<number>, field: PracticeField): boolean => {
    if (reading.kind === "problem") {
      reader.report("warning", field, reading.problem, "the practice is left out of the geography");
      return true;
    }
    if (reading.kind === "blank") {
      reader.report("warning", field, "", "the practice is left out of the geography");
      return true;
    }
    return false;
  };
  const badA = bad(a, first);
  const badB = bad(b, second);
  if (badA || badB || a.kind !== "value" || b.kind !== "value") return { kind: "problem" };
  return { kind: "value", a: a.value, b: b.value };
}

function readCoordinates(reader: RowReader): Coordinates {
  const none: Coordinates = { latitude: null, longitude: null, easting: null, northing: null };
  const hasGrid = reader.has("easting") && reader.has("northing");
  const hasDegrees = reader.has("latitude") && reader.has("longitude");
  if (hasGrid) {
    const grid = readPair(reader, "easting", "northing");
    if (grid.kind === "value") {
      if (isInsideBritishNationalGrid(grid.a, grid.b)) return { ...none, easting: grid.a, northing: grid.b };
      reader.report(
        "warning",
        "easting",
        `(northing ${grid.b}) is outside the British National Grid`,
        "the practice is left out of the geography"
      );
      return none;
    }
    if (grid.kind === "problem" || !hasDegrees) {
      if (grid.kind === "blank") reader.report("warning", "easting", "", "no coordinates: the practice counts in population but is left out of the geography");
      return none;
    }
  }
  if (!hasDegrees) return none;
  const degrees = readPair(reader, "latitude", "longitude");
  if (degrees.kind === "blank") {
    reader.report("warning", "latitude", "", "no coordinates: the practice counts in population but is left out of the geography");
    return none;
  }
  if (degrees.kind === "problem") return none;
  const latitude = degrees.a;
  const longitude = degrees.b;
  if (isInsideGreatBritain(latitude, longitude)) {
    const grid = wgs84ToBritishNationalGrid(latitude, longitude);
    return { latitude, longitude, easting: grid.easting, northing: grid.northing };
  }
  if (looksSwapped(latitude, longitude)) {
    reader.report(
      "warning",
      "latitude",
      `(longitude ${longitude}) looks swapped with the longitude`,
      "the practice is left out of the geography"
    );
  } else {
    reader.report(
      "warning",
      "latitude",
      `(longitude ${longitude}) is outside Great Britain`,
      "the practice is left out of the geography"
    );
  }
  return { ...none, latitude, longitude };
}

function readMember(reader: RowReader): boolean | null {
  if (!reader.has("member")) return null;
  const reading = readYesNo(reader.cell("member"));
  if (reading.kind === "value") return reading.value;
  if (reading.kind === "blank") reader.report("warning", "member", "", "treated as not signed up");
  else reader.report("warning", "member", reading.problem, "treated as not signed up");
  return false;
}

/**
 * Read and validate every practice row below the header row.
 * Rejected rows (duplicate or missing codes, unusable list sizes) become errors; doubtful values become
 * warnings; blank rows are ignored quietly.
 * @param location where the practice list is (see locatePracticeList)
 * @param onProgress called every 10,000 rows
 */
export function readPracticeList(location: PracticeListLocation, onProgress?: ProgressCallback): PracticeListReading {
  const findings = new FindingList();
  const reader = new RowReader(location, findings);
  const practices: Practice[] = [];
  const firstRowByCode = new Map<string, number>();
  const { sheet, headerIndex, mapping } = location;
  let rowsRead = 0;
  const offsets = mappedOffsets(location);
  const total = sheet.rows.length - headerIndex - 1;
  for (let index = headerIndex + 1; index < sheet.rows.length; index++) {
    if (onProgress !== undefined && (index - headerIndex) % 10_000 === 0) onProgress(index - headerIndex, total);
    const row = sheet.rows[index] ?? [];
    if (isBlankRow(row, offsets)) continue;
    rowsRead++;
    reader.row = row;
    reader.rowNumber = sheet.firstRow + index;

    const codeReading = readText(reader.cell("practiceCode"));
    if (codeReading.kind !== "value") {
      reader.report("error", "practiceCode", codeReading.kind === "problem" ? codeReading.problem : "", "the row is left out");
      continue;
    }
    const code = normalisePracticeCode(codeReading.value);
    const earlier = firstRowByCode.get(code);
    if (earlier !== undefined) {
      reader.report("error", "practiceCode", `repeats the practice of row ${earlier}`, "this later row is left out");
      continue;
    }
    firstRowByCode.set(code, reader.rowNumber);

    const ccgReading = readText(reader.cell("ccgCode"));
    if (ccgReading.kind !== "value") {
      reader.report("error", "ccgCode", ccgReading.kind === "problem" ? ccgReading.problem : "", "the practice is left out");
      continue;
    }
    const ccgCode = normaliseCcgCode(ccgReading.value);
    const listSize = readListSize(reader, mapping.ageSexBands);
    if (listSize === null) continue;

    if (!PRACTICE_CODE_PATTERN.test(code)) {
      reader.report("warning", "practiceCode", "is not a GP practice code like A81001", "the practice is still analysed");
    }
    if (!CCG_CODE_PATTERN.test(ccgCode)) {
      reader.report("warning", "ccgCode", "is not a CCG code like 07L", `the practice is analysed under '${ccgCode}'`);
    }
    const coordinates = readCoordinates(reader);
    practices.push({
      code,
      name: reader.optionalText("practiceName"),
      ccgCode,
      ccgName: reader.optionalText("ccgName"),
      listSize,
      latitude: coordinates.latitude,
      longitude: coordinates.longitude,
      easting: coordinates.easting,
      northing: coordinates.northing,
      localAuthority: reader.optionalText("localAuthority"),
      member: readMember(reader),
      postcode: reader.optionalText("postcode"),
      sheet: sheet.name,
      row: reader.rowNumber,
    });
  }
  return { practices, findings, rowsRead };
}
