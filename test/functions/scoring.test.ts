import { column, errorCell, excelErrorOf } from "./helpers/customFunctionsShim";
import { DOMAINRATING, OUTCOME, RATING } from "../../src/functions/functions";

describe("CCG.RATING", () => {
  test("size and finance by the engine's rules; optional arguments omitted as null", () => {
    expect(RATING(200_000, 2_200_000)).toBe("GREEN");
    expect(RATING(200_000, 2_200_000, null, null, null)).toBe("GREEN");
    expect(RATING(48_210, 200_000)).toBe("RED");
    expect(RATING(80_000, 500_000)).toBe("AMBER");
    expect(RATING(200_000, -5)).toBe("RED");
  });
  test("a collaborative arrangement (TRUE, Y, yes, 1) turns size or finance red into amber", () => {
    for (const yes of [true, "Y", "yes", 1])
      expect(RATING(48_210, 200_000, null, null, yes)).toBe("AMBER");
    expect(RATING(48_210, 200_000, null, null, "N")).toBe("RED");
  });
  test("geography: detached share and dispersion lines, shares as numbers or percentages", () => {
    expect(RATING(200_000, 2_200_000, 0.06)).toBe("AMBER");
    expect(RATING(200_000, 2_200_000, "21%")).toBe("RED");
    expect(RATING(200_000, 2_200_000, "", 26)).toBe("AMBER");
    expect(RATING(200_000, 2_200_000, 0, 51, true)).toBe("RED");
  });
  test("bad arguments are #VALUE! naming them", () => {
    expect(excelErrorOf(() => RATING(200_000, 1, 2))).toEqual({
      code: "#VALUE!",
      message: "detachedShare 2 must be between 0 and 1",
    });
    expect(excelErrorOf(() => RATING(200_000, 1, null, null, "maybe")).message).toBe(
      "hasArrangement 'maybe' is not Y or N"
    );
    expect(excelErrorOf(() => RATING("many", 1)).message).toBe("population 'many' is not a number");
  });
});

describe("CCG.DOMAINRATING", () => {
  test("GREEN, AMBER, RED, INCOMPLETE; any case; blanks are Not assessed; a block of cells works", () => {
    expect(DOMAINRATING(column("Met", "met"))).toBe("GREEN");
    expect(DOMAINRATING(column("Met", "Partially met", ""))).toBe("AMBER");
    expect(
      DOMAINRATING([
        ["Met", "NOT MET"],
        ["Partially met", "Met"],
      ])
    ).toBe("RED");
    expect(DOMAINRATING(column("Met", ""))).toBe("INCOMPLETE");
    expect(DOMAINRATING(column("Met", "Not assessed"))).toBe("INCOMPLETE");
  });
  test("an unknown status or an error value is #VALUE! with the position", () => {
    expect(excelErrorOf(() => DOMAINRATING(column("Met", "Mett")))).toEqual({
      code: "#VALUE!",
      message:
        "statuses row 2: 'Mett' is not a status (Met, Partially met, Not met or Not assessed)",
    });
    expect(excelErrorOf(() => DOMAINRATING([["Met", errorCell("#N/A")]])).message).toBe(
      "statuses column 2 holds the Excel error #N/A"
    );
  });
});

describe("CCG.OUTCOME", () => {
  const domains = column(1, 1, 1, 1, 2, 2);
  test("the four outcomes", () => {
    expect(OUTCOME(column("Met", "Met", "Met", "Met", "Met", "Met"), domains)).toBe(
      "Fully authorised"
    );
    expect(OUTCOME(column("Met", "Met", "Met", "Partially met", "Met", "Met"), domains)).toBe(
      "Authorised with conditions"
    );
    // Domain 1: 1 of 4 not met is 25%, not above the line.
    expect(OUTCOME(column("Not met", "Met", "Met", "Met", "Met", "Met"), domains)).toBe(
      "Authorised with conditions"
    );
    // Domain 2: 1 of 2 is above 25%, not above 50%.
    expect(OUTCOME(column("Met", "Met", "Met", "Met", "Not met", "Met"), domains)).toBe(
      "Authorised with conditions and directions"
    );
    expect(OUTCOME(column("Not met", "Not met", "Not met", "Met", "Met", "Met"), domains)).toBe(
      "Not authorised"
    );
  });
  test("configuration RED brings directions; omitted (null) or blank does not", () => {
    const allMet = column("Met", "Met", "Met", "Met", "Met", "Met");
    expect(OUTCOME(allMet, domains, "red")).toBe("Authorised with conditions and directions");
    expect(OUTCOME(allMet, domains, null)).toBe("Fully authorised");
    expect(OUTCOME(allMet, domains, "")).toBe("Fully authorised");
    expect(OUTCOME(allMet, domains, "AMBER")).toBe("Fully authorised");
  });
  test("rows with neither status nor domain are ignored; a blank status with a domain is Not assessed", () => {
    expect(OUTCOME(column("Met", "Met", "", ""), column(1, 1, "", ""))).toBe("Fully authorised");
    expect(OUTCOME(column("Met", "Met", ""), column(1, 1, 2))).toBe("Authorised with conditions");
  });
  test("bad arguments are #VALUE! with the position", () => {
    expect(excelErrorOf(() => OUTCOME(column("Met", "Met"), column(1, 9))).message).toBe(
      "domains row 2: '9' is not a domain number (1 to 6)"
    );
    expect(excelErrorOf(() => OUTCOME(column("Met", "Met"), column(1, ""))).message).toBe(
      "domains row 2 is blank"
    );
    expect(excelErrorOf(() => OUTCOME(column("Met", "Met"), column(1))).message).toBe(
      "domains is 1 row × 1 column but statuses is 2 rows × 1 column: they must be the same shape"
    );
    expect(excelErrorOf(() => OUTCOME(column("Met"), column(1), "PINK")).message).toBe(
      "configurationRating 'PINK' is not GREEN, AMBER or RED"
    );
    expect(excelErrorOf(() => OUTCOME(column(""), column(""))).message).toBe(
      "domains has no criteria"
    );
    expect(
      excelErrorOf(() => OUTCOME(column("Met", errorCell("#VALUE!")), column(1, 1))).message
    ).toBe("statuses row 2 holds the Excel error #VALUE!");
  });
});
