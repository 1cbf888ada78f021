import { classifyLocalAuthorityFit, classifyLocalAuthorityFitOfColumns, LocalAuthorityPractice } from "../../src/engine/localAuthorityFit";

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
  test("coterminous with several: holds each of its authorities entirely", () => {
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
    expect(fits[0]).toMatchObject({ fit: "crossesAtMargins", mainAuthority: "LA1", authorities: 2, wholeAuthorities: ["LA2"] });
    expect(fits[0]?.mainShare).toBeCloseTo(1, 10);
    expect(fits[1]).toMatchObject({ fit: "withinOne", mainAuthority: "LA1", authorities: 1 });
    expect(fits[2]).toBeNull();
  });
});

