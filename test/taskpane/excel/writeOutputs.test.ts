/**
 * Writing the outputs through Office.js (in the in-memory host): fixed sync counts independent of
 * the number of CCGs, chunking only past the request budget, real tables with formats, RAG rules
 * and the summary chart, ownership (SPEC §7) and formula-safe text.
 */
import { NUMBER_FORMATS, RAG_COLOURS } from "../../../src/output/report/outputTable";
import { ownershipName } from "../../../src/output/names";
import type { OutputTable } from "../../../src/output/report/outputTable";
import { writeOutputsToExcel } from "../../../src/taskpane/excel/writeOutputs";
import type { WriteOutputsOptions } from "../../../src/taskpane/excel/writeOutputs";
import { RATING_POINT_COLOURS } from "../../../src/output/summaryChart";
import { tableSheet } from "../../../src/output/tableSheet";
import { createExcelHost } from "../../excel-host";
import type { ExcelHost } from "../../excel-host";
import { dataQualityTable, practiceDetailTable, ratingOf, summaryTable } from "./outputTables";

const userSheets = () => [
  {
    name: "Practices",
    values: [
      ["Practice code", "CCG"],
      ["A81001", "00K"],
    ],
  },
];

function write(host: ExcelHost, tables: readonly OutputTable[], options?: WriteOutputsOptions) {
  return host.run((context) => writeOutputsToExcel(context, tables.map(tableSheet), options));
}

describe("writeOutputsToExcel: round trips", () => {
  test("20 and 200 CCGs take the same number of syncs: 2 on a first run, 3 on a re-run", async () => {
    const counts: number[][] = [];
    for (const ccgs of [20, 200]) {
      const host = createExcelHost({ sheets: userSheets() });
      const tables = [summaryTable(ccgs), practiceDetailTable(ccgs * 40), dataQualityTable()];
      const first = await write(host, tables);
      const again = await write(host, tables);
      expect(host.counters.syncs).toBe(first.syncs + again.syncs);
      expect(host.counters.requests.every((r) => r.ok)).toBe(true);
      counts.push([first.syncs, again.syncs]);
    }
    expect(counts).toEqual([
      [2, 3],
      [2, 3],
    ]);
  });

  test("every write request suspends calculation", async () => {
    const host = createExcelHost({ sheets: userSheets() });
    await write(host, [summaryTable(5)]);
    const [discover, writeRequest] = host.counters.requests;
    expect(discover?.calculationSuspended).toBe(false);
    expect(writeRequest?.calculationSuspended).toBe(true);
  });

  test("a table too big for one request is written in chunks: each request within the budget, data complete", async () => {
    const host = createExcelHost({ sheets: userSheets() });
    const detail = practiceDetailTable(50_000, 60);
    const result = await write(host, [summaryTable(10), detail]);
    const requests = host.counters.requests;
    const valueBytes = JSON.stringify(detail.rows).length;
    expect(valueBytes).toBeGreaterThan(4_000_000);
    expect(requests.every((r) => r.ok && r.bytes <= 4_000_000)).toBe(true);
    // 1 discovery sync, then as many write requests as 4 MB budgets the data needs, no more.
    const writes = requests.length - 1;
    expect(writes).toBe(Math.ceil(valueBytes / 4_000_000));
    expect(result.syncs).toBe(1 + writes);
    expect(requests[1]?.bytes).toBeGreaterThan(3_900_000);
    expect(requests.slice(1).every((r) => r.calculationSuspended)).toBe(true);
    expect(host.usedAddress("Practice Detail")).toBe("'Practice Detail'!A1:F50001");
    expect(host.values("Practice Detail", "A2:F50001")).toEqual(detail.rows);
    expect(host.tables().find((t) => t.name === "PracticeDetail")?.address).toBe("A1:F50001");
  });

  test("a smaller budget gives more, smaller requests and still every row", async () => {
    const host = createExcelHost({ sheets: userSheets() });
    const detail = practiceDetailTable(3_000);
    const result = await write(host, [detail], { maxRequestBytes: 100_000 });
    expect(host.counters.requests.every((r) => r.bytes <= 100_000)).toBe(true);
    expect(result.syncs).toBeGreaterThanOrEqual(
      1 + Math.ceil(JSON.stringify(detail.rows).length / 100_000)
    );
    expect(host.values("Practice Detail", "A2:F3001")).toEqual(detail.rows);
  });

  test("formats, rules and chart points are packed within the budget too (2,000 CCGs, 100 kB requests)", async () => {
    const host = createExcelHost({ sheets: userSheets() });
    await write(host, [summaryTable(2_000)], { maxRequestBytes: 100_000 });
    expect(host.counters.requests.every((r) => r.ok && r.bytes <= 100_000)).toBe(true);
    const fills = host.charts("CCG Summary")[0]?.series[0]?.pointFills ?? {};
    expect(Object.keys(fills)).toHaveLength(2_000);
    expect(fills[1_999]).toBe(`#${RATING_POINT_COLOURS[ratingOf(1_999)]}`);
  });

  test("bad tables fail before anything is sent to Excel", async () => {
    const host = createExcelHost({ sheets: userSheets() });
    const broken: OutputTable = { ...summaryTable(2), rows: [["00K", "x", 1, 2, 0, "RED", "", 9]] };
    await expect(write(host, [broken])).rejects.toThrow(
      "Output 'CCG Summary': row 2 has 8 values for the 7 columns of table 'CCGSummary' (H2 is right of it)."
    );
    const infinite: OutputTable = {
      ...dataQualityTable([["error", "Practices", Infinity, "List size", "x", "y"]]),
    };
    await expect(write(host, [infinite])).rejects.toThrow(
      "Output 'Data Quality': C2 is Infinity; outputs must be finite numbers or empty."
    );
    expect(host.counters.syncs).toBe(0);
  });
});

