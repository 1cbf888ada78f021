// Issue #15: a territory split that follows council boundaries is AMBER, not RED, and says so.
import { DEFAULT_ASSUMPTIONS } from "../../../src/engine/assumptions";
import {
  councilAreaOf,
  GeographyFigures,
  rateGeography,
} from "../../../src/engine/geographyRating";
import { LocalAuthorityFitResult } from "../../../src/engine/localAuthorityFit";

const A = DEFAULT_ASSUMPTIONS;
const split: GeographyFigures = {
  pieces: 2,
  detachedShare: 0.3,
  detachedPractices: 9,
  standardDistanceKm: 8,
  embeddedPractices: 0,
  embeddedShare: 0,
  surroundedBy: null,
  splitAround: "05W",
  neighbourCount: 6,
};
const fit = (
  heldShare: number,
  wholeAuthorities: string[],
  heldCoverage = 0.96
): LocalAuthorityFitResult => ({
  fit: "coterminousSeveral",
  mainAuthority: wholeAuthorities[0] ?? "LA",
  mainShare: heldShare,
  authorities: wholeAuthorities.length,
  wholeAuthorities,
  heldShare,
  heldCoverage,
});

describe("a split that follows council boundaries", () => {
  const councils = ["Newcastle-under-Lyme", "Staffordshire Moorlands"];

  test("with the councils it holds, a red split is amber and the reason names them", () => {
    const result = rateGeography(split, A, councilAreaOf(fit(1, councils), A));
    expect(result.rating).toBe("AMBER");
    expect(result.reason).toContain(
      "30.0% of the population (9 practices) lies outside the main territory (2 pieces)"
    );
    expect(result.reason).toContain(
      "in 2 pieces around 05W while the CCG is Newcastle-under-Lyme and Staffordshire Moorlands (96.0%)"
    );
  });

  test("without a council area (a mosaic inside a shared authority) it stays red", () => {
    expect(rateGeography(split, A).rating).toBe("RED");
    expect(rateGeography(split, A, councilAreaOf(null, A)).rating).toBe("RED");
    const shared: LocalAuthorityFitResult = {
      ...fit(0, []),
      fit: "withinOne",
      mainAuthority: "Birmingham",
      wholeAuthorities: [],
    };
    expect(councilAreaOf(shared, A)).toBeNull();
  });

  test("the CCG's share in the councils it holds counts at exactly the margin (0.90), not below", () => {
    expect(councilAreaOf(fit(0.9, councils), A)).toEqual({ authorities: councils, coverage: 0.96 });
    expect(rateGeography(split, A, councilAreaOf(fit(0.9, councils), A)).rating).toBe("AMBER");
    expect(councilAreaOf(fit(0.8999, councils), A)).toBeNull();
    expect(rateGeography(split, A, councilAreaOf(fit(0.8999, councils), A)).rating).toBe("RED");
    expect(
      councilAreaOf(fit(0.95, councils), { ...A, coterminosity_margin_share: 0.96 })
    ).toBeNull();
  });

  test("only the split is softened: dispersion above the red line stays red", () => {
    const spread = { ...split, standardDistanceKm: 60 };
    expect(rateGeography(spread, A, councilAreaOf(fit(1, councils), A)).rating).toBe("RED");
  });

  test("a split below the red line is unchanged (amber stays amber, with the usual reason)", () => {
    const amber = { ...split, detachedShare: 0.1 };
    const result = rateGeography(amber, A, councilAreaOf(fit(1, councils), A));
    expect(result.rating).toBe("AMBER");
    expect(result.reason).not.toContain("council");
  });
});
