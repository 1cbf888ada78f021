/**
 * The building blocks later sheets are described with: where their cells land, what formats,
 * rules, widths and tables they bring, and how the pieces merge.
 */
import { NUMBER_FORMATS, RAG_COLOURS } from "../../src/output/report/outputTable";
import {
  cellBlock,
  composeSheet,
  dropdown,
  formula,
  hideColumns,
  labelValueAddress,
  labelValueBlock,
  ragFormats,
  tableBlock,
  tableColumnRange,
  widthsOf,
} from "../../src/output/blocks";
import { parseRange, rangeAddress } from "../../src/output/addresses";
import { planOutputs } from "../../src/output/planOutputs";

test("addresses: read and written back; whole columns and other sheets are not plan addresses", () => {
  expect(parseRange("B2:D40")).toEqual({ top: 2, left: 2, bottom: 40, right: 4 });
  expect(parseRange("$C$7")).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
  expect(rangeAddress({ top: 40, left: 28, bottom: 40, right: 28 })).toBe("AB40");
  expect(parseRange("C:C")).toBeUndefined();
  expect(parseRange("Sheet1!A1")).toBeUndefined();
  expect(parseRange("XFE1")).toBeUndefined();
});

test("a table block at B4: header row, data, formats per column, RAG fills, widths, the table", () => {
  const block = tableBlock({
    at: "B4",
    name: "Sensitivity",
    columns: [
      { header: "CCG code", format: "text", width: 9 },
      { header: "Headroom", format: "gbp" },
      { header: "Rating", format: "rating" },
    ],
    rows: [
      ["07L", formula("B1*C5", 1_200_000), "GREEN"],
      ["08F", -3_000, "RED"],
    ],
  });
  const content = composeSheet("Sensitivity", [block]);
  expect(content.cells).toEqual([
    [],
    [],
    [],
    [null, "CCG code", "Headroom", "Rating"],
    [null, "07L", { formula: "B1*C5", result: 1_200_000 }, "GREEN"],
    [null, "08F", -3_000, "RED"],
  ]);
  expect(content.tables).toEqual([
    { name: "Sensitivity", range: "B4:D6", style: "TableStyleMedium2", showFilterButton: true },
  ]);
  expect(content.numberFormats).toEqual([
    { range: "B5:B6", format: NUMBER_FORMATS.text },
    { range: "C5:C6", format: NUMBER_FORMATS.gbp },
  ]);
  expect(content.conditionalFormats).toEqual([ragFormats("D5:D6")]);
  expect(content.columnWidths[0]).toBeUndefined();
  expect(content.columnWidths[1]).toBe(9);
  // "Headroom" (8) + filter button (3) + 2 of padding, wider than "1200000" shown as £1,200,000.
  expect(content.columnWidths[2]).toBe(13);
  expect(tableColumnRange(block, "Rating")).toBe("D5:D6");
  expect(() => tableColumnRange(block, "Nope")).toThrow("Table 'Sensitivity' has no column 'Nope'");
});

test("an empty table still has one (blank) data row, as Excel needs", () => {
  const block = tableBlock({ name: "Empty", columns: [{ header: "A", format: "text" }], rows: [] });
  expect(block.tables?.[0]?.range).toBe("A1:A2");
  expect(tableColumnRange(block, "A")).toBe("A2:A2");
});

test("a label | value block: bold labels, formats and RAG fills on values, addresses for formulas", () => {
  const part = labelValueBlock("A20", [
    { label: "Population", value: 212_345, format: "integer" },
    { label: "Outcome", value: formula('IF(B20>0,"GREEN","RED")'), format: "rating" },
  ]);
  expect(part.cells).toEqual([
    {
      at: "A20",
      rows: [
        ["Population", 212_345],
        ["Outcome", { formula: 'IF(B20>0,"GREEN","RED")' }],
      ],
    },
  ]);
  expect(part.boldRanges).toEqual(["A20:A21"]);
  expect(part.numberFormats).toEqual([{ range: "B20", format: NUMBER_FORMATS.integer }]);
  expect(part.conditionalFormats).toEqual([ragFormats("B21")]);
  expect(labelValueAddress("A20", 1)).toBe("B21");
});

test("parts merge in order: later cells win, the widest width wins, hidden columns once each", () => {
  const content = composeSheet(
    "Sensitivity",
    [
      cellBlock("A1", [["£ per head", 20, 22.5]], "0.00"),
      cellBlock("B1", [[21]]),
      widthsOf({ 1: 12 }),
      widthsOf({ 1: 10, 3: 8 }),
      hideColumns(3, 2),
      hideColumns(3),
      dropdown("B2:B5", ["Y", "N"]),
    ],
    { frozenRows: 2 }
  );
  expect(content.cells).toEqual([["£ per head", 21, 22.5]]);
  expect(content.numberFormats).toEqual([{ range: "A1:C1", format: "0.00" }]);
  expect(content.columnWidths).toEqual([12, undefined, 8]);
  expect(content.hiddenColumns).toEqual([2, 3]);
  expect(content.frozenRows).toBe(2);
  expect(content.validations).toEqual([{ range: "B2:B5", list: ["Y", "N"] }]);
  expect(() =>
    planOutputs([content], { sheetNames: [], definedNames: [], tables: [] })
  ).not.toThrow();
});

test("RAG fills are one containsText rule per rating, Excel's Bad / Neutral / Good colours", () => {
  expect(ragFormats("Z2:Z9")).toEqual({
    range: "Z2:Z9",
    rules: (["RED", "AMBER", "GREEN"] as const).map((rating) => ({
      kind: "containsText",
      text: rating,
      ...RAG_COLOURS[rating],
    })),
  });
});
