/**
 * The runner's `--scoring` end to end: scoring sheets and the Domain Summary in the written workbook,
 * the user's edits carried over by a re-run, a custom Criteria sheet, `--json` scoring[], and the
 * written formulas recalculated by LibreOffice giving the engine's outcomes.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { SheetData } from "../../src/engine/cells";
import { scoringWorkbook } from "../engine/scoring/helpers/scoringWorkbook";
import { recalculateInLibreOffice } from "../helpers/libreoffice";
import { runRunner, temporaryDirectory } from "../helpers/runner";
import { writeXlsxFile } from "../helpers/workbookFiles";

async function writeInput(directory: string, extra: SheetData[] = []): Promise<string> {
  const file = path.join(directory, "ccgs.xlsx");
  writeXlsxFile(file, scoringWorkbook(extra));
  return file;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The criteria rows of a scoring sheet by id: [status, support, evidence]. */
function rowsById(sheet: ExcelJS.Worksheet): Map<string, { row: number; values: string[] }> {
  const rows = new Map<string, { row: number; values: string[] }>();
  for (let row = 19; row <= sheet.rowCount; row++) {
    const id = sheet.getCell(row, 2).text;
    if (id === "") break;
    rows.set(id, { row, values: [5, 6, 7].map((column) => sheet.getCell(row, column).text) });
  }
  return rows;
}

function run(args: string[], directory: string) {
  const result = runRunner(args, directory);
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return result;
}

