/**
 * The in-memory Excel host must behave like Office.js where the adapter relies on it; otherwise
 * the adapter's tests prove nothing. Each rule the host enforces has a test here.
 */
import { EXCEL_WEB_PAYLOAD_LIMIT_BYTES, createExcelHost } from "../../excel-host";

const sheet = (name: string, values: (string | number | boolean | null)[][] = [[]]) => ({
  name,
  values,
});

describe("in-memory Excel host: loads and syncs", () => {
  test("reading a property before load, or before the sync that fulfils the load, throws PropertyNotLoaded", async () => {
    const host = createExcelHost({ sheets: [sheet("Data", [["a", 1]])] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context."
      );
      range.load("values");
      expect(() => range.values).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" })
      );
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });

  test("collection items and isNullObject exist only after a sync", async () => {
    const host = createExcelHost({ sheets: [sheet("One"), sheet("Two")] });
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const missing = context.workbook.worksheets.getItemOrNullObject("Three");
      const present = context.workbook.worksheets.getItemOrNullObject("two");
      expect(() => sheets.items).toThrow(/'items' is not available/);
      expect(() => missing.isNullObject).toThrow(/'isNullObject' is not available/);
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["One", "Two"]);
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("operations apply in order at sync: a load sees the writes queued before it, not those after", async () => {
    const host = createExcelHost({ sheets: [sheet("Data", [[1]])] });
    await host.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const before = data.getRange("A1").load("values");
      data.getRange("A1").values = [[2]];
      const after = data.getRange("A1").load("values");
      data.getRange("A1").values = [[3]];
      expect(host.values("Data", "A1")).toEqual([[1]]);
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[2]]);
      expect(host.values("Data", "A1")).toEqual([[3]]);
    });
  });

  test("every sync is counted with the JSON size of its request and response", async () => {
    const host = createExcelHost({ sheets: [sheet("Data")] });
    const text = "x".repeat(10_000);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[text, text]];
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values");
      await context.sync();
    });
    expect(host.counters.syncs).toBe(2);
    const [write, read] = host.counters.requests;
    expect(write?.bytes).toBeGreaterThan(20_000);
    expect(write?.bytes).toBeLessThan(21_000);
    expect(write?.responseBytes).toBeLessThan(100);
    expect(read?.bytes).toBeLessThan(1_000);
    expect(read?.responseBytes).toBeGreaterThan(20_000);
    expect(host.maxRequestBytes()).toBe(write?.bytes);
  });

  test("a failing operation rejects the sync; earlier operations stay applied, later ones and loads do not", async () => {
    const host = createExcelHost({ sheets: [sheet("Data")] });
    await host.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1").values = [["first"]];
      const loaded = data.getRange("A1").load("values");
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
      data.getRange("A2").values = [["never"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => loaded.values).toThrow(/not available/);
    });
    expect(host.values("Data", "A1:A2")).toEqual([["first"], [null]]);
  });

  test("the default payload limit is Excel on the web's 5 MB", () => {
    expect(EXCEL_WEB_PAYLOAD_LIMIT_BYTES).toBe(5 * 1024 * 1024);
  });

  test("a request over the payload limit fails like Excel on the web and applies nothing", async () => {
    const host = createExcelHost({ sheets: [sheet("Data")] });
    const rows = Array.from({ length: 60_000 }, (_, i) => [`row ${i} `.padEnd(90, "y")]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A60000").values = rows;
      await expect(context.sync()).rejects.toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
      });
    });
    expect(host.usedAddress("Data")).toBeNull();
    expect(host.counters.requests[0]?.bytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("a response over the payload limit fails too", async () => {
    const host = createExcelHost(
      {
        sheets: [
          sheet(
            "Data",
            Array.from({ length: 1_000 }, (_, i) => [`value ${i}`.padEnd(50, "z")])
          ),
        ],
      },
      { maxPayloadBytes: 20_000 }
    );
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A1000").load("values");
      await expect(context.sync()).rejects.toMatchObject({
        code: "ResponsePayloadSizeLimitExceeded",
      });
    });
  });
});

