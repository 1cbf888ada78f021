/** The configuration rating from a few figures (the RATING formula), by the engine's own rules (SPEC §3.4). */
import { NEIGHBOUR_COUNT } from "../analyse";
import { Assumptions, DEFAULT_ASSUMPTIONS } from "../assumptions";
import { rateGeography } from "../geographyRating";
import { configurationRating, rateFinance, rateSize } from "../ratings";
import { ComponentAssessment, ComponentName, Rating } from "../types";
import { FormulaInputError } from "./errors";

/** What RATING knows about a CCG. */
export interface RatingFigures {
  /** Registered patients (≥ 0). */
  readonly population: number;
  /** £ left of the running cost allowance after fixed costs and support. */
  readonly headroom: number;
  /** Share of the population outside the main territory (0 … 1), or null when not known. */
  readonly detachedShare: number | null;
  /** Weighted standard distance in km (≥ 0), or null when not known. */
  readonly dispersionKm: number | null;
  /** The CCG has a collaborative arrangement: a size or finance red becomes amber. */
  readonly hasArrangement: boolean;
}

const NOT_RATED: ComponentAssessment = { rating: null, reason: "not given" };

function checkFigures(figures: RatingFigures): void {
  const { population, headroom, detachedShare, dispersionKm } = figures;
  if (!(population >= 0) || population === Infinity) {
    throw new FormulaInputError(`population ${population} must be a number of at least 0`);
  }
  if (!Number.isFinite(headroom))
    throw new FormulaInputError(`headroom ${headroom} is not a number`);
  if (detachedShare !== null && !(detachedShare >= 0 && detachedShare <= 1)) {
    throw new FormulaInputError(`detachedShare ${detachedShare} must be between 0 and 1`);
  }
  if (dispersionKm !== null && (!(dispersionKm >= 0) || dispersionKm === Infinity)) {
    throw new FormulaInputError(`dispersionKm ${dispersionKm} must be a number of at least 0`);
  }
}

/**
 * The configuration rating (worst component) and its reasons from size, finance and, when a
 * detached share or dispersion is given, geography; local authority and membership are not rated.
 * The allowance is population × `rca_per_head`. A missing geography figure counts as 0 when the
 * other is given (embedded practices are not known, so they never raise the rating).
 * @param figures population, headroom, optional geography figures and the arrangement flag
 * @param assumptions thresholds (default: SPEC §2.3)
 * @returns the rating and the reasons of its red and amber components
 * @throws FormulaInputError when a figure is out of range
 * @example rateConfiguration({ population: 48210, headroom: 2e5, detachedShare: null, dispersionKm: null, hasArrangement: false }).rating
 *   // "RED"
 */
export function rateConfiguration(
  figures: RatingFigures,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS
): { rating: Rating; reasons: string[] } {
  checkFigures(figures);
  const { population, headroom, detachedShare, dispersionKm, hasArrangement } = figures;
  const allowance = population * assumptions.rca_per_head;
  const geographyKnown = detachedShare !== null || dispersionKm !== null;
  const geography = geographyKnown
    ? rateGeography(
        {
          pieces: (detachedShare ?? 0) > 0 ? 2 : 1,
          detachedShare: detachedShare ?? 0,
          detachedPractices: 0,
          standardDistanceKm: dispersionKm ?? 0,
          embeddedPractices: 0,
          embeddedShare: 0,
          surroundedBy: null,
          neighbourCount: NEIGHBOUR_COUNT,
        },
        assumptions
      )
    : NOT_RATED;
  const components: Record<ComponentName, ComponentAssessment> = {
    size: rateSize(population, assumptions, hasArrangement),
    finance: rateFinance(headroom, allowance, assumptions, hasArrangement),
    geography,
    localAuthority: NOT_RATED,
    membership: NOT_RATED,
  };
  return configurationRating(components);
}
