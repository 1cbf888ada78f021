/** The optional CCG table (SPEC §2.2). */
import { CellValue, SheetData, WorkbookData, cellText, columnLetters } from "./cells";
import { normaliseCcgCode } from "./codes";
import { FindingList, cellReference } from "./dataQuality";
import { findHeaderRow } from "./findHeaderRow";
import { normaliseHeader } from "./headers";
import { CcgRecord } from "./types";
import { readNumber, readText, readYesNo } from "./values";

type CcgField =
  | "code"
  | "name"
  | "plannedRunningCosts"
  | "fixedCosts"
  | "supportPerHead"
  | "collaborativeArrangement"
  | "kind";

const CCG_SYNONYMS: Readonly<Record<CcgField, readonly string[]>> = {
  code: ["ccg code", "ccg", "code", "ods code", "pco code"],
  name: ["ccg name", "name"],
  plannedRunningCosts: [
    "planned running costs",
    "running costs",
    "planned costs",
    "planned running cost",
  ],
  fixedCosts: ["fixed costs", "fixed", "fixed cost"],
  supportPerHead: [
    "commissioning support per head",
    "support per head",
    "commissioning support",
    "csu per head",
    "support",
  ],
  collaborativeArrangement: [
    "collaborative arrangement",
    "collaborative",
    "arrangement",
    "future arrangement",
    "collaborative arrangements",
  ],
  kind: ["kind", "organisation kind", "organisation type", "organization type", "org type", "type"],
};

const DETAIL_FIELDS: readonly CcgField[] = [
  "plannedRunningCosts",
  "fixedCosts",
  "supportPerHead",
  "collaborativeArrangement",
  "kind",
];

/** The CCG table's rows by normalised code. */
export interface CcgTableReading {
  readonly sheetName: string | null;
  readonly ccgs: ReadonlyMap<string, CcgRecord>;
}

/**
 * Find the CCG table: a sheet other than the practice list with a CCG code column and at least one of
 * planned running costs, fixed costs, support per head or collaborative arrangement. `CCGs` wins a tie.
 */
export function locateCcgTable(workbook: WorkbookData, practiceSheet: string) {
  const candidates = workbook.sheets
    .filter(
      (sheet) => sheet.name !== practiceSheet && workbook.ownedSheets?.includes(sheet.name) !== true
    )
    .sort(
      (a, b) =>
        Number(normaliseHeader(b.name) === "ccgs") - Number(normaliseHeader(a.name) === "ccgs")
    );
  for (const sheet of candidates) {
    const header = findHeaderRow(sheet, CCG_SYNONYMS, ["code"]);
    if (header !== null && DETAIL_FIELDS.some((field) => header.columns[field] !== undefined)) {
      return { sheet, header };
    }
  }
  return null;
}

function readMoney(
  cell: CellValue | undefined,
  where: () => { sheet: string; row: number; column: string; ref: string },
  findings: FindingList,
  label: string
): number | null {
  const reading = readNumber(cell);
  if (reading.kind === "value" && reading.value >= 0) return reading.value;
  if (reading.kind === "blank") return null;
  const at = where();
  const problem = reading.kind === "problem" ? reading.problem : "is negative";
  findings.warning(
    "ccgTableValueUnusable",
    at.sheet,
    at.row,
    at.column,
    cellText(cell),
    `${label} '${cellText(cell)}' in ${at.ref} ${problem}; the default is used`
  );
  return null;
}

/**
 * Read the CCG table, if the workbook has one. Problems become warnings and the default is used.
 * @param knownCodes CCG codes present in the practice list (rows for other codes get a warning)
 */
