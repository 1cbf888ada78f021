/* global Excel */
/**
 * One planned sheet → queued Office.js operations: values and formulas (one `Range.formulas`
 * write per block of rows), number formats, tables, dropdowns, conditional formats, widths,
 * hidden columns, frozen rows and bold. It decides nothing: every name, format and rule comes from
 * the plan (src/output). These functions only queue; the batcher decides when to sync.
 */
import { columnLetters } from "../../engine/cells";
import { DROPDOWN_ERROR_TITLE } from "../../output/names";
import type { PlanConditionalRule, SheetPlan } from "../../output/sheetPlan";
import { cellInputForExcel } from "./cellInput";
import { OPERATION_OVERHEAD_BYTES, utf8Length } from "./requestBatcher";
import type { RequestBatcher } from "./requestBatcher";

/**
 * Column width in points for a width in characters (Calibri 11: about 7 pixels a character plus
 * 5 pixels of padding; 0.75 points a pixel). 8.43 characters → 48 points, Excel's default.
 * @example columnWidthPoints(8.43) // 48
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 4) / 4;
}

/**
 * Queues the cells of a sheet from A1, as many rows per request as the budget allows.
 * @param batcher - the write's batcher
 * @param sheet - the worksheet
 * @param plan - its plan
 */
export async function queueCells(
  batcher: RequestBatcher,
  sheet: Excel.Worksheet,
  plan: SheetPlan
): Promise<void> {
  const width = plan.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width === 0) return;
  const rows = plan.cells.map((row) => {
    const out: (string | number | boolean)[] = [];
    for (let j = 0; j < width; j += 1) out.push(cellInputForExcel(row[j]));
    return out;
  });
  const lastColumn = columnLetters(width);
  await batcher.addRows(rows, (start, block) => {
    sheet.getRange(`A${start + 1}:${lastColumn}${start + block.length}`).formulas =
      block as unknown[][];
  });
}

/** Estimated request bytes of {@link queueLayout} for a plan. */
export function layoutBytes(plan: SheetPlan): number {
  const operations =
    4 +
    plan.numberFormats.length * 2 +
    plan.tables.length * 5 +
    plan.validations.length * 3 +
    plan.conditionalFormats.reduce((n, format) => n + 1 + format.rules.length * 5, 0) +
    plan.columnWidths.length * 2 +
    plan.hiddenColumns.length * 2 +
    plan.boldRanges.length * 2;
  const text = plan.validations.reduce((n, v) => n + utf8Length(v.list.join(",")), 0);
  return operations * OPERATION_OVERHEAD_BYTES + text;
}

/**
 * Queues everything but cells and charts: number formats, tables, dropdowns, conditional formats,
 * widths, hidden columns, frozen rows and bold. Call after the cells are queued (Excel applies
 * operations in order, and a table takes its headers from the cells).
 * @param sheet - the worksheet
 * @param plan - its plan
 */
export function queueLayout(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const format of plan.numberFormats)
    sheet.getRange(format.range).numberFormat = [[format.format]];
  for (const table of plan.tables) {
    const excelTable = sheet.tables.add(table.range, true);
    excelTable.name = table.name;
    excelTable.style = table.style;
    excelTable.showFilterButton = table.showFilterButton;
  }
  for (const validation of plan.validations) {
    const dataValidation = sheet.getRange(validation.range).dataValidation;
    dataValidation.rule = { list: { inCellDropDown: true, source: validation.list.join(",") } };
    if (validation.errorMessage !== undefined) {
      dataValidation.errorAlert = {
        message: validation.errorMessage,
        showAlert: true,
        style: "Stop",
        title: DROPDOWN_ERROR_TITLE,
      };
    }
  }
  for (const format of plan.conditionalFormats) {
    const range = sheet.getRange(format.range);
    for (const rule of format.rules) queueRule(range, rule);
  }
  plan.columnWidths.forEach((width, j) => {
    if (width !== undefined)
      sheet.getRange(`${columnLetters(j + 1)}1`).format.columnWidth = columnWidthPoints(width);
  });
  for (const column of plan.hiddenColumns) {
    const letters = columnLetters(column);
    sheet.getRange(`${letters}:${letters}`).columnHidden = true;
  }
  for (const bold of plan.boldRanges) sheet.getRange(bold).format.font.bold = true;
  if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows);
}

