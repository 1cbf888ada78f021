/** The `Practice Detail` sheet (SPEC §6): one row per analysed practice. */
import { AnalysisResult } from "../../engine/analysis";
import { isBorderPractice, isEmbeddedForRating } from "../../engine/embeddedPractices";
import { OutputTable } from "./outputTable";
import { practiceAt } from "../../engine/practiceTable";
import { Practice } from "../../engine/types";
import { ColumnSpec, buildTable, yesNo } from "./columns";

interface PracticeRow {
  readonly practice: Practice;
  readonly ccgName: string | null;
  /** Index into the geography arrays, or -1. */
  readonly geo: number;
}

function practiceColumns(result: AnalysisResult): ColumnSpec<PracticeRow>[] {
  const g = result.practiceGeography;
  const codes = result.ccgs.map((ccg) => ccg.code);
  const geoValue = <T>(row: PracticeRow, read: (index: number) => T): T | null =>
    row.geo < 0 ? null : read(row.geo);
  const finite = (value: number | undefined): number | null =>
    value === undefined || !Number.isFinite(value) ? null : value;
  return [
    { header: "Practice code", format: "text", width: 10, value: (r) => r.practice.code },
    { header: "Practice name", format: "text", width: 36, value: (r) => r.practice.name },
    { header: "CCG code", format: "text", width: 8, value: (r) => r.practice.ccgCode },
    { header: "CCG name", format: "text", width: 30, value: (r) => r.ccgName },
    { header: "List size", format: "integer", value: (r) => r.practice.listSize },
    { header: "Easting", format: "integer", value: (r) => (r.geo < 0 ? null : r.practice.easting) },
    {
      header: "Northing",
      format: "integer",
      value: (r) => (r.geo < 0 ? null : r.practice.northing),
    },
    { header: "Piece", format: "integer", value: (r) => geoValue(r, (i) => (g.piece[i] ?? 0) + 1) },
    {
      header: "Detached",
      format: "text",
      value: (r) => geoValue(r, (i) => yesNo(g.detached[i] === 1)),
    },
    {
      header: "Embedded",
      format: "text",
      value: (r) => geoValue(r, (i) => yesNo(isEmbeddedForRating(g, i))),
    },
    {
      header: "Border practice",
      format: "text",
      value: (r) => geoValue(r, (i) => yesNo(isBorderPractice(g, i))),
    },
    {
      header: "Neighbour purity",
      format: "percent",
      value: (r) => geoValue(r, (i) => finite(g.purity[i])),
    },
    {
      header: "Nearest other CCG",
      format: "text",
      value: (r) => geoValue(r, (i) => codes[g.nearestOtherGroup[i] ?? -1] ?? null),
    },
    {
      header: "Nearest other CCG distance (km)",
      format: "decimal2",
      value: (r) => geoValue(r, (i) => finite(g.nearestOtherKm[i])),
    },
    { header: "Local authority", format: "text", value: (r) => r.practice.localAuthority },
    { header: "Member", format: "text", value: (r) => yesNo(r.practice.member) },
    {
      header: "Geography",
      format: "text",
      width: 28,
      value: (r) => (r.geo < 0 ? "Left out: no usable coordinates" : null),
    },
  ];
}

/**
 * The Practice Detail table, practices in input order. `Embedded` marks practices outside their CCG's main
 * piece with none of their 6 nearest practices in it; `Border practice` those inside the main piece with
 * none (reported, not rated).
 */
export function buildPracticeDetailTable(result: AnalysisResult): OutputTable {
  const rows: PracticeRow[] = Array.from({ length: result.practices.count }, (_, index) => ({
    practice: practiceAt(result.practices, index),
    ccgName: result.ccgs[result.practiceCcg[index] ?? 0]?.name ?? null,
    geo: result.practiceGeographyIndex[index] ?? -1,
  }));
  return buildTable("Practice Detail", "PracticeDetail", practiceColumns(result), rows);
}
