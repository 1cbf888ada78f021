import { analyseWorkbook } from "../../../src/engine/analyse";
import { CcgAnalysis } from "../../../src/engine/analysis";
import { prefillCriteria, statusForRating } from "../../../src/engine/scoring/prefill";
import { scoringWorkbook } from "./helpers/scoringWorkbook";

function ccg(code: string): CcgAnalysis {
  const found = analyseWorkbook(scoringWorkbook()).ccgs.find((c) => c.code === code);
  if (found === undefined) throw new Error(`no ${code}`);
  return found;
}

describe("prefillCriteria", () => {
  test("status follows the component: GREEN Met, AMBER Partially met, RED Not met", () => {
    expect(statusForRating("GREEN")).toBe("Met");
    expect(statusForRating("AMBER")).toBe("Partially met");
    expect(statusForRating("RED")).toBe("Not met");
  });

  test("a viable CCG: plans within the allowance Met, with the allowance and headroom in the evidence", () => {
    const alpha = ccg("01A");
    expect(alpha.components.finance.rating).toBe("GREEN");
    const prefills = prefillCriteria(alpha, 25);
    const finance = prefills.get("3.2A");
    expect(finance?.status).toBe("Met");
    // 120,000 × £25 = £3,000,000; − £1,000,000 fixed − £1,080,000 support = £920,000
    expect(finance?.evidence).toContain("£3,000,000");
    expect(finance?.evidence).toContain("£920,000");
    expect(finance?.evidence).toContain("£1,080,000");
    expect(prefills.get("4.1A")?.status).toBe("Met");
    expect(prefills.get("4.1B")?.status).toBe(
      statusForRating(alpha.components.geography.rating ?? "GREEN")
    );
    expect(prefills.get("4.1B")?.evidence).toMatch(
      /1 territory piece, 0\.0% of the population outside/
    );
    expect(prefills.get("5.1A")).toEqual({
      status: "Partially met",
      evidence: expect.stringContaining("No collaborative arrangement is recorded") as string,
    });
    expect([...prefills.keys()].sort()).toEqual(["3.2A", "4.1A", "4.1B", "5.1A"]);
  });

  test("a very small CCG without an arrangement: finance, membership and commissioning support Not met", () => {
    const beta = ccg("02B");
    const prefills = prefillCriteria(beta, 25);
    expect(prefills.get("3.2A")?.status).toBe("Not met");
    expect(prefills.get("3.2A")?.evidence).toContain("-£360,000");
    expect(prefills.get("4.1A")).toEqual({
      status: "Not met",
      evidence: "Member practices hold 50.0% of the list, below the 75% red line.",
    });
    expect(prefills.get("5.1A")?.status).toBe("Not met");
    expect(prefills.get("5.1A")?.evidence).toContain(
      "Population 40,000 is below the 50,000 red line"
    );
  });

  test("a collaborative arrangement meets the commissioning-support criterion", () => {
    const beta = { ...ccg("02B"), collaborativeArrangement: true };
    expect(prefillCriteria(beta, 25).get("5.1A")?.status).toBe("Met");
  });

  test("components the data cannot support are not prefilled", () => {
    const alpha = ccg("01A");
    const bare: CcgAnalysis = {
      ...alpha,
      geography: null,
      components: {
        ...alpha.components,
        geography: { rating: null, reason: "n/a" },
        localAuthority: { rating: null, reason: "n/a" },
        membership: { rating: null, reason: "n/a" },
      },
    };
    expect([...prefillCriteria(bare, 25).keys()].sort()).toEqual(["3.2A", "5.1A"]);
  });
});