export function readCcgTable(
  workbook: WorkbookData,
  practiceSheet: string,
  knownCodes: ReadonlySet<string>,
  findings: FindingList
): CcgTableReading {
  const located = locateCcgTable(workbook, practiceSheet);
  const ccgs = new Map<string, CcgRecord>();
  if (located === null) return { sheetName: null, ccgs };
  const { sheet, header } = located;
  const cellOf = (row: readonly CellValue[], field: CcgField): CellValue | undefined => {
    const offset = header.columns[field];
    return offset === undefined ? undefined : row[offset];
  };
  for (let index = header.index + 1; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    const rowNumber = sheet.firstRow + index;
    const where = (field: CcgField) => () => {
      const offset = header.columns[field] ?? 0;
      const column = header.headers[offset] ?? "";
      return {
        sheet: sheet.name,
        row: rowNumber,
        column,
        ref: cellReference(sheet.name, columnLetters(sheet.firstColumn + offset), rowNumber),
      };
    };
    const codeReading = readText(cellOf(row, "code"));
    if (codeReading.kind === "blank") {
      if (row.every((cell) => cell === null || cell === undefined || cellText(cell).trim() === ""))
        continue;
      const at = where("code")();
      findings.warning(
        "ccgTableCodeMissing",
        sheet.name,
        rowNumber,
        at.column,
        "",
        `CCG code in ${at.ref} is blank; the row is ignored`
      );
      continue;
    }
    if (codeReading.kind === "problem") {
      const at = where("code")();
      findings.warning(
        "ccgTableCodeMissing",
        sheet.name,
        rowNumber,
        at.column,
        cellText(cellOf(row, "code")),
        `CCG code in ${at.ref} ${codeReading.problem}; the row is ignored`
      );
      continue;
    }
    const code = normaliseCcgCode(codeReading.value);
    if (ccgs.has(code)) {
      const at = where("code")();
      findings.error(
        "ccgTableRepeated",
        sheet.name,
        rowNumber,
        at.column,
        codeReading.value,
        `CCG '${code}' in ${at.ref} appears twice in the CCG table; this later row is ignored`
      );
      continue;
    }
    if (!knownCodes.has(code)) {
      const at = where("code")();
      findings.warning(
        "ccgTableUnknownCcg",
        sheet.name,
        rowNumber,
        at.column,
        codeReading.value,
        `CCG '${code}' in ${at.ref} has no practices in the practice list; it is not analysed`
      );
    }
    const nameReading = readText(cellOf(row, "name"));
    const plannedRunningCosts = readMoney(
      cellOf(row, "plannedRunningCosts"),
      where("plannedRunningCosts"),
      findings,
      "Planned running costs"
    );
    const fixedCosts = readMoney(
      cellOf(row, "fixedCosts"),
      where("fixedCosts"),
      findings,
      "Fixed costs"
    );
    const supportPerHead = readMoney(
      cellOf(row, "supportPerHead"),
      where("supportPerHead"),
      findings,
      "Support per head"
    );
    const kindReading = readText(cellOf(row, "kind"));
    const arrangement = readYesNo(cellOf(row, "collaborativeArrangement"));
    if (arrangement.kind === "problem") {
      const at = where("collaborativeArrangement")();
      const value = cellText(cellOf(row, "collaborativeArrangement"));
      findings.warning(
        "ccgTableArrangementUnreadable",
        sheet.name,
        rowNumber,
        at.column,
        value,
        `Collaborative arrangement '${value}' in ${at.ref} ${arrangement.problem}; treated as no arrangement`
      );
    }
    ccgs.set(code, {
      code,
      name: nameReading.kind === "value" ? nameReading.value : null,
      plannedRunningCosts,
      fixedCosts,
      supportPerHead,
      collaborativeArrangement: arrangement.kind === "value" ? arrangement.value : null,
      kind: kindReading.kind === "value" ? kindReading.value.trim() : null,
    });
  }
  return { sheetName: sheet.name, ccgs };
}

/** Exposed for tests: the sheet is a CCG table. */
export function isCcgTableSheet(sheet: SheetData): boolean {
  const header = findHeaderRow(sheet, CCG_SYNONYMS, ["code"]);
  return header !== null && DETAIL_FIELDS.some((field) => header.columns[field] !== undefined);
}
