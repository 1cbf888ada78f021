// The `Sensitivity` sheet keeps working without the add-in (issue #13, SPEC §6.2): LibreOffice, told to
// recalculate on load, computes the engine's figures for every CCG and step of the England-like sample,
// from the sheet as the package writer writes it (as in the runner's analysed copy and preview mode's
// download); and after a step's number in the `£ per head` row is changed (that one cell edited in
// the package, as a user types it), the engine's figures for that new step. One soffice call for both
// workbooks.
import fs from "fs";
import path from "path";
import { analyseWorkbook } from "../../src/engine/analyse";
import type { AnalysisResult } from "../../src/engine/analysis";
import { headroom } from "../../src/engine/finance";
import {
  analyseSensitivity,
  countsAtAllowance,
  SensitivityResult,
} from "../../src/engine/sensitivity";
import { sensitivitySheetOf } from "../../src/output/sensitivitySheet";
import { generateSampleWorkbook } from "../../src/sample";
import {
  addOutputsToPackage,
  editSheetCells,
  newPackageFromSheets,
  openPackage,
  savePackage,
  workbookDataFromPackage,
} from "../../src/package";
import { recalculateInLibreOffice, RecalculatedValue } from "../helpers/libreoffice";
import { temporaryDirectory } from "../helpers/runner";

/** The changed step: a value no default step has, in the first step column. */
const NEW_STEP = 21.37;

let folder = "";
let result: AnalysisResult;
let sensitivity: SensitivityResult;
let asWritten: RecalculatedValue[][] = [];
let edited: RecalculatedValue[][] = [];

/** Rows of the recalculated sheet, found by their labels (the layout is a contract, not positions). */
function layout(sheet: RecalculatedValue[][]) {
  const rowOf = (label: string) => {
    const index = sheet.findIndex((row) => row[0] === label);
    if (index < 0)
      throw new Error(`No row labelled '${label}' in the recalculated Sensitivity sheet`);
    return index;
  };
  const header = rowOf("CCG code");
  const headers = sheet[header] ?? [];
  const firstStep = headers.indexOf("Break-even £/head") + 1;
  return {
    steps: rowOf("£ per head"),
    header,
    firstStep,
    breakEven: firstStep - 1,
    red: rowOf("Red"),
    amber: rowOf("Amber"),
    green: rowOf("Green"),
    amberShare: rowOf("Headroom amber share"),
  };
}

beforeAll(async () => {
  folder = temporaryDirectory("ccg-sensitivity-libreoffice-");
  result = analyseWorkbook(generateSampleWorkbook({}));
  sensitivity = analyseSensitivity(result.ccgs, result.assumptions.assumptions);
  const written = newPackageFromSheets([]);
  addOutputsToPackage(written, [sensitivitySheetOf(result)]);
  const writtenFile = path.join(folder, "written.xlsx");
  fs.writeFileSync(writtenFile, savePackage(written));

  // A finance lead types another allowance above the first step column.
  const copy = openPackage(fs.readFileSync(writtenFile));
  const sheet = workbookDataFromPackage(copy).sheets.find((s) => s.name === "Sensitivity");
  if (sheet === undefined) throw new Error("The written workbook has no Sensitivity sheet");
  expect(sheet.rows[4 - sheet.firstRow]?.[7 - sheet.firstColumn]).toBe(sensitivity.steps[0]);
  editSheetCells(copy, "Sensitivity", [{ row: 4, column: 7, value: NEW_STEP }]);
  const editedFile = path.join(folder, "edited.xlsx");
  fs.writeFileSync(editedFile, savePackage(copy));

  const [first, second] = await recalculateInLibreOffice([writtenFile, editedFile]);
  asWritten = first?.["Sensitivity"] ?? [];
  edited = second?.["Sensitivity"] ?? [];
}, 240_000);

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Differences between LibreOffice's value and the engine's, in words (empty when they agree). */
function differences(
  sheet: RecalculatedValue[][],
  expected: (ccgIndex: number, stepIndex: number) => number,
  steps: readonly number[]
): string[] {
  const at = layout(sheet);
  const found: string[] = [];
  result.ccgs.forEach((ccg, i) => {
    const row = sheet[at.header + 1 + i] ?? [];
    if (row[0] !== ccg.code)
      found.push(`row ${at.header + 2 + i}: ${String(row[0])} where ${ccg.code} was expected`);
    const breakEven = row[at.breakEven];
    if (
      typeof breakEven !== "number" ||
      Math.abs(breakEven - (ccg.breakEvenPerHead ?? NaN)) > 1e-9 * Math.max(1, breakEven)
    ) {
      found.push(
        `${ccg.code} break-even: LibreOffice ${String(breakEven)}, engine ${ccg.breakEvenPerHead}`
      );
    }
    steps.forEach((step, s) => {
      const value = row[at.firstStep + s];
      const want = expected(i, s);
      // LibreOffice writes 15 significant digits: within a penny.
      if (typeof value !== "number" || Math.abs(value - want) > 0.01) {
        found.push(`${ccg.code} at £${step}: LibreOffice ${String(value)}, engine ${want}`);
      }
    });
  });
  return found;
}

