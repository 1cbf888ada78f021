// The threshold cells of a re-run scoring sheet: kept when the user changed them, refreshed otherwise.
import { analyseWorkbook } from "../../../src/engine/analyse";
import { CellValue, SheetData } from "../../../src/engine/cells";
import { FindingList } from "../../../src/engine/dataQuality";
import {
  carriedThresholds,
  thresholdsAsFormulasRead,
} from "../../../src/engine/scoring/carryThresholds";
import {
  ExistingScoringSheet,
  ExistingThreshold,
  readScoringSheet,
} from "../../../src/engine/scoring/existingScoring";
import { assessScoringSheet } from "../../../src/engine/scoring/readBack";
import { scoreWorkbook } from "../../../src/engine/scoring/scoreWorkbook";
import { scoringSheetContent } from "../../../src/output/scoring/scoringSheetContent";
import { isPlanFormula } from "../../../src/output/sheetPlan";
import { scoringWorkbook } from "./helpers/scoringWorkbook";

const IN_FORCE = { directionsNotMetShare: 0.3, refuseNotMetShare: 0.6 };

function cellOf(share: number | null, written: number | null, text?: string): ExistingThreshold {
  return { share, text: text ?? (share === null ? "" : String(share)), written };
}

function earlier(directions: ExistingThreshold, refusal: ExistingThreshold): ExistingScoringSheet {
  return {
    sheetName: "Scoring 02B",
    code: "02B",
    rows: [],
    configurationRating: "",
    thresholds: { directionsNotMetShare: directions, refuseNotMetShare: refusal },
  };
}

function carry(sheet: ExistingScoringSheet | null) {
  const findings = new FindingList();
  return { values: carriedThresholds(IN_FORCE, sheet, findings), findings: findings.findings };
}

/** A written sheet as a reader sees it (formulas as their results), after `edit`. */
function asRead(
  cells: ReturnType<typeof scoringSheetContent>["cells"],
  edit: (rows: CellValue[][]) => void = () => undefined
): SheetData {
  const rows = cells.map((row) =>
    row.map((cell) => (isPlanFormula(cell) ? (cell.result ?? null) : cell))
  );
  edit(rows);
  return { name: "Scoring 02B", firstRow: 1, firstColumn: 1, rows };
}

describe("carriedThresholds", () => {
  test("a first run writes the assumptions in force", () => {
    expect(carry(null)).toEqual({ values: IN_FORCE, findings: [] });
  });

  test("a cell equal to what the tool wrote follows the new assumptions, silently", () => {
    expect(carry(earlier(cellOf(0.25, 0.25), cellOf(0.5, 0.5)))).toEqual({
      values: IN_FORCE,
      findings: [],
    });
  });

  test("a cell the user changed is kept, with a warning naming the sheet, the cell and both values", () => {
    const { values, findings } = carry(earlier(cellOf(0.35, 0.25), cellOf(0.5, 0.5)));
    expect(values).toEqual({ directionsNotMetShare: 0.35, refuseNotMetShare: 0.6 });
    expect(findings).toEqual([
      expect.objectContaining({
        kind: "scoringThresholdKept",
        severity: "warning",
        sheet: "Scoring 02B",
        row: 7,
        column: "Directions share",
        value: "35%",
      }),
    ]);
    expect(findings[0]?.message).toBe(
      "Directions share on 'Scoring 02B' (cell B7) is 35%, set on the sheet; the assumptions say 30%. It was kept, and the sheet's outcome uses it; type 30% in B7 to follow the assumptions again"
    );
  });

  test("a kept value equal to the assumptions in force needs no warning", () => {
    expect(carry(earlier(cellOf(0.3, 0.25), cellOf(0.6, 0.5)))).toEqual({
      values: IN_FORCE,
      findings: [],
    });
  });

  test("an earlier version's sheet without the record: a value at the default is the tool's, any other the user's", () => {
    const { values, findings } = carry(earlier(cellOf(0.25, null), cellOf(0.4, null)));
    expect(values).toEqual({ directionsNotMetShare: 0.3, refuseNotMetShare: 0.4 });
    expect(findings.map((f) => [f.kind, f.row])).toEqual([["scoringThresholdKept", 8]]);
  });

  test("text or a share above 100% is written from the assumptions, saying what the cell held; a blank cell silently", () => {
    const { values, findings } = carry(
      earlier(cellOf(null, 0.25, "about a quarter"), cellOf(null, 0.5, ""))
    );
    expect(values).toEqual(IN_FORCE);
    expect(findings.map((f) => f.message)).toEqual([
      "Directions share on 'Scoring 02B' (cell B7) held 'about a quarter', not a share between 0% and 100%; it was written from the assumptions (30%)",
    ]);
  });

  test("a kept directions share above the refusal share stays, with a warning; the engine reads it as the formula does", () => {
    const { values, findings } = carry(earlier(cellOf(0.7, 0.25), cellOf(0.5, 0.5)));
    expect(values).toEqual({ directionsNotMetShare: 0.7, refuseNotMetShare: 0.6 });
    expect(findings.map((f) => f.kind)).toEqual([
      "scoringThresholdKept",
      "scoringThresholdsInverted",
    ]);
    expect(findings[1]?.message).toContain(
      "(cell B7, 70%) is above the Refusal share (cell B8, 60%)"
    );
    expect(thresholdsAsFormulasRead(values)).toEqual({
      directionsNotMetShare: 0.6,
      refuseNotMetShare: 0.6,
    });
  });
});

