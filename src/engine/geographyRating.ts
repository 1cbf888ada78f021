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
  /** Practices outside the main piece with none of their nearest practices in this CCG. */
  readonly embeddedPractices: number;
  readonly embeddedShare: number;
  /** Practices inside the main piece with none of their nearest practices in this CCG (not rated). */
  readonly borderPractices?: number;
  /** The CCG most of the detached practices lie nearest to (the one the split goes round), or null. */
  readonly splitAround?: string | null;
  /** Code of the CCG that surrounds this one, or null. */
  readonly surroundedBy: string | null;
  /** Neighbours used to call a practice embedded. */
  readonly neighbourCount: number;
}

/** The local authorities a CCG is, when it holds them (SPEC §3.4): a split there follows council boundaries. */
export interface CouncilArea {
  /** The authorities it holds, each at least `coterminosity_margin_share` in this CCG. */
  readonly authorities: readonly string[];
  /** Share of those authorities, together, that lies in this CCG. */
  readonly coverage: number;
}

/**
 * The council area a CCG follows, from its local-authority fit: the authorities it holds, when at least
 * `coterminosity_margin_share` of the CCG lies in them; otherwise null.
 * @param fit the CCG's local-authority fit, or null without one
 * @param assumptions for `coterminosity_margin_share`
 * @example councilAreaOf(fit, DEFAULT_ASSUMPTIONS)?.authorities // ["Newcastle-under-Lyme", "Staffordshire Moorlands"]
 */
export function councilAreaOf(
  fit: LocalAuthorityFitResult | null,
  assumptions: Assumptions
): CouncilArea | null {
  if (fit === null || fit.wholeAuthorities.length === 0) return null;
  if (fit.heldShare < assumptions.coterminosity_margin_share) return null;
  return { authorities: fit.wholeAuthorities, coverage: fit.heldCoverage };
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/**
 * Geography: the worst of the detached-share and dispersion thresholds; amber when embedded practices hold
 * more than `embedded_amber_share`. A detached share above the red line is amber when the CCG follows
 * council boundaries (`councilArea`). Enclosure and border practices are reported, not rated.
 * @param figures null when no practice of the CCG has usable coordinates
 * @param councilArea the authorities the CCG holds ({@link councilAreaOf}), or null
 * @example rateGeography({ pieces: 2, detachedShare: 0.184, detachedPractices: 3, … }, DEFAULT_ASSUMPTIONS).reason
 *   // "18.4% of the population (3 practices) lies outside the main territory (2 pieces), above the 5% amber line"
 */
export function rateGeography(
  figures: GeographyFigures | null,
  assumptions: Assumptions,
  councilArea: CouncilArea | null = null
): ComponentAssessment {
  if (figures === null)
    return { rating: null, reason: "No practice has usable coordinates: geography not assessed" };
  const problems: string[] = [];
  let rating: Rating = "GREEN";
  const detached = `${formatShare(figures.detachedShare)} of the population (${plural(figures.detachedPractices, "practice")}) lies outside the main territory (${plural(figures.pieces, "piece")})`;
  if (figures.detachedShare > assumptions.detached_red_share && councilArea !== null) {
    rating = "AMBER";
    const around =
      figures.splitAround !== undefined && figures.splitAround !== null
        ? ` around ${figures.splitAround}`
        : "";
    problems.push(
      `${detached}, above the ${formatThresholdShare(assumptions.detached_red_share)} red line; but the territory of practices is in ${plural(figures.pieces, "piece")}${around} while the CCG is ${listWords(councilArea.authorities)} (${formatShare(councilArea.coverage)}): its area follows council boundaries`
    );
  } else if (figures.detachedShare > assumptions.detached_red_share) {
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
      `Embedded practices (outside the main territory, none of their ${figures.neighbourCount} nearest practices in this CCG) hold ${formatShare(figures.embeddedShare)} of the population (${plural(figures.embeddedPractices, "practice")}), above the ${formatThresholdShare(assumptions.embedded_amber_share)} amber line`
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
  const border = figures.borderPractices ?? 0;
  if (border > 0)
    sentences.push(
      `${plural(border, "border practice")} inside the main territory with none of ${border === 1 ? "its" : "their"} ${figures.neighbourCount} nearest practices in this CCG (not rated)`
    );
  return { rating, reason: sentences.join("; ") };
}

/**
 * Local authority: crossing boundaries substantially is amber (it needs a patient-benefit case); never red.
 * @param fit null when practices carry no local authority (or the lookup does not list the CCG)
 * @param hasColumn true when practices carry a local authority or the workbook has a lookup
 * @param source where the fit came from
 */
export function rateLocalAuthority(
  fit: LocalAuthorityFitResult | null,
  hasColumn: boolean,
  source: "column" | "lookup" = "column"
): ComponentAssessment {
  if (!hasColumn)
    return {
      rating: null,
      reason: "No local-authority column or lookup: local-authority fit not assessed",
    };
  if (fit === null)
    return {
      rating: null,
      reason:
        source === "lookup"
          ? "The local-authority lookup does not list this CCG: local-authority fit not assessed"
          : "No practice has a local authority: local-authority fit not assessed",
    };
  const label = LOCAL_AUTHORITY_FIT_LABELS[fit.fit];
  switch (fit.fit) {
    case "coterminous":
      return { rating: "GREEN", reason: `${label} with ${fit.mainAuthority}` };
    case "coterminousSeveral":
      return {
        rating: "GREEN",
        reason: `${label} local authorities: holds ${listWords(fit.wholeAuthorities)} (${formatShare(fit.heldCoverage)} of them in this CCG)`,
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