describe("in-memory Excel host: writing values", () => {
  test("a 2-D array of the wrong shape is refused with InvalidArgument; a single value fills the range", async () => {
    const host = createExcelHost({ sheets: [sheet("Data")] });
    await host.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:B2").values = [[1, 2, 3]];
      await expect(context.sync()).rejects.toMatchObject({
        code: "InvalidArgument",
        message: expect.stringContaining("doesn't match the size or dimensions of the range"),
      });
      data.getRange("A1:B2").values = [[1, 2], [3]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      data.getRange("A1:B2").numberFormat = [["0.0%"]];
      data.getRange("A1:B2").values = [[7]];
      await context.sync();
    });
    expect(host.values("Data", "A1:B2")).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(host.numberFormats("Data", "A1:B2")).toEqual([
      ["0.0%", "0.0%"],
      ["0.0%", "0.0%"],
    ]);
  });

  test("strings are parsed like typing: = + - @ make formulas, an apostrophe keeps text, numbers and booleans convert", async () => {
    const host = createExcelHost({ sheets: [sheet("Data")] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A8").values = [
        ['=HYPERLINK("x")'],
        ['\'=HYPERLINK("x")'],
        ["+44 20 7946 0000"],
        ["-5"],
        ["@SUM(A1)"],
        ["00123"],
        ["true"],
        ["'007"],
      ];
      await context.sync();
    });
    expect(host.cell("Data", "A1")).toEqual({
      value: { error: "#NAME?" },
      formula: '=HYPERLINK("x")',
      numberFormat: "General",
      quotePrefix: false,
    });
    expect(host.cell("Data", "A2")).toMatchObject({
      value: '=HYPERLINK("x")',
      formula: null,
      quotePrefix: true,
    });
    expect(host.cell("Data", "A3").formula).toBe("=+44 20 7946 0000");
    expect(host.cell("Data", "A4")).toMatchObject({ value: -5, formula: null });
    expect(host.cell("Data", "A5").formula).toBe("=SUM(A1)");
    expect(host.values("Data", "A6:A8")).toEqual([[123], [true], ["007"]]);
  });

  test("a cell formatted as Text keeps strings as typed", async () => {
    const host = createExcelHost({ sheets: [sheet("Data")] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:A2");
      range.numberFormat = [["@"]];
      range.values = [["=1+1"], ["00123"]];
      await context.sync();
    });
    expect(host.values("Data", "A1:A2")).toEqual([["=1+1"], ["00123"]]);
    expect(host.cell("Data", "A1").formula).toBeNull();
  });

  test("valueTypes report errors, and values report their codes", async () => {
    const host = createExcelHost({
      sheets: [{ name: "Data", values: [[{ error: "#N/A" }, "#N/A", 3, true, null]] }],
    });
    await host.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Data")
        .getRange("A1:E1")
        .load("values, valueTypes");
      await context.sync();
      expect(range.values).toEqual([["#N/A", "#N/A", 3, true, ""]]);
      expect(range.valueTypes).toEqual([["Error", "String", "Double", "Boolean", "Empty"]]);
    });
  });

  test("used ranges: values-only bounds, A1 for a blank sheet, a null object from getUsedRangeOrNullObject", async () => {
    const host = createExcelHost({
      sheets: [
        {
          name: "Data",
          values: [
            [1, null],
            [null, 2],
          ],
          start: "C3",
        },
        sheet("Blank"),
      ],
    });
    await host.run(async (context) => {
      const used = context.workbook.worksheets
        .getItem("Data")
        .getUsedRange(true)
        .load("address, rowIndex, columnIndex, rowCount, columnCount");
      const blank = context.workbook.worksheets.getItem("Blank").getUsedRange().load("address");
      const blankOrNull = context.workbook.worksheets
        .getItem("Blank")
        .getUsedRangeOrNullObject(true)
        .load("address");
      await context.sync();
      expect([
        used.address,
        used.rowIndex,
        used.columnIndex,
        used.rowCount,
        used.columnCount,
      ]).toEqual(["Data!C3:D4", 2, 2, 2, 2]);
      expect(blank.address).toBe("Blank!A1");
      expect(blankOrNull.isNullObject).toBe(true);
    });
  });
});

