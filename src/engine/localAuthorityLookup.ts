/**
 * The optional CCG → local-authority lookup (SPEC §2.4): a table as ONS publishes it, one row per CCG and
 * local authority with a count of small areas (or people) of the CCG in that authority.
 */
import { CellValue, SheetData, WorkbookData, cellText, columnLetters } from "./cells";
import { normaliseCcgCode } from "./codes";
import { FindingList, cellReference } from "./dataQuality";
import { findHeaderRow, HeaderRow } from "./findHeaderRow";
import { fieldForHeader } from "./headers";
import { LocalAuthorityFitResult, classifyLocalAuthorityFitOfWeights } from "./localAuthorityFit";
import { readNumber, readText } from "./values";

type LookupField =
  | "ccgCode"
  | "ccgOnsCode"
  | "authorityCode"
  | "authorityName"
  | "upperTierCode"
  | "upperTierName"
  | "count";

/** ONS headers carry the year of the boundaries: `CCG16CDH`, `LAD16CD`, `LAD16NM`. */
const YEARS = Array.from({ length: 30 }, (_, index) => String(index + 10));

const LOOKUP_SYNONYMS: Readonly<Record<LookupField, readonly string[]>> = {
  ccgCode: [
    "ccg code",
    "ccg ods code",
    "ccg",
    "ccgcdh",
    "commissioner code",
    ...YEARS.map((year) => `ccg${year}cdh`),
  ],
  ccgOnsCode: ["ccg ons code", "ccgcd", ...YEARS.map((year) => `ccg${year}cd`)],
  authorityCode: [
    "local authority code",
    "la code",
    "lad code",
    "local authority",
    "lad",
    "la",
    ...YEARS.map((year) => `lad${year}cd`),
  ],
  authorityName: [
    "local authority name",
    "la name",
    "lad name",
    "council",
    ...YEARS.map((year) => `lad${year}nm`),
  ],
  upperTierCode: [
    "upper tier local authority code",
    "utla code",
    "county code",
    ...YEARS.flatMap((year) => [`utla${year}cd`, `cty${year}cd`]),
  ],
  upperTierName: [
    "upper tier local authority name",
    "utla name",
    "county name",
    "county",
    ...YEARS.flatMap((year) => [`utla${year}nm`, `cty${year}nm`]),
  ],
  count: [
    "n lsoa",
    "lsoas",
    "number of lsoas",
    "lsoa count",
    "count",
    "small areas",
    "population",
    "people",
    "residents",
    "persons",
    "weight",
  ],
};

/** Weights of the lookup by CCG, as plain data (structured-clone and JSON safe). */
export interface LocalAuthorityWeights {
  /** Per CCG of the analysis (in its order): authority → weight pairs. */
  readonly byCcg: readonly (readonly (readonly [string, number])[])[];
  /** The lookup's CCGs without practices in the list: they count towards each authority's total. */
  readonly elsewhere: readonly (readonly (readonly [string, number])[])[];
}

/** One pair of the lookup: a CCG, a local authority and the CCG's count in it. */
export interface LocalAuthorityLookupRow {
  /** The CCG's code as the practice list keys it (`07L`), or null when the table gives only an ONS code. */
  readonly ccgCode: string | null;
  /** The CCG's ONS code (`E38000042`), or null. */
  readonly ccgOnsCode: string | null;
  /** How the authority is named in reasons: its name when the table gives one, else its code. */
  readonly authority: string;
  readonly count: number;
}

/** A lookup read from the workbook. */
export interface LocalAuthorityLookup {
  readonly sheetName: string;
  readonly rows: readonly LocalAuthorityLookupRow[];
}

const REQUIRED_COMBINATIONS: readonly (readonly LookupField[])[] = (
  ["ccgCode", "ccgOnsCode"] as const
).flatMap((ccg) =>
  (["authorityCode", "authorityName", "upperTierCode", "upperTierName"] as const).map(
    (authority) => [ccg, authority]
  )
);

function lookupHeader(sheet: SheetData): HeaderRow<LookupField> | null {
  for (const required of REQUIRED_COMBINATIONS) {
    const header = findHeaderRow(sheet, LOOKUP_SYNONYMS, required);
    if (header !== null) return header;
  }
  return null;
}

