/**
 * One plan, two renderers: the same contents written by the package writer (the runner and the
 * browser preview; saved to .xlsx bytes and read back by ExcelJS, an independent reader) and by the
 * Office.js renderer (the add-in; into the in-memory Excel host) must give the same sheets: names,
 * notices, cell values, formulas, number formats, dropdowns, conditional formats, tables, hidden
 * columns, frozen rows, widths, bold and the summary chart.
 */
import type { Workbook } from "exceljs";
import type { WorkbookData } from "../../src/engine/cells";
import { analyseWorkbook } from "../../src/engine/analyse";
import { RAG_COLOURS } from "../../src/output/report/outputTable";
import { buildAssumptionsTable } from "../../src/output/report/assumptionsTable";
import {
  bold,
  composeSheet,
  conditionalFormat,
  dropdown,
  formula,
  hideColumns,
  labelValueBlock,
  tableBlock,
  tableColumnRange,
} from "../../src/output/blocks";
import { buildOutputContents, tableSheet } from "../../src/output/tableSheet";
import type { SheetContent } from "../../src/output/sheetPlan";
import { addOutputsToPackage, openPackage, savePackage } from "../../src/package";
import { generateSampleWorkbook } from "../../src/sample";
import { writeOutputsToExcel } from "../../src/taskpane/excel/writeOutputs";
import { createExcelHost } from "../excel-host";
import type { ExcelHost, InitialSheet } from "../excel-host";
import { loadByExcelJs } from "../helpers/excelJs";
import { sheet, workbook } from "../helpers/sheets";
import { xlsxBytesOf } from "../helpers/workbookFiles";
import { packageParts, text } from "../package/packageParts";
import { renderedByOfficeJs, renderedByPackage } from "./helpers/renderedSheets";
import type { Extent } from "./helpers/renderedSheets";

/** The input sheets as the in-memory host starts from them. */
function initialSheets(data: WorkbookData): InitialSheet[] {
  return data.sheets.map((sheet) => ({
    name: sheet.name,
    start: `A${sheet.firstRow}`.replace("A", String.fromCharCode(64 + sheet.firstColumn)),
    values: sheet.rows.map((row) =>
      row.map((value) => (value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : value))
    ),
  }));
}

/** The area a content covers, plus one row and column around it (nothing may spill there). */
function extentOf(content: SheetContent): Extent {
  const columns = content.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  return {
    rows: content.cells.length + 1,
    columns: Math.max(columns, content.columnWidths.length, ...content.hiddenColumns) + 1,
  };
}

/** Writes contents with both renderers: into the package of `input` (saved, read back) and the host. */
async function renderBoth(input: Uint8Array, host: ExcelHost, contents: readonly SheetContent[]) {
  const parts = openPackage(input);
  const byPackage = addOutputsToPackage(parts, contents);
  const saved = savePackage(parts);
  const reread: Workbook = await loadByExcelJs(saved);
  const byOfficeJs = await host.run((context) => writeOutputsToExcel(context, contents));
  return { byPackage, byOfficeJs, reread, saved };
}

/** Each chart part of a package: the sheet its data comes from and its series names. */
async function packageCharts(bytes: Uint8Array): Promise<{ sheet: string; series: string[] }[]> {
  const parts = await packageParts(bytes);
  return [...parts.keys()]
    .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
    .map((name) => {
      const xml = text(parts, name);
      const reference = /<c:f>(?:&apos;)?(.*?)(?:&apos;)?!/.exec(xml)?.[1] ?? "";
      const series = [...xml.matchAll(/<c:ser>.*?<c:tx><c:v>(.*?)<\/c:v><\/c:tx>/g)].map(
        (match) => match[1] ?? ""
      );
      return { sheet: reference, series };
    });
}

