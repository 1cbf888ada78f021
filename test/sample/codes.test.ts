import {
  MAX_SHORT_CCG_CODES,
  PracticeCodeAllocator,
  ccgCodes,
  localAuthorityCodes,
  postcodeArea,
  regionLetter,
} from "../../src/sample/codes";
import { SeededRandom } from "../../src/sample/random";

describe("PracticeCodeAllocator", () => {
  test("gives unique codes like M81001, numbered upwards from 81001", () => {
    const allocator = new PracticeCodeAllocator(new SeededRandom(1), false);
    expect([allocator.allocate("M"), allocator.allocate("M"), allocator.allocate("A")]).toEqual([
      "M81001",
      "M81002",
      "A81001",
    ]);
    expect(allocator.allocate("Y")).toBe("Y00101");
  });

  test("with gaps, numbers still rise and stay unique", () => {
    const allocator = new PracticeCodeAllocator(new SeededRandom(2), true);
    const codes = Array.from({ length: 500 }, () => allocator.allocate("L"));
    expect(new Set(codes).size).toBe(500);
    expect(codes.every((c) => /^L[0-9]{5}$/.test(c))).toBe(true);
    expect(codes.map((c) => Number(c.slice(1)))).toEqual(
      [...codes.map((c) => Number(c.slice(1)))].sort((a, b) => a - b)
    );
    expect(Number((codes[499] as string).slice(1)) - 81001).toBeGreaterThan(500);
  });

  test("a letter that runs out moves on to the next letter, keeping every code unique", () => {
    const allocator = new PracticeCodeAllocator(new SeededRandom(3), false);
    const codes = Array.from({ length: 150_000 }, () => allocator.allocate("M"));
    expect(new Set(codes).size).toBe(150_000);
    expect(codes.every((c) => /^[A-Z][0-9]{5}$/.test(c))).toBe(true);
    expect(codes.filter((c) => c.startsWith("M")).length).toBe(99_999);
    expect(codes[99_999]).toBe("N81001");
  });

  test("refuses once every letter is used up", () => {
    const allocator = new PracticeCodeAllocator(new SeededRandom(4), false);
    expect(() => {
      for (let i = 0; i < 23 * 99_999 + 1; i++) allocator.allocate("A");
    }).toThrow("Ran out of practice codes after letter 'A'");
  });
});

describe("ccgCodes", () => {
  test("are unique, rising and of the form 07L up to the short-code limit", () => {
    const codes = ccgCodes(210, new SeededRandom(5));
    expect(codes.length).toBe(210);
    expect(new Set(codes).size).toBe(210);
    expect(codes.every((c) => /^[0-9]{2}[A-HJ-NP-Z]$/.test(c))).toBe(true);
    expect([...codes].sort()).toEqual(codes);
    expect(ccgCodes(MAX_SHORT_CCG_CODES, new SeededRandom(6)).length).toBe(MAX_SHORT_CCG_CODES);
  });

  test("beyond it, are ONS-style E38 codes", () => {
    const codes = ccgCodes(MAX_SHORT_CCG_CODES + 1, new SeededRandom(7));
    expect(codes[0]).toBe("E38000001");
    expect(codes.every((c) => /^E38[0-9]{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("localAuthorityCodes", () => {
  test("are unique ONS-style codes of each kind", () => {
    const kinds = ["E06", "E07", "E07", "E08", "E09", "E07"] as const;
    const codes = localAuthorityCodes(kinds, new SeededRandom(8));
    expect(codes.map((c) => c.slice(0, 3))).toEqual([...kinds]);
    expect(codes.every((c) => /^E0[6-9][0-9]{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("regions and postcode areas", () => {
  test.each([
    [54.97, -1.61, "A", "NE"], // Newcastle
    [53.8, -1.55, "B", "LS"], // Leeds
    [52.48, -1.9, "M", "B"], // Birmingham
    [53.41, -2.98, "N", "L"], // Liverpool
    [50.37, -4.14, "L", "PL"], // Plymouth
    [52.63, 1.3, "D", "NR"], // Norwich
  ])("(%f, %f) is in region %s, postcode area %s", (latitude, longitude, letter, area) => {
    expect(regionLetter(latitude, longitude)).toBe(letter);
    expect(postcodeArea(latitude, longitude)).toBe(area);
  });
});
