import { generateSample } from "../../src/sample";
import { median, populationsByCcg, practiceRecords, sheet } from "./sampleSheets";

const { workbook, cases } = generateSample();
const listSizes = practiceRecords(workbook)
  .map((r) => r.listSize)
  .filter((v): v is number => typeof v === "number" && Number.isInteger(v));
const populations = populationsByCcg(workbook);
const ccgRows = sheet(workbook, "CCGs").rows.slice(1);
const ccgRow = (code: string) => ccgRows.find((r) => r[0] === code);

describe("list sizes", () => {
  test("are skewed like real ones: median 5,500–7,500, some under 1,000, some over 30,000", () => {
    expect(median(listSizes)).toBeGreaterThanOrEqual(5500);
    expect(median(listSizes)).toBeLessThanOrEqual(7500);
    expect(Math.min(...listSizes)).toBeLessThan(1000);
    expect(Math.max(...listSizes)).toBeGreaterThan(30000);
    const mean = listSizes.reduce((a, b) => a + b, 0) / listSizes.length;
    expect(mean).toBeGreaterThan(median(listSizes)); // a long right tail
  });

  test.each([2, 3])("hold for seed %i too", (seed) => {
    const sizes = practiceRecords(generateSample({ seed }).workbook)
      .map((r) => r.listSize)
      .filter((v): v is number => typeof v === "number" && Number.isInteger(v));
    expect(median(sizes)).toBeGreaterThanOrEqual(5500);
    expect(median(sizes)).toBeLessThanOrEqual(7500);
    expect(Math.min(...sizes)).toBeLessThan(1000);
    expect(Math.max(...sizes)).toBeGreaterThan(30000);
  });
});

describe("CCG populations", () => {
  test("run from about 40,000 to under a million with a median near 220,000", () => {
    const values = [...populations.values()];
    expect(values.length).toBe(210);
    expect(Math.min(...values)).toBeGreaterThan(30000);
    expect(Math.min(...values)).toBeLessThan(50000);
    expect(Math.max(...values)).toBeGreaterThan(600000);
    expect(Math.max(...values)).toBeLessThan(1100000);
    expect(median(values)).toBeGreaterThan(180000);
    expect(median(values)).toBeLessThan(280000);
  });

  test("include a few under 50,000 and a few more under 100,000", () => {
    const values = [...populations.values()];
    const underRed = values.filter((p) => p < 50000).length;
    const underAmber = values.filter((p) => p < 100000).length;
    expect(underRed).toBeGreaterThanOrEqual(1);
    expect(underRed).toBeLessThanOrEqual(6);
    expect(underAmber).toBeGreaterThan(underRed);
    expect(underAmber).toBeLessThanOrEqual(16);
  });

  test("the reported small CCGs are the ones counted here", () => {
    const counted = (low: number, high: number) =>
      [...populations]
        .filter(([, p]) => p >= low && p < high)
        .map(([code]) => code)
        .sort();
    expect([...cases.underRedLine].sort()).toEqual(counted(0, 50000));
    expect([...cases.underAmberLine].sort()).toEqual(counted(50000, 100000));
  });
});

describe("the CCGs sheet", () => {
  test("a collaborative arrangement (Y) is held by small CCGs only, at least one under 50,000 and one under 100,000", () => {
    const collaborative = ccgRows.filter((r) => r[5] === "Y").map((r) => r[0] as string);
    expect(ccgRows.every((r) => r[5] === "Y" || r[5] === "N")).toBe(true);
    expect(collaborative.some((code) => (populations.get(code) ?? Infinity) < 50000)).toBe(true);
    expect(
      collaborative.some((code) => {
        const p = populations.get(code) ?? Infinity;
        return p >= 50000 && p < 100000;
      })
    ).toBe(true);
    expect(collaborative.every((code) => (populations.get(code) ?? Infinity) < 100000)).toBe(true);
    expect([...collaborative].sort()).toEqual([...cases.collaborative].sort());
    // and some small CCG has none, so a size red remains
    expect([...populations].some(([code, p]) => p < 50000 && ccgRow(code)?.[5] === "N")).toBe(true);
  });

  test("planned running costs are about population × £22–£27", () => {
    // Leave out the CCGs of the planted problem rows: their list sizes are not counted here.
    const planted = new Set(
      practiceRecords(workbook)
        .filter((r) => r.row <= 21)
        .map((r) => r.ccgCode)
    );
    const perHeads: number[] = [];
    for (const row of ccgRows.filter((r) => !planted.has(r[0] ?? null))) {
      const planned = row[2];
      const population = populations.get(row[0] as string) as number;
      expect(typeof planned === "number" && Number.isInteger(planned)).toBe(true);
      const perHead = (planned as number) / population;
      expect(perHead).toBeGreaterThan(21);
      expect(perHead).toBeLessThan(28.5);
      perHeads.push(perHead);
    }
    expect(perHeads.filter((v) => v >= 21.9 && v <= 27.1).length).toBeGreaterThan(
      perHeads.length * 0.95
    );
  });

  test("fixed costs are mostly blank with a few set amounts", () => {
    const set = ccgRows.map((r) => r[3]).filter((v) => v !== null);
    expect(set.length).toBeGreaterThanOrEqual(2);
    expect(set.length).toBeLessThan(ccgRows.length / 10);
    expect(set).toContain(850000);
    expect(set).toContain(1200000);
    for (const v of set) expect([850000, 900000, 950000, 1100000, 1200000]).toContain(v);
  });

  test("commissioning support per head is mostly blank, a few between £7 and £12", () => {
    const set = ccgRows.map((r) => r[4]).filter((v) => v !== null);
    expect(set.length).toBeGreaterThanOrEqual(2);
    expect(set.length).toBeLessThan(ccgRows.length / 10);
    for (const v of set) expect(typeof v === "number" && v >= 7 && v <= 12).toBe(true);
  });
});

describe("membership", () => {
  test("one or two CCGs have members holding under 75% of the list, some between 75% and 100%", () => {
    const signed = new Map<string, { member: number; all: number }>();
    for (const r of practiceRecords(workbook)) {
      if (typeof r.ccgCode !== "string" || typeof r.listSize !== "number") continue;
      const entry = signed.get(r.ccgCode) ?? { member: 0, all: 0 };
      entry.all += r.listSize;
      if (r.member === "Y") entry.member += r.listSize;
      signed.set(r.ccgCode, entry);
    }
    const shares = [...signed].map(([code, { member, all }]) => [code, member / all] as const);
    const below = shares.filter(([, share]) => share < 0.75).map(([code]) => code);
    const partial = shares.filter(([, share]) => share >= 0.75 && share < 1).map(([code]) => code);
    expect(below.length).toBeGreaterThanOrEqual(1);
    expect(below.length).toBeLessThanOrEqual(2);
    expect(partial.length).toBeGreaterThanOrEqual(3);
    expect(below.sort()).toEqual([...cases.membershipBelowRedLine].sort());
    expect(partial.sort()).toEqual([...cases.membershipPartial].sort());
  });
});
