import { errorCell, excelErrorOf } from "./helpers/customFunctionsShim";
import { ALLOWANCE, BREAKEVEN, BREAKEVENRATE, HEADROOM, PERHEAD } from "../../src/functions/functions";

describe("CCG.PERHEAD", () => {
  test("divides the amount by the population, numeric text included", () => {
    expect(PERHEAD(5_000_000, 200_000)).toBe(25);
    expect(PERHEAD("£5,000,000", "200,000")).toBe(25);
  });
  test("population 0, blank or text is #VALUE! naming it", () => {
    expect(excelErrorOf(() => PERHEAD(1, 0))).toEqual({
      code: "#VALUE!",
      message: "population 0 must be more than 0",
    });
    expect(excelErrorOf(() => PERHEAD(1, ""))).toEqual({
      code: "#VALUE!",
      message: "population is blank: a number is needed",
    });
    expect(excelErrorOf(() => PERHEAD("n/a", 5))).toEqual({
      code: "#VALUE!",
      message: "amount 'n/a' is not a number",
    });
    expect(excelErrorOf(() => PERHEAD(errorCell("#DIV/0!"), 5))).toEqual({
      code: "#VALUE!",
      message: "amount holds the Excel error #DIV/0!",
    });
  });
});

describe("CCG.ALLOWANCE", () => {
  test("population × £25 by default; omitted (null), undefined and empty cells take the default", () => {
    expect(ALLOWANCE(200_000)).toBe(5_000_000);
    expect(ALLOWANCE(200_000, null)).toBe(5_000_000);
    expect(ALLOWANCE(200_000, "")).toBe(5_000_000);
    expect(ALLOWANCE(200_000, 30)).toBe(6_000_000);
  });
  test("negative values are #VALUE!", () => {
    expect(excelErrorOf(() => ALLOWANCE(-1, null)).message).toBe(
      "population -1 must be at least 0"
    );
    expect(excelErrorOf(() => ALLOWANCE(1, -3)).message).toBe("perHead -3 must not be negative");
  });
  test("an error value passed in is #VALUE! naming the argument", () => {
    expect(excelErrorOf(() => ALLOWANCE(5, errorCell("#N/A"))).message).toBe(
      "perHead holds the Excel error #N/A"
    );
  });
});

describe("CCG.HEADROOM", () => {
  test("allowance − fixed costs − support, with the §2.3 defaults", () => {
    expect(HEADROOM(200_000)).toBe(2_200_000);
    expect(HEADROOM(200_000, null, null, null)).toBe(2_200_000);
    expect(HEADROOM(200_000, 900_000, 8, 25)).toBe(200_000 * 25 - 900_000 - 200_000 * 8);
    expect(HEADROOM(30_000)).toBe(30_000 * 16 - 1_000_000);
  });
  test("bad arguments name themselves", () => {
    expect(excelErrorOf(() => HEADROOM(1, "lots")).message).toBe(
      "fixedCosts 'lots' is not a number"
    );
    expect(excelErrorOf(() => HEADROOM(1, null, true)).message).toBe(
      "supportPerHead 'TRUE' is not a number"
    );
  });
});

describe("CCG.BREAKEVEN", () => {
  test("fixed ÷ (rca − support), rounded up, with the defaults", () => {
    expect(BREAKEVEN()).toBe(62_500);
    expect(BREAKEVEN(null, null, null)).toBe(62_500);
    expect(BREAKEVEN(1_000_000, 9, 24)).toBe(66_667);
  });
  test("#VALUE! with a message when the allowance per head does not exceed support per head", () => {
    expect(excelErrorOf(() => BREAKEVEN(null, 25, 25))).toEqual({
      code: "#VALUE!",
      message:
        "perHead 25 must be more than supportPerHead 25: otherwise no population breaks even",
    });
  });
});

describe("CCG.BREAKEVENRATE", () => {
  test("fixed costs ÷ population + support per head, with the defaults", () => {
    expect(BREAKEVENRATE(200_000)).toBe(14);
    expect(BREAKEVENRATE(200_000, null, null)).toBe(14);
    expect(BREAKEVENRATE("250,000", 1_200_000, 9.5)).toBeCloseTo(14.3, 10);
  });
  test("HEADROOM at the rate it gives is zero to a penny", () => {
    const rate = BREAKEVENRATE(187_433, 1_234_567, 8.75);
    expect(Math.abs(HEADROOM(187_433, 1_234_567, 8.75, rate))).toBeLessThan(0.01);
  });
  test("population 0 or text is #VALUE! naming it", () => {
    expect(excelErrorOf(() => BREAKEVENRATE(0))).toEqual({
      code: "#VALUE!",
      message: "population 0 must be more than 0",
    });
    expect(excelErrorOf(() => BREAKEVENRATE(100_000, "lots"))?.message).toMatch(/fixedCosts/);
  });
});
