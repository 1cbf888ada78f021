/** Reading and validating practice rows (SPEC §2.1, §2.4). */
import { CellValue, isBlankCell } from "./cells";
import {
  CCG_CODE_PATTERN,
  PRACTICE_CODE_PATTERN,
  normaliseCcgCode,
  normalisePracticeCode,
} from "./codes";
import { FindingList } from "./dataQuality";
import { PracticeListLocation } from "./locatePracticeList";
import { RowReader } from "./practiceRowReader";
import { readCoordinates } from "./readPracticeCoordinates";
import { PracticeTable, PracticeTableBuilder } from "./practiceTable";
import { isPlainWholeNumber, readWholeNumber, readYesNo } from "./values";

/** Practices that can be analysed, and every problem found on the way. */
export interface PracticeListReading {
  readonly practices: PracticeTable;
  readonly findings: FindingList;
  /** Rows that held something (not blank), including rejected ones. */
  readonly rowsRead: number;
}

/** Reports progress every so many rows (large inputs). */
export type ProgressCallback = (rowsDone: number, rowsTotal: number) => void;

/** Offsets of every mapped column and age/sex band, to tell blank rows quickly. */
function mappedOffsets(location: PracticeListLocation): number[] {
  const offsets: number[] = [];
  for (const offset of Object.values(location.mapping.columns))
    if (offset !== undefined) offsets.push(offset);
  return [...offsets, ...location.mapping.ageSexBands];
}

/** True when every mapped cell of the row is blank (such rows are ignored quietly). */
function isBlankRow(row: readonly CellValue[], offsets: readonly number[]): boolean {
  for (const offset of offsets) if (!isBlankCell(row[offset])) return false;
  return true;
}

function readListSize(reader: RowReader, bands: readonly number[]): number | null {
  if (reader.has("listSize")) {
    const cell = reader.cell("listSize");
    if (isPlainWholeNumber(cell)) return cell;
    const reading = readWholeNumber(cell);
    if (reading.kind === "value") return reading.value;
    if (reading.kind === "blank")
      reader.report("error", "listSizeUnusable", "listSize", "", "the practice is left out");
    else
      reader.report(
        "error",
        "listSizeUnusable",
        "listSize",
        reading.problem,
        "the practice is left out"
      );
    return null;
  }
  let total = 0;
  let anyValue = false;
  for (const offset of bands) {
    const cell = reader.row[offset];
    if (isPlainWholeNumber(cell)) {
      total += cell;
      anyValue = true;
      continue;
    }
    const reading = readWholeNumber(cell);
    if (reading.kind === "problem") {
      reader.reportAt(
        "error",
        "listSizeUnusable",
        offset,
        reading.problem,
        "the practice is left out (list size is the sum of the age/sex bands)"
      );
      return null;
    }
    if (reading.kind === "value") {
      total += reading.value;
      anyValue = true;
    }
  }
  if (!anyValue) {
    reader.reportAt(
      "error",
      "listSizeUnusable",
      bands[0] ?? 0,
      "",
      "every age/sex band is blank; the practice is left out"
    );
    return null;
  }
  return total;
}

/** Whether the practice is signed up (1) or not (0); the list has a member column. */
function readMember(reader: RowReader): 0 | 1 {
  const reading = readYesNo(reader.cell("member"));
  if (reading.kind === "value") return reading.value ? 1 : 0;
  const problem = reading.kind === "blank" ? "" : reading.problem;
  reader.report("warning", "memberUnreadable", "member", problem, "treated as not signed up");
  return 0;
}

/** A coordinate read by readCoordinates, NaN for none. */
const orNaN = (value: number | null): number => (value === null ? Number.NaN : value);

/**
 * Rows below the practice list's header: the most practices it can hold.
 * @param location where the practice list is
 * @returns the number of rows (0 when none)
 * @example const rows = practiceRowCapacity(locatePracticeList(workbook));
 */
export function practiceRowCapacity(location: PracticeListLocation): number {
  return Math.max(location.sheet.rows.length - location.headerIndex - 1, 0);
}

