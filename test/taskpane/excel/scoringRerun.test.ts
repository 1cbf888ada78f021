// Scoring sheets through the Office.js renderer and the Excel host (the in-memory Excel): dropdowns,
// hidden record, conditional formats and formulas written in a fixed number of syncs; statuses edited
// in Excel survive a re-run, criterion by criterion.
import { analyseWorkbook } from "../../../src/engine/analyse";
import { scoreWorkbook } from "../../../src/engine/scoring/scoreWorkbook";
import type { ScoringSelection } from "../../../src/engine/scoring/scoreCcgs";
import { scoringContents } from "../../../src/output/scoring/scoringContents";
import { createExcelWorkbookHost } from "../../../src/taskpane/host/excelWorkbookHost";
import { createExcelHost } from "../../excel-host";
import type { InitialSheet } from "../../excel-host";
import { scoringWorkbook } from "../../engine/scoring/helpers/scoringWorkbook";

function practices(): InitialSheet {
  const sheet = scoringWorkbook().sheets[0];
  return {
    name: "Practices",
    values: (sheet?.rows ?? []).map((row) => [...row] as (string | number)[]),
  };
}

function criteriaSheet(count: number): InitialSheet {
  return {
    name: "Criteria",
    values: [
      ["Domain", "Id", "Criterion", "Critical"],
      ...Array.from({ length: count }, (_, i) => [
        1 + (i % 6),
        `${1 + (i % 6)}.${i + 1}A`,
        `Criterion ${i}`,
        "N",
      ]),
    ],
  };
}

async function writeScoring(
  host: ReturnType<typeof createExcelWorkbookHost>,
  selection: ScoringSelection,
  rcaPerHead = 25
) {
  const data = await host.readWorkbook();
  const analysis = analyseWorkbook(data, { assumptions: { rca_per_head: rcaPerHead } });
  const scoring = scoreWorkbook(data, analysis, selection);
  const summary = await host.writeOutputs(scoringContents(scoring));
  return { data, scoring, summary };
}

/** Row of a criterion id on a scoring sheet (the table starts at row 19). */
function rowOf(excel: ReturnType<typeof createExcelHost>, sheet: string, id: string): number {
  const ids = excel.values(sheet, "B19:B80").map((row) => row[0]);
  const index = ids.indexOf(id);
  if (index < 0) throw new Error(`${id} not on ${sheet}`);
  return 19 + index;
}

