import fc from "fast-check";
import { hasForbiddenCharacters, withoutForbiddenCharacters, xmlSafeText } from "../../src/engine/xmlText";

/** Code units at and around every rule's edges: controls, tab / LF / CR, surrogates, U+FFFE / U+FFFF. */
const UNITS = [0x00, 0x08, 0x09, 0x0a, 0x0b, 0x0d, 0x1f, 0x20, 0x41, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xfffe, 0xffff];
const awkwardText = fc.array(fc.constantFrom(...UNITS), { maxLength: 8 }).map((units) => String.fromCharCode(...units));

describe("characters a workbook cannot hold", () => {
  it("the code-unit check agrees with the regular expression that removes them, on any mix of edge units", () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        expect(hasForbiddenCharacters(text)).toBe(withoutForbiddenCharacters(text).removed > 0);
      }),
      { numRuns: 5000 }
    );
  });

  it("keeps valid pairs and plain text, flags lone surrogates, controls and non-characters", () => {
    expect(hasForbiddenCharacters("Église\tA81001\r\n😀")).toBe(false);
    expect(hasForbiddenCharacters("A\u0001")).toBe(true);
    expect(hasForbiddenCharacters("\uD83D")).toBe(true);
    expect(hasForbiddenCharacters("\uDE00A")).toBe(true);
    expect(hasForbiddenCharacters("\uD83D\uD83D\uDE00")).toBe(true);
    expect(hasForbiddenCharacters("\uFFFE")).toBe(true);
    expect(xmlSafeText("A\u0000B\uD83D\uDE00")).toBe("AB\uD83D\uDE00");
  });
});