describe("writeOutputsToExcel: what the sheets look like", () => {
  let host: ExcelHost;
  const summary = summaryTable(12);
  beforeAll(async () => {
    host = createExcelHost({ sheets: userSheets() });
    await write(host, [summary, practiceDetailTable(30), dataQualityTable()]);
  });

  test("each output is a real table with its name, headers, filter buttons and style", () => {
    expect(host.sheetNames()).toEqual([
      "Practices",
      "CCG Summary",
      "Practice Detail",
      "Data Quality",
    ]);
    expect(host.tables()).toEqual([
      expect.objectContaining({
        name: "CCGSummary",
        sheet: "CCG Summary",
        address: "A1:G13",
        showFilterButton: true,
        style: "TableStyleMedium2",
      }),
      expect.objectContaining({
        name: "PracticeDetail",
        sheet: "Practice Detail",
        address: "A1:F31",
      }),
      expect.objectContaining({
        name: "DataQuality",
        sheet: "Data Quality",
        address: "A1:F2",
        headers: ["Severity", "Sheet", "Row", "Column", "Value", "Message"],
      }),
    ]);
    expect(host.tables()[0]?.headers).toEqual(summary.columns.map((c) => c.header));
  });

  test("values are written as given: numbers as numbers, blanks empty, codes as text", () => {
    expect(host.values("CCG Summary", "A2:G3")).toEqual([
      ["00A", "CCG 1", 50_000, -500_000, 0, "GREEN", null],
      ["01B", "CCG 2", 51_000, -490_000, 0.01, "AMBER", "reason 1"],
    ]);
    expect(Object.keys(host.allFormulas("CCG Summary"))).toEqual([]);
  });

  test("number formats come from NUMBER_FORMATS per column, over the data rows", () => {
    const formats = summary.columns.map((c) => NUMBER_FORMATS[c.format]);
    expect(host.numberFormats("CCG Summary", "A2:G2")).toEqual([formats]);
    expect(host.numberFormats("CCG Summary", "A13:G13")).toEqual([formats]);
    expect(host.numberFormats("CCG Summary", "D1")).toEqual([["General"]]);
  });

  test("the header row is frozen; widths follow the column widths", () => {
    expect(host.frozenRows("CCG Summary")).toBe(1);
    expect(host.frozenRows("Data Quality")).toBe(1);
    expect(host.columnWidth("CCG Summary", "A1")).toBe(Math.round((8 * 7 + 5) * 0.75 * 4) / 4);
    expect(host.columnWidth("CCG Summary", "G1")).toBeGreaterThan(0);
  });

  test("rating cells get the RAG fill and font through conditional formats", () => {
    const formats = host.conditionalFormats("CCG Summary");
    expect(formats.map((f) => [f.address, f.rule?.text, f.fillColor, f.fontColor])).toEqual(
      (["RED", "AMBER", "GREEN"] as const).map((r) => [
        "F2:F13",
        r,
        `#${RAG_COLOURS[r].fill}`,
        `#${RAG_COLOURS[r].font}`,
      ])
    );
    for (let i = 0; i < 3; i += 1) {
      const rating = ratingOf(i);
      expect(host.conditionalColours("CCG Summary", `F${i + 2}`)).toEqual({
        fillColor: `#${RAG_COLOURS[rating].fill}`,
        fontColor: `#${RAG_COLOURS[rating].font}`,
      });
    }
    expect(host.conditionalFormats("Practice Detail")).toEqual([]);
  });

  test("CCG Summary carries a clustered column chart of population and headroom by CCG, population points coloured by rating", () => {
    const [chart, ...others] = host.charts("CCG Summary");
    expect(others).toEqual([]);
    expect(chart).toMatchObject({
      chartType: "ColumnClustered",
      title: "Population and headroom by CCG",
      position: { startCell: "I2", endCell: "T24" },
    });
    expect(chart?.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["Population", "'CCG Summary'!C2:C13", "'CCG Summary'!A2:A13"],
      ["Headroom (£)", "'CCG Summary'!D2:D13", "'CCG Summary'!A2:A13"],
    ]);
    const fills = chart?.series[0]?.pointFills ?? {};
    expect(Object.keys(fills)).toHaveLength(12);
    for (let i = 0; i < 12; i += 1) expect(fills[i]).toBe(`#${RATING_POINT_COLOURS[ratingOf(i)]}`);
    expect(host.charts("Practice Detail")).toEqual([]);
  });

  test("ownership names refer to A1 of each output sheet; the first output is active", () => {
    expect(host.names().map((n) => [n.name, n.formula])).toEqual([
      [ownershipName("CCG Summary"), "='CCG Summary'!$A$1"],
      [ownershipName("Practice Detail"), "='Practice Detail'!$A$1"],
      [ownershipName("Data Quality"), "='Data Quality'!$A$1"],
    ]);
    expect(host.activeSheetName()).toBe("CCG Summary");
  });
});

