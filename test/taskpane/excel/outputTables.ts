/**
 * Hand-built output tables for the Excel adapter's tests (no engine involved): a CCG Summary for
 * N CCGs and a Practice Detail for M practices, with deterministic values.
 */
import type { OutputTable } from "../../../src/output/report/outputTable";

const RATINGS = ["GREEN", "AMBER", "RED"] as const;

/** The rating of CCG i in {@link summaryTable}. */
export function ratingOf(i: number): "GREEN" | "AMBER" | "RED" {
  return RATINGS[i % 3] ?? "GREEN";
}

/**
 * A CCG Summary with columns Code, Name, Population (integer), Headroom (£) (gbp),
 * Detached share (percent), Configuration rating (rating), Reasons (text).
 * @param ccgs - number of CCGs
 * @param name - optional name of CCG i (default "CCG <i>")
 */
export function summaryTable(
  ccgs: number,
  name: (i: number) => string = (i) => `CCG ${i + 1}`
): OutputTable {
  return {
    sheetName: "CCG Summary",
    tableName: "CCGSummary",
    columns: [
      { header: "Code", format: "text", width: 8 },
      { header: "Name", format: "text" },
      { header: "Population", format: "integer" },
      { header: "Headroom (£)", format: "gbp" },
      { header: "Detached share", format: "percent" },
      { header: "Configuration rating", format: "rating" },
      { header: "Reasons", format: "text" },
    ],
    rows: Array.from({ length: ccgs }, (_, i) => [
      `${String(i % 100).padStart(2, "0")}${String.fromCharCode(65 + (i % 26))}`,
      name(i),
      50_000 + i * 1_000,
      -500_000 + i * 10_000,
      (i % 10) / 100,
      ratingOf(i),
      i % 3 === 0 ? null : `reason ${i}`,
    ]),
  };
}

/**
 * A Practice Detail with `practices` rows: Practice code, Practice name, CCG, Detached (Y/N),
 * Purity (percent), Nearest other CCG.
 * @param practices - number of rows
 * @param nameLength - padding of the practice names (to make big payloads)
 */
export function practiceDetailTable(practices: number, nameLength = 20): OutputTable {
  return {
    sheetName: "Practice Detail",
    tableName: "PracticeDetail",
    columns: [
      { header: "Practice code", format: "text" },
      { header: "Practice name", format: "text" },
      { header: "CCG", format: "text" },
      { header: "Detached", format: "text" },
      { header: "Purity", format: "percent" },
      { header: "Nearest other CCG", format: "text" },
    ],
    rows: Array.from({ length: practices }, (_, i) => [
      `P${String(i).padStart(6, "0")}`,
      `Practice ${i}`.padEnd(nameLength, "x"),
      `C${i % 200}`,
      i % 7 === 0 ? "Y" : "N",
      (i % 100) / 100,
      `C${(i + 1) % 200}`,
    ]),
  };
}

/** An empty Data Quality table. */
export function dataQualityTable(
  rows: readonly (readonly (string | number | null)[])[] = []
): OutputTable {
  return {
    sheetName: "Data Quality",
    tableName: "DataQuality",
    columns: [
      { header: "Severity", format: "text" },
      { header: "Sheet", format: "text" },
      { header: "Row", format: "integer" },
      { header: "Column", format: "text" },
      { header: "Value", format: "text" },
      { header: "Message", format: "text" },
    ],
    rows,
  };
}
