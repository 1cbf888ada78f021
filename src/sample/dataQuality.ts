/**
 * The deliberate data-quality problems planted in the sample's Practices sheet, at fixed Excel
 * rows so that tests of the reader and the Data Quality output can refer to them.
 */

import type { CellValue } from "../engine/cells";

/** What is wrong in a planted row. */
export type SampleDataQualityKind =
  | "list-size-not-a-number"
  | "list-size-not-whole"
  | "missing-ccg-code"
  | "coordinates-swapped"
  | "no-coordinates"
  | "malformed-practice-code"
  | "duplicate-practice-code"
  | "blank-row";

/** One planted problem. */
export interface SampleDataQualityCase {
  readonly kind: SampleDataQualityKind;
  readonly sheet: "Practices";
  /** Excel row number (the header is row 1). */
  readonly row: number;
  /** Header of the affected column; null for a whole-row problem. */
  readonly column: string | null;
  /** The cell value written, when it is the same in every sample (otherwise undefined). */
  readonly value?: CellValue;
  /** For the duplicate: the earlier row whose practice code it repeats (the whole row is a copy). */
  readonly duplicateOfRow?: number;
  readonly description: string;
}

/** Fewest practices a sample needs for the planted problems (it also needs more than two per CCG). */
export const MIN_PRACTICES_FOR_DATA_QUALITY_CASES = 20;

/**
 * The planted problems, present whenever the sample has at least
 * {@link MIN_PRACTICES_FOR_DATA_QUALITY_CASES} practices and more than two per CCG (the duplicate
 * row counts among the requested practices). All other rows are clean.
 */
export const SAMPLE_DATA_QUALITY_CASES: readonly SampleDataQualityCase[] = [
  {
    kind: "list-size-not-a-number",
    sheet: "Practices",
    row: 5,
    column: "List size",
    value: "n/a",
    description: "List size is the text 'n/a'.",
  },
  {
    kind: "list-size-not-whole",
    sheet: "Practices",
    row: 7,
    column: "List size",
    value: 4871.5,
    description: "List size 4871.5 is not a whole number.",
  },
  {
    kind: "missing-ccg-code",
    sheet: "Practices",
    row: 9,
    column: "CCG code",
    value: null,
    description: "CCG code is blank (the CCG name is still filled in).",
  },
  {
    kind: "coordinates-swapped",
    sheet: "Practices",
    row: 11,
    column: "Latitude",
    description:
      "Latitude and longitude are swapped (latitude holds about -5…2, longitude about 50…56).",
  },
  {
    kind: "no-coordinates",
    sheet: "Practices",
    row: 13,
    column: "Latitude",
    value: null,
    description: "Latitude and longitude are both blank.",
  },
  {
    kind: "no-coordinates",
    sheet: "Practices",
    row: 14,
    column: "Latitude",
    value: null,
    description: "Latitude and longitude are both blank.",
  },
  {
    kind: "malformed-practice-code",
    sheet: "Practices",
    row: 16,
    column: "Practice code",
    value: "A8100",
    description: "Practice code 'A8100' has one digit too few.",
  },
  {
    kind: "duplicate-practice-code",
    sheet: "Practices",
    row: 18,
    column: "Practice code",
    duplicateOfRow: 3,
    description: "The whole of row 3 repeated: same practice code, name and list size.",
  },
  {
    kind: "blank-row",
    sheet: "Practices",
    row: 21,
    column: null,
    description:
      "An empty row between practices (a reader that stops at the first blank row loses nearly all of them).",
  },
];

/** Column positions in the Practices sheet. */
export const PRACTICE_COLUMNS = {
  code: 0,
  name: 1,
  ccgCode: 2,
  ccgName: 3,
  listSize: 4,
  postcode: 5,
  latitude: 6,
  longitude: 7,
  localAuthority: 8,
  member: 9,
} as const;

/** Headers of the Practices sheet, in column order. */
export const PRACTICE_HEADERS = [
  "Practice code",
  "Practice name",
  "CCG code",
  "CCG name",
  "List size",
  "Postcode",
  "Latitude",
  "Longitude",
  "Local authority",
  "Member",
] as const;

/**
 * Rows (0-based data positions, i.e. Excel row − 2) of practices whose cells get a planted problem,
 * before the duplicate and blank rows are inserted.
 */
export const PLANTED_PRACTICE_POSITIONS: readonly number[] = SAMPLE_DATA_QUALITY_CASES.filter(
  (c) => c.kind !== "duplicate-practice-code" && c.kind !== "blank-row"
).map((c) => c.row - 2);

/**
 * Plants the problems into practice rows (in place) and inserts the duplicate and the blank row.
 * @param rows Clean practice rows in sheet order (no header), at least 19 of them.
 * @returns The rows to write, header excluded.
 */
export function plantDataQualityCases(rows: CellValue[][]): CellValue[][] {
  const at = (excelRow: number): CellValue[] => {
    const row = rows[excelRow - 2];
    if (row === undefined)
      throw new Error(`The sample has no Practices row ${excelRow} to plant a problem in`);
    return row;
  };
  let duplicate: { before: number; of: number } | null = null;
  let blankBefore: number | null = null;
  for (const planted of SAMPLE_DATA_QUALITY_CASES) {
    const row =
      planted.kind === "duplicate-practice-code" || planted.kind === "blank-row"
        ? null
        : at(planted.row);
    switch (planted.kind) {
      case "list-size-not-a-number":
      case "list-size-not-whole":
        (row as CellValue[])[PRACTICE_COLUMNS.listSize] = planted.value ?? null;
        break;
      case "missing-ccg-code":
        (row as CellValue[])[PRACTICE_COLUMNS.ccgCode] = null;
        break;
      case "coordinates-swapped": {
        const r = row as CellValue[];
        [r[PRACTICE_COLUMNS.latitude], r[PRACTICE_COLUMNS.longitude]] = [
          r[PRACTICE_COLUMNS.longitude] ?? null,
          r[PRACTICE_COLUMNS.latitude] ?? null,
        ];
        break;
      }
      case "no-coordinates":
        (row as CellValue[])[PRACTICE_COLUMNS.latitude] = null;
        (row as CellValue[])[PRACTICE_COLUMNS.longitude] = null;
        break;
      case "malformed-practice-code":
        (row as CellValue[])[PRACTICE_COLUMNS.code] = planted.value ?? null;
        break;
      case "duplicate-practice-code":
        duplicate = { before: planted.row - 2, of: planted.duplicateOfRow ?? 2 };
        break;
      case "blank-row":
        blankBefore = planted.row - 2;
        break;
    }
  }
  const result = [...rows];
  if (duplicate !== null) {
    const { before, of } = duplicate;
    result.splice(before, 0, [...at(of)]);
  }
  if (blankBefore !== null)
    result.splice(
      blankBefore,
      0,
      PRACTICE_HEADERS.map(() => null)
    );
  return result;
}