describe("the threshold record on the sheet", () => {
  const data = scoringWorkbook();
  const analysis = analyseWorkbook(data);
  const first = scoreWorkbook(data, analysis, ["02B"]).ccgs[0];
  if (first === undefined) throw new Error("02B not scored");
  const content = scoringSheetContent(first);

  test("labelled in hidden column H beside each threshold, the value in hidden column I", () => {
    expect(content.cells[6]?.slice(7)).toEqual(["Directions share written", 0.25]);
    expect(content.cells[7]?.slice(7)).toEqual(["Refusal share written", 0.5]);
    expect(content.cells[6]?.slice(0, 2)).toEqual(["Directions share", 0.25]);
    expect(content.hiddenColumns).toEqual(expect.arrayContaining([8, 9]));
    expect(content.numberFormats).toContainEqual({ range: "I7:I8", format: "0%" });
  });

  test("read back from the written sheet", () => {
    const sheet = readScoringSheet(asRead(content.cells));
    expect(sheet?.thresholds).toEqual({
      directionsNotMetShare: { share: 0.25, text: "0.25", written: 0.25 },
      refuseNotMetShare: { share: 0.5, text: "0.5", written: 0.5 },
    });
  });

  test("a re-run keeps an edited refusal share and refreshes the untouched directions share; the outcome follows the kept one", () => {
    const edited = asRead(content.cells, (rows) => {
      const refusal = rows[7];
      if (refusal !== undefined) refusal[1] = 0.1;
    });
    const workbook = { ...data, sheets: [...data.sheets, edited], ownedSheets: [edited.name] };
    const rerun = analyseWorkbook(workbook, { assumptions: { directions_not_met_share: 0.05 } });
    const scoring = scoreWorkbook(workbook, rerun, "none");
    const scored = scoring.ccgs[0];
    expect(scored?.thresholds).toEqual({ directionsNotMetShare: 0.05, refuseNotMetShare: 0.1 });
    expect(scored?.writtenThresholds).toEqual({
      directionsNotMetShare: 0.05,
      refuseNotMetShare: 0.5,
    });
    expect(first.assessment.outcome).not.toBe("Not authorised");
    expect(scored?.assessment.outcome).toBe("Not authorised");
    expect(scoring.dataQuality.map((f) => f.message)).toContainEqual(
      expect.stringContaining("Refusal share on 'Scoring 02B' (cell B8) is 10%")
    );
    // Written again and re-run with nothing touched: the kept value stays kept (it still differs
    // from the record), and the read-back shows the outcome the formulas show.
    if (scored === undefined) throw new Error("02B not scored");
    const again = asRead(scoringSheetContent(scored).cells);
    const workbook2 = { ...data, sheets: [...data.sheets, again], ownedSheets: [again.name] };
    expect(scoreWorkbook(workbook2, analysis, "none").ccgs[0]?.thresholds).toEqual({
      directionsNotMetShare: 0.25,
      refuseNotMetShare: 0.1,
    });
    const read = readScoringSheet(again);
    if (read === null) throw new Error("not read");
    expect(assessScoringSheet(read, IN_FORCE).assessment?.outcome).toBe("Not authorised");
  });
});
