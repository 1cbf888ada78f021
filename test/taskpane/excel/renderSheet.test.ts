/**
 * The Office.js renderer's own arithmetic (widths in points) and the rule kinds it translates,
 * checked with Microsoft's office-addin-mock (a plain mock worksheet records what is queued).
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
import { RAG_COLOURS } from "../../../src/output/report/outputTable";
import { composeSheet, conditionalFormat, ragHighlight } from "../../../src/output/blocks";
import { planOutputs } from "../../../src/output/planOutputs";
import { columnWidthPoints, queueLayout } from "../../../src/taskpane/excel/renderSheet";

interface RecordedFormat {
  type: string;
  range: string;
  textComparison: {
    format: { fill: { color?: string }; font: { color?: string } };
    rule?: unknown;
  };
  cellValue: { format: { fill: { color?: string }; font: { color?: string } }; rule?: unknown };
  custom: {
    format: { fill: { color?: string }; font: { color?: string } };
    rule: { formula?: string };
  };
}

test("conditional rules become ContainsText, CellValue and Custom formats with their colours", () => {
  const added: RecordedFormat[] = [];
  const sheet = new OfficeMockObject({
    getRange: (address: string) => ({
      conditionalFormats: {
        add: (type: string) => {
          const part = () => ({ format: { fill: {}, font: {} } });
          const format: RecordedFormat = {
            type,
            range: address,
            textComparison: part(),
            cellValue: part(),
            custom: { ...part(), rule: {} },
          };
          added.push(format);
          return format;
        },
      },
    }),
    freezePanes: { freezeRows: () => undefined },
  });
  const content = composeSheet("Sensitivity", [
    { cells: [{ at: "A1", rows: [["x"]] }] },
    ragHighlight("B2:B9"),
    conditionalFormat("C2:C9", [
      { kind: "cellValue", operator: "lessThan", formula: "0", ...RAG_COLOURS.RED },
      { kind: "expression", formula: "$D2>$B$1", ...RAG_COLOURS.AMBER },
    ]),
  ]);
  const plan = planOutputs([content], { sheetNames: [], definedNames: [], tables: [] });
  queueLayout(sheet as unknown as Excel.Worksheet, plan.sheets[0]!);
  expect(added.map((f) => [f.type, f.range])).toEqual([
    ["ContainsText", "B2:B9"],
    ["ContainsText", "B2:B9"],
    ["ContainsText", "B2:B9"],
    ["CellValue", "C2:C9"],
    ["Custom", "C2:C9"],
  ]);
  expect(added.slice(0, 3).map((f) => f.textComparison)).toEqual(
    (["RED", "AMBER", "GREEN"] as const).map((rating) => ({
      format: {
        fill: { color: `#${RAG_COLOURS[rating].fill}` },
        font: { color: `#${RAG_COLOURS[rating].font}` },
      },
      rule: { operator: "Contains", text: rating },
    }))
  );
  expect(added[3]?.cellValue.rule).toEqual({ formula1: "=0", operator: "LessThan" });
  expect(added[4]?.custom.rule.formula).toBe("=$D2>$B$1");
  expect(added[4]?.custom.format.fill.color).toBe(`#${RAG_COLOURS.AMBER.fill}`);
});

test("column widths: Excel's default 8.43 characters is 48 points", () => {
  expect(columnWidthPoints(8.43)).toBe(48);
  expect(columnWidthPoints(20)).toBe(108.75);
});
