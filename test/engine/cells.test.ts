import { cellText, columnLetters, isBlankCell, isCellError } from "../../src/engine/cells";

describe("cells", () => {
  test("column letters", () => {
    expect(columnLetters(1)).toBe("A");
    expect(columnLetters(26)).toBe("Z");
    expect(columnLetters(27)).toBe("AA");
    expect(columnLetters(703)).toBe("AAA");
  });
  test("blank and error cells", () => {
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell("  ")).toBe(true);
    expect(isBlankCell(0)).toBe(false);
    expect(isCellError({ error: "#N/A" })).toBe(true);
    expect(isCellError(new Date(0))).toBe(false);
    expect(cellText({ error: "#REF!" })).toBe("#REF!");
    expect(cellText(new Date(Date.UTC(2016, 0, 31)))).toBe("2016-01-31");
  });
});
