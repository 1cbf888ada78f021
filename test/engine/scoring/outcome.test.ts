import {
  CriterionStatus,
  DEFAULT_OUTCOME_THRESHOLDS,
  ScoredCriterion,
  assessAuthorisation,
  authorisationOutcome,
} from "../../../src/engine/scoring";

/** Criteria of one domain from statuses. */
function domain(number: number, ...statuses: CriterionStatus[]): ScoredCriterion[] {
  return statuses.map((status) => ({ domain: number, status }));
}

const allMet = [...domain(1, "Met", "Met", "Met"), ...domain(2, "Met", "Met")];

describe("authorisation outcome (SPEC §4)", () => {
  test("defaults are the §2.3 shares", () => {
    expect(DEFAULT_OUTCOME_THRESHOLDS).toEqual({
      directionsNotMetShare: 0.25,
      refuseNotMetShare: 0.5,
    });
  });

  test("all met: fully authorised, with no reasons", () => {
    expect(assessAuthorisation(allMet)).toMatchObject({ outcome: "Fully authorised", reasons: [] });
  });

  test("partially met or a few unmet: authorised with conditions", () => {
    expect(authorisationOutcome([...allMet, ...domain(3, "Partially met")])).toBe(
      "Authorised with conditions"
    );
    // 1 of 5 (20%) is not above 25%.
    const fewUnmet = domain(1, "Not met", "Met", "Met", "Met", "Met");
    const assessment = assessAuthorisation(fewUnmet);
    expect(assessment.outcome).toBe("Authorised with conditions");
    expect(assessment.reasons).toEqual(["1 criterion not met"]);
  });

  test("not assessed criteria stop full authorisation but bring no directions", () => {
    const assessment = assessAuthorisation([
      ...allMet,
      ...domain(4, "Not assessed", "Not assessed"),
    ]);
    expect(assessment.outcome).toBe("Authorised with conditions");
    expect(assessment.reasons).toEqual(["2 criteria not assessed"]);
  });

  test("a domain's unmet share above 25% brings directions; exactly 25% does not", () => {
    expect(authorisationOutcome(domain(1, "Not met", "Met", "Met", "Met"))).toBe(
      "Authorised with conditions"
    );
    const assessment = assessAuthorisation([
      ...domain(1, "Not met", "Met", "Met"),
      ...domain(2, "Met"),
    ]);
    expect(assessment.outcome).toBe("Authorised with conditions and directions");
    expect(assessment.reasons).toEqual([
      "Domain 1: 1 of 3 criteria not met (33.3%), above the 25% directions line",
    ]);
  });

  test("a domain's unmet share above 50% refuses; exactly 50% brings directions", () => {
    expect(authorisationOutcome(domain(2, "Not met", "Met"))).toBe(
      "Authorised with conditions and directions"
    );
    const assessment = assessAuthorisation([...allMet, ...domain(5, "Not met", "Not met", "Met")]);
    expect(assessment.outcome).toBe("Not authorised");
    expect(assessment.reasons).toEqual([
      "Domain 5: 2 of 3 criteria not met (66.7%), above the 50% refusal line",
    ]);
  });

  test("not assessed criteria count in the domain's share as criteria, not as unmet", () => {
    // 1 not met of 4 = 25%: not above the line.
    expect(authorisationOutcome(domain(1, "Not met", "Not assessed", "Not assessed", "Met"))).toBe(
      "Authorised with conditions"
    );
  });

  test("configuration RED brings directions; AMBER does not", () => {
    expect(authorisationOutcome(allMet, { configurationRating: "RED" })).toBe(
      "Authorised with conditions and directions"
    );
    expect(assessAuthorisation(allMet, { configurationRating: "RED" }).reasons).toEqual([
      "The configuration rating is RED",
    ]);
    expect(authorisationOutcome(allMet, { configurationRating: "AMBER" })).toBe("Fully authorised");
    expect(authorisationOutcome(allMet, { configurationRating: null })).toBe("Fully authorised");
  });

  test("an unmet critical criterion brings directions; a met one does not", () => {
    const criteria: ScoredCriterion[] = [
      ...allMet,
      { domain: 3, status: "Met", critical: true, id: "3.1A" },
      ...domain(3, "Met", "Met", "Met", "Met"),
    ];
    expect(authorisationOutcome(criteria)).toBe("Fully authorised");
    const unmet = criteria.map((c) => (c.id === "3.1A" ? { ...c, status: "Not met" as const } : c));
    const assessment = assessAuthorisation(unmet);
    expect(assessment.outcome).toBe("Authorised with conditions and directions");
    expect(assessment.reasons).toEqual(["Critical criterion 3.1A is not met"]);
  });

  test("refusal wins over directions", () => {
    expect(
      authorisationOutcome([...domain(1, "Not met", "Not met", "Met")], {
        configurationRating: "RED",
      })
    ).toBe("Not authorised");
  });

  test("thresholds are parameters", () => {
    const criteria = domain(1, "Not met", "Met", "Met", "Met", "Met"); // 20%
    expect(authorisationOutcome(criteria, { thresholds: { directionsNotMetShare: 0.1 } })).toBe(
      "Authorised with conditions and directions"
    );
    expect(
      authorisationOutcome(criteria, {
        thresholds: { directionsNotMetShare: 0.1, refuseNotMetShare: 0.15 },
      })
    ).toBe("Not authorised");
  });

  test("per-domain figures in domain order", () => {
    const { domains } = assessAuthorisation([
      ...domain(4, "Met", "Partially met"),
      ...domain(2, "Not met", "Met", "Met", "Met"),
    ]);
    expect(domains).toEqual([
      { domain: 2, criteria: 4, notMet: 1, notMetShare: 0.25, rating: "RED" },
      { domain: 4, criteria: 2, notMet: 0, notMetShare: 0, rating: "AMBER" },
    ]);
  });

  test("unusable input is refused with the value in the message", () => {
    expect(() => assessAuthorisation([])).toThrow(/no criteria/);
    expect(() => assessAuthorisation(allMet, { thresholds: { refuseNotMetShare: 1.5 } })).toThrow(
      /refuseNotMetShare 1.5 must be between 0 and 1/
    );
    expect(() =>
      assessAuthorisation(allMet, { thresholds: { directionsNotMetShare: 0.6 } })
    ).toThrow(/directions share 0.6 is above the refusal share 0.5/);
  });

  test("the outcome never improves when a Met criterion becomes Not met (seeded random lists)", () => {
    const order = [
      "Fully authorised",
      "Authorised with conditions",
      "Authorised with conditions and directions",
      "Not authorised",
    ];
    const statuses: CriterionStatus[] = ["Met", "Partially met", "Not met", "Not assessed"];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 300; trial++) {
      const criteria: ScoredCriterion[] = Array.from(
        { length: 2 + Math.floor(next() * 12) },
        () => ({
          domain: 1 + Math.floor(next() * 3),
          status: statuses[Math.floor(next() * 4)] as CriterionStatus,
        })
      );
      const metIndex = criteria.findIndex((c) => c.status === "Met");
      if (metIndex < 0) continue;
      const worse = criteria.map((c, i) =>
        i === metIndex ? { ...c, status: "Not met" as const } : c
      );
      expect(order.indexOf(authorisationOutcome(worse))).toBeGreaterThanOrEqual(
        order.indexOf(authorisationOutcome(criteria))
      );
    }
  });
});