describe("analyse --scoring", () => {
  test("writes Scoring sheets with dropdowns, hidden record and formulas, and a Domain Summary", async () => {
    const directory = temporaryDirectory();
    await writeInput(directory);
    run(["analyse", "ccgs.xlsx", "--scoring", "02b,01A", "-o", "out.xlsx"], directory);
    const workbook = await load(path.join(directory, "out.xlsx"));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(["Scoring 01A", "Scoring 02B", "Domain Summary"]));
    const beta = sheetOf(workbook, "Scoring 02B");
    expect(beta.getCell("A1").text).toBe("CCG code");
    expect(beta.getCell("B1").text).toBe("02B");
    expect(beta.getCell("B16").formula).toContain("COUNTIF");
    expect(beta.getCell("E19").dataValidation).toMatchObject({ type: "list" });
    expect(beta.getColumn(8).hidden).toBe(true);
    expect(rowsById(beta).get("3.2A")?.values[0]).toBe("Not met");
    const summary = sheetOf(workbook, "Domain Summary");
    expect(summary.getCell("J3").formula).toBe("'Scoring 02B'!$B$16");
  });

  test("a re-run keeps the statuses, support and evidence the user changed and refreshes the rest", async () => {
    const directory = temporaryDirectory();
    await writeInput(directory);
    run(["analyse", "ccgs.xlsx", "--scoring", "02B", "-o", "first.xlsx"], directory);
    // The user edits the written sheet (as in Excel) and saves it.
    const edited = await load(path.join(directory, "first.xlsx"));
    const sheet = sheetOf(edited, "Scoring 02B");
    const before = rowsById(sheet);
    const at = (id: string) => before.get(id)?.row ?? 0;
    sheet.getCell(at("1.1A"), 5).value = "Met";
    sheet.getCell(at("1.1A"), 7).value = "Clinical board minutes, May";
    sheet.getCell(at("4.2A"), 5).value = "Not met";
    sheet.getCell(at("4.2A"), 6).value = "Specific conditions";
    sheet.getCell(at("4.1A"), 7).value = "Two practices still to sign"; // evidence only: status refreshes
    await edited.xlsx.writeFile(path.join(directory, "edited.xlsx"));

    // Re-run without --scoring, at £40 a head: finance turns GREEN, so the untouched 3.2A refreshes.
    const json = JSON.parse(
      run(
        ["analyse", "edited.xlsx", "--set", "rca_per_head=40", "--json", "-o", "rerun.xlsx"],
        directory
      ).stdout
    ) as { scoring: { code: string; outcome: string; domains: (string | null)[] }[] };
    const after = rowsById(sheetOf(await load(path.join(directory, "rerun.xlsx")), "Scoring 02B"));
    expect(after.get("1.1A")?.values).toEqual(["Met", "", "Clinical board minutes, May"]);
    expect(after.get("4.2A")?.values).toEqual(["Not met", "Specific conditions", ""]);
    expect(after.get("4.1A")?.values[2]).toBe("Two practices still to sign");
    expect(after.get("4.1A")?.values[0]).toBe("Not met"); // membership still RED, prefilled, untouched
    expect(before.get("3.2A")?.values[0]).toBe("Not met");
    expect(after.get("3.2A")?.values[0]).toBe("Met");
    expect(after.get("3.2A")?.values[2]).toContain("£1,600,000");
    expect(json.scoring.map((s) => s.code)).toEqual(["02B"]);
    // 4.2A is critical and Not met: directions
    expect(json.scoring[0]?.outcome).toBe("Authorised with conditions and directions");
  });

  test("a re-run keeps a threshold the user changed and refreshes the untouched one; LibreOffice's outcome follows the kept one", async () => {
    const directory = temporaryDirectory();
    await writeInput(directory);
    run(["analyse", "ccgs.xlsx", "--scoring", "02B", "-o", "first.xlsx"], directory);
    const edited = await load(path.join(directory, "first.xlsx"));
    const sheet = sheetOf(edited, "Scoring 02B");
    // The record of what was written: hidden, beside each threshold.
    expect([7, 8].map((row) => [sheet.getCell(row, 8).text, sheet.getCell(row, 9).value])).toEqual([
      ["Directions share written", 0.25],
      ["Refusal share written", 0.5],
    ]);
    expect([8, 9].map((column) => sheet.getColumn(column).hidden)).toEqual([true, true]);
    sheet.getCell("B8").value = 0.1; // the analyst's own refusal line for this CCG
    await edited.xlsx.writeFile(path.join(directory, "edited.xlsx"));

    // Re-run with a new directions share in the assumptions: B7 (untouched) follows it, B8 is kept.
    const json = JSON.parse(
      run(
        [
          "analyse",
          "edited.xlsx",
          "--set",
          "directions_not_met_share=0.05",
          "--json",
          "-o",
          "rerun.xlsx",
        ],
        directory
      ).stdout
    ) as { scoring: { outcome: string }[]; dataQuality: { sheet: string; message: string }[] };
    const rerun = await load(path.join(directory, "rerun.xlsx"));
    const after = sheetOf(rerun, "Scoring 02B");
    expect(["B7", "B8", "I7", "I8"].map((cell) => after.getCell(cell).value)).toEqual([
      0.05, 0.1, 0.05, 0.5,
    ]);
    expect([8, 9].map((column) => after.getColumn(column).hidden)).toEqual([true, true]);
    expect(json.scoring[0]?.outcome).toBe("Not authorised");
    const kept =
      "Refusal share on 'Scoring 02B' (cell B8) is 10%, set on the sheet; the assumptions say 50%";
    expect(json.dataQuality).toContainEqual(
      expect.objectContaining({ sheet: "Scoring 02B", message: expect.stringContaining(kept) })
    );
    const dataQuality = sheetOf(rerun, "Data Quality");
    const texts: string[] = [];
    dataQuality.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    expect(texts.some((text) => text.includes(kept))).toBe(true);

    const [first, second] = await recalculateInLibreOffice([
      path.join(directory, "first.xlsx"),
      path.join(directory, "rerun.xlsx"),
    ]);
    const outcome = (book: typeof first) => book?.["Scoring 02B"]?.[15]?.[1];
    expect(outcome(first)).toBe("Authorised with conditions and directions");
    expect(outcome(second)).toBe("Not authorised");
    expect(second?.["Domain Summary"]?.[1]?.[9]).toBe("Not authorised");
  }, 120_000);

  test("a Criteria sheet gives exactly those criteria; a malformed row is in Data Quality; a removed criterion is kept", async () => {
    const directory = temporaryDirectory();
    const criteria: SheetData = {
      name: "Criteria",
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ["Domain", "Id", "Criterion", "Critical"],
        [3, "3.2A", "Plans within the allowance", "Y"],
        [4, "4.9Z", "Our own criterion", "N"],
        [9, "9.1A", "No such domain", "N"],
      ],
    };
    await writeInput(directory, [criteria]);
    const first = JSON.parse(
      run(["analyse", "ccgs.xlsx", "--scoring", "01A", "--json", "-o", "out.xlsx"], directory)
        .stdout
    ) as {
      dataQuality: { sheet: string; row: number; message: string }[];
    };
    const sheet = sheetOf(await load(path.join(directory, "out.xlsx")), "Scoring 01A");
    expect([...rowsById(sheet).keys()]).toEqual(["3.2A", "4.9Z"]);
    expect(first.dataQuality).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: "Criteria",
          row: 4,
          message: expect.stringContaining("Criteria!A4") as string,
        }),
      ])
    );

    // The user drops 4.9Z from the list and re-runs: the sheet keeps it at the bottom, with a warning.
    const edited = await load(path.join(directory, "out.xlsx"));
    sheetOf(edited, "Criteria").spliceRows(3, 1);
    sheetOf(edited, "Scoring 01A").getCell(
      rowsById(sheetOf(edited, "Scoring 01A")).get("4.9Z")?.row ?? 0,
      5
    ).value = "Partially met";
    await edited.xlsx.writeFile(path.join(directory, "edited.xlsx"));
    const second = JSON.parse(
      run(["analyse", "edited.xlsx", "--json", "-o", "rerun.xlsx"], directory).stdout
    ) as {
      dataQuality: { message: string }[];
    };
    const rerun = rowsById(sheetOf(await load(path.join(directory, "rerun.xlsx")), "Scoring 01A"));
    expect([...rerun.keys()]).toEqual(["3.2A", "4.9Z"]);
    expect(rerun.get("4.9Z")?.values[0]).toBe("Partially met");
    expect(
      second.dataQuality.some(
        (f) => f.message.includes("4.9Z") && f.message.includes("no longer in the criteria list")
      )
    ).toBe(true);
  });

  test("--scoring with a code not in the practice list: exit 1 naming it", async () => {
    const directory = temporaryDirectory();
    await writeInput(directory);
    const result = runRunner(["analyse", "ccgs.xlsx", "--scoring", "99Z"], directory);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("CCG code '99Z' is not in the practice list");
    expect(fs.existsSync(path.join(directory, "ccgs.analysed.xlsx"))).toBe(false);
  });

  test("LibreOffice, recalculating the written workbook, shows the outcomes --json reports", async () => {
    const directory = temporaryDirectory();
    await writeInput(directory);
    const json = JSON.parse(
      run(["analyse", "ccgs.xlsx", "--scoring", "all", "--json", "-o", "out.xlsx"], directory)
        .stdout
    ) as {
      scoring: { code: string; outcome: string; domains: (string | null)[] }[];
    };
    const [book] = await recalculateInLibreOffice([path.join(directory, "out.xlsx")]);
    const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
    for (const scored of json.scoring) {
      const sheet = book?.[`Scoring ${scored.code}`];
      expect([scored.code, text(sheet?.[15]?.[1])]).toEqual([scored.code, scored.outcome]);
      expect(sheet?.slice(9, 15).map((row) => text(row[1]))).toEqual(
        scored.domains.map((d) => d ?? "")
      );
    }
    expect(book?.["Domain Summary"]?.slice(1).map((row) => text(row[9]))).toEqual(
      json.scoring.map((s) => s.outcome)
    );
  }, 120_000);
});