describe("scoring sheets in Excel", () => {
  test("written with dropdowns, hidden record, conditional formats and formulas, in a fixed number of syncs", async () => {
    const syncs: number[] = [];
    for (const count of [6, 60]) {
      const excel = createExcelHost({ sheets: [practices(), criteriaSheet(count)] });
      const host = createExcelWorkbookHost(excel.run);
      const data = await host.readWorkbook();
      const scoring = scoreWorkbook(data, analyseWorkbook(data), ["02B"]);
      excel.resetCounters();
      const summary = await host.writeOutputs(scoringContents(scoring));
      syncs.push(excel.counters.syncs);
      expect(summary.written.map((w) => w.sheetName)).toEqual(["Scoring 02B", "Domain Summary"]);
      const last = 18 + count;
      expect(excel.validationList("Scoring 02B", `E${last}`)).toBe(
        "Met,Partially met,Not met,Not assessed"
      );
      expect(excel.validationList("Scoring 02B", "F19")).toContain("Development support");
      expect(excel.hiddenColumns("Scoring 02B")).toEqual(["H", "I", "J"]);
      expect(excel.cell("Scoring 02B", "B16").formula).toMatch(/^=IF\(SUMPRODUCT/);
      expect(excel.cell("Domain Summary", "J2").formula).toBe("='Scoring 02B'!$B$16");
      expect(excel.conditionalFormats("Scoring 02B").length).toBeGreaterThan(0);
    }
    expect(syncs[0]).toBe(syncs[1]);
  });

  test("statuses, support and evidence edited in Excel survive a re-run; untouched prefilled values refresh", async () => {
    const excel = createExcelHost({ sheets: [practices()] });
    const host = createExcelWorkbookHost(excel.run);
    await writeScoring(host, ["02B", "01A"]);

    const sheet = "Scoring 02B";
    const edits: [string, number, string][] = [
      ["1.1A", 5, "Met"],
      ["1.1A", 7, "Clinical board minutes"],
      ["4.2A", 5, "Not met"],
      ["4.2A", 6, "Directions"],
    ];
    const before = excel.values(
      sheet,
      `E${rowOf(excel, sheet, "3.2A")}:G${rowOf(excel, sheet, "3.2A")}`
    );
    await excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      for (const [id, column, value] of edits)
        worksheet.getCell(rowOf(excel, sheet, id) - 1, column - 1).values = [[value]];
      await context.sync();
    });

    // Re-read: the scoring sheets are read and known as ours; the analysis ignores them.
    // At £40 a head 02B's finance turns GREEN: its untouched plans-within-allowance row (3.2A) refreshes.
    const { data, scoring } = await writeScoring(host, "none", 40);
    expect(data.ownedSheets).toEqual(expect.arrayContaining(["Scoring 02B", "Scoring 01A"]));
    expect(data.sheets.map((s) => s.name)).not.toContain("Domain Summary");
    expect(scoring.ccgs.map((c) => c.code)).toEqual(["01A", "02B"]);

    for (const [id, column, value] of edits) {
      const row = rowOf(excel, sheet, id);
      expect([id, excel.values(sheet, `A${row}:J${row}`)[0]?.[column - 1]]).toEqual([id, value]);
    }
    const finance = excel.values(
      sheet,
      `E${rowOf(excel, sheet, "3.2A")}:G${rowOf(excel, sheet, "3.2A")}`
    );
    expect(before[0]?.[0]).toBe("Not met");
    expect(finance[0]?.[0]).toBe("Met");
    expect(String(finance[0]?.[2])).toContain("£1,600,000");
    // The engine reads the edited sheet: 4.2A is critical and Not met.
    expect(scoring.ccgs.find((c) => c.code === "02B")?.assessment.reasons).toContain(
      "Critical criterion 4.2A is not met"
    );
    // Replaced in place: no second copy of either sheet.
    expect(excel.sheetNames().filter((name) => name.startsWith("Scoring"))).toEqual([
      "Scoring 01A",
      "Scoring 02B",
    ]);
  });
  test("a threshold edited in Excel survives a re-run; the untouched one follows the assumptions", async () => {
    const excel = createExcelHost({ sheets: [practices()] });
    const host = createExcelWorkbookHost(excel.run);
    await writeScoring(host, ["02B"]);
    const sheet = "Scoring 02B";
    expect(excel.values(sheet, "H7:I8")).toEqual([
      ["Directions share written", 0.25],
      ["Refusal share written", 0.5],
    ]);
    expect(excel.hiddenColumns(sheet)).toEqual(["H", "I", "J"]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange("B7").values = [[0.4]];
      await context.sync();
    });

    const data = await host.readWorkbook();
    const analysis = analyseWorkbook(data, { assumptions: { refuse_not_met_share: 0.7 } });
    const scoring = scoreWorkbook(data, analysis, "none");
    await host.writeOutputs(scoringContents(scoring));
    expect(excel.values(sheet, "B7:B8")).toEqual([[0.4], [0.7]]);
    expect(excel.values(sheet, "I7:I8")).toEqual([[0.25], [0.7]]);
    expect(excel.hiddenColumns(sheet)).toEqual(["H", "I", "J"]);
    expect(scoring.dataQuality.map((f) => f.message)).toContainEqual(
      expect.stringContaining("Directions share on 'Scoring 02B' (cell B7) is 40%")
    );
    // The formulas read the kept cell.
    expect(excel.cell(sheet, "B16").formula).toContain("$B$7");
  });
});
