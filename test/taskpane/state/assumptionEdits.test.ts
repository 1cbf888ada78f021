// The assumptions editor reads numbers the way the user's locale writes them (issue #14): "22,5" is never
// £225 per head; an ambiguous mark or an implausible size is questioned (the value is still used), and the
// value in use is worded with its unit.
import { DEFAULT_ASSUMPTIONS } from "../../../src/engine/assumptions";
import {
  assumptionInUse,
  checkAssumptionEdits,
  parseAssumptionText,
} from "../../../src/taskpane/state/assumptionEdits";

describe("assumption texts in the user's locale", () => {
  test.each([
    ["22,5", "en-GB", 22.5],
    ["22.5", "en-GB", 22.5],
    ["£1,000,000", "en-GB", 1_000_000],
    ["1 000 000", "fr-FR", 1_000_000],
    ["22,5", "de-DE", 22.5],
    ["1.000", "de-DE", 1000],
    ["10%", "en-GB", 0.1],
    ["12,5 %", "de-DE", 0.125],
    ["lots", "en-GB", null],
  ])("%s in %s is %s", (text, locale, expected) => {
    expect(parseAssumptionText(text, locale)).toBe(expected);
  });

  test('"22,5" as £ per head in en-GB: read as £22.50, questioned, the value in use said', () => {
    const checked = checkAssumptionEdits(DEFAULT_ASSUMPTIONS, { rca_per_head: "22,5" }, "en-GB");
    expect(checked.values.rca_per_head).toBe(22.5);
    expect(checked.usable).toBe(true);
    expect(checked.fieldQuestions.rca_per_head).toBe(
      "Read as £22.50 per head: '22,5' has a ',', which in your settings groups thousands; type 22.50 to confirm."
    );
    expect(assumptionInUse("rca_per_head", checked.values.rca_per_head, "en-GB")).toBe(
      "£22.50 per head"
    );
    // The same text where the comma is the decimal mark is not in doubt.
    expect(
      checkAssumptionEdits(DEFAULT_ASSUMPTIONS, { rca_per_head: "22,5" }, "de-DE").fieldQuestions
    ).toEqual({});
    // Nor are thousands written in groups of three.
    expect(
      checkAssumptionEdits(DEFAULT_ASSUMPTIONS, { fixed_costs: "1,200,000" }, "en-GB")
        .fieldQuestions
    ).toEqual({});
  });

  test("£1,000,000 per head is questioned as implausible; a usual value is not", () => {
    const checked = checkAssumptionEdits(
      DEFAULT_ASSUMPTIONS,
      { rca_per_head: "£1,000,000", support_per_head: "11" },
      "en-GB"
    );
    expect(checked.values.rca_per_head).toBe(1_000_000);
    expect(checked.fieldQuestions.rca_per_head).toBe(
      "£1,000,000.00 per head is outside the usual £5.00 to £100.00 per head: check it."
    );
    expect(checked.fieldQuestions.support_per_head).toBeUndefined();
  });

  test("values in use with their units", () => {
    expect(assumptionInUse("fixed_costs", 1_000_000, "en-GB")).toBe("£1,000,000");
    expect(assumptionInUse("headroom_amber_share", 0.05, "en-GB")).toBe("5%");
    expect(assumptionInUse("dispersion_red_km", 25, "en-GB")).toBe("25 km");
    expect(assumptionInUse("population_red_below", 50_000, "en-GB")).toBe("50,000");
  });
});