describe("writeOutputsToExcel: the chart", () => {
  test("left out when a column it needs is missing (headers matched ignoring case)", async () => {
    const host = createExcelHost({ sheets: userSheets() });
    const base = summaryTable(3);
    const renamed: OutputTable = {
      ...base,
      columns: base.columns.map((c) =>
        c.header === "Headroom (£)"
          ? { ...c, header: "Surplus" }
          : c.header === "Population"
            ? { ...c, header: "POPULATION" }
            : c
      ),
    };
    const result = await write(host, [renamed]);
    expect(result.notices).toEqual([]);
    expect(host.charts("CCG Summary")).toEqual([]);
    expect(host.tables()).toHaveLength(1);
  });

  test("left out when there are no CCGs", async () => {
    const host = createExcelHost({ sheets: userSheets() });
    await write(host, [summaryTable(0)]);
    expect(host.charts("CCG Summary")).toEqual([]);
    expect(host.tables()[0]?.address).toBe("A1:G2");
  });
});

describe("writeOutputsToExcel: ownership (SPEC §7)", () => {
  test("a re-run replaces our sheets in place: same sheets, same order, new contents, nothing left over", async () => {
    const host = createExcelHost({ sheets: userSheets() });
    await write(host, [summaryTable(30), practiceDetailTable(50)]);
    const ids = host.model.sheets.map((s) => s.id);
    const result = await write(host, [
      summaryTable(5, (i) => `Renamed ${i}`),
      practiceDetailTable(10),
    ]);
    expect(result.written).toEqual([
      { output: "CCG Summary", sheetName: "CCG Summary" },
      { output: "Practice Detail", sheetName: "Practice Detail" },
    ]);
    expect(result.notices).toEqual([]);
    expect(host.sheetNames()).toEqual(["Practices", "CCG Summary", "Practice Detail"]);
    expect(host.model.sheets.map((s) => s.id)).toEqual(ids);
    expect(host.usedAddress("CCG Summary")).toBe("'CCG Summary'!A1:G6");
    expect(host.values("CCG Summary", "B2:B2")).toEqual([["Renamed 0"]]);
    expect(host.tables().map((t) => [t.name, t.address])).toEqual([
      ["CCGSummary", "A1:G6"],
      ["PracticeDetail", "A1:F11"],
    ]);
    expect(host.charts("CCG Summary")).toHaveLength(1);
    expect(host.conditionalFormats("CCG Summary").map((f) => f.address)).toEqual([
      "F2:F6",
      "F2:F6",
      "F2:F6",
    ]);
    expect(host.names()).toHaveLength(2);
    expect(host.values("Practices")).toEqual([
      ["Practice code", "CCG"],
      ["A81001", "00K"],
    ]);
  });

  test("a user's own 'CCG Summary' is left untouched; ours goes to 'CCG Summary (2)' with a plain-words notice", async () => {
    const mine = [["My notes"], ["=SUM(1,2)"]];
    const host = createExcelHost({
      sheets: [
        ...userSheets(),
        { name: "CCG Summary", values: [["My notes"], [3]], formulas: [[null], ["=SUM(1,2)"]] },
      ],
      tables: [{ sheet: "CCG Summary", address: "A1:A2", name: "CCGSummary" }],
    });
    const result = await write(host, [summaryTable(4), dataQualityTable()]);
    expect(result.notices).toEqual([
      "A sheet named 'CCG Summary' that CCG Footprint did not create was left untouched; the summary was written to 'CCG Summary (2)'.",
    ]);
    expect(result.written[0]).toEqual({ output: "CCG Summary", sheetName: "CCG Summary (2)" });
    expect(host.values("CCG Summary")).toEqual([[mine[0]?.[0]], [3]]);
    expect(host.formulas("CCG Summary", "A2")).toEqual([["=SUM(1,2)"]]);
    expect(host.tables().map((t) => [t.name, t.sheet])).toEqual([
      ["CCGSummary", "CCG Summary"],
      ["CCGSummary_2", "CCG Summary (2)"],
      ["DataQuality", "Data Quality"],
    ]);
    // A re-run finds its own "(2)" sheet again and still leaves the user's alone.
    const again = await write(host, [summaryTable(2), dataQualityTable()]);
    expect(again.written[0]).toEqual({ output: "CCG Summary", sheetName: "CCG Summary (2)" });
    expect(host.sheetNames()).toEqual([
      "Practices",
      "CCG Summary",
      "CCG Summary (2)",
      "Data Quality",
    ]);
    expect(host.values("CCG Summary")).toEqual([["My notes"], [3]]);
    expect(again.syncs).toBe(3);
  });

  test("our sheet renamed by the user is still found and replaced, keeping the user's name", async () => {
    const host = createExcelHost({ sheets: userSheets() });
    await write(host, [summaryTable(3)]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("CCG Summary").name = "Summary 2012";
      await context.sync();
    });
    const result = await write(host, [summaryTable(6)]);
    expect(result.written).toEqual([{ output: "CCG Summary", sheetName: "Summary 2012" }]);
    expect(host.sheetNames()).toEqual(["Practices", "Summary 2012"]);
    expect(host.usedAddress("Summary 2012")).toBe("'Summary 2012'!A1:G7");
  });

  test("a name left broken (#REF!) when the user deleted our sheet owns nothing and is repaired", async () => {
    const host = createExcelHost({ sheets: userSheets() });
    await write(host, [summaryTable(3)]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("CCG Summary").delete();
      await context.sync();
    });
    expect(host.names()[0]?.value).toBe("#REF!");
    const result = await write(host, [summaryTable(3)]);
    expect(result.syncs).toBe(2);
    expect(host.sheetNames()).toEqual(["Practices", "CCG Summary"]);
    expect(host.names().map((n) => [n.name, n.formula])).toEqual([
      [ownershipName("CCG Summary"), "='CCG Summary'!$A$1"],
    ]);
  });
});

