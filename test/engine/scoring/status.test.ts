import {
  CRITERION_STATUSES,
  countStatuses,
  readCriterionStatus,
  readDomainNumber,
} from "../../../src/engine/scoring";

describe("criterion statuses (SPEC §4)", () => {
  test.each([
    ["Met", "Met"],
    ["met", "Met"],
    [" MET ", "Met"],
    ["Partially met", "Partially met"],
    ["partially  MET", "Partially met"],
    ["partially-met", "Partially met"],
    ["Not met", "Not met"],
    ["NOT_MET", "Not met"],
    ["not assessed", "Not assessed"],
  ])("'%s' reads as %s", (text, status) => {
    expect(readCriterionStatus(text)).toEqual({ kind: "value", value: status });
  });

  test("blank cells are Not assessed", () => {
    for (const blank of [null, undefined, "", "   "]) {
      expect(readCriterionStatus(blank)).toEqual({ kind: "value", value: "Not assessed" });
    }
  });

  test("anything else is a problem, in the words of values.ts", () => {
    expect(readCriterionStatus("Mett")).toEqual({
      kind: "problem",
      problem: "is not a status (Met, Partially met, Not met or Not assessed)",
    });
    expect(readCriterionStatus(1)).toEqual({
      kind: "problem",
      problem: "is not a status (Met, Partially met, Not met or Not assessed)",
    });
    expect(readCriterionStatus(true).kind).toBe("problem");
    expect(readCriterionStatus({ error: "#N/A" })).toEqual({
      kind: "problem",
      problem: "holds the Excel error #N/A",
    });
  });

  test("every listed status reads as itself", () => {
    for (const status of CRITERION_STATUSES) {
      expect(readCriterionStatus(status)).toEqual({ kind: "value", value: status });
    }
  });

  test("counts cover every status", () => {
    expect(countStatuses(["Met", "Not met", "Met"])).toEqual({
      Met: 2,
      "Partially met": 0,
      "Not met": 1,
      "Not assessed": 0,
    });
  });
});

describe("domain numbers", () => {
  test("whole numbers 1 to 6, as numbers or text", () => {
    expect(readDomainNumber(1)).toEqual({ kind: "value", value: 1 });
    expect(readDomainNumber(" 6 ")).toEqual({ kind: "value", value: 6 });
    expect(readDomainNumber("")).toEqual({ kind: "blank" });
  });

  test("others are problems, in the words of values.ts", () => {
    expect(readDomainNumber(7)).toEqual({
      kind: "problem",
      problem: "is not a domain number (1 to 6)",
    });
    expect(readDomainNumber(2.5).kind).toBe("problem");
    expect(readDomainNumber("two")).toEqual({
      kind: "problem",
      problem: "is not a domain number (1 to 6)",
    });
    expect(readDomainNumber({ error: "#REF!" })).toEqual({
      kind: "problem",
      problem: "holds the Excel error #REF!",
    });
  });
});
