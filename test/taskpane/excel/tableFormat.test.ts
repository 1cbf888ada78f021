/**
 * The RAG conditional formats, checked with Microsoft's office-addin-mock (a plain mock range
 * whose conditionalFormats.add records what is added), plus the width arithmetic.
 */
// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real package
// pulls in an ES module jest cannot load, so the enum is supplied here.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    Outlook: "outlook",
    Word: "word",
    PowerPoint: "powerpoint",
    OneNote: "onenote",
    Project: "project",
  },
}));
import { OfficeMockObject } from "office-addin-mock";
import { RAG_COLOURS } from "../../../src/engine/output";
import {
  columnWidthPoints,
  lastTableRow,
  queueRagFormats,
} from "../../../src/taskpane/excel/tableFormat";
import { dataQualityTable, summaryTable } from "./outputTables";

interface RecordedFormat {
  type: string;
  textComparison: {
    format: { fill: { color?: string }; font: { color?: string } };
    rule?: unknown;
  };
}

test("queueRagFormats adds one text rule per rating with Excel's Good/Neutral/Bad colours", () => {
  const added: RecordedFormat[] = [];
  const range = new OfficeMockObject({
    conditionalFormats: {
      add: (type: string) => {
        const format: RecordedFormat = { type, textComparison: { format: { fill: {}, font: {} } } };
        added.push(format);
        return format;
      },
    },
  });
  queueRagFormats(range as unknown as Excel.Range);
  expect(added).toEqual(
    (["RED", "AMBER", "GREEN"] as const).map((rating) => ({
      type: "ContainsText",
      textComparison: {
        format: {
          fill: { color: `#${RAG_COLOURS[rating].fill}` },
          font: { color: `#${RAG_COLOURS[rating].font}` },
        },
        rule: { operator: "Contains", text: rating },
      },
    }))
  );
});

test("column widths: Excel's default 8.43 characters is 48 points", () => {
  expect(columnWidthPoints(8.43)).toBe(48);
  expect(columnWidthPoints(20)).toBe(108.75);
});

test("a table with no rows still spans one data row", () => {
  expect(lastTableRow(dataQualityTable())).toBe(2);
  expect(lastTableRow(summaryTable(200))).toBe(201);
});
