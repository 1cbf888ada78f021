/**
 * Reading the workbook through Office.js (in the in-memory host): two syncs, error cells by type,
 * offsets, blank sheets, skipping our own outputs, and the block fallback when a response is too
 * big for Excel on the web.
 */
import { createExcelHost } from "../../excel-host";
import { cellFromExcel, readWorkbookFromExcel } from "../../../src/taskpane/excel/readWorkbook";
import { ownershipName } from "../../../src/output/names";

const practices = [
  ["Practice code", "Practice name", "CCG code", "List size", "Member"],
  ["A81001", "The Densham Surgery", "00K", 4_123, true],
  ["A81002", '=HYPERLINK("x")', "00K", { error: "#N/A" }, false],
  ["A81003", "#N/A", "00M", null, null],
] as const;

describe("readWorkbookFromExcel", () => {
  test("reads every sheet in exactly 2 syncs, in tab order, with 1-based positions", async () => {
    const host = createExcelHost({
      sheets: [
        { name: "Practices", values: practices.map((row) => [...row]) },
        {
          name: "CCGs",
          values: [
            ["CCG code", "CCG name"],
            ["00K", "Hartlepool"],
          ],
          start: "C3",
        },
        { name: "Empty", values: [] },
      ],
    });
    const data = await host.run((context) => readWorkbookFromExcel(context));
    expect(host.counters.syncs).toBe(2);
    expect(data.sheets.map((s) => [s.name, s.firstRow, s.firstColumn, s.rows.length])).toEqual([
      ["Practices", 1, 1, 4],
      ["CCGs", 3, 3, 2],
      ["Empty", 1, 1, 0],
    ]);
    expect(data.sheets[1]?.rows).toEqual([
      ["CCG code", "CCG name"],
      ["00K", "Hartlepool"],
    ]);
  });

  test("error cells become CellError by their value type; text that looks like an error stays text", async () => {
    const host = createExcelHost({
      sheets: [{ name: "Practices", values: practices.map((row) => [...row]) }],
    });
    const data = await host.run((context) => readWorkbookFromExcel(context));
    const rows = data.sheets[0]?.rows ?? [];
    expect(rows[1]).toEqual(["A81001", "The Densham Surgery", "00K", 4_123, true]);
    expect(rows[2]?.[3]).toEqual({ error: "#N/A" });
    expect(rows[3]?.[1]).toBe("#N/A");
    expect(rows[3]?.[3]).toBeNull();
    expect(rows[2]?.[4]).toBe(false);
  });

  test("a used range that starts away from A1 keeps its offset (values-only: formatting alone does not count)", async () => {
    const host = createExcelHost({
      sheets: [
        {
          name: "Offset",
          values: [
            [null, "Code"],
            [null, "A1"],
            ["x", null],
          ],
          start: "D10",
        },
      ],
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Offset").getRange("A1:B2").format.fill.color = "#FFFF00";
      await context.sync();
    });
    host.resetCounters();
    const data = await host.run((context) => readWorkbookFromExcel(context));
    expect(data.sheets[0]).toEqual({
      name: "Offset",
      firstRow: 10,
      firstColumn: 4,
      rows: [
        [null, "Code"],
        [null, "A1"],
        ["x", null],
      ],
    });
    expect(host.counters.syncs).toBe(2);
  });

  test("can skip the sheets our outputs occupy (found by ownership name, even renamed) in the same 2 syncs", async () => {
    const host = createExcelHost({
      sheets: [
        { name: "Practices", values: [["Code"], ["A81001"]] },
        { name: "My summary", values: [["Code"], ["00K"]] },
        { name: "Assumptions", values: [["Key", "Value"]] },
      ],
      names: [
        { name: ownershipName("CCG Summary"), reference: "='My summary'!$A$1" },
        { name: ownershipName("Assumptions"), reference: "='Assumptions'!$A$1" },
      ],
    });
    const data = await host.run((context) =>
      readWorkbookFromExcel(context, { skipOwnedOutputs: ["CCG Summary", "Practice Detail"] })
    );
    expect(data.sheets.map((s) => s.name)).toEqual(["Practices", "Assumptions"]);
    expect(host.counters.syncs).toBe(2);
  });

  test("a workbook too big for one response is read in blocks, completely, every response within the limit", async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => [
      `P${i}`,
      `Practice number ${i}`,
      i,
      i % 2 === 0,
    ]);
    const sheets = [
      { name: "Big", values: [["Code", "Name", "List size", "Member"], ...rows] },
      { name: "Small", values: [["a"]] },
    ];
    const limit = 60_000;
    const host = createExcelHost({ sheets }, { maxPayloadBytes: limit });
    const data = await host.run((context) =>
      readWorkbookFromExcel(context, { cellsPerRequest: 1_000 })
    );
    const reference = await createExcelHost({ sheets }).run((context) =>
      readWorkbookFromExcel(context)
    );
    expect(data).toEqual(reference);
    const ok = host.counters.requests.filter((r) => r.ok);
    expect(ok.every((r) => r.responseBytes <= limit)).toBe(true);
    // 2 syncs (the second refused), 1 for the sizes, then blocks of 250 rows × 4 columns: 12 full
    // blocks, and the 13th (1 row) shares its request with the one cell of "Small".
    expect(host.counters.syncs).toBe(3 + Math.ceil(3_001 / 250));
    expect(host.counters.requests[1]).toMatchObject({ ok: false });
  });
});

describe("cellFromExcel", () => {
  test("maps value types, never guessing from text", () => {
    expect(cellFromExcel("#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(cellFromExcel("#DIV/0!", "String")).toBe("#DIV/0!");
    expect(cellFromExcel("", "Empty")).toBeNull();
    expect(cellFromExcel(3, "Double")).toBe(3);
    expect(cellFromExcel(true, "Boolean")).toBe(true);
  });
});