describe("the Sensitivity sheet recalculated in LibreOffice", () => {
  test("the sample is England-sized, with CCGs red and green at the same step; the steps and the amber share are in their labelled cells", () => {
    expect(result.ccgs.length).toBeGreaterThan(200);
    expect(sensitivity.counts.some((c) => c.finance.red > 0 && c.finance.green > 0)).toBe(true);
    const at = layout(asWritten);
    expect(
      asWritten[at.steps]?.slice(at.firstStep, at.firstStep + sensitivity.steps.length)
    ).toEqual([...sensitivity.steps]);
    expect(asWritten[at.amberShare]?.[1]).toBe(result.assumptions.assumptions.headroom_amber_share);
  });

  test("every CCG's headroom at every step and its break-even £/head are the engine's", () => {
    expect(
      differences(asWritten, (i, s) => sensitivity.ccgs[i]?.headroom[s] ?? NaN, sensitivity.steps)
    ).toEqual([]);
  });

  test("the Red, Amber and Green rows are the engine's finance counts at every step", () => {
    const at = layout(asWritten);
    sensitivity.counts.forEach((counts, s) => {
      expect([
        asWritten[at.red]?.[at.firstStep + s],
        asWritten[at.amber]?.[at.firstStep + s],
        asWritten[at.green]?.[at.firstStep + s],
      ]).toEqual([counts.finance.red, counts.finance.amber, counts.finance.green]);
    });
  });

  test(`after the first step is changed to £${NEW_STEP}: the engine's figures for £${NEW_STEP}, the other steps unchanged`, () => {
    const at = layout(edited);
    expect(edited[at.steps]?.[at.firstStep]).toBe(NEW_STEP);
    const steps = [NEW_STEP, ...sensitivity.steps.slice(1)];
    const expected = (i: number, s: number) => {
      const ccg = result.ccgs[i];
      if (ccg === undefined) return NaN;
      return s === 0
        ? headroom(ccg.population, ccg.fixedCosts, ccg.supportPerHead, NEW_STEP)
        : (sensitivity.ccgs[i]?.headroom[s] ?? NaN);
    };
    expect(differences(edited, expected, steps)).toEqual([]);
    const counts = countsAtAllowance(result.ccgs, NEW_STEP, result.assumptions.assumptions).finance;
    expect([
      edited[at.red]?.[at.firstStep],
      edited[at.amber]?.[at.firstStep],
      edited[at.green]?.[at.firstStep],
    ]).toEqual([counts.red, counts.amber, counts.green]);
    // The new step's counts differ from the old step's: the cached values would have failed.
    expect(counts).not.toEqual(sensitivity.counts[0]?.finance);
  });
});