/**
 * Find the lookup: a sheet other than the practice list and the CCG table (and other than the add-in's own
 * sheets) with a CCG code column and a local-authority column, and no practice code column.
 * @param workbook the user's workbook
 * @param skipSheets names of the practice list and CCG table sheets
 */
export function locateLocalAuthorityLookup(
  workbook: WorkbookData,
  skipSheets: readonly (string | null)[]
): { sheet: SheetData; header: HeaderRow<LookupField> } | null {
  for (const sheet of workbook.sheets) {
    if (skipSheets.includes(sheet.name) || workbook.ownedSheets?.includes(sheet.name) === true)
      continue;
    const header = lookupHeader(sheet);
    // A sheet with practice codes is a practice list (or an earlier Practice Detail), not a lookup.
    const hasPracticeCodes = header?.headers.some(
      (text) => fieldForHeader(text) === "practiceCode"
    );
    if (header !== null && hasPracticeCodes !== true) return { sheet, header };
  }
  return null;
}

/**
 * Read the lookup, if the workbook has one. Where it names upper-tier authorities (`UTLA16NM`, `CTY16NM`,
 * county) as well as districts, the upper tier is used. A row without a CCG code or authority, or with a count that is
 * not a non-negative number, is a Data Quality warning and is left out; without a count column every row
 * counts 1 (a table of small areas, one per row).
 * @param workbook the user's workbook
 * @param skipSheets names of the practice list and CCG table sheets
 * @param findings where problems go
 * @returns the lookup, or null when the workbook has none
 */
export function readLocalAuthorityLookup(
  workbook: WorkbookData,
  skipSheets: readonly (string | null)[],
  findings: FindingList
): LocalAuthorityLookup | null {
  const located = locateLocalAuthorityLookup(workbook, skipSheets);
  if (located === null) return null;
  const { sheet, header } = located;
  const cellOf = (row: readonly CellValue[], field: LookupField): CellValue | undefined => {
    const offset = header.columns[field];
    return offset === undefined ? undefined : row[offset];
  };
  const text = (row: readonly CellValue[], field: LookupField): string | null => {
    const reading = readText(cellOf(row, field));
    return reading.kind === "value" ? reading.value.trim() : null;
  };
  const warn = (rowNumber: number, field: LookupField, value: string, problem: string): void => {
    const offset = header.columns[field] ?? 0;
    const column = header.headers[offset] ?? "";
    const ref = cellReference(sheet.name, columnLetters(sheet.firstColumn + offset), rowNumber);
    findings.warning(
      "lookupRowUnusable",
      sheet.name,
      rowNumber,
      column,
      value,
      problem.replace("{ref}", ref)
    );
  };
  const rows: LocalAuthorityLookupRow[] = [];
  for (let index = header.index + 1; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    if (row.every((cell) => cellText(cell).trim() === "")) continue;
    const rowNumber = sheet.firstRow + index;
    const ods = text(row, "ccgCode");
    const ons = text(row, "ccgOnsCode");
    // Upper-tier authorities (counties, unitaries) when the table gives them: they run social care and
    // the health and wellbeing boards; otherwise the district.
    const authority =
      text(row, "upperTierName") ??
      text(row, "upperTierCode") ??
      text(row, "authorityName") ??
      text(row, "authorityCode");
    if (ods === null && ons === null) {
      const field = header.columns.ccgCode !== undefined ? "ccgCode" : "ccgOnsCode";
      warn(
        rowNumber,
        field,
        "",
        "CCG code in {ref} of the local-authority lookup is blank; the row is left out"
      );
      continue;
    }
    if (authority === null) {
      const field =
        (["upperTierName", "upperTierCode", "authorityName", "authorityCode"] as const).find(
          (candidate) => header.columns[candidate] !== undefined
        ) ?? "authorityCode";
      warn(
        rowNumber,
        field,
        "",
        "Local authority in {ref} of the lookup is blank; the row is left out"
      );
      continue;
    }
    let count = 1;
    if (header.columns.count !== undefined) {
      const cell = cellOf(row, "count");
      const reading = readNumber(cell);
      if (reading.kind !== "value" || reading.value < 0) {
        const value = cellText(cell);
        warn(
          rowNumber,
          "count",
          value,
          `Count '${value}' in {ref} of the local-authority lookup is not a non-negative number; the row is left out`
        );
        continue;
      }
      count = reading.value;
    }
    rows.push({
      ccgCode: ods === null ? null : normaliseCcgCode(ods),
      ccgOnsCode: ons === null ? null : ons.toUpperCase(),
      authority,
      count,
    });
  }
  return { sheetName: sheet.name, rows };
}

