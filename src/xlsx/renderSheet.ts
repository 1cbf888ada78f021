/**
 * One planned sheet → an empty ExcelJS worksheet: values, formulas (with their cached results),
 * number formats, tables, dropdowns, conditional formats, widths, hidden columns, frozen rows and
 * bold. It decides nothing: every name, format and rule comes from the plan (src/output).
 *
 * Charts are left out: ExcelJS 4.4 cannot write charts (the add-in draws the plan's charts through
 * Office.js; the runner's and the preview's workbooks have none).
 * Browser-safe: ExcelJS types only.
 */
import { xmlSafeText } from "../engine/xmlText";
import type { Cell, CellValue, Worksheet } from "exceljs";
import { cellAddress, rangeOf } from "../output/addresses";
import { DROPDOWN_ERROR_TITLE } from "../output/names";
import type { CellRange } from "../output/addresses";
import { isPlanFormula } from "../output/sheetPlan";
import type { PlanCell, PlanColours, PlanConditionalRule, SheetPlan } from "../output/sheetPlan";

/**
 * Writes a planned sheet onto an empty worksheet.
 * @param worksheet - the empty worksheet (new, or our own sheet just replaced)
 * @param sheet - the plan of the sheet
 */
export function renderSheet(worksheet: Worksheet, sheet: SheetPlan): void {
  sheet.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      const value = excelJsValue(cell);
      if (value !== null) worksheet.getCell(i + 1, j + 1).value = value;
    })
  );
  for (const table of sheet.tables) {
    const range = rangeOf(table.range);
    const rowOf = (r: number): CellValue[] => {
      const out: CellValue[] = [];
      for (let c = range.left; c <= range.right; c += 1)
        out.push(excelJsValue(sheet.cells[r - 1]?.[c - 1]));
      return out;
    };
    const rows: CellValue[][] = [];
    for (let r = range.top + 1; r <= range.bottom; r += 1) rows.push(rowOf(r));
    worksheet.addTable({
      name: table.name,
      displayName: table.name,
      ref: cellAddress(range.top, range.left),
      headerRow: true,
      totalsRow: false,
      style: { theme: table.style as never, showRowStripes: true, showColumnStripes: false },
      columns: rowOf(range.top).map((header) => ({
        name: String(header),
        filterButton: table.showFilterButton,
      })),
      rows,
    });
  }
  for (const format of sheet.numberFormats) {
    eachCell(worksheet, rangeOf(format.range), (cell) => {
      cell.numFmt = format.format;
    });
  }
  for (const bold of sheet.boldRanges) {
    eachCell(worksheet, rangeOf(bold), (cell) => {
      cell.font = { ...cell.font, bold: true };
    });
  }
  for (const validation of sheet.validations) {
    eachCell(worksheet, rangeOf(validation.range), (cell) => {
      cell.dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${validation.list.join(",")}"`],
        showErrorMessage: true,
        ...(validation.errorMessage === undefined
          ? {}
          : { error: validation.errorMessage, errorTitle: DROPDOWN_ERROR_TITLE }),
      };
    });
  }
  let priority = 1;
  for (const format of sheet.conditionalFormats) {
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: format.rules.map((rule) => excelJsRule(rule, priority++, rangeOf(format.range))),
    });
  }
  sheet.columnWidths.forEach((width, j) => {
    // ExcelJS takes a width of exactly 9 for its default and leaves it out of the file (Excel would
    // then show 8.43); a hundredth more is written and shows the same.
    if (width !== undefined) worksheet.getColumn(j + 1).width = width === 9 ? 9.01 : width;
  });
  for (const column of sheet.hiddenColumns) worksheet.getColumn(column).hidden = true;
  if (sheet.frozenRows > 0) {
    const below = cellAddress(sheet.frozenRows + 1, 1);
    worksheet.views = [
      {
        state: "frozen",
        xSplit: 0,
        ySplit: sheet.frozenRows,
        topLeftCell: below,
        activeCell: below,
      },
    ];
  }
}

/** A plan cell as an ExcelJS value: text stays text (ExcelJS never parses strings), formulas keep their result. */
function excelJsValue(cell: PlanCell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (isPlanFormula(cell)) {
    return cell.result === undefined || cell.result === null
      ? ({ formula: cell.formula } as CellValue)
      : ({ formula: cell.formula, result: cell.result } as CellValue);
  }
  return typeof cell === "string" ? xmlSafeText(cell) : cell;
}

function eachCell(worksheet: Worksheet, range: CellRange, apply: (cell: Cell) => void): void {
  for (let r = range.top; r <= range.bottom; r += 1)
    for (let c = range.left; c <= range.right; c += 1) apply(worksheet.getCell(r, c));
}

function style(colours: PlanColours) {
  return {
    fill: {
      type: "pattern" as const,
      pattern: "solid" as const,
      bgColor: { argb: `FF${colours.fill}` },
    },
    font: { color: { argb: `FF${colours.font}` } },
  };
}

/** One plan rule as an ExcelJS conditional-formatting rule. */
function excelJsRule(rule: PlanConditionalRule, priority: number, range: CellRange) {
  switch (rule.kind) {
    case "containsText":
      // ExcelJS writes a containsText rule without its `text` attribute, which LibreOffice then
      // reads as "contains nothing" (every cell matches). So it is written as the formula Excel
      // itself stores for such a rule, which Excel and LibreOffice both evaluate.
      return {
        type: "expression" as const,
        formulae: [
          `NOT(ISERROR(SEARCH("${rule.text.replace(/"/g, '""')}",${cellAddress(range.top, range.left)})))`,
        ],
        priority,
        style: style(rule),
      };
    case "cellValue":
      return {
        type: "cellIs" as const,
        operator: rule.operator as "lessThan",
        formulae: [rule.formula],
        priority,
        style: style(rule),
      };
    case "expression":
      return {
        type: "expression" as const,
        formulae: [rule.formula],
        priority,
        style: style(rule),
      };
  }
}