describe("the sample's output sheets through both renderers", () => {
  const data = generateSampleWorkbook();
  const result = analyseWorkbook(data);
  // Every output sheet of the sample: the sample has an Assumptions sheet of its own, so ours is
  // diverted around it on both sides.
  const contents = [
    ...buildOutputContents(result),
    tableSheet(buildAssumptionsTable(result.assumptions.assumptions)),
  ];
  let rendered: Awaited<ReturnType<typeof renderBoth>>;
  let host: ExcelHost;

  beforeAll(async () => {
    host = createExcelHost({ sheets: initialSheets(data) });
    rendered = await renderBoth(xlsxBytesOf(data), host, contents);
  }, 120_000);

  test("the same sheets, in the same order, with the same notices", () => {
    const { byPackage, byOfficeJs, reread } = rendered;
    expect(byPackage.written.map(({ output, sheetName }) => ({ output, sheetName }))).toEqual(
      byOfficeJs.written
    );
    expect(byOfficeJs.written.map((w) => w.sheetName)).toEqual([
      "CCG Summary",
      "Practice Detail",
      "Data Quality",
      "Sensitivity",
      "Assumptions (2)",
    ]);
    expect(byPackage.notices).toEqual(byOfficeJs.notices);
    expect(byOfficeJs.notices).toEqual([
      "A sheet named 'Assumptions' that CCG Footprint did not create was left untouched; the assumptions table was written to 'Assumptions (2)'.",
    ]);
    expect(reread.worksheets.map((sheet) => sheet.name)).toEqual(host.sheetNames());
  });

  test.each(["CCG Summary", "Practice Detail", "Data Quality", "Assumptions"])(
    "%s: the same cells, formats, tables, rules, widths and frozen header",
    (output) => {
      const index = contents.findIndex((content) => content.output === output);
      const content = contents[index]!;
      const sheetName = rendered.byOfficeJs.written[index]!.sheetName;
      const extent = extentOf(content);
      const packaged = renderedByPackage(rendered.reread, sheetName, extent);
      const office = renderedByOfficeJs(host, sheetName, extent);
      expect(Object.keys(packaged.cells).length).toBeGreaterThan(content.cells.length);
      expect(packaged.cells).toEqual(office.cells);
      expect(packaged.numberFormats).toEqual(office.numberFormats);
      expect(packaged.validations).toEqual(office.validations);
      expect(packaged.rules).toEqual(office.rules);
      expect(packaged.tables).toEqual(office.tables);
      expect(packaged.tables).toHaveLength(1);
      expect(packaged.hiddenColumns).toEqual(office.hiddenColumns);
      expect(packaged.frozenRows).toEqual(office.frozenRows);
      expect(packaged.frozenRows).toBe(1);
      expect(packaged.widths).toEqual(office.widths);
      expect(packaged.bold).toEqual(office.bold);
    }
  );

  test("the RAG fills are there on both sides (the comparison is not of two empty lists)", () => {
    const extent = extentOf(contents[0]!);
    const rules = renderedByPackage(rendered.reread, "CCG Summary", extent).rules;
    // Five component ratings and the configuration rating, three rules each.
    expect(rules).toHaveLength(18);
    expect(rules.slice(0, 3).map((rule) => [rule.operand, rule.fill])).toEqual([
      ["RED", `#${RAG_COLOURS.RED.fill}`],
      ["AMBER", `#${RAG_COLOURS.AMBER.fill}`],
      ["GREEN", `#${RAG_COLOURS.GREEN.fill}`],
    ]);
  });

  test("the same summary chart on both sides, with the same series", async () => {
    expect(host.charts("CCG Summary")).toHaveLength(1);
    const series = host.charts("CCG Summary")[0]?.series.map((s) => s.name);
    expect(series).toEqual(["Population", "Headroom (£)"]);
    expect(await packageCharts(rendered.saved)).toEqual([{ sheet: "CCG Summary", series }]);
  });

  test("a re-run replaces the sheets in place on both sides, and they still agree", async () => {
    const again = await renderBoth(rendered.saved, host, contents);
    expect(again.byOfficeJs.syncs).toBe(3);
    expect(again.byPackage.notices).toEqual(again.byOfficeJs.notices);
    expect(again.byPackage.written.map((w) => w.sheetName)).toEqual(
      again.byOfficeJs.written.map((w) => w.sheetName)
    );
    expect(again.reread.worksheets.map((sheet) => sheet.name)).toEqual(host.sheetNames());
    const extent = extentOf(contents[0]!);
    const packaged = renderedByPackage(again.reread, "CCG Summary", extent);
    const office = renderedByOfficeJs(host, "CCG Summary", extent);
    expect(packaged.cells).toEqual(office.cells);
    expect(packaged.rules).toEqual(office.rules);
    expect(packaged.tables).toEqual(office.tables);
    expect(office.tables.map((t) => t.name)).toEqual(["CCGSummary"]);
    expect(await packageCharts(again.saved)).toHaveLength(1);
  }, 120_000);
});

