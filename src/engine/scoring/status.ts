/** Statuses of authorisation criteria (SPEC §4) and reading them from cells. */
import { CellValue, isBlankCell, isCellError } from "../cells";
import { CellReading } from "../values";

/** How far a CCG meets one authorisation criterion. */
export type CriterionStatus = "Met" | "Partially met" | "Not met" | "Not assessed";

/** Every status, in the order a scoring sheet's dropdown lists them. */
export const CRITERION_STATUSES: readonly CriterionStatus[] = [
  "Met",
  "Partially met",
  "Not met",
  "Not assessed",
];

const STATUS_BY_WORDS: ReadonlyMap<string, CriterionStatus> = new Map(
  CRITERION_STATUSES.map((status) => [statusWords(status), status])
);

/** Lower case, with runs of spaces, hyphens and underscores made one space ("Not_met" → "not met"). */
function statusWords(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}

/**
 * A criterion's status from a cell: the four statuses in any case (spaces, hyphens and underscores
 * alike); a blank cell is Not assessed. Anything else is a problem naming the value.
 * @param cell the cell's value
 * @returns the status, or a problem in the words of values.ts ("is not a status (Met, …)"), the
 *   caller adding the value and where it is
 * @example readCriterionStatus("partially MET") // { kind: "value", value: "Partially met" }
 * @example readCriterionStatus(null) // { kind: "value", value: "Not assessed" }
 */
export function readCriterionStatus(cell: CellValue | undefined): CellReading<CriterionStatus> {
  if (isBlankCell(cell)) return { kind: "value", value: "Not assessed" };
  if (isCellError(cell)) return { kind: "problem", problem: `holds the Excel error ${cell.error}` };
  const status = typeof cell === "string" ? STATUS_BY_WORDS.get(statusWords(cell)) : undefined;
  if (status !== undefined) return { kind: "value", value: status };
  return {
    kind: "problem",
    problem: "is not a status (Met, Partially met, Not met or Not assessed)",
  };
}

/** How many criteria have each status. */
export type StatusCounts = Record<CriterionStatus, number>;

/**
 * Counts statuses.
 * @param statuses the statuses of some criteria
 * @returns a count for every status (0 when absent)
 * @example countStatuses(["Met", "Met", "Not met"]) // { Met: 2, "Partially met": 0, "Not met": 1, "Not assessed": 0 }
 */
export function countStatuses(statuses: readonly CriterionStatus[]): StatusCounts {
  const counts: StatusCounts = { Met: 0, "Partially met": 0, "Not met": 0, "Not assessed": 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}
