/** The workbook's `Criteria` sheet (Domain | Id | Criterion | Critical), which replaces the default list. */
import { CellValue, SheetData, WorkbookData, cellText, columnLetters, isBlankCell } from "../cells";
import { FindingList, cellReference } from "../dataQuality";
import { findHeaderRow } from "../findHeaderRow";
import { normaliseHeader } from "../headers";
import { readText, readYesNo } from "../values";
import { Criterion, DEFAULT_CRITERIA } from "./criteria";
import { readDomainNumber } from "./domain";

type CriteriaField = "domain" | "id" | "text" | "critical";

const CRITERIA_SYNONYMS: Readonly<Record<CriteriaField, readonly string[]>> = {
  domain: ["domain", "domain number"],
  id: ["id", "criterion id", "ref", "reference"],
  text: ["criterion", "criterion text", "text", "description"],
  critical: ["critical", "critical criterion"],
};

/** The criteria in force and where they came from. */
export interface CriteriaReading {
  readonly criteria: readonly Criterion[];
  /** The `Criteria` sheet's name, or null when the default list is used. */
  readonly sheetName: string | null;
}

/**
 * The workbook's criteria sheet, found by name (`Criteria`, any case), unless it is a sheet this
 * product wrote.
 * @param workbook the workbook as read
 * @returns the sheet, or null
 */
export function findCriteriaSheet(workbook: WorkbookData): SheetData | null {
  return (
    workbook.sheets.find(
      (sheet) =>
        normaliseHeader(sheet.name) === "criteria" &&
        workbook.ownedSheets?.includes(sheet.name) !== true
    ) ?? null
  );
}

/**
 * The criteria for scoring: the workbook's `Criteria` sheet when it has one with usable rows,
 * otherwise {@link DEFAULT_CRITERIA}. A row whose domain is not 1–6, whose id is blank or repeated,
 * whose criterion text is blank or whose Critical cell is not Y/N is an error finding naming the
 * cell, and the row is left out. Blank rows are ignored quietly.
 * @param workbook the workbook as read
 * @param findings where problems go (Data Quality)
 * @returns the criteria in force
 * @example readCriteria({ sheets: [] }, new FindingList()).criteria === DEFAULT_CRITERIA // true
 */
export function readCriteria(workbook: WorkbookData, findings: FindingList): CriteriaReading {
  const sheet = findCriteriaSheet(workbook);
  if (sheet === null) return { criteria: DEFAULT_CRITERIA, sheetName: null };
  const header = findHeaderRow(sheet, CRITERIA_SYNONYMS, ["domain", "id", "text"]);
  if (header === null) {
    findings.warning(
      "criteriaSheetUnusable",
      sheet.name,
      null,
      null,
      "",
      `sheet '${sheet.name}' has no Domain, Id and Criterion headers; the default criteria are used`
    );
    return { criteria: DEFAULT_CRITERIA, sheetName: null };
  }
  const criteria: Criterion[] = [];
  const seenIds = new Map<string, string>();
  for (let index = header.index + 1; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    if (row.every((cell) => isBlankCell(cell))) continue;
    const rowNumber = sheet.firstRow + index;
    const at = (field: CriteriaField) => {
      const offset = header.columns[field] ?? 0;
      return {
        column: header.headers[offset] ?? "",
        ref: cellReference(sheet.name, columnLetters(sheet.firstColumn + offset), rowNumber),
        cell: row[offset] as CellValue | undefined,
      };
    };
    const reject = (field: CriteriaField, problem: string) => {
      const where = at(field);
      const value = cellText(where.cell);
      const shown = value === "" ? "" : ` '${value}'`;
      findings.error(
        "criterionUnusable",
        sheet.name,
        rowNumber,
        where.column,
        value,
        `${fieldLabel(field)}${shown} in ${where.ref} ${problem}; the criterion is left out`
      );
    };

    const domain = readDomainNumber(at("domain").cell);
    if (domain.kind !== "value") {
      reject("domain", domain.kind === "blank" ? "is blank" : domain.problem);
      continue;
    }
    const id = readText(at("id").cell);
    if (id.kind !== "value") {
      reject("id", id.kind === "blank" ? "is blank" : id.problem);
      continue;
    }
    const idKey = id.value.toUpperCase();
    const firstAt = seenIds.get(idKey);
    if (firstAt !== undefined) {
      reject("id", `repeats the id in ${firstAt}`);
      continue;
    }
    const text = readText(at("text").cell);
    if (text.kind !== "value") {
      reject("text", text.kind === "blank" ? "is blank" : text.problem);
      continue;
    }
    let critical = false;
    if (header.columns.critical !== undefined) {
      const reading = readYesNo(at("critical").cell);
      if (reading.kind === "problem") {
        reject("critical", reading.problem);
        continue;
      }
      critical = reading.kind === "value" && reading.value;
    }
    seenIds.set(idKey, at("id").ref);
    criteria.push({ domain: domain.value, id: id.value, text: text.value, critical });
  }
  if (criteria.length === 0) {
    findings.warning(
      "criteriaSheetUnusable",
      sheet.name,
      null,
      null,
      "",
      `sheet '${sheet.name}' has no usable criteria; the default criteria are used`
    );
    return { criteria: DEFAULT_CRITERIA, sheetName: null };
  }
  return { criteria, sheetName: sheet.name };
}

function fieldLabel(field: CriteriaField): string {
  switch (field) {
    case "domain":
      return "Domain";
    case "id":
      return "Criterion id";
    case "text":
      return "Criterion text";
    case "critical":
      return "Critical";
  }
}
