/** The statuses and domains ranges of OUTCOME, read into scored criteria. */
import { FormulaInputError } from "../engine/formulas";
import { ScoredCriterion } from "../engine/scoring";
import {
  domainColumn,
  positionIn,
  rangeArgument,
  requireSameShape,
  statusColumn,
} from "./arguments";
import { isBlankArgument } from "./excelValues";

/**
 * Criteria from a statuses range and a domains range of the same shape. A position with neither a
 * status nor a domain is skipped; a blank status with a domain is Not assessed.
 * @param statuses Met, Partially met, Not met or Not assessed per criterion
 * @param domains domain number 1–6 per criterion
 * @returns the criteria (at least one)
 * @throws FormulaInputError for different shapes, an unknown status or domain, a status without a
 *   domain, or no criteria at all
 */
export function criteriaArguments(statuses: unknown[][], domains: unknown[][]): ScoredCriterion[] {
  const statusRange = rangeArgument(statuses, "statuses");
  const domainRange = rangeArgument(domains, "domains");
  requireSameShape(statusRange, domainRange);
  const domainNumbers = domainColumn(domainRange);
  const statusValues = statusColumn(statusRange);
  const criteria: ScoredCriterion[] = [];
  domainNumbers.forEach((domain, index) => {
    if (domain === null) {
      if (isBlankArgument(statusRange.cells[index])) return;
      throw new FormulaInputError(`${positionIn(domainRange, index)} is blank`);
    }
    criteria.push({ domain, status: statusValues[index] ?? "Not assessed" });
  });
  if (criteria.length === 0) throw new FormulaInputError("domains has no criteria");
  return criteria;
}
