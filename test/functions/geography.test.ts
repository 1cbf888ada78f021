import { column, errorCell, errorCellValue, excelErrorOf } from "./helpers/customFunctionsShim";
import { COHERENCE, DISPERSION, DISTANCE, PIECES } from "../../src/functions/functions";
import { COHERENCE_HEADERS, gridDistanceKm } from "../../src/engine/formulas";

// A: two clusters with B between them; C alone further north. Trailing blank rows as when a user
// selects more rows than there are practices.
const codes = column("A", "A", "A", "B", "B", "B", "A", "A", "A", "C", "C", "c", "", "");
const latitudes = column(
  52.0,
  52.01,
  52.02,
  52.0,
  52.2,
  52.4,
  52.0,
  52.01,
  52.02,
  54.0,
  54.01,
  54.02,
  "",
  ""
);
const longitudes = column(
  -2.0,
  -2.01,
  -1.99,
  -1.5,
  -1.5,
  -1.5,
  -1.0,
  -1.01,
  -0.99,
  -1.5,
  -1.49,
  -1.51,
  "",
  ""
);
const weights = column(
  5000,
  6000,
  7000,
  8000,
  9000,
  10000,
  1000,
  1000,
  1000,
  3000,
  3000,
  3000,
  "",
  ""
);

describe("CCG.DISTANCE", () => {
  test("km on the National Grid, as the engine measures", () => {
    expect(DISTANCE(51.5007, -0.1246, 53.4808, -2.2426)).toBe(
      gridDistanceKm(51.5007, -0.1246, 53.4808, -2.2426)
    );
    expect(DISTANCE("52", "-1", 52, -1)).toBe(0);
  });
  test("outside Great Britain, text or blanks are #VALUE! with the argument named", () => {
    expect(excelErrorOf(() => DISTANCE(48.86, 2.35, 52, -1))).toEqual({
      code: "#VALUE!",
      message: "lat1/lon1 (48.86, 2.35) is outside Great Britain (49.8–60.9°N, 8.7°W–1.8°E)",
    });
    expect(excelErrorOf(() => DISTANCE(52, -1, "north", -1)).message).toBe(
      "lat2 'north' is not a number"
    );
    expect(excelErrorOf(() => DISTANCE(52, -1, 52, null)).message).toBe(
      "lon2 is blank: a number is needed"
    );
  });
});

describe("CCG.DISPERSION", () => {
  test("weighted standard distance; equal weights when omitted (null); a row range works too", () => {
    const weighted = DISPERSION(latitudes, longitudes, weights);
    const equal = DISPERSION(latitudes, longitudes, null as unknown as unknown[][]);
    expect(weighted).toBeGreaterThan(0);
    expect(equal).not.toBeCloseTo(weighted, 3);
    expect(DISPERSION(latitudes, longitudes)).toBe(equal);
    const asRow = (range: unknown[][]) => [range.map((cells) => cells[0])];
    expect(DISPERSION(asRow(latitudes), asRow(longitudes), asRow(weights))).toBeCloseTo(
      weighted,
      12
    );
  });
  test("text, errors (both shapes Excel may send) and shape mismatches are #VALUE! with the position", () => {
    const withText = column(52, 52.1, "n/a");
    expect(excelErrorOf(() => DISPERSION(withText, column(-1, -1, -1)))).toEqual({
      code: "#VALUE!",
      message: "latitudes row 3: 'n/a' is not a number",
    });
    expect(
      excelErrorOf(() => DISPERSION(column(52, 52.1), column(-1, errorCell("#N/A")))).message
    ).toBe("longitudes row 2 holds the Excel error #N/A");
    expect(
      excelErrorOf(() =>
        DISPERSION(column(52, 52.1), column(-1, -1), column(10, errorCellValue("#REF!")))
      ).message
    ).toBe("weights row 2 holds the Excel error #REF!");
    expect(excelErrorOf(() => DISPERSION(column(52, 52.1, 52.2), column(-1, -1))).message).toBe(
      "longitudes is 2 rows × 1 column but latitudes is 3 rows × 1 column: they must be the same shape"
    );
    expect(
      excelErrorOf(() => DISPERSION(column(52, 52.1), column(-1, -1), column(5))).message
    ).toBe(
      "weights is 1 row × 1 column but latitudes is 2 rows × 1 column: they must be the same shape"
    );
  });
  test("a coordinate outside Great Britain names its row", () => {
    expect(excelErrorOf(() => DISPERSION(column(52, 48.86), column(-1, 2.35))).message).toBe(
      "latitudes/longitudes row 2 (48.86, 2.35) is outside Great Britain (49.8–60.9°N, 8.7°W–1.8°E)"
    );
  });
});

