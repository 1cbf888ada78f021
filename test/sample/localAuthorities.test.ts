import { generateSample } from "../../src/sample";
import { mappedPractices } from "./sampleSheets";

type Fit =
  | "coterminous"
  | "several whole LAs"
  | "within one LA"
  | "crosses at the margins"
  | "crosses substantially"
  | "other";

/** Plain counting, in the words of SPEC §3.3. */
function localAuthorityFits(
  practices: ReturnType<typeof mappedPractices>
): Map<string, { fit: Fit; mainShare: number }> {
  const byCcg = new Map<string, Map<string, number>>();
  const ccgsOfLa = new Map<string, Set<string>>();
  for (const p of practices) {
    const las = byCcg.get(p.ccgCode) ?? new Map<string, number>();
    las.set(p.localAuthority, (las.get(p.localAuthority) ?? 0) + p.listSize);
    byCcg.set(p.ccgCode, las);
    const ccgs = ccgsOfLa.get(p.localAuthority) ?? new Set<string>();
    ccgs.add(p.ccgCode);
    ccgsOfLa.set(p.localAuthority, ccgs);
  }
  const fits = new Map<string, { fit: Fit; mainShare: number }>();
  for (const [ccg, las] of byCcg) {
    const total = [...las.values()].reduce((a, b) => a + b, 0);
    const mainShare = Math.max(...las.values()) / total;
    const whollyOwned = [...las.keys()].every((la) => ccgsOfLa.get(la)?.size === 1);
    let fit: Fit;
    if (las.size === 1) fit = whollyOwned ? "coterminous" : "within one LA";
    else if (whollyOwned) fit = "several whole LAs";
    else if (mainShare >= 0.9) fit = "crosses at the margins";
    else fit = "crosses substantially";
    fits.set(ccg, { fit, mainShare });
  }
  return fits;
}

const { workbook, cases } = generateSample();
const fits = localAuthorityFits(mappedPractices(workbook));
const count = (fit: Fit) => [...fits.values()].filter((f) => f.fit === fit).length;

describe("local authorities in the default sample (plain counting)", () => {
  test("every kind of fit occurs in sensible numbers", () => {
    expect(count("coterminous")).toBeGreaterThanOrEqual(30);
    expect(count("several whole LAs")).toBeGreaterThanOrEqual(20);
    expect(count("within one LA")).toBeGreaterThanOrEqual(5);
    expect(count("crosses at the margins")).toBeGreaterThanOrEqual(10);
    expect(count("crosses substantially")).toBeGreaterThanOrEqual(2);
    expect(count("crosses substantially")).toBeLessThanOrEqual(15);
  });

  test("only the deliberate cases cross LA boundaries: the margin movers, the exclave and the substantial movers", () => {
    const crossing = (fit: Fit) =>
      [...fits]
        .filter(([, f]) => f.fit === fit)
        .map(([code]) => code)
        .sort();
    expect(crossing("crosses at the margins")).toEqual(
      [...cases.crossingAtMargins, cases.exclave?.ccg].sort()
    );
    expect(crossing("crosses substantially")).toEqual([...cases.crossingSubstantially].sort());
  });

  test("the CCGs made to cross at the margins keep 90% or more (but not all) in their main LA", () => {
    expect(cases.crossingAtMargins.length).toBeGreaterThanOrEqual(10);
    for (const code of cases.crossingAtMargins) {
      const fit = fits.get(code);
      expect([code, fit?.fit]).toEqual([code, "crosses at the margins"]);
    }
  });

  test("the CCGs made to cross substantially have under 90% in their main LA", () => {
    expect(cases.crossingSubstantially.length).toBeGreaterThanOrEqual(2);
    for (const code of cases.crossingSubstantially) {
      const share = fits.get(code)?.mainShare ?? 1;
      expect(share).toBeLessThan(0.9);
      expect(share).toBeGreaterThan(0.5);
    }
  });

  test("the enclosed town and its county are each coterminous with a unitary authority", () => {
    const enclosed = cases.enclosed;
    if (enclosed === null) throw new Error("The default sample has no enclosed CCG");
    expect(fits.get(enclosed.ccg)?.fit).toBe("coterminous");
    expect(fits.get(enclosed.surroundedBy)?.fit).toBe("coterminous");
    const laOf = (ccg: string) =>
      mappedPractices(workbook).find((p) => p.ccgCode === ccg)?.localAuthority;
    expect(laOf(enclosed.ccg)).toMatch(/^E06/);
    expect(laOf(enclosed.surroundedBy)).toMatch(/^E06/);
  });

  test("the mosaic pair share one LA; the exclave's island lies in its host's LA", () => {
    const { mosaic, exclave } = cases;
    if (mosaic === null || exclave === null)
      throw new Error("The default sample lacks a mosaic or exclave");
    expect(fits.get(mosaic.ccgs[0])?.fit).toBe("within one LA");
    expect(fits.get(mosaic.ccgs[1])?.fit).toBe("within one LA");
    const practices = mappedPractices(workbook);
    const hostLa = practices.find((p) => p.ccgCode === exclave.host)?.localAuthority;
    for (const code of exclave.islandPracticeCodes) {
      expect(practices.find((p) => p.code === code)?.localAuthority).toBe(hostLa);
    }
    expect(fits.get(exclave.ccg)?.fit).toBe("crosses at the margins");
  });
});
