import { CRITERION_STATUSES, CriterionStatus, domainRating } from "../../../src/engine/scoring";

/** Every list of statuses of the given length (4⁴ = 256 lists for length 4). */
function allStatusLists(length: number): CriterionStatus[][] {
  if (length === 0) return [[]];
  return allStatusLists(length - 1).flatMap((rest) =>
    CRITERION_STATUSES.map((status) => [status, ...rest])
  );
}

describe("domain rating (SPEC §4)", () => {
  test("the four ratings", () => {
    expect(domainRating(["Met", "Met"])).toBe("GREEN");
    expect(domainRating(["Met", "Partially met"])).toBe("AMBER");
    expect(domainRating(["Met", "Partially met", "Not met"])).toBe("RED");
    expect(domainRating(["Met", "Not assessed"])).toBe("INCOMPLETE");
    expect(domainRating(["Not assessed"])).toBe("INCOMPLETE");
  });

  test("partially met outranks not assessed; not met outranks everything", () => {
    expect(domainRating(["Partially met", "Not assessed"])).toBe("AMBER");
    expect(domainRating(["Not assessed", "Not met"])).toBe("RED");
  });

  test("a domain without criteria is refused", () => {
    expect(() => domainRating([])).toThrow(/no criteria/);
  });

  test("every list of up to 4 statuses: the rating follows the spec sentence, whatever the order", () => {
    for (let length = 1; length <= 4; length++) {
      for (const statuses of allStatusLists(length)) {
        const has = (status: CriterionStatus) => statuses.includes(status);
        const rating = domainRating(statuses);
        expect(domainRating([...statuses].reverse())).toBe(rating);
        if (statuses.every((s) => s === "Met")) expect(rating).toBe("GREEN");
        if (has("Not met")) expect(rating).toBe("RED");
        if (!has("Not met") && has("Partially met")) expect(rating).toBe("AMBER");
        if (!has("Not met") && !has("Partially met") && has("Not assessed")) {
          expect(rating).toBe("INCOMPLETE");
        }
      }
    }
  });
});
