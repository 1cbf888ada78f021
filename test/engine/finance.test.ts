import { breakEvenPopulation, headroom, perHead, runningCostAllowance } from "../../src/engine/finance";

describe("running-cost arithmetic (SPEC §3.1)", () => {
  test("allowance, headroom and per head", () => {
    expect(runningCostAllowance(212345, 25)).toBe(5308625);
    expect(headroom(212345, 1000000, 9, 25)).toBe(5308625 - 1000000 - 1911105);
    expect(perHead(2397520, 212345)).toBeCloseTo(11.29, 2);
    expect(perHead(100, 0)).toBeNull();
  });
  test("break-even population is fixed ÷ (rca − support), rounded up", () => {
    expect(breakEvenPopulation(1000000, 9, 25)).toBe(62500);
    expect(breakEvenPopulation(1000000, 9, 24.73)).toBe(Math.ceil(1000000 / 15.73));
    expect(breakEvenPopulation(1000000, 25, 25)).toBeNull();
    expect(breakEvenPopulation(1000000, 30, 25)).toBeNull();
  });
  test("at break-even population the headroom is (just) not negative", () => {
    for (const [fixed, support, rca] of [[1000000, 9, 25], [850000, 7.5, 22.07], [1234567, 11, 24.73]] as const) {
      const population = breakEvenPopulation(fixed, support, rca) ?? 0;
      expect(headroom(population, fixed, support, rca)).toBeGreaterThanOrEqual(-1e-6);
      expect(headroom(population - 1, fixed, support, rca)).toBeLessThan(0);
    }
  });
});
