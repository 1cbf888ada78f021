/* global Excel */
/**
 * The chart on `CCG Summary`: population and headroom by CCG as clustered columns, each CCG's
 * population column coloured by its configuration rating.
 */
import { columnLetters } from "../../engine/cells";
import { RAG_COLOURS } from "../../engine/output";
import type { OutputTable } from "../../engine/output";
import type { RequestBatcher } from "./requestBatcher";
import { OPERATION_OVERHEAD_BYTES } from "./requestBatcher";
import { columnBodyAddress } from "./tableFormat";

/** Headers the chart looks for (matched ignoring case and repeated spaces). */
export const CHART_HEADERS = {
  code: "Code",
  population: "Population",
  headroom: "Headroom (£)",
  rating: "Configuration rating",
} as const;

/** The chart's name in the workbook. */
export const SUMMARY_CHART_NAME = "CCG population and headroom";

/** Colour of a population column for each rating: the RAG font colours, strong enough on white. */
export const RATING_POINT_COLOURS: Readonly<Record<"GREEN" | "AMBER" | "RED", string>> = {
  GREEN: `#${RAG_COLOURS.GREEN.font}`,
  AMBER: `#${RAG_COLOURS.AMBER.font}`,
  RED: `#${RAG_COLOURS.RED.font}`,
};

const normalise = (header: string): string => header.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Column indexes of the chart's columns, or the headers that are missing.
 * @param table - the CCG Summary table
 */
export function findChartColumns(
  table: OutputTable
):
  | { found: true; code: number; population: number; headroom: number; rating: number }
  | { found: false; missing: string[] } {
  const headers = table.columns.map((c) => normalise(c.header));
  const index = (header: string): number => headers.indexOf(normalise(header));
  const code = index(CHART_HEADERS.code);
  const population = index(CHART_HEADERS.population);
  const headroom = index(CHART_HEADERS.headroom);
  const rating = index(CHART_HEADERS.rating);
  const missing = Object.values(CHART_HEADERS).filter((header) => index(header) < 0);
  if (missing.length > 0) return { found: false, missing };
  return { found: true, code, population, headroom, rating };
}

/**
 * Queues the summary chart (through the batcher, so many CCGs never overflow a request).
 * @param batcher - the request batcher of the write
 * @param sheet - the sheet holding the CCG Summary table
 * @param table - the CCG Summary table (data from row 2)
 * @returns a notice when the chart was left out, otherwise undefined
 */
export async function addSummaryChart(
  batcher: RequestBatcher,
  sheet: Excel.Worksheet,
  table: OutputTable
): Promise<string | undefined> {
  const columns = findChartColumns(table);
  if (!columns.found) {
    const list = columns.missing.map((h) => `'${h}'`).join(", ");
    return `The chart on '${table.sheetName}' was left out because the table has no ${list} column.`;
  }
  if (table.rows.length === 0)
    return `The chart on '${table.sheetName}' was left out because there are no CCGs to show.`;

  let population: Excel.ChartSeries | undefined;
  await batcher.add(16 * OPERATION_OVERHEAD_BYTES, () => {
    const body = (j: number): Excel.Range => sheet.getRange(columnBodyAddress(table, j));
    const chart = sheet.charts.add("ColumnClustered", body(columns.population), "Columns");
    chart.name = SUMMARY_CHART_NAME;
    chart.title.text = "Population and headroom by CCG";
    population = chart.series.getItemAt(0);
    population.name = table.columns[columns.population]?.header ?? CHART_HEADERS.population;
    population.setXAxisValues(body(columns.code));
    const headroom = chart.series.add(
      table.columns[columns.headroom]?.header ?? CHART_HEADERS.headroom
    );
    headroom.setValues(body(columns.headroom));
    headroom.setXAxisValues(body(columns.code));
    const right = table.columns.length + 2;
    chart.setPosition(`${columnLetters(right)}2`, `${columnLetters(right + 11)}24`);
  });
  const series = population;
  if (!series) return undefined;
  const colourings: [number, string][] = [];
  table.rows.forEach((row, i) => {
    const rating = String(row[columns.rating] ?? "")
      .trim()
      .toUpperCase();
    if (rating === "RED" || rating === "AMBER" || rating === "GREEN")
      colourings.push([i, RATING_POINT_COLOURS[rating]]);
  });
  // One request normally holds every point; only thousands of CCGs need more than one.
  const pointBytes = 2 * OPERATION_OVERHEAD_BYTES;
  const perRequest = Math.max(
    1,
    Math.floor((batcher.maxRequestBytes - 2 * OPERATION_OVERHEAD_BYTES) / pointBytes)
  );
  for (let start = 0; start < colourings.length; start += perRequest) {
    const chunk = colourings.slice(start, start + perRequest);
    await batcher.add(chunk.length * pointBytes, () => {
      for (const [i, colour] of chunk) series.points.getItemAt(i).format.fill.setSolidColor(colour);
    });
  }
  return undefined;
}