/**
 * SPEC §3.3's fit of each CCG from the lookup. A CCG is matched by its code (`07L`) or its ONS code; every
 * row counts towards its authority's total, including rows of CCGs that have no practices in the list.
 * @param lookup the lookup as read
 * @param codes the analysis's CCG codes, in its order
 * @param marginShare SPEC §2.3 `coterminosity_margin_share`
 * @returns one fit per CCG, null for a CCG the lookup does not list
 * @example localAuthorityFitFromLookup(lookup, ["01J"], 0.9)[0]?.fit // "coterminous"
 */
export function localAuthorityFitFromLookup(
  lookup: LocalAuthorityLookup,
  codes: readonly string[],
  marginShare: number
): (LocalAuthorityFitResult | null)[] {
  const weights = localAuthorityWeightsFromLookup(lookup, codes);
  return fitsFromLocalAuthorityWeights(weights.byCcg.map(weightMap), weights, marginShare);
}

/**
 * Each CCG's weight (small areas, people) in each local authority, as the lookup gives it, as plain data
 * (kept in the analysis result, so that a scenario can re-classify merged or re-drawn CCGs).
 * @param lookup the lookup as read
 * @param codes the analysis's CCG codes, in its order
 * @example localAuthorityWeightsFromLookup(lookup, ["05G"]).byCcg[0] // [["Newcastle-under-Lyme", 80], …]
 */
export function localAuthorityWeightsFromLookup(
  lookup: LocalAuthorityLookup,
  codes: readonly string[]
): LocalAuthorityWeights {
  const groupOfCode = new Map(codes.map((code, group) => [code, group]));
  const weights: Map<string, number>[] = codes.map(() => new Map());
  const elsewhere = new Map<string, Map<string, number>>();
  for (const row of lookup.rows) {
    const group =
      (row.ccgCode === null ? undefined : groupOfCode.get(row.ccgCode)) ??
      (row.ccgOnsCode === null ? undefined : groupOfCode.get(row.ccgOnsCode));
    let target: Map<string, number> | undefined = group === undefined ? undefined : weights[group];
    if (target === undefined) {
      const key = row.ccgCode ?? row.ccgOnsCode ?? "";
      target = elsewhere.get(key) ?? new Map<string, number>();
      elsewhere.set(key, target);
    }
    target.set(row.authority, (target.get(row.authority) ?? 0) + row.count);
  }
  return {
    byCcg: weights.map((map) => [...map.entries()]),
    elsewhere: [...elsewhere.values()].map((map) => [...map.entries()]),
  };
}

/** Authority → weight pairs as a map. */
export function weightMap(pairs: readonly (readonly [string, number])[]): Map<string, number> {
  return new Map(pairs);
}

/**
 * The fit of each CCG from its weights in each authority, with the lookup's CCGs that have no practices
 * counting towards each authority's total.
 * @param byCcg one map per CCG (authority → weight)
 * @param weights the lookup's weights (for `elsewhere`)
 * @param marginShare SPEC §2.3 `coterminosity_margin_share`
 */
export function fitsFromLocalAuthorityWeights(
  byCcg: readonly ReadonlyMap<string, number>[],
  weights: LocalAuthorityWeights,
  marginShare: number
): (LocalAuthorityFitResult | null)[] {
  return classifyLocalAuthorityFitOfWeights(
    [...byCcg, ...weights.elsewhere.map(weightMap)],
    marginShare
  ).slice(0, byCcg.length);
}