const CELL_VALUE_OPERATORS: Readonly<
  Record<Extract<PlanConditionalRule, { kind: "cellValue" }>["operator"], string>
> = {
  lessThan: "LessThan",
  greaterThan: "GreaterThan",
  equal: "EqualTo",
  lessThanOrEqual: "LessThanOrEqual",
  greaterThanOrEqual: "GreaterThanOrEqual",
};

/** Queues one conditional-format rule with its fill and font. */
function queueRule(range: Excel.Range, rule: PlanConditionalRule): void {
  const fill = `#${rule.fill}`;
  const font = `#${rule.font}`;
  switch (rule.kind) {
    case "containsText": {
      const format = range.conditionalFormats.add("ContainsText").textComparison;
      format.format.fill.color = fill;
      format.format.font.color = font;
      format.rule = { operator: "Contains", text: rule.text };
      return;
    }
    case "cellValue": {
      const format = range.conditionalFormats.add("CellValue").cellValue;
      format.format.fill.color = fill;
      format.format.font.color = font;
      format.rule = {
        formula1: `=${rule.formula}`,
        operator: CELL_VALUE_OPERATORS[rule.operator],
      } as Excel.ConditionalCellValueRule;
      return;
    }
    case "expression": {
      const format = range.conditionalFormats.add("Custom").custom;
      format.format.fill.color = fill;
      format.format.font.color = font;
      format.rule.formula = `=${rule.formula}`;
      return;
    }
  }
}

/**
 * Queues the charts of a sheet: clustered columns, series names and values, categories, point
 * colours (through the batcher, so thousands of points never overflow a request).
 * @param batcher - the write's batcher
 * @param sheet - the worksheet
 * @param plan - its plan
 */
export async function queueCharts(
  batcher: RequestBatcher,
  sheet: Excel.Worksheet,
  plan: SheetPlan
): Promise<void> {
  for (const planned of plan.charts) {
    const seriesProxies: Excel.ChartSeries[] = [];
    await batcher.add((6 + planned.series.length * 4) * OPERATION_OVERHEAD_BYTES, () => {
      const [first, ...rest] = planned.series;
      if (!first) return;
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange(first.values), "Columns");
      chart.name = planned.name;
      chart.title.text = planned.title;
      const firstSeries = chart.series.getItemAt(0);
      firstSeries.name = first.name;
      firstSeries.setXAxisValues(sheet.getRange(planned.categories));
      seriesProxies.push(firstSeries);
      for (const more of rest) {
        const series = chart.series.add(more.name);
        series.setValues(sheet.getRange(more.values));
        series.setXAxisValues(sheet.getRange(planned.categories));
        seriesProxies.push(series);
      }
      chart.setPosition(planned.from, planned.to);
    });
    const pointBytes = 2 * OPERATION_OVERHEAD_BYTES;
    const perRequest = Math.max(
      1,
      Math.floor((batcher.maxRequestBytes - 2 * OPERATION_OVERHEAD_BYTES) / pointBytes)
    );
    for (const [s, series] of planned.series.entries()) {
      const proxy = seriesProxies[s];
      if (!proxy) continue;
      const colourings: [number, string][] = [];
      (series.pointColours ?? []).forEach((colour, i) => {
        if (colour !== null) colourings.push([i, `#${colour}`]);
      });
      for (let start = 0; start < colourings.length; start += perRequest) {
        const chunk = colourings.slice(start, start + perRequest);
        await batcher.add(chunk.length * pointBytes, () => {
          for (const [i, colour] of chunk)
            proxy.points.getItemAt(i).format.fill.setSolidColor(colour);
        });
      }
    }
  }
}
