import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS, assumptionValueProblem } from "../../src/engine/assumptions";
import { FindingList } from "../../src/engine/dataQuality";
import { readAssumptions } from "../../src/engine/readAssumptions";
import { sheet, workbook } from "../helpers/sheets";

describe("assumptions (SPEC §2.3)", () => {
  test("defaults are the SPEC's", () => {
    expect(DEFAULT_ASSUMPTIONS).toEqual({
      rca_per_head: 25,
      fixed_costs: 1000000,
      support_per_head: 9,
      population_red_below: 50000,
      population_amber_below: 100000,
      headroom_amber_share: 0.1,
      detached_amber_share: 0.05,
      detached_red_share: 0.2,
      embedded_amber_share: 0.02,
      bridge_km: 0,
      dispersion_amber_km: 25,
      dispersion_red_km: 50,
      coterminosity_margin_share: 0.9,
      membership_red_below: 0.75,
      sensitivity_from: 20,
      sensitivity_to: 35,
      sensitivity_step: 2.5,
      directions_not_met_share: 0.25,
      refuse_not_met_share: 0.5,
      include_non_ccg: 0,
    });
    expect(ASSUMPTION_KEYS).toHaveLength(20);
  });

  test("without an Assumptions sheet every value is the default", () => {
    const findings = new FindingList();
    const reading = readAssumptions(workbook(sheet("Practices", [])), findings);
    expect(reading.assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    expect(reading.sheetName).toBeNull();
    expect(Object.values(reading.sources).every((s) => s === "default")).toBe(true);
    expect(findings.findings).toEqual([]);
  });

  test("the sheet overrides defaults; overrides win over the sheet", () => {
    const findings = new FindingList();
    const data = workbook(
      sheet("assumptions", [
        ["Key", "Value", "Description"],
        ["rca_per_head", 22.07, "later allowance"],
        ["Fixed Costs", "£1,200,000", ""],
        ["headroom_amber_share", "15%", ""],
        ["support_per_head", null, "blank keeps the default"],
      ])
    );
    const reading = readAssumptions(data, findings, { rca_per_head: 24.73 });
    expect(reading.assumptions.rca_per_head).toBe(24.73);
    expect(reading.sources.rca_per_head).toBe("override");
    expect(reading.assumptions.fixed_costs).toBe(1200000);
    expect(reading.sources.fixed_costs).toBe("sheet");
    expect(reading.assumptions.headroom_amber_share).toBeCloseTo(0.15, 12);
    expect(reading.assumptions.support_per_head).toBe(9);
    expect(reading.sheetName).toBe("assumptions");
    expect(findings.findings).toEqual([]);
  });

  test("unknown keys, unusable values and repeats become findings; the default stays", () => {
    const findings = new FindingList();
    const data = workbook(
      sheet("Assumptions", [
        ["Key", "Value"],
        ["rca_per_hed", 22],
        ["rca_per_head", "lots"],
        ["headroom_amber_share", 1.5],
        ["fixed_costs", -1],
        ["bridge_km", 2],
        ["bridge_km", 3],
      ])
    );
    const reading = readAssumptions(data, findings);
    expect(reading.assumptions.rca_per_head).toBe(25);
    expect(reading.assumptions.headroom_amber_share).toBe(0.1);
    expect(reading.assumptions.fixed_costs).toBe(1000000);
    expect(reading.assumptions.bridge_km).toBe(2);
    expect(findings.findings.map((f) => [f.severity, f.row])).toEqual([
      ["warning", 2],
      ["error", 3],
      ["error", 4],
      ["error", 5],
      ["warning", 7],
    ]);
    expect(findings.findings[1]?.message).toBe("rca_per_head 'lots' in Assumptions!B3 is not a number; the default 25 is used");
    expect(findings.findings[2]?.message).toContain("must be between 0 and 1");
  });

  test("inconsistent thresholds are warned about", () => {
    const findings = new FindingList();
    readAssumptions(workbook(), findings, { population_red_below: 120000 });
    expect(findings.findings[0]?.message).toContain("size red line is above the amber line");
  });

  test("a sheet without Key/Value headers is reported and ignored", () => {
    const findings = new FindingList();
    const reading = readAssumptions(workbook(sheet("Assumptions", [["rca_per_head", 20]])), findings);
    expect(reading.assumptions.rca_per_head).toBe(25);
    expect(findings.findings[0]?.message).toContain("no Key and Value headers");
  });

  test("value checks", () => {
    expect(assumptionValueProblem("sensitivity_step", 0)).toBe("must be greater than 0");
    expect(assumptionValueProblem("rca_per_head", -1)).toBe("must not be negative");
    expect(assumptionValueProblem("rca_per_head", 22.07)).toBeNull();
  });
});