describe("in-memory Excel host: range navigation and formats", () => {
  test("derived ranges have Excel's addresses and indexes", async () => {
    const host = createExcelHost({ sheets: [sheet("My data")] });
    await host.run(async (context) => {
      const base = context.workbook.worksheets.getItem("My data").getRange("B2:D5");
      const ranges = [
        base.getResizedRange(1, -1),
        base.getCell(0, 1),
        base.getColumn(2),
        base.getOffsetRange(2, 1),
        base.getRow(3),
        base.getLastRow(),
        base.getEntireColumn(),
      ].map((r) => r.load("address, rowIndex, columnIndex, rowCount, columnCount"));
      await context.sync();
      expect(
        ranges.map((r) => [r.address, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount])
      ).toEqual([
        ["'My data'!B2:C6", 1, 1, 5, 2],
        ["'My data'!C2", 1, 2, 1, 1],
        ["'My data'!D2:D5", 1, 3, 4, 1],
        ["'My data'!C4:E7", 3, 2, 4, 3],
        ["'My data'!B5:D5", 4, 1, 1, 3],
        ["'My data'!B5:D5", 4, 1, 1, 3],
        ["'My data'!B:D", 0, 1, 1_048_576, 3],
      ]);
      base.getColumn(3).load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("fonts, fills, widths and autofit are kept per cell and column; colours are checked", async () => {
    const host = createExcelHost({ sheets: [sheet("Data", [["A long piece of text", 1]])] });
    await host.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:B1").format.font.bold = true;
      data.getRange("B1").format.fill.color = "#c6efce";
      data.getRange("A1").format.autofitColumns();
      data.getRange("B1").format.columnWidth = 30;
      const font = data.getRange("A1:B1").format.font.load("bold");
      const width = data.getRange("A1:B1").format.load("columnWidth");
      await context.sync();
      expect(font.bold).toBe(true);
      expect(width.columnWidth).toBeNull();
      data.getRange("B1").format.fill.color = "pinkish";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.style("Data", "B1", "fill.color")).toBe("#C6EFCE");
    expect(host.style("Data", "A2", "font.bold")).toBe(false);
    expect(host.columnWidth("Data", "A1")).toBe(Math.round((20 * 7 + 5) * 0.75));
    expect(host.columnWidth("Data", "B1")).toBe(30);
  });

  test("workbook.tables.add needs a sheet in its address; table parts and columns resolve", async () => {
    const host = createExcelHost({
      sheets: [
        sheet("Data", [
          ["Code", "Size"],
          ["A", 1],
          ["B", 2],
        ]),
      ],
    });
    await host.run(async (context) => {
      const table = context.workbook.tables.add("Data!A1:B3", true);
      const parts = [
        table.getHeaderRowRange(),
        table.getDataBodyRange(),
        table.columns.getItem("size").getDataBodyRange(),
      ].map((r) => r.load("address"));
      const columns = table.columns.load("items/name");
      await context.sync();
      expect(parts.map((p) => p.address)).toEqual(["Data!A1:B1", "Data!A2:B3", "Data!B2:B3"]);
      expect(columns.items.map((c) => c.name)).toEqual(["Code", "Size"]);
      context.workbook.tables.add("C1:D2", true);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});

describe("in-memory Excel host: sheets, tables and names", () => {
  test("sheet names must be unique ignoring case and at most 31 characters", async () => {
    const host = createExcelHost({ sheets: [sheet("CCG Summary")] });
    await host.run(async (context) => {
      context.workbook.worksheets.add("ccg summary");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      context.workbook.worksheets.add("x".repeat(32));
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      context.workbook.worksheets.add("Bad/Name");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.sheetNames()).toEqual(["CCG Summary"]);
  });

  test("a table name must be valid and unique among tables and names", async () => {
    const host = createExcelHost({
      sheets: [
        {
          name: "Data",
          values: [
            ["A", "B"],
            [1, 2],
            [3, 4],
          ],
        },
      ],
      names: [{ name: "Taken", reference: "=Data!$A$1" }],
    });
    await host.run(async (context) => {
      const tables = context.workbook.worksheets.getItem("Data").tables;
      const first = tables.add("A1:B2", true);
      first.name = "CCG1";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      first.name = "taken";
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      first.name = "Outputs";
      await context.sync();
      tables.add("A3:B4", true).name = "OUTPUTS";
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      tables.add("B2:B3", true);
      await expect(context.sync()).rejects.toMatchObject({
        code: "InvalidArgument",
        message: expect.stringContaining("overlap"),
      });
    });
    expect(host.tables().map((t) => [t.name, t.address, t.headers])).toEqual([
      ["Outputs", "A1:B2", ["A", "B"]],
      ["Table2", "A3:B4", ["3", "4"]],
    ]);
  });

  test("deleting a sheet deletes its tables and turns names that refer to it into #REF!", async () => {
    const host = createExcelHost({
      sheets: [{ name: "Out", values: [["H"], [1]] }, sheet("Keep")],
    });
    await host.run(async (context) => {
      const out = context.workbook.worksheets.getItem("Out");
      out.tables.add("A1:A2", true).name = "OutTable";
      context.workbook.names.add("Owner", out.getRange("A1"), "ours");
      await context.sync();
      out.delete();
      const name = context.workbook.names.getItem("Owner").load("type, value, formula");
      const range = context.workbook.names.getItem("Owner").getRangeOrNullObject();
      await context.sync();
      expect([name.type, name.value, name.formula]).toEqual(["Error", "#REF!", "=#REF!$A$1"]);
      expect(range.isNullObject).toBe(true);
    });
    expect(host.sheetNames()).toEqual(["Keep"]);
    expect(host.tables()).toEqual([]);
  });

  test("the last visible sheet cannot be deleted", async () => {
    const host = createExcelHost({ sheets: [sheet("Only")] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Only").delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  test("a defined name follows its sheet when the sheet is renamed", async () => {
    const host = createExcelHost({
      sheets: [sheet("Before"), sheet("Other")],
      names: [{ name: "Owner", reference: "='Before'!$A$1" }],
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Before").name = "After it";
      const name = context.workbook.names.getItem("Owner").load("value");
      await context.sync();
      expect(name.value).toBe("'After it'!$A$1");
    });
  });
});

describe("in-memory Excel host: conditional formats and charts", () => {
  test("text-comparison rules colour matching cells; bad rules are refused", async () => {
    const host = createExcelHost({ sheets: [{ name: "Data", values: [["RED"], ["GREEN"]] }] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:A2");
      const red = range.conditionalFormats.add("ContainsText");
      red.textComparison.format.fill.color = "#FFC7CE";
      red.textComparison.rule = { operator: "Contains", text: "RED" };
      await context.sync();
      range.conditionalFormats.add("ContainsText").textComparison.rule = {
        operator: "Is",
        text: "x",
      } as unknown as Excel.ConditionalTextComparisonRule;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      range.conditionalFormats.add("CellValue").textComparison.rule = {
        operator: "Contains",
        text: "x",
      };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    expect(host.conditionalColours("Data", "A1")).toEqual({
      fillColor: "#FFC7CE",
      fontColor: null,
    });
    expect(host.conditionalColours("Data", "A2")).toBeNull();
  });

  test("charts take series from their source; point indexes are checked", async () => {
    const host = createExcelHost({
      sheets: [
        {
          name: "Data",
          values: [
            ["Code", "Pop"],
            ["A", 1],
            ["B", 2],
          ],
        },
      ],
    });
    await host.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const chart = data.charts.add("ColumnClustered", data.getRange("A1:B3"), "Columns");
      chart.series.getItemAt(0).points.getItemAt(1).format.fill.setSolidColor("#9C0006");
      await context.sync();
      chart.series.getItemAt(0).points.getItemAt(2).format.fill.setSolidColor("#9C0006");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.charts("Data")).toEqual([
      expect.objectContaining({
        chartType: "ColumnClustered",
        series: [
          {
            name: "Pop",
            values: "Data!B2:B3",
            xValues: "Data!A2:A3",
            axisGroup: "Primary",
            pointFills: { 1: "#9C0006" },
          },
        ],
      }),
    ]);
  });
});

describe("in-memory Excel host: dropdowns, hidden columns, custom rules, formulas (as the output renderer uses them)", () => {
  test("a list rule and its error alert apply to every cell of the range until cleared; other kinds and bad lists are refused", async () => {
    const host = createExcelHost({ sheets: [{ name: "Scoring", values: [["Status"]] }] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scoring");
      const statuses = sheet.getRange("E11:E13").dataValidation;
      statuses.rule = { list: { inCellDropDown: true, source: "Met,Not met" } };
      statuses.errorAlert = { message: "Pick one", showAlert: true, style: "Stop", title: "T" };
      await context.sync();
      const read = sheet.getRange("E11:E13").dataValidation.load("type, rule");
      const mixed = sheet.getRange("E12:E14").dataValidation.load("type");
      await context.sync();
      expect(read.type).toBe("List");
      expect(read.rule).toEqual({ list: { inCellDropDown: true, source: "Met,Not met" } });
      expect(mixed.type).toBe("Inconsistent");
      sheet.getRange("E13").dataValidation.clear();
      sheet.getRange("F1").dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: "GreaterThan" },
      };
      await expect(context.sync()).rejects.toMatchObject({ code: "NotImplemented" });
    });
    expect(host.validationList("Scoring", "E12")).toBe("Met,Not met");
    expect(host.validationList("Scoring", "E13")).toBeNull();
    expect(host.validations("Scoring")[0]?.errorAlert).toMatchObject({ message: "Pick one" });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Scoring").getRange("A1").dataValidation.rule = {
          list: { inCellDropDown: true, source: "x".repeat(256) },
        };
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Scoring").getRange("B1").dataValidation.errorAlert = {
          message: "no rule here",
          showAlert: true,
          style: "Stop",
          title: "T",
        };
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("columnHidden hides and shows whole columns; a range reads true, false, or null when mixed", async () => {
    const host = createExcelHost({ sheets: [{ name: "Data", values: [[1, 2, 3]] }] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B:C").columnHidden = true;
      await context.sync();
      const some = sheet.getRange("A1:B1").load("columnHidden");
      const all = sheet.getRange("C5").load("columnHidden");
      await context.sync();
      expect([some.columnHidden, all.columnHidden]).toEqual([null, true]);
      sheet.getRange("C:C").columnHidden = false;
      await context.sync();
    });
    expect(host.hiddenColumns("Data")).toEqual(["B"]);
  });

  test("a Custom conditional format takes a formula starting with '=' and its colours", async () => {
    const host = createExcelHost({ sheets: [{ name: "Data", values: [[1], [-1]] }] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:A2");
      const custom = range.conditionalFormats.add("Custom").custom;
      custom.rule.formula = "=A1<0";
      custom.format.fill.color = "#FFC7CE";
      await context.sync();
      range.conditionalFormats.add("Custom").custom.rule.formula = "A1<0";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.conditionalFormats("Data")).toEqual([
      {
        address: "A1:A2",
        type: "Custom",
        rule: { formula: "=A1<0" },
        fillColor: "#FFC7CE",
        fontColor: null,
      },
      { address: "A1:A2", type: "Custom", rule: null, fillColor: null, fontColor: null },
    ]);
  });

  test("formulas written through Range.formulas are formulas; a leading apostrophe keeps text", async () => {
    const host = createExcelHost({ sheets: [{ name: "Data", values: [] }] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:C1").formulas = [
        ["=SUM(1,2)", "'=not a formula", 4],
      ];
      await context.sync();
    });
    expect(host.cell("Data", "A1")).toMatchObject({ formula: "=SUM(1,2)" });
    expect(host.cell("Data", "B1")).toMatchObject({ value: "=not a formula", formula: null });
    expect(host.cell("Data", "C1")).toMatchObject({ value: 4, formula: null });
  });
});
