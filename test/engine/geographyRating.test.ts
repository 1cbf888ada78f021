import { DEFAULT_ASSUMPTIONS } from "../../src/engine/assumptions";
import { GeographyFigures, rateGeography, rateLocalAuthority } from "../../src/engine/geographyRating";

const A = DEFAULT_ASSUMPTIONS;
const compact: GeographyFigures = {
  pieces: 1,
  detachedShare: 0,
  detachedPractices: 0,
  standardDistanceKm: 3.2,
  embeddedPractices: 0,
  embeddedShare: 0,
  surroundedBy: null,
  neighbourCount: 6,
};

describe("geography rating (SPEC §3.4)", () => {
  test("one compact territory is green", () => {
    expect(rateGeography(compact, A)).toEqual({ rating: "GREEN", reason: "One territory; weighted standard distance 3.2 km" });
  });
  test("detached share: amber above 5%, red above 20%, with the numbers", () => {
    const amber = rateGeography({ ...compact, pieces: 2, detachedShare: 0.184, detachedPractices: 3 }, A);
    expect(amber.rating).toBe("AMBER");
    expect(amber.reason).toContain("18.4% of the population (3 practices) lies outside the main territory");
    expect(amber.reason).toContain("5% amber line");
    expect(rateGeography({ ...compact, pieces: 2, detachedShare: 0.05, detachedPractices: 1 }, A).rating).toBe("GREEN");
    const red = rateGeography({ ...compact, pieces: 3, detachedShare: 0.21, detachedPractices: 7 }, A);
    expect(red.rating).toBe("RED");
    expect(red.reason).toContain("21.0% of the population (7 practices)");
    expect(red.reason).toContain("20% red line");
  });
  test("dispersion: amber above 25 km, red above 50 km", () => {
    expect(rateGeography({ ...compact, standardDistanceKm: 25 }, A).rating).toBe("GREEN");
    expect(rateGeography({ ...compact, standardDistanceKm: 27.34 }, A)).toEqual({
      rating: "AMBER",
      reason: "Weighted standard distance 27.3 km exceeds the 25 km amber line",
    });
    expect(rateGeography({ ...compact, standardDistanceKm: 50.1 }, A).rating).toBe("RED");
  });
  test("embedded practices above 2% of the population make it amber", () => {
    const result = rateGeography({ ...compact, embeddedPractices: 2, embeddedShare: 0.031 }, A);
    expect(result.rating).toBe("AMBER");
    expect(result.reason).toContain("3.1% of the population (2 practices)");
    expect(rateGeography({ ...compact, embeddedPractices: 1, embeddedShare: 0.02 }, A).rating).toBe("GREEN");
  });
  test("the worst part wins and every failing part is named", () => {
    const result = rateGeography({ ...compact, pieces: 2, detachedShare: 0.3, detachedPractices: 4, standardDistanceKm: 30, embeddedPractices: 1, embeddedShare: 0.05 }, A);
    expect(result.rating).toBe("RED");
    expect(result.reason.split("; ")).toHaveLength(3);
  });
  test("enclosure is reported with the surrounding CCG's code", () => {
    expect(rateGeography({ ...compact, surroundedBy: "05W" }, A).reason).toContain("surrounded by 05W");
    expect(rateGeography({ ...compact, surroundedBy: "05W" }, A).rating).toBe("GREEN");
  });
  test("thresholds come from the assumptions", () => {
    const lenient = { ...A, detached_amber_share: 0.25, detached_red_share: 0.5, dispersion_amber_km: 40, dispersion_red_km: 80, embedded_amber_share: 0.1 };
    expect(rateGeography({ ...compact, pieces: 2, detachedShare: 0.2, detachedPractices: 2, standardDistanceKm: 35, embeddedShare: 0.05, embeddedPractices: 1 }, lenient).rating).toBe("GREEN");
  });
  test("no coordinates: not rated", () => {
    expect(rateGeography(null, A).rating).toBeNull();
  });
});

describe("local-authority rating (SPEC §3.3)", () => {
  const base = { mainAuthority: "E09000002", mainShare: 1, authorities: 1, wholeAuthorities: ["E09000002"], heldShare: 1, heldCoverage: 1 };
  test("coterminous, several, within one and margins are green", () => {
    expect(rateLocalAuthority({ ...base, fit: "coterminous" }, true)).toEqual({ rating: "GREEN", reason: "Coterminous with E09000002" });
    expect(rateLocalAuthority({ ...base, fit: "coterminousSeveral", authorities: 2, wholeAuthorities: ["E07000001", "E07000002"] }, true).reason).toContain("E07000001 and E07000002");
    expect(rateLocalAuthority({ ...base, fit: "withinOne", wholeAuthorities: [] }, true).rating).toBe("GREEN");
    const margins = rateLocalAuthority({ ...base, fit: "crossesAtMargins", mainShare: 0.93, authorities: 2, wholeAuthorities: [] }, true);
    expect(margins.rating).toBe("GREEN");
    expect(margins.reason).toContain("93.0%");
  });
  test("crossing substantially is amber, never red", () => {
    const result = rateLocalAuthority({ ...base, fit: "crossesSubstantially", mainShare: 0.62, authorities: 3, wholeAuthorities: [] }, true);
    expect(result.rating).toBe("AMBER");
    expect(result.reason).toContain("62.0%");
    expect(result.reason).toContain("2 other authorities");
  });
  test("null without a local-authority column or values", () => {
    expect(rateLocalAuthority(null, false).rating).toBeNull();
    expect(rateLocalAuthority(null, true).rating).toBeNull();
  });
});
