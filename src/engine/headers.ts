/**
 * Header recognition (SPEC §2.1): which column holds which field, whatever the user called it.
 * Headers are compared with case, spaces, `_` and punctuation ignored.
 */
import { CellValue, cellText } from "./cells";

/** The fields of a practice list. */
export type PracticeField =
  | "practiceCode"
  | "practiceName"
  | "ccgCode"
  | "ccgName"
  | "listSize"
  | "latitude"
  | "longitude"
  | "easting"
  | "northing"
  | "localAuthority"
  | "member"
  | "postcode";

/** Every practice field, in the order they are shown to users. */
export const PRACTICE_FIELDS: readonly PracticeField[] = [
  "practiceCode",
  "practiceName",
  "ccgCode",
  "ccgName",
  "listSize",
  "latitude",
  "longitude",
  "easting",
  "northing",
  "localAuthority",
  "member",
  "postcode",
];

/** How each field is named to users (messages, the task pane's mapping, Data Quality). */
export const FIELD_LABELS: Readonly<Record<PracticeField, string>> = {
  practiceCode: "practice code",
  practiceName: "practice name",
  ccgCode: "CCG code",
  ccgName: "CCG name",
  listSize: "list size",
  latitude: "latitude",
  longitude: "longitude",
  easting: "easting",
  northing: "northing",
  localAuthority: "local authority",
  member: "member",
  postcode: "postcode",
};

/** Headers recognised for each field (at least those of SPEC §2.1), before normalisation. */
export const FIELD_SYNONYMS: Readonly<Record<PracticeField, readonly string[]>> = {
  practiceCode: [
    "practice code",
    "practice",
    "code",
    "ods code",
    "org code",
    "organisation code",
    "organization code",
    "practice ods code",
    "gp practice code",
    "gp code",
    "practice id",
  ],
  practiceName: ["practice name", "name", "gp practice name", "organisation name"],
  ccgCode: [
    "ccg code",
    "ccg",
    "commissioner",
    "commissioner code",
    "pco code",
    "parent ods code",
    "ccg ods code",
    "parent code",
    "parent organisation code",
  ],
  ccgName: ["ccg name", "pco name", "parent name", "commissioner name", "parent organisation name"],
  listSize: [
    "list size",
    "registered patients",
    "patients",
    "number of patients",
    "population",
    "total list size",
    "number of registered patients",
    "registered population",
    "total patients",
  ],
  latitude: ["latitude", "lat"],
  longitude: ["longitude", "long", "lon", "lng"],
  easting: ["easting", "eastings", "oseast1m", "x easting"],
  northing: ["northing", "northings", "osnrth1m", "y northing"],
  localAuthority: [
    "local authority",
    "la",
    "la code",
    "lad",
    "lad code",
    "council",
    "local authority code",
    "local authority district",
    "lad16cd",
  ],
  member: ["member", "member practice", "signed up", "membership"],
  postcode: ["postcode", "post code"],
};

/**
 * A header reduced for comparison: lower case, without spaces, `_` or punctuation.
 * @example normaliseHeader("List_Size (patients)") // "listsizepatients"
 */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

const SYNONYM_LOOKUP: ReadonlyMap<string, PracticeField> = (() => {
  const lookup = new Map<string, PracticeField>();
  for (const field of PRACTICE_FIELDS) {
    for (const synonym of FIELD_SYNONYMS[field]) lookup.set(normaliseHeader(synonym), field);
  }
  return lookup;
})();

/** The field a header names, or null. */
export function fieldForHeader(header: string): PracticeField | null {
  return SYNONYM_LOOKUP.get(normaliseHeader(header)) ?? null;
}

/**
 * True for an age/sex band header of an NHS list-size file, e.g. `Male 0-4`, `Female 75+`, `FEMALE_85+`.
 */
export function isAgeSexBandHeader(header: string): boolean {
  return /^(males?|females?)(aged)?\d/.test(normaliseHeader(header));
}

/** Where each field was found in a header row: column offsets into the row (0-based). */
export interface ColumnMapping {
  readonly columns: Partial<Readonly<Record<PracticeField, number>>>;
  /** Offsets of age/sex band columns, summed for list size when there is no list-size column. */
  readonly ageSexBands: readonly number[];
}

/** A user's choice of header for a field (task pane dropdown, CLI `--map field=Header`). */
export type MappingOverrides = Partial<Readonly<Record<PracticeField, string>>>;

/**
 * Recognise the fields of one header row.
 * The first column that names a field wins; overrides name a header explicitly (compared normalised).
 * @param headerRow the cells of the candidate header row
 * @param overrides headers the user chose for some fields
 */
export function mapColumns(
  headerRow: readonly CellValue[],
  overrides: MappingOverrides = {}
): ColumnMapping {
  const columns: Partial<Record<PracticeField, number>> = {};
  const ageSexBands: number[] = [];
  const overriddenHeaders = new Map<string, PracticeField>();
  for (const field of PRACTICE_FIELDS) {
    const header = overrides[field];
    if (header !== undefined) overriddenHeaders.set(normaliseHeader(header), field);
  }
  headerRow.forEach((cell, offset) => {
    if (typeof cell !== "string") return;
    const normalised = normaliseHeader(cell);
    if (normalised === "") return;
    const overridden = overriddenHeaders.get(normalised);
    if (overridden !== undefined) {
      if (columns[overridden] === undefined) columns[overridden] = offset;
      return;
    }
    const field = SYNONYM_LOOKUP.get(normalised);
    if (field !== undefined && overrides[field] === undefined && columns[field] === undefined) {
      columns[field] = offset;
      return;
    }
    if (field === undefined && isAgeSexBandHeader(cell)) ageSexBands.push(offset);
  });
  return { columns, ageSexBands };
}

/** The required fields a mapping lacks (list size is satisfied by age/sex bands). */
export function missingRequiredFields(mapping: ColumnMapping): PracticeField[] {
  const missing: PracticeField[] = [];
  if (mapping.columns.practiceCode === undefined) missing.push("practiceCode");
  if (mapping.columns.ccgCode === undefined) missing.push("ccgCode");
  if (mapping.columns.listSize === undefined && mapping.ageSexBands.length === 0)
    missing.push("listSize");
  return missing;
}

/** The header text of a column, as the user wrote it. */
export function headerText(headerRow: readonly CellValue[], offset: number): string {
  return cellText(headerRow[offset]).trim();
}
