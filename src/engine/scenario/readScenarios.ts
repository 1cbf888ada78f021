/**
 * The workbook's `Scenarios` sheet (SPEC §5): `Practice code`, then one column per scenario, each cell the
 * proposed CCG code of that practice in that scenario (blank = unchanged).
 */
import { CellValue, SheetData, WorkbookData, columnLetters } from "../cells";
import { CCG_CODE_PATTERN, normaliseCcgCode, normalisePracticeCode } from "../codes";
import { cellReference, FindingList } from "../dataQuality";
import { findHeaderRow } from "../findHeaderRow";
import { normaliseHeader } from "../headers";
import { readText } from "../values";

/** One scenario as the sheet defines it (plain data: structured-clone and JSON safe). */
export interface ScenarioDefinition {
  /** The column's header. */
  readonly name: string;
  /** The column's letters on the sheet (e.g. `B`). */
  readonly column: string;
  /** Practice code → proposed CCG code, for the usable non-blank cells, in sheet order. */
  readonly moves: readonly (readonly [string, string])[];
}

/** The sheet's name. */
export const SCENARIOS_SHEET = "Scenarios";

/** The workbook's `Scenarios` sheet (any case and spacing), or null. */
export function findScenariosSheet(workbook: WorkbookData): SheetData | null {
  const wanted = normaliseHeader(SCENARIOS_SHEET);
  return workbook.sheets.find((sheet) => normaliseHeader(sheet.name) === wanted) ?? null;
}

/**
 * Read every scenario of the `Scenarios` sheet. Findings, each naming its cell: a scenario name used
 * twice (error: the later column is ignored); a practice code not in the practice list, or a proposed
 * code that is not a CCG code (error: that cell is ignored, the rest of the scenario runs); a CCG code
 * found nowhere in the baseline (one warning per scenario and code: a new CCG, i.e. a split, as asked).
 * @param workbook the user's workbook
 * @param practiceCodes the practice list's codes (normalised)
 * @param ccgCodes the baseline's CCG codes
 * @param findings where problems go
 * @returns the scenarios in column order (none without the sheet or its `Practice code` header)
 * @example readScenarios(workbook, new Set(["A81001"]), new Set(["00K"]), findings)[0]?.name
 */
export function readScenarios(
  workbook: WorkbookData,
  practiceCodes: ReadonlySet<string>,
  ccgCodes: ReadonlySet<string>,
  findings: FindingList
): ScenarioDefinition[] {
  const sheet = findScenariosSheet(workbook);
  if (sheet === null) return [];
  const header = findHeaderRow(
    sheet,
    { practiceCode: ["practice code", "practice", "code", "ods code", "org code"] },
    ["practiceCode"]
  );
  if (header === null) return [];
  const codeOffset = header.columns.practiceCode as number;
  const letters = (offset: number): string => columnLetters(sheet.firstColumn + offset);
  const headerRow = sheet.firstRow + header.index;
  const columns: {
    offset: number;
    name: string;
    moves: [string, string][];
    newCodes: Set<string>;
  }[] = [];
  const seen = new Set<string>();
  header.headers.forEach((text, offset) => {
    if (offset === codeOffset || text === "") return;
    const key = text.toLowerCase();
    if (seen.has(key)) {
      findings.error(
        "scenarioNameRepeated",
        sheet.name,
        headerRow,
        text,
        text,
        `Scenario name '${text}' in ${cellReference(sheet.name, letters(offset), headerRow)} is already used by an earlier column; this column is ignored`
      );
      return;
    }
    seen.add(key);
    columns.push({ offset, name: text, moves: [], newCodes: new Set() });
  });
  const codeHeader = header.headers[codeOffset] ?? "Practice code";
  for (let index = header.index + 1; index < sheet.rows.length; index++) {
    const row: readonly CellValue[] = sheet.rows[index] ?? [];
    const rowNumber = sheet.firstRow + index;
    const proposals = columns
      .map((column) => ({ column, reading: readText(row[column.offset]) }))
      .filter(({ reading }) => reading.kind !== "blank");
    if (proposals.length === 0) continue;
    const codeReading = readText(row[codeOffset]);
    const practice = codeReading.kind === "value" ? normalisePracticeCode(codeReading.value) : "";
    if (!practiceCodes.has(practice)) {
      const shown = codeReading.kind === "value" ? codeReading.value : "";
      findings.error(
        "scenarioPracticeUnknown",
        sheet.name,
        rowNumber,
        codeHeader,
        shown,
        `Practice '${shown}' in ${cellReference(sheet.name, letters(codeOffset), rowNumber)} is not in the practice list; this row of Scenarios is ignored`
      );
      continue;
    }
    for (const { column, reading } of proposals) {
      const ref = cellReference(sheet.name, letters(column.offset), rowNumber);
      const text = reading.kind === "value" ? reading.value : "";
      const code = normaliseCcgCode(text);
      if (reading.kind !== "value" || !CCG_CODE_PATTERN.test(code)) {
        findings.error(
          "scenarioCcgCodeUnusable",
          sheet.name,
          rowNumber,
          column.name,
          reading.kind === "problem" ? reading.problem : text,
          `Proposed CCG code '${text}' in ${ref} (scenario '${column.name}') is not a CCG code like 07L or E38000056; practice ${practice} stays where it is in this scenario`
        );
        continue;
      }
      if (!ccgCodes.has(code) && !column.newCodes.has(code)) {
        column.newCodes.add(code);
        findings.warning(
          "scenarioNewCcg",
          sheet.name,
          rowNumber,
          column.name,
          text,
          `Proposed CCG code '${code}' in ${ref} (scenario '${column.name}') is not a CCG of the practice list; it is modelled as a new CCG (a split)`
        );
      }
      column.moves.push([practice, code]);
    }
  }
  return columns.map((column) => ({
    name: column.name,
    column: letters(column.offset),
    moves: column.moves,
  }));
}
