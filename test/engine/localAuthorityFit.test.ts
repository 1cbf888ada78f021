import { classifyLocalAuthorityFit, classifyLocalAuthorityFitOfColumns, classifyLocalAuthorityFitOfWeights, LocalAuthorityPractice } from "../../src/engine/localAuthorityFit";

const p = (group: number, localAuthority: string | null, listSize = 1000): LocalAuthorityPractice => ({ group, localAuthority, listSize });

describe("local-authority fit (SPEC §3.3)", () => {
  test("coterminous: all in one authority, and that authority's practices all in this CCG", () => {
    const [fit] = classifyLocalAuthorityFit([p(0, "LA1"), p(0, "LA1"), p(1, "LA2")], 2, 0.9);
    expect(fit).toMatchObject({ fit: "coterminous", mainAuthority: "LA1", mainShare: 1, authorities: 1 });
  });
  test("within one: one authority shared with another CCG", () => {
    const fits = classifyLocalAuthorityFit([p(0, "LA1"), p(1, "LA1")], 2, 0.9);
    expect(fits[0]?.fit).toBe("withinOne");
    expect(fits[1]?.fit).toBe("withinOne");
  });
  test("coterminous with several: holds each of its authorities", () => {
    const [fit] = classifyLocalAuthorityFit([p(0, "LA1"), p(0, "LA2"), p(1, "LA3")], 2, 0.9);
    expect(fit).toMatchObject({ fit: "coterminousSeveral", authorities: 2, wholeAuthorities: ["LA1", "LA2"] });
  });
  test("crosses at the margins when ≥ 90% is in the main area; substantially otherwise", () => {
    const margins = classifyLocalAuthorityFit([p(0, "LA1", 9000), p(0, "LA2", 1000), p(1, "LA1"), p(1, "LA2")], 2, 0.9);
    expect(margins[0]).toMatchObject({ fit: "crossesAtMargins", mainAuthority: "LA1" });
    expect(margins[0]?.mainShare).toBeCloseTo(0.9, 10);
    const substantial = classifyLocalAuthorityFit([p(0, "LA1", 8900), p(0, "LA2", 1100), p(1, "LA1"), p(1, "LA2")], 2, 0.9);
    expect(substantial[0]?.fit).toBe("crossesSubstantially");
    expect(substantial[0]?.mainShare).toBeCloseTo(0.89, 10);
  });
  test("an authority held whole counts in the main area", () => {
    // CCG 0: 50% in LA1 (shared with CCG 1), 45% in LA2 (held whole), 5% in LA3 (shared).
    const fits = classifyLocalAuthorityFit([p(0, "LA1", 5000), p(0, "LA2", 4500), p(0, "LA3", 500), p(1, "LA1"), p(1, "LA3")], 2, 0.9);
    expect(fits[0]).toMatchObject({ fit: "crossesAtMargins", wholeAuthorities: ["LA2"] });
    expect(fits[0]?.mainShare).toBeCloseTo(0.95, 10);
  });
  test("the margin share is honoured", () => {
    const practices = [p(0, "LA1", 9000), p(0, "LA2", 1000), p(1, "LA2")];
    expect(classifyLocalAuthorityFit(practices, 2, 0.95)[0]?.fit).toBe("crossesSubstantially");
  });
  test("practices without an authority are left out; a CCG with none gets null", () => {
    const fits = classifyLocalAuthorityFit([p(0, null), p(0, "LA1"), p(1, null)], 2, 0.9);
    expect(fits[0]?.fit).toBe("coterminous");
    expect(fits[1]).toBeNull();
  });
  test("the analysis's column form reads the columns it is given, row by row", () => {
    const fits = classifyLocalAuthorityFitOfColumns(
      {
        group: Int32Array.of(0, 0, 1, 1),
        localAuthority: ["LA1", "LA2", "LA1", null],
        listSize: Float64Array.of(9000, 1000, 500, 7000),
      },
      3,
      0.9
    );
    // LA1: 9,000 of its 9,500 (94.7%) in CCG 0, so CCG 0 holds it (at least the 90% margin), and LA2 whole.
    expect(fits[0]).toMatchObject({ fit: "coterminousSeveral", mainAuthority: "LA1", authorities: 2, wholeAuthorities: ["LA1", "LA2"] });
    expect(fits[0]?.mainShare).toBeCloseTo(1, 10);
    expect(fits[1]).toMatchObject({ fit: "withinOne", mainAuthority: "LA1", authorities: 1 });
    expect(fits[2]).toBeNull();
  });
  test("an authority is held at exactly the margin (90%), not just below it", () => {
    // CCG 0 has 9,000 of LA1's 10,000 (exactly 90%) and all of LA2; CCG 1 the other 1,000 of LA1.
    const at = classifyLocalAuthorityFit([p(0, "LA1", 9000), p(0, "LA2", 3000), p(1, "LA1", 1000)], 2, 0.9);
    expect(at[0]).toMatchObject({ fit: "coterminousSeveral", wholeAuthorities: ["LA1", "LA2"], heldShare: 1 });
    expect(at[0]?.heldCoverage).toBeCloseTo(12000 / 13000, 12);
    const below = classifyLocalAuthorityFit([p(0, "LA1", 8999), p(0, "LA2", 3000), p(1, "LA1", 1001)], 2, 0.9);
    expect(below[0]?.wholeAuthorities).toEqual(["LA2"]);
    expect(below[0]?.heldShare).toBeCloseTo(3000 / 11999, 12);
    expect(below[0]?.fit).toBe("crossesAtMargins");
  });
  test("weights per authority (a lookup's counts) give the same fit", () => {
    const fits = classifyLocalAuthorityFitOfWeights(
      [new Map([["Newcastle-under-Lyme", 80], ["Staffordshire Moorlands", 54]]), new Map([["Staffordshire Moorlands", 5], ["Stoke-on-Trent", 100]])],
      0.9
    );
    expect(fits[0]).toMatchObject({ fit: "coterminousSeveral", wholeAuthorities: ["Newcastle-under-Lyme", "Staffordshire Moorlands"], heldShare: 1 });
    expect(fits[0]?.heldCoverage).toBeCloseTo(134 / 139, 12);
    expect(fits[1]).toMatchObject({ fit: "crossesAtMargins", mainAuthority: "Stoke-on-Trent", wholeAuthorities: ["Stoke-on-Trent"] });
  });
});
