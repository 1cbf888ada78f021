import { readScoringSheet } from "../../../src/engine/scoring/existingScoring";
import { DEFAULT_OUTCOME_THRESHOLDS } from "../../../src/engine/scoring/outcome";
import { assessScoringSheet } from "../../../src/engine/scoring/readBack";

const header = ["Domain", "Id", "Criterion", "Critical", "Status", "Support", "Evidence"];

function sheet(directions: unknown, rows: unknown[][], rating = "GREEN") {
  const read = readScoringSheet({
    name: "Scoring 07L",
    firstRow: 1,
    firstColumn: 1,
    rows: [
      ["CCG code", "07L"],
      ["Configuration rating", rating],
      ["Directions share", directions as number],
      ["Refusal share", 0.5],
      header,
      ...(rows as string[][]),
    ],
  });
  if (read === null) throw new Error("not read");
  return read;
}

describe("assessScoringSheet (a sheet read back as it stands)", () => {
  test("the sheet's statuses, critical flags and threshold cells decide", () => {
    const rows = [
      [1, "1.1A", "a", "N", "Not met"],
      [1, "1.1B", "b", "N", "Met"],
      [1, "1.1C", "c", "N", "Met"],
      [1, "1.1D", "d", "N", "Met"],
      [2, "2.1A", "e", "N", "met"],
    ];
    // 1 of 4 not met: 25% is not above the default 25% line, but above a 20% line typed on the sheet
    expect(
      assessScoringSheet(sheet(0.25, rows), DEFAULT_OUTCOME_THRESHOLDS).assessment?.outcome
    ).toBe("Authorised with conditions");
    const strict = assessScoringSheet(sheet(0.2, rows), DEFAULT_OUTCOME_THRESHOLDS);
    expect(strict.assessment?.outcome).toBe("Authorised with conditions and directions");
    expect(strict.domainRatings).toEqual(["RED", "GREEN", null, null, null, null]);
  });

  test("configuration RED on the sheet brings directions; an unusable threshold cell takes the default", () => {
    const rows = [[3, "3.1A", "a", "Y", "Met"]];
    expect(
      assessScoringSheet(sheet("n/a", rows, "RED"), DEFAULT_OUTCOME_THRESHOLDS).assessment?.outcome
    ).toBe("Authorised with conditions and directions");
  });

  test("a sheet without usable criteria rows has no assessment", () => {
    expect(
      assessScoringSheet(sheet(0.25, [["x", "1.1A", "a", "N", "Met"]]), DEFAULT_OUTCOME_THRESHOLDS)
        .assessment
    ).toBeNull();
  });
});
