import { DEFAULT_ASSUMPTIONS } from "../../../src/engine/assumptions";
import { worstRating } from "../../../src/engine/ratings";
import { FormulaInputError, rateConfiguration } from "../../../src/engine/formulas";
import { Rating } from "../../../src/engine/types";
import { sampleColumns } from "./helpers/sampleColumns";

const figures = {
  population: 200_000,
  headroom: 2_200_000,
  detachedShare: null,
  dispersionKm: null,
  hasArrangement: false,
};

describe("configuration rating from figures", () => {
  test("size and finance lines", () => {
    expect(rateConfiguration(figures).rating).toBe("GREEN");
    expect(rateConfiguration({ ...figures, population: 48_210 }).rating).toBe("RED");
    expect(rateConfiguration({ ...figures, population: 80_000 }).rating).toBe("AMBER");
    expect(rateConfiguration({ ...figures, headroom: -1 }).rating).toBe("RED");
    // Amber below 10% of the 5,000,000 allowance.
    expect(rateConfiguration({ ...figures, headroom: 499_999 }).rating).toBe("AMBER");
    expect(rateConfiguration({ ...figures, headroom: 500_000 }).rating).toBe("GREEN");
  });

  test("a collaborative arrangement turns red into amber", () => {
    const result = rateConfiguration({ ...figures, population: 48_210, hasArrangement: true });
    expect(result.rating).toBe("AMBER");
    expect(result.reasons.join(" ")).toContain("collaborative arrangement");
  });

  test("geography lines, rated only when a figure is given", () => {
    expect(rateConfiguration({ ...figures, detachedShare: 0.05 }).rating).toBe("GREEN");
    expect(rateConfiguration({ ...figures, detachedShare: 0.06 }).rating).toBe("AMBER");
    expect(rateConfiguration({ ...figures, detachedShare: 0.21 }).rating).toBe("RED");
    expect(rateConfiguration({ ...figures, dispersionKm: 25.1 }).rating).toBe("AMBER");
    expect(rateConfiguration({ ...figures, dispersionKm: 50.1 }).rating).toBe("RED");
    // Geography red is not softened by an arrangement.
    expect(rateConfiguration({ ...figures, dispersionKm: 60, hasArrangement: true }).rating).toBe(
      "RED"
    );
  });

  test("thresholds come from the assumptions given", () => {
    const strict = { ...DEFAULT_ASSUMPTIONS, population_amber_below: 250_000 };
    expect(rateConfiguration(figures, strict).rating).toBe("AMBER");
  });

  test("figures out of range are bad arguments", () => {
    expect(() => rateConfiguration({ ...figures, population: -1 })).toThrow(FormulaInputError);
    expect(() => rateConfiguration({ ...figures, detachedShare: 1.2 })).toThrow(
      "detachedShare 1.2 must be between 0 and 1"
    );
    expect(() => rateConfiguration({ ...figures, dispersionKm: -3 })).toThrow("dispersionKm -3");
    expect(() => rateConfiguration({ ...figures, headroom: Number.NaN })).toThrow("headroom NaN");
  });

  test("agrees with the analysis of the sample: worst of its size, finance and geography ratings", () => {
    const { result } = sampleColumns(3);
    let compared = 0;
    for (const ccg of result.ccgs) {
      const geography = ccg.geography;
      if (geography === null || geography.embeddedShare > DEFAULT_ASSUMPTIONS.embedded_amber_share)
        continue;
      const expected = [
        ccg.components.size,
        ccg.components.finance,
        ccg.components.geography,
      ].reduce<Rating>(
        (worst, component) =>
          component.rating === null ? worst : worstRating(worst, component.rating),
        "GREEN"
      );
      const rated = rateConfiguration({
        population: ccg.population,
        headroom: ccg.headroom,
        detachedShare: geography.detachedShare,
        dispersionKm: geography.standardDistanceKm,
        hasArrangement: ccg.collaborativeArrangement,
      });
      expect({ code: ccg.code, rating: rated.rating }).toEqual({
        code: ccg.code,
        rating: expected,
      });
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });
});