describe("a synthetic sheet using every feature of the plan, through both renderers", () => {
  const STATUSES = ["Met", "Partially met", "Not met", "Not assessed"];
  const criteria = tableBlock({
    at: "B10",
    name: "Scoring 07L",
    columns: [
      { header: "Domain", format: "integer" },
      { header: "Id", format: "text" },
      { header: "Criterion", format: "text", width: 40 },
      { header: "Status", format: "text" },
      { header: "Headroom", format: "gbp" },
      { header: "Check", format: "text" },
      { header: "Prefilled", format: "text" },
    ],
    rows: [
      [
        1,
        "1.1A",
        "=Governing body includes a nurse",
        "Met",
        1200,
        formula('IF(E11="Met","ok","")', "ok"),
        "Met",
      ],
      [
        1,
        "1.2B",
        "+Clinical leadership",
        "Not met",
        -300,
        formula('IF(E12="Met","ok","")', ""),
        null,
      ],
      [
        2,
        "2.1A",
        "Patient engagement",
        "Partially met",
        0.5,
        formula('IF(E13="Met","ok","")', ""),
        null,
      ],
    ],
  });
  const status = tableColumnRange(criteria, "Status");
  const content = composeSheet("Scoring 07L", [
    labelValueBlock("A1", [
      { label: "CCG code", value: "07L" },
      { label: "CCG name", value: "-Barking & Dagenham" },
      { label: "Population", value: 212_345, format: "integer" },
      { label: "Headroom", value: -5_000, format: "gbp" },
      { label: "Configuration rating", value: "AMBER", format: "rating" },
      { label: "Directions share", value: 0.25, format: "percent" },
    ]),
    criteria,
    dropdown(status, STATUSES, "Choose a status from the list."),
    conditionalFormat(status, [
      { kind: "cellValue", operator: "equal", formula: '"Not met"', ...RAG_COLOURS.RED },
    ]),
    conditionalFormat("F11:F13", [
      { kind: "cellValue", operator: "lessThan", formula: "0", ...RAG_COLOURS.RED },
      { kind: "expression", formula: "AND(F11>=0,F11<1)", ...RAG_COLOURS.AMBER },
    ]),
    labelValueBlock("A16", [
      {
        label: "Domain 1",
        value: formula('IF(COUNTIF(E11:E13,"Not met")>0,"RED","GREEN")', "RED"),
        format: "rating",
      },
      {
        label: "Outcome",
        value: formula('IF(B16="RED","Authorised with conditions","Fully authorised")'),
      },
    ]),
    hideColumns(8),
    bold("B10:H10"),
  ]);
  let packaged: ReturnType<typeof renderedByPackage>;
  let office: ReturnType<typeof renderedByOfficeJs>;
  let reread: Workbook;

  beforeAll(async () => {
    const host = createExcelHost({ sheets: [{ name: "Practices", values: [["Practice code"]] }] });
    const input = xlsxBytesOf(workbook(sheet("Practices", [["Practice code"]])));
    const both = await renderBoth(input, host, [content]);
    reread = both.reread;
    expect(both.byPackage.notices).toEqual(both.byOfficeJs.notices);
    expect(both.byOfficeJs.written).toEqual([{ output: "Scoring 07L", sheetName: "Scoring 07L" }]);
    packaged = renderedByPackage(reread, "Scoring 07L", extentOf(content));
    office = renderedByOfficeJs(host, "Scoring 07L", extentOf(content));
  });

  test("the same cells and formulas; text that looks like a formula stays text", () => {
    expect(packaged.cells).toEqual(office.cells);
    expect(office.cells).toMatchObject({
      A1: "CCG code",
      B2: "-Barking & Dagenham",
      D11: "=Governing body includes a nurse",
      G11: '=IF(E11="Met","ok","")',
      B16: '=IF(COUNTIF(E11:E13,"Not met")>0,"RED","GREEN")',
      B17: '=IF(B16="RED","Authorised with conditions","Fully authorised")',
    });
    // The engine's expected value is the cached result in the file.
    const cached = reread.getWorksheet("Scoring 07L")!.getCell("B16").value as { result?: unknown };
    expect(cached.result).toBe("RED");
  });

  test("the same number formats, dropdowns, bold labels, widths and hidden column", () => {
    expect(packaged.numberFormats).toEqual(office.numberFormats);
    expect(office.numberFormats).toMatchObject({
      B3: "#,##0",
      B6: "0.0%",
      F11: "£#,##0;[Red]-£#,##0",
    });
    expect(packaged.validations).toEqual(office.validations);
    expect(Object.keys(office.validations)).toEqual(["E11", "E12", "E13"]);
    expect(office.validations.E12).toBe(
      `${STATUSES.join(",")} | CCG Footprint: Choose a status from the list.`
    );
    expect(packaged.bold).toEqual(office.bold);
    expect(office.bold).toEqual(expect.arrayContaining(["A1", "A6", "A16", "A17", "B10", "H10"]));
    expect(packaged.widths).toEqual(office.widths);
    expect(packaged.hiddenColumns).toEqual(office.hiddenColumns);
    expect(office.hiddenColumns).toEqual(["H"]);
    expect(packaged.frozenRows).toEqual(office.frozenRows);
    expect(office.frozenRows).toBe(0);
  });

  test("the same table, not at A1, and the same containsText, cellValue and expression rules", () => {
    expect(packaged.tables).toEqual(office.tables);
    expect(office.tables).toEqual([
      {
        name: "Scoring_07L",
        range: "B10:H13",
        headers: ["Domain", "Id", "Criterion", "Status", "Headroom", "Check", "Prefilled"],
        style: "TableStyleMedium2",
      },
    ]);
    expect(packaged.rules).toEqual(office.rules);
    expect(
      office.rules.map((rule) => [rule.range, rule.kind, rule.operator, rule.operand])
    ).toEqual([
      ["B5", "containsText", null, "RED"],
      ["B5", "containsText", null, "AMBER"],
      ["B5", "containsText", null, "GREEN"],
      ["E11:E13", "cellValue", "equal", '"Not met"'],
      ["F11:F13", "cellValue", "lessThan", "0"],
      ["F11:F13", "expression", null, "AND(F11>=0,F11<1)"],
      ["B16", "containsText", null, "RED"],
      ["B16", "containsText", null, "AMBER"],
      ["B16", "containsText", null, "GREEN"],
    ]);
  });
});