describe("CCG.PIECES", () => {
  test("pieces of the asked CCG among all practices; codes compared as the engine keys them", () => {
    expect(PIECES(codes, latitudes, longitudes, "A")).toBe(2);
    expect(PIECES(codes, latitudes, longitudes, " b ", null as unknown as unknown[][])).toBe(1);
    expect(PIECES(codes, latitudes, longitudes, "C", weights)).toBe(1);
  });
  test("an unknown code is #N/A with a message", () => {
    expect(excelErrorOf(() => PIECES(codes, latitudes, longitudes, "07X"))).toEqual({
      code: "#N/A",
      message: "CCG code '07X' is not among the ccgCodes",
    });
  });
  test("a blank code for a practice, or different shapes, is #VALUE!", () => {
    const blankCode = column("A", "", "B");
    expect(
      excelErrorOf(() => PIECES(blankCode, column(52, 52.1, 52.2), column(-1, -1, -1), "A"))
    ).toEqual({
      code: "#VALUE!",
      message: "ccgCodes row 2 is blank",
    });
    expect(excelErrorOf(() => PIECES(codes.slice(0, 5), latitudes, longitudes, "A")).code).toBe(
      "#VALUE!"
    );
    expect(excelErrorOf(() => PIECES(codes, latitudes, longitudes, "")).message).toBe(
      "code is blank"
    );
  });
});

describe("CCG.COHERENCE", () => {
  test("spills headers and one row per CCG in code order, blank rows ignored", () => {
    const table = COHERENCE(codes, latitudes, longitudes, weights);
    expect(table[0]).toEqual([...COHERENCE_HEADERS]);
    expect(table.map((row) => row[0])).toEqual(["Code", "A", "B", "C"]);
    expect(table[1]?.slice(1, 4)).toEqual([6, 21000, 2]);
    // The main piece of A is the western cluster (18,000 of 21,000).
    expect(table[1]?.[4]).toBeCloseTo(3000 / 21000, 12);
    expect(table.every((row) => row.length === COHERENCE_HEADERS.length)).toBe(true);
  });
  test("practices without coordinates are counted but not mapped", () => {
    const table = COHERENCE(
      column("A", "A", "D"),
      column(52, 52.1, ""),
      column(-1, -1.1, ""),
      column(10, 20, 30)
    );
    expect(table[2]).toEqual(["D", 1, 30, "", "", "", "", "", "", "", ""]);
  });
  test("weights are required; errors and invalid coordinates name their row", () => {
    expect(
      excelErrorOf(() => COHERENCE(codes, latitudes, longitudes, null as unknown as unknown[][]))
        .message
    ).toBe("weights is needed: list sizes");
    expect(
      excelErrorOf(() =>
        COHERENCE(column("A", "A"), column(52, 52.1), column(-1, -1), column(10, ""))
      ).message
    ).toBe("weights row 2 is blank");
    expect(
      excelErrorOf(() =>
        COHERENCE(column("A", "A"), column(52, -1), column(-1, 52), column(10, 10))
      ).message
    ).toBe("latitudes/longitudes row 2 (-1, 52) looks like longitude and latitude swapped");
    expect(
      excelErrorOf(() =>
        COHERENCE(column("A", errorCell("#NAME?")), column(52, 52), column(-1, -1), column(1, 1))
      ).message
    ).toBe("ccgCodes row 2 holds the Excel error #NAME?");
  });
});
