/** Geography and local-authority components of the rating (SPEC §3.4). */
import { Assumptions } from "./assumptions";
import { formatKm, formatShare, formatThresholdKm, formatThresholdShare, plural } from "./format";
import { LOCAL_AUTHORITY_FIT_LABELS, LocalAuthorityFitResult } from "./localAuthorityFit";
import { worstRating } from "./ratings";
import { ComponentAssessment, Rating } from "./types";

/** The geography figures of one CCG that its rating needs. */
export interface GeographyFigures {
  readonly pieces: number;
  readonly detachedShare: number;
  readonly detachedPractices: number;
  readonly standardDistanceKm: number;
  readonly embeddedPractices: number;
  readonly embeddedShare: number;
  /** Code of the CCG that surrounds this one, or null. */
  readonly surroundedBy: string | null;
  /** Neighbours used to call a practice embedded. */
  readonly neighbourCount: number;
}

/**
 * Geography: the worst of the detached-share and dispersion thresholds; amber when embedded practices hold
 * more than `embedded_amber_share`. Enclosure is reported, not rated.
 * @param figures null when no practice of the CCG has usable coordinates
 * @example rateGeography({ pieces: 2, detachedShare: 0.184, detachedPractices: 3, … }, DEFAULT_ASSUMPTIONS).reason
 *   // "18.4% of the population (3 practices) lies outside the main territory (2 pieces), above the 5% amber line"
 */
export function rateGeography(
  figures: GeographyFigures | null,
  assumptions: Assumptions
): ComponentAssessment {
  if (figures === null)
    return { rating: null, reason: "No practice has usable coordinates: geography not assessed" };
  const problems: string[] = [];
  let rating: Rating = "GREEN";
  const detached = `${formatShare(figures.detachedShare)} of the population (${plural(figures.detachedPractices, "practice")}) lies outside the main territory (${plural(figures.pieces, "piece")})`;
  if (figures.detachedShare > assumptions.detached_red_share) {
    rating = "RED";
    problems.push(
      `${detached}, above the ${formatThresholdShare(assumptions.detached_red_share)} red line`
    );
  } else if (figures.detachedShare > assumptions.detached_amber_share) {
    rating = "AMBER";
    problems.push(
      `${detached}, above the ${formatThresholdShare(assumptions.detached_amber_share)} amber line`
    );
  }
  const spread = `Weighted standard distance ${formatKm(figures.standardDistanceKm)}`;
  if (figures.standardDistanceKm > assumptions.dispersion_red_km) {
    rating = "RED";
    problems.push(
      `${spread} exceeds the ${formatThresholdKm(assumptions.dispersion_red_km)} red line`
    );
  } else if (figures.standardDistanceKm > assumptions.dispersion_amber_km) {
    rating = worstRating(rating, "AMBER");
    problems.push(
      `${spread} exceeds the ${formatThresholdKm(assumptions.dispersion_amber_km)} amber line`
    );
  }
  if (figures.embeddedShare > assumptions.embedded_amber_share) {
    rating = worstRating(rating, "AMBER");
    problems.push(
      `Embedded practices (none of their ${figures.neighbourCount} nearest practices in this CCG) hold ${formatShare(figures.embeddedShare)} of the population (${plural(figures.embeddedPractices, "practice")}), above the ${formatThresholdShare(assumptions.embedded_amber_share)} amber line`
    );
  }
  const sentences =
    problems.length > 0
      ? problems
      : [
          figures.pieces <= 1
            ? `One territory; ${spread.toLowerCase()}`
            : `${detached}; ${spread.toLowerCase()}`,
        ];
  if (figures.surroundedBy !== null) sentences.push(`surrounded by ${figures.surroundedBy}`);
  return { rating, reason: sentences.join("; ") };
}

/**
 * Local authority: crossing boundaries substantially is amber (it needs a patient-benefit case); never red.
 * @param fit null when practices carry no local authority
 */
export function rateLocalAuthority(
  fit: LocalAuthorityFitResult | null,
  hasColumn: boolean
): ComponentAssessment {
  if (!hasColumn)
    return { rating: null, reason: "No local-authority column: local-authority fit not assessed" };
  if (fit === null)
    return {
      rating: null,
      reason: "No practice has a local authority: local-authority fit not assessed",
    };
  const label = LOCAL_AUTHORITY_FIT_LABELS[fit.fit];
  switch (fit.fit) {
    case "coterminous":
      return { rating: "GREEN", reason: `${label} with ${fit.mainAuthority}` };
    case "coterminousSeveral":
      return {
        rating: "GREEN",
        reason: `${label} local authorities: holds ${fit.wholeAuthorities.join(", ")} entirely`,
      };
    case "withinOne":
      return { rating: "GREEN", reason: `Within ${fit.mainAuthority}, shared with other CCGs` };
    case "crossesAtMargins":
      return {
        rating: "GREEN",
        reason: `Crosses local-authority boundaries only at the margins: ${formatShare(fit.mainShare)} of the population in its main area (${fit.mainAuthority}${fit.wholeAuthorities
          .filter((a) => a !== fit.mainAuthority)
          .map((a) => `, ${a}`)
          .join("")})`,
      };
    case "crossesSubstantially":
      return {
        rating: "AMBER",
        reason: `Crosses local-authority boundaries substantially: ${formatShare(fit.mainShare)} of the population in its main area (${fit.mainAuthority}), the rest across ${plural(fit.authorities - 1, "other authority", "other authorities")}; needs a patient-benefit case`,
      };
  }
}
