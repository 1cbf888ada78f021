import {
  formatPoundsInLocale,
  isAmbiguousMark,
  parseLocaleNumber,
} from "../../../src/taskpane/state/localeNumber";

describe("numbers typed in the user's locale", () => {
  test.each([
    ["22.5", "en-GB", 22.5],
    ["22,5", "en-GB", 22.5],
    ["£22.50", "en-GB", 22.5],
    ["22,5", "de-DE", 22.5],
    ["22.5", "de-DE", 22.5],
    ["22,5", "fr-FR", 22.5],
    ["1,000,000", "en-GB", 1_000_000],
    ["1,000", "en-GB", 1000],
    ["1.000", "de-DE", 1000],
    ["1.000.000", "de-DE", 1_000_000],
    ["1 000 000", "fr-FR", 1_000_000],
    ["1,234,567.5", "en-GB", 1_234_567.5],
    ["1.234.567,5", "de-DE", 1_234_567.5],
    ["25", "en-GB", 25],
    [" 9 ", "en-GB", 9],
  ])("%s in %s is %d", (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBe(expected);
  });

  test.each([
    ["", "en-GB"],
    ["abc", "en-GB"],
    ["22,5,1", "en-GB"],
    ["1.2.3", "de-DE"],
    ["2,5.1,2", "en-GB"],
  ])("%j in %s is not a number", (text, locale) => {
    expect(parseLocaleNumber(text, locale)).toBeNull();
  });

  test("pounds shown with pence in the locale", () => {
    expect(formatPoundsInLocale(22.5, "en-GB")).toBe("£22.50");
    expect(formatPoundsInLocale(22.5, "de-DE")).toMatch(/^22,50\s£$/);
    expect(formatPoundsInLocale(1_000_000, "en-GB", false)).toBe("£1,000,000");
  });
});

describe("isAmbiguousMark", () => {
  test.each([
    ["22,5", "en-GB", true],
    ["22,50", "en-GB", true],
    ["1,000", "en-GB", false],
    ["22.5", "en-GB", false],
    ["22,5", "de-DE", false],
    ["22.5", "de-DE", true],
    ["1,000,000", "en-GB", false],
  ])("%s in %s: %s", (text, locale, expected) => {
    expect(isAmbiguousMark(text, locale)).toBe(expected);
  });
});
