/** The workbook's `Assumptions` sheet (SPEC §2.3: Key | Value | Description). */
import { WorkbookData, cellText, columnLetters } from "./cells";
import {
  AssumptionKey,
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  assumptionOrderProblems,
  assumptionValueProblem,
  isAssumptionKey,
} from "./assumptions";
import { FindingList, cellReference } from "./dataQuality";
import { findHeaderRow } from "./findHeaderRow";
import { normaliseHeader } from "./headers";
import { readNumber, readText } from "./values";

/** Where each assumption in force came from. */
export type AssumptionSource = "default" | "sheet" | "override";

/** The assumptions in force and their sources. */
export interface AssumptionsReading {
  readonly assumptions: Assumptions;
  readonly sources: Readonly<Record<AssumptionKey, AssumptionSource>>;
  /** The name of the workbook's assumptions sheet, or null when it has none. */
  readonly sheetName: string | null;
}

/** The workbook's assumptions sheet, found by name (`Assumptions`, any case). */
export function findAssumptionsSheet(workbook: WorkbookData) {
  return workbook.sheets.find((sheet) => normaliseHeader(sheet.name) === "assumptions") ?? null;
}

/**
 * Assumptions in force: defaults, then the `Assumptions` sheet, then overrides (task pane, CLI `--set`).
 * Unknown keys and unusable values on the sheet become findings and the default stays.
 * @param overrides already-validated values that win over the sheet
 */
export function readAssumptions(
  workbook: WorkbookData,
  findings: FindingList,
  overrides: Partial<Assumptions> = {}
): AssumptionsReading {
  const values: Record<AssumptionKey, number> = { ...DEFAULT_ASSUMPTIONS };
  const sources = Object.fromEntries(Object.keys(values).map((key) => [key, "default"])) as Record<
    AssumptionKey,
    AssumptionSource
  >;
  const sheet = findAssumptionsSheet(workbook);
  if (sheet !== null) {
    const header = findHeaderRow(sheet, { key: ["key", "assumption", "name"], value: ["value"] }, [
      "key",
      "value",
    ]);
    if (header === null) {
      findings.warning(
        "assumptionsSheetUnreadable",
        sheet.name,
        null,
        null,
        "",
        `sheet '${sheet.name}' has no Key and Value headers; the default assumptions are used`
      );
    } else {
      const keyOffset = header.columns.key ?? 0;
      const valueOffset = header.columns.value ?? 1;
      const seen = new Set<string>();
      for (let index = header.index + 1; index < sheet.rows.length; index++) {
        const row = sheet.rows[index] ?? [];
        const rowNumber = sheet.firstRow + index;
        const keyReading = readText(row[keyOffset]);
        if (keyReading.kind !== "value") continue;
        const key = keyReading.value.toLowerCase().replace(/\s+/g, "_");
        const keyRef = cellReference(
          sheet.name,
          columnLetters(sheet.firstColumn + keyOffset),
          rowNumber
        );
        const valueRef = cellReference(
          sheet.name,
          columnLetters(sheet.firstColumn + valueOffset),
          rowNumber
        );
        const valueHeader = header.headers[valueOffset] ?? "Value";
        if (!isAssumptionKey(key)) {
          findings.warning(
            "assumptionUnknown",
            sheet.name,
            rowNumber,
            header.headers[keyOffset] ?? "Key",
            keyReading.value,
            `'${keyReading.value}' in ${keyRef} is not an assumption this product knows; it is ignored`
          );
          continue;
        }
        if (seen.has(key)) {
          findings.warning(
            "assumptionRepeated",
            sheet.name,
            rowNumber,
            header.headers[keyOffset] ?? "Key",
            keyReading.value,
            `'${key}' in ${keyRef} is set twice; the first value is used`
          );
          continue;
        }
        seen.add(key);
        const raw = row[valueOffset];
        const reading = readNumber(raw);
        if (reading.kind === "blank") continue;
        const problem =
          reading.kind === "problem" ? reading.problem : assumptionValueProblem(key, reading.value);
        if (problem !== null || reading.kind !== "value") {
          findings.error(
            "assumptionInvalid",
            sheet.name,
            rowNumber,
            valueHeader,
            cellText(raw),
            `${key} '${cellText(raw)}' in ${valueRef} ${problem ?? "is not usable"}; the default ${DEFAULT_ASSUMPTIONS[key]} is used`
          );
          continue;
        }
        values[key] = reading.value;
        sources[key] = "sheet";
      }
    }
  }
  for (const [key, value] of Object.entries(overrides) as [AssumptionKey, number][]) {
    values[key] = value;
    sources[key] = "override";
  }
  for (const problem of assumptionOrderProblems(values)) {
    findings.warning(
      "assumptionsInconsistent",
      sheet?.name ?? "Assumptions",
      null,
      null,
      "",
      `Assumptions look inconsistent: ${problem}`
    );
  }
  return { assumptions: values, sources, sheetName: sheet?.name ?? null };
}
