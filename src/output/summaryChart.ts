/**
 * The chart on `CCG Summary`: population and headroom by CCG as clustered columns, each CCG's
 * population column coloured by its configuration rating.
 */
import { columnLetters } from "../engine/cells";
import { RAG_COLOURS } from "./report/outputTable";
import type { OutputTable } from "./report/outputTable";
import { SUMMARY_HEADERS } from "./report/summaryTable";
import type { PlanChart } from "./sheetPlan";

/** The chart's name in the workbook. */
export const SUMMARY_CHART_NAME = "CCG population and headroom";

/** The chart's title. */
export const SUMMARY_CHART_TITLE = "Population and headroom by CCG";

/** Colour of a population column for each rating (hex RRGGBB): the RAG font colours, strong on white. */
export const RATING_POINT_COLOURS: Readonly<Record<"GREEN" | "AMBER" | "RED", string>> = {
  GREEN: RAG_COLOURS.GREEN.font,
  AMBER: RAG_COLOURS.AMBER.font,
  RED: RAG_COLOURS.RED.font,
};

const normalise = (header: string): string => header.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The summary chart for a CCG Summary table at A1, or undefined when the table has no CCGs or
 * lacks one of the columns it needs (Code, Population, Headroom (£), Configuration rating).
 * @param table - the CCG Summary table
 * @returns the chart, placed one column right of the table
 */
export function summaryChart(table: OutputTable): PlanChart | undefined {
  const headers = table.columns.map((column) => normalise(column.header));
  const index = (header: string): number => headers.indexOf(normalise(header));
  const code = index(SUMMARY_HEADERS.code);
  const population = index(SUMMARY_HEADERS.population);
  const headroom = index(SUMMARY_HEADERS.headroom);
  const rating = index(SUMMARY_HEADERS.rating);
  if (code < 0 || population < 0 || headroom < 0 || rating < 0 || table.rows.length === 0)
    return undefined;
  const body = (j: number): string => {
    const letters = columnLetters(j + 1);
    return `${letters}2:${letters}${table.rows.length + 1}`;
  };
  const pointColours = table.rows.map((row) => {
    const value = String(row[rating] ?? "")
      .trim()
      .toUpperCase();
    return value === "RED" || value === "AMBER" || value === "GREEN"
      ? RATING_POINT_COLOURS[value]
      : null;
  });
  const right = table.columns.length + 2;
  return {
    name: SUMMARY_CHART_NAME,
    title: SUMMARY_CHART_TITLE,
    categories: body(code),
    series: [
      {
        name: table.columns[population]?.header ?? SUMMARY_HEADERS.population,
        values: body(population),
        pointColours,
      },
      { name: table.columns[headroom]?.header ?? SUMMARY_HEADERS.headroom, values: body(headroom) },
    ],
    from: `${columnLetters(right)}2`,
    to: `${columnLetters(right + 11)}24`,
  };
}
