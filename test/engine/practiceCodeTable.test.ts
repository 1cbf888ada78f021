import { PRACTICE_CODE_PATTERN } from "../../src/engine/codes";
import { PracticeCodeTable, practiceCodeNumber } from "../../src/engine/practiceCodeTable";

/** Seeded pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

describe("practice code numbers", () => {
  test.each([
    ["A81001", 81001],
    ["B82005", 182005],
    ["Z99999", 2599999],
    ["A00000", 0],
  ])("%s → %d", (code, number) => {
    expect(practiceCodeNumber(code)).toBe(number);
  });
  test("a code has a number exactly when it matches the practice code pattern", () => {
    const next = random(7);
    const alphabet = "AZaz09 -_Y8ÀΩ";
    const codes = ["", "A8100", "A810011", "a81001", "A8100X", "@81001", "[81001", "A81/01", "A81:01", "Y0001 ", " A81001", "81001A"];
    for (let i = 0; i < 5000; i++) {
      const length = 4 + Math.floor(next() * 4);
      let code = "";
      for (let j = 0; j < length; j++) code += j === 0 && next() < 0.7 ? String.fromCharCode(65 + Math.floor(next() * 26)) : next() < 0.8 ? String(Math.floor(next() * 10)) : (alphabet[Math.floor(next() * alphabet.length)] ?? "A");
      codes.push(code);
    }
    for (const code of codes) expect([code, practiceCodeNumber(code) >= 0]).toEqual([code, PRACTICE_CODE_PATTERN.test(code)]);
  });
});

describe("first rows of practice codes", () => {
  test("remembers the first row of each code and answers it for repeats, like a Map (brute force)", () => {
    for (const expected of [0, 3, 100, 5000]) {
      const next = random(expected + 1);
      const table = new PracticeCodeTable(expected);
      const reference = new Map<string, number>();
      // More codes than expected (the table grows), NHS-form and other codes, many repeats.
      for (let row = 2; row < 2 + 3 * expected + 500; row++) {
        const code = next() < 0.9 ? `${String.fromCharCode(65 + Math.floor(next() * 3))}${String(Math.floor(next() * 4000)).padStart(5, "0")}` : `X${Math.floor(next() * 300)}`;
        const earlier = reference.get(code);
        if (earlier === undefined) reference.set(code, row);
        expect(table.firstRowOf(code, practiceCodeNumber(code), row)).toBe(earlier);
      }
    }
  });
  test("in lent scratch full of leftovers it answers the same (brute force), and uses that memory", () => {
    for (const expected of [100, 1_500_000]) {
      const scratch = new Int32Array(3_000_000).fill(-7);
      const table = new PracticeCodeTable(expected, scratch);
      const reference = new Map<string, number>();
      const next = random(expected + 5);
      for (let row = 2; row < 20_000; row++) {
        const code = next() < 0.95 ? `${String.fromCharCode(65 + Math.floor(next() * 3))}${String(Math.floor(next() * 4000)).padStart(5, "0")}` : `Q${Math.floor(next() * 50)}`;
        const earlier = reference.get(code);
        if (earlier === undefined) reference.set(code, row);
        expect(table.firstRowOf(code, practiceCodeNumber(code), row)).toBe(earlier);
      }
      // Rows were written into the scratch, not into arrays of the table's own.
      expect(scratch.some((value) => value > 1)).toBe(true);
    }
  });
  test("a list long enough for a table of every code number answers the same (brute force)", () => {
    const next = random(11);
    const table = new PracticeCodeTable(1_500_000);
    const reference = new Map<string, number>();
    for (let row = 1; row < 200_000; row++) {
      const code = next() < 0.95 ? `${String.fromCharCode(65 + Math.floor(next() * 26))}${String(Math.floor(next() * 100000)).padStart(5, "0")}` : `Y${Math.floor(next() * 300)}`;
      const earlier = reference.get(code);
      if (earlier === undefined) reference.set(code, row);
      expect(table.firstRowOf(code, practiceCodeNumber(code), row)).toBe(earlier);
    }
    const ends = new PracticeCodeTable(2_000_000);
    for (const code of ["A00000", "Z99999"]) {
      expect(ends.firstRowOf(code, practiceCodeNumber(code), 7)).toBeUndefined();
      expect(ends.firstRowOf(code, practiceCodeNumber(code), 8)).toBe(7);
    }
  });
  test("codes spaced a power of two apart are all remembered", () => {
    const table = new PracticeCodeTable(4096);
    for (let i = 0; i < 4096; i++) expect(table.firstRowOf("", i * 512, i + 2)).toBeUndefined();
    for (let i = 0; i < 4096; i++) expect(table.firstRowOf("", i * 512, 99999)).toBe(i + 2);
  });
  test("a bad expected count is an error naming it", () => {
    expect(() => new PracticeCodeTable(-1)).toThrow("Expected practice count -1 is not a whole number.");
  });
});
