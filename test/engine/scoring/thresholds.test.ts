import { assessAuthorisation, ScoredCriterion } from "../../../src/engine/scoring/outcome";
import { CriterionStatus } from "../../../src/engine/scoring/status";
import {
  ScoringRow,
  scoredCriteria,
  sixDomainRatings,
} from "../../../src/engine/scoring/scoreCcgs";

/** One domain of `total` criteria, `notMet` of them Not met, the rest Met. */
function domain(notMet: number, total: number, number = 1): ScoredCriterion[] {
  return Array.from({ length: total }, (_, i) => ({
    domain: number,
    status: (i < notMet ? "Not met" : "Met") as CriterionStatus,
  }));
}

describe("outcome at and around the thresholds", () => {
  test.each([
    [1, 5, "Authorised with conditions"], // 20%
    [1, 4, "Authorised with conditions"], // 25% exactly: not above
    [2, 7, "Authorised with conditions and directions"], // 28.6%
    [2, 4, "Authorised with conditions and directions"], // 50% exactly: not above
    [4, 7, "Not authorised"], // 57.1%
    [3, 5, "Not authorised"], // 60%
  ])("%i of %i not met: %s", (notMet, total, outcome) => {
    expect(assessAuthorisation(domain(notMet, total)).outcome).toBe(outcome);
  });

  test("thresholds moved: 25% is above a 20% directions line and 50% above a 40% refusal line", () => {
    const thresholds = { directionsNotMetShare: 0.2, refuseNotMetShare: 0.4 };
    expect(assessAuthorisation(domain(1, 4), { thresholds }).outcome).toBe(
      "Authorised with conditions and directions"
    );
    expect(assessAuthorisation(domain(2, 4), { thresholds }).outcome).toBe("Not authorised");
  });

  test("a critical Not met in a domain under the lines brings directions", () => {
    const criteria = [
      ...domain(0, 7),
      { domain: 2, status: "Not met" as const, critical: true, id: "2.1A" },
      ...domain(0, 6, 2),
    ];
    const assessment = assessAuthorisation(criteria);
    expect(assessment.outcome).toBe("Authorised with conditions and directions");
    expect(assessment.reasons).toEqual(["Critical criterion 2.1A is not met"]);
  });

  test("configuration RED alone brings directions, even with every criterion Met", () => {
    expect(assessAuthorisation(domain(0, 6), { configurationRating: "RED" }).outcome).toBe(
      "Authorised with conditions and directions"
    );
    expect(assessAuthorisation(domain(0, 6), { configurationRating: "AMBER" }).outcome).toBe(
      "Fully authorised"
    );
  });

  test("Not assessed only: every domain INCOMPLETE, authorised with conditions", () => {
    const rows: ScoringRow[] = [1, 2, 3, 4, 5, 6].map((d) => {
      const values = { status: d % 2 === 0 ? "" : "Not assessed", support: "", evidence: "" };
      return {
        domain: d,
        id: `${d}.1A`,
        text: "x",
        critical: true,
        ...values,
        written: values,
        removed: false,
      };
    });
    const assessment = assessAuthorisation(scoredCriteria(rows));
    expect(sixDomainRatings(assessment)).toEqual(Array(6).fill("INCOMPLETE"));
    expect(assessment.outcome).toBe("Authorised with conditions");
  });

  test("a status typed outside the dropdown counts as Not assessed, as the sheet's formulas count it", () => {
    const values = { status: "Done", support: "", evidence: "" };
    const row: ScoringRow = {
      domain: 1,
      id: "1.1A",
      text: "x",
      critical: false,
      ...values,
      written: values,
      removed: false,
    };
    expect(scoredCriteria([row])[0]?.status).toBe("Not assessed");
  });

  test("domains without criteria are null among the six", () => {
    expect(sixDomainRatings(assessAuthorisation(domain(0, 2, 3)))).toEqual([
      null,
      null,
      "GREEN",
      null,
      null,
      null,
    ]);
  });
});