/**
 * Read and validate every practice row below the header row.
 * Rejected rows (duplicate or missing codes, unusable list sizes) become errors; doubtful values become
 * warnings; blank rows are ignored quietly.
 * @param location where the practice list is (see locatePracticeList)
 * A practice code counts as seen only once its row is accepted: a later row with the same code is a
 * repeat of that accepted row, while a rejected row (say, a list size of 'n/a') holds its code for no one.
 * @param location where the practice list is (see locatePracticeList)
 * @param onProgress called every 10,000 rows
 */
export function readPracticeList(
  location: PracticeListLocation,
  onProgress?: ProgressCallback
): PracticeListReading {
  const findings = new FindingList();
  const reader = new RowReader(location, findings);
  const { sheet, headerIndex, mapping } = location;
  let rowsRead = 0;
  const offsets = mappedOffsets(location);
  const total = practiceRowCapacity(location);
  const table = new PracticeTableBuilder(sheet.name, Math.max(total, 0), {
    name: reader.has("practiceName"),
    ccgName: reader.has("ccgName"),
    localAuthority: reader.has("localAuthority"),
    member: reader.has("member"),
    postcode: reader.has("postcode"),
  });
  /** The row of each accepted practice code. */
  const acceptedRowByCode = new Map<string, number>();
  // Neighbouring rows usually share a CCG: its code is checked once per run of rows.
  let lastCcgCode: string | null = null;
  let lastCcgCodeIsValid = false;
  for (let index = headerIndex + 1; index < sheet.rows.length; index++) {
    if (onProgress !== undefined && (index - headerIndex) % 10_000 === 0)
      onProgress(index - headerIndex, total);
    const row = sheet.rows[index] ?? [];
    if (isBlankRow(row, offsets)) continue;
    rowsRead++;
    reader.row = row;
    reader.rowNumber = sheet.firstRow + index;

    const codeText = reader.requiredText("practiceCode", "the row is left out");
    if (codeText === null) continue;
    const code = normalisePracticeCode(codeText);
    const earlier = acceptedRowByCode.get(code);
    if (earlier !== undefined) {
      reader.report(
        "error",
        "practiceRepeated",
        "practiceCode",
        `repeats the practice of row ${earlier}`,
        "this later row is left out"
      );
      continue;
    }

    const ccgText = reader.requiredText("ccgCode", "the practice is left out");
    if (ccgText === null) continue;
    const ccgCode = normaliseCcgCode(ccgText);
    const listSize = readListSize(reader, mapping.ageSexBands);
    if (listSize === null) continue;
    acceptedRowByCode.set(code, reader.rowNumber);

    if (!PRACTICE_CODE_PATTERN.test(code)) {
      reader.report(
        "warning",
        "practiceCodeUnusual",
        "practiceCode",
        "is not a GP practice code like A81001",
        "the practice is still analysed"
      );
    }
    if (ccgCode !== lastCcgCode) {
      lastCcgCodeIsValid = CCG_CODE_PATTERN.test(ccgCode);
      lastCcgCode = ccgCode;
    }
    if (!lastCcgCodeIsValid) {
      reader.report(
        "warning",
        "notCcgCodeOnPractice",
        "ccgCode",
        "is not a CCG code like 07L",
        `the practice is analysed under '${ccgCode}'`
      );
    }
    readCoordinates(reader);
    const at = table.count++;
    table.code[at] = code;
    if (table.name !== null) table.name[at] = reader.optionalText("practiceName");
    table.ccgCode[at] = ccgCode;
    if (table.ccgName !== null) table.ccgName[at] = reader.optionalText("ccgName");
    table.listSize[at] = listSize;
    table.latitude[at] = orNaN(reader.latitude);
    table.longitude[at] = orNaN(reader.longitude);
    table.easting[at] = orNaN(reader.easting);
    table.northing[at] = orNaN(reader.northing);
    if (table.localAuthority !== null)
      table.localAuthority[at] = reader.optionalText("localAuthority");
    if (table.member !== null) table.member[at] = readMember(reader);
    if (table.postcode !== null) table.postcode[at] = reader.optionalText("postcode");
    table.row[at] = reader.rowNumber;
  }
  return { practices: table.finish(), findings, rowsRead };
}
