import { DEFAULT_ASSUMPTIONS } from "../../src/engine/assumptions";
import { configurationRating, rateFinance, rateMembership, rateSize, worstRating } from "../../src/engine/ratings";
import { ComponentAssessment, ComponentName } from "../../src/engine/types";

const A = DEFAULT_ASSUMPTIONS;

describe("size rating (SPEC §3.4)", () => {
  test("red below 50,000 with the number in the reason", () => {
    expect(rateSize(48210, A, false)).toEqual({ rating: "RED", reason: "Population 48,210 is below the 50,000 red line" });
  });
  test("amber below 100,000, green at 100,000 exactly", () => {
    expect(rateSize(50000, A, false).rating).toBe("AMBER");
    expect(rateSize(99999, A, false).reason).toBe("Population 99,999 is below the 100,000 amber line");
    expect(rateSize(100000, A, false)).toEqual({ rating: "GREEN", reason: "Population 100,000 is at or above the 100,000 amber line" });
  });
  test("a collaborative arrangement turns red into amber but leaves amber alone", () => {
    const softened = rateSize(48210, A, true);
    expect(softened.rating).toBe("AMBER");
    expect(softened.reason).toContain("48,210");
    expect(softened.reason).toContain("collaborative arrangement");
    expect(rateSize(80000, A, true)).toEqual(rateSize(80000, A, false));
  });
  test("thresholds come from the assumptions", () => {
    const strict = { ...A, population_red_below: 100000, population_amber_below: 150000 };
    expect(rateSize(99000, strict, false).rating).toBe("RED");
    expect(rateSize(120000, strict, false).reason).toBe("Population 120,000 is below the 150,000 amber line");
  });
});

describe("finance rating", () => {
  test("red when headroom is negative", () => {
    const result = rateFinance(-120000, 1175000, A, false);
    expect(result.rating).toBe("RED");
    expect(result.reason).toContain("-£120,000");
    expect(result.reason).toContain("£1,175,000");
  });
  test("amber when headroom is below 10% of the allowance; green at exactly 10%", () => {
    expect(rateFinance(149999, 1500000, A, false)).toEqual({
      rating: "AMBER",
      reason: "Headroom £149,999 is below 10% of the £1,500,000 allowance (£150,000)",
    });
    expect(rateFinance(150000, 1500000, A, false).rating).toBe("GREEN");
    expect(rateFinance(0, 1500000, A, false).rating).toBe("AMBER");
  });
  test("collaborative arrangement softens red", () => {
    expect(rateFinance(-1, 1000, A, true).rating).toBe("AMBER");
  });
  test("headroom_amber_share is honoured", () => {
    expect(rateFinance(300000, 1500000, { ...A, headroom_amber_share: 0.25 }, false).rating).toBe("AMBER");
  });
});

describe("membership rating", () => {
  test("red below 75%, amber below 100%, green at 100%", () => {
    expect(rateMembership(0.74, A)).toEqual({ rating: "RED", reason: "Member practices hold 74.0% of the list, below the 75% red line" });
    expect(rateMembership(0.75, A).rating).toBe("AMBER");
    expect(rateMembership(0.999, A).rating).toBe("AMBER");
    expect(rateMembership(1, A).rating).toBe("GREEN");
  });
  test("not rated without a member column", () => {
    expect(rateMembership(null, A).rating).toBeNull();
  });
  test("membership_red_below is honoured", () => {
    expect(rateMembership(0.85, { ...A, membership_red_below: 0.9 }).rating).toBe("RED");
  });
});

describe("configuration rating", () => {
  const green: ComponentAssessment = { rating: "GREEN", reason: "fine" };
  const make = (overrides: Partial<Record<ComponentName, ComponentAssessment>>) => ({
    size: green,
    finance: green,
    geography: green,
    localAuthority: green,
    membership: green,
    ...overrides,
  });
  test("the worst component wins; unrated components are ignored", () => {
    expect(configurationRating(make({})).rating).toBe("GREEN");
    expect(configurationRating(make({ localAuthority: { rating: null, reason: "n/a" } })).rating).toBe("GREEN");
    expect(configurationRating(make({ geography: { rating: "AMBER", reason: "a" } })).rating).toBe("AMBER");
    expect(configurationRating(make({ geography: { rating: "AMBER", reason: "a" }, finance: { rating: "RED", reason: "r" } })).rating).toBe("RED");
  });
  test("reasons list red components first, then amber, and no green ones", () => {
    const result = configurationRating(
      make({ size: { rating: "AMBER", reason: "small" }, membership: { rating: "RED", reason: "members" }, finance: { rating: "RED", reason: "money" } })
    );
    expect(result.reasons).toEqual(["money", "members", "small"]);
  });
  test("worstRating", () => {
    expect(worstRating("GREEN", "AMBER")).toBe("AMBER");
    expect(worstRating("RED", "AMBER")).toBe("RED");
  });
});