describe("writeOutputsToExcel: text stays text (SPEC §7)", () => {
  test('a practice named =HYPERLINK("x") and other formula-like or number-like text is written as that exact text', async () => {
    const risky = [
      '=HYPERLINK("x")',
      "+44 20 7946 0000",
      "-2 practices",
      "@risk",
      "'quoted",
      "007",
      "TRUE",
      "1-2",
      "#N/A",
      "\tTabbed",
      "May 2012",
      "Abbey Road",
    ];
    const host = createExcelHost({ sheets: userSheets() });
    const table: OutputTable = {
      sheetName: "Practice Detail",
      tableName: "PracticeDetail",
      columns: [
        { header: "=Name", format: "text" },
        { header: "List size", format: "integer" },
      ],
      rows: risky.map((name, i) => [name, i]),
    };
    await write(host, [table]);
    expect(host.allFormulas("Practice Detail")).toEqual({});
    expect(host.values("Practice Detail", `A1:A${risky.length + 1}`)).toEqual([
      ["=Name"],
      ...risky.map((r) => [r]),
    ]);
    expect(host.cell("Practice Detail", "A2")).toMatchObject({
      value: '=HYPERLINK("x")',
      formula: null,
      numberFormat: "@",
    });
    expect(host.tables()[0]?.headers).toEqual(["=Name", "List size"]);
  });
});
