/** Reading the generated sample's sheets back as plain records, for the sample tests. */

import type { CellValue, SheetData, WorkbookData } from "../../src/engine/cells";
import { eastKm, northKm } from "../../src/sample/england";
import type { PracticePoints } from "../../src/sample/placement";

/** One Practices row as written (values untouched), with its Excel row number. */
export interface PracticeRecord {
  readonly row: number;
  readonly cells: readonly CellValue[];
  readonly code: CellValue;
  readonly name: CellValue;
  readonly ccgCode: CellValue;
  readonly ccgName: CellValue;
  readonly listSize: CellValue;
  readonly postcode: CellValue;
  readonly latitude: CellValue;
  readonly longitude: CellValue;
  readonly localAuthority: CellValue;
  readonly member: CellValue;
}

/** A practice that the analysis would place on the map (clean code, CCG, list size and coordinates). */
export interface MappedPractice {
  readonly code: string;
  readonly ccgCode: string;
  readonly listSize: number;
  readonly latitude: number;
  readonly longitude: number;
  readonly localAuthority: string;
  readonly member: string;
}

export function sheet(workbook: WorkbookData, name: string): SheetData {
  const found = workbook.sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`No sheet '${name}' in the sample`);
  return found;
}

/** Every data row of the Practices sheet (blank rows included). */
export function practiceRecords(workbook: WorkbookData): PracticeRecord[] {
  const practices = sheet(workbook, "Practices");
  return practices.rows.slice(1).map((cells, i) => ({
    row: practices.firstRow + 1 + i,
    cells,
    code: cells[0] ?? null,
    name: cells[1] ?? null,
    ccgCode: cells[2] ?? null,
    ccgName: cells[3] ?? null,
    listSize: cells[4] ?? null,
    postcode: cells[5] ?? null,
    latitude: cells[6] ?? null,
    longitude: cells[7] ?? null,
    localAuthority: cells[8] ?? null,
    member: cells[9] ?? null,
  }));
}

/** Practices with a valid code, CCG code, whole list size and plausible (unswapped) coordinates; first of duplicates only. */
export function mappedPractices(workbook: WorkbookData): MappedPractice[] {
  const seen = new Set<string>();
  const mapped: MappedPractice[] = [];
  for (const r of practiceRecords(workbook)) {
    if (typeof r.code !== "string" || seen.has(r.code)) continue;
    seen.add(r.code);
    if (
      typeof r.ccgCode !== "string" ||
      typeof r.listSize !== "number" ||
      !Number.isInteger(r.listSize)
    )
      continue;
    if (typeof r.latitude !== "number" || typeof r.longitude !== "number" || r.latitude < 45)
      continue;
    mapped.push({
      code: r.code,
      ccgCode: r.ccgCode,
      listSize: r.listSize,
      latitude: r.latitude,
      longitude: r.longitude,
      localAuthority: String(r.localAuthority),
      member: String(r.member),
    });
  }
  return mapped;
}

/** The mapped practices as generator points (for the adjacency helpers), with CCG index per practice. */
export function asPoints(practices: readonly MappedPractice[]): {
  points: PracticePoints;
  ccgOf: Int32Array;
  ccgCodes: string[];
} {
  const count = practices.length;
  const ccgCodes = [...new Set(practices.map((p) => p.ccgCode))].sort();
  const indexOf = new Map(ccgCodes.map((code, i) => [code, i]));
  const points: PracticePoints = {
    count,
    latitude: Float64Array.from(practices, (p) => p.latitude),
    longitude: Float64Array.from(practices, (p) => p.longitude),
    eastKm: Float64Array.from(practices, (p) => eastKm(p.longitude)),
    northKm: Float64Array.from(practices, (p) => northKm(p.latitude)),
    listSize: Float64Array.from(practices, (p) => p.listSize),
    origin: new Int32Array(count).fill(-1),
  };
  return {
    points,
    ccgOf: Int32Array.from(practices, (p) => indexOf.get(p.ccgCode) as number),
    ccgCodes,
  };
}

/** Sum of list sizes per CCG code over the mapped-or-not practices that have a numeric whole list size. */
export function populationsByCcg(workbook: WorkbookData): Map<string, number> {
  const seen = new Set<string>();
  const populations = new Map<string, number>();
  for (const r of practiceRecords(workbook)) {
    if (typeof r.code !== "string" || seen.has(r.code)) continue;
    seen.add(r.code);
    if (
      typeof r.ccgCode !== "string" ||
      typeof r.listSize !== "number" ||
      !Number.isInteger(r.listSize)
    )
      continue;
    populations.set(r.ccgCode, (populations.get(r.ccgCode) ?? 0) + r.listSize);
  }
  return populations;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number }
): number {
  return Math.hypot(
    eastKm(a.longitude) - eastKm(b.longitude),
    northKm(a.latitude) - northKm(b.latitude)
  );
}
