/* global Excel */
/**
 * Reads the user's workbook through Office.js into the engine's plain input model, in two
 * round trips: sheet names (and ownership names), then every sheet's used range.
 */
import type { CellValue, SheetData, WorkbookData } from "../../engine/cells";
import type { OutputSheetName } from "../../output/sheetPlan";
import { ownedSheetNames, ownedSheets } from "../../output/planOutputs";
import { definedNamesOf, queueNamesLoad } from "./ownership";

/** Options for {@link readWorkbookFromExcel}. */
export interface ReadWorkbookOptions {
  /**
   * Outputs whose sheets (found through their ownership names) are not read as input, e.g.
   * `["CCG Summary", "Practice Detail", "Data Quality"]`. Default: none (every sheet is read).
   */
  readonly skipOwnedOutputs?: readonly OutputSheetName[];
  /** Cells per request when the workbook is too big for one response (default 50,000). */
  readonly cellsPerRequest?: number;
}

/** A cell as Excel reports it through `values` and `valueTypes`. */
export function cellFromExcel(value: unknown, valueType: string | undefined): CellValue {
  switch (valueType) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return Boolean(value);
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : Number(value);
    default:
      if (value === "" || value === null || value === undefined) return null;
      return typeof value === "number" || typeof value === "boolean" ? value : String(value);
  }
}

/**
 * Converts a loaded used range to SheetData.
 * @param name - the sheet name
 * @param values - `Range.values`
 * @param valueTypes - `Range.valueTypes` (errors are recognised by type, never by their text)
 * @param rowIndex - 0-based row of the range (Office.js `rowIndex`)
 * @param columnIndex - 0-based column of the range
 */
export function sheetDataFromRange(
  name: string,
  values: readonly (readonly unknown[])[],
  valueTypes: readonly (readonly string[])[],
  rowIndex: number,
  columnIndex: number
): SheetData {
  const rows = values.map((row, i) =>
    row.map((value, j) => cellFromExcel(value, valueTypes[i]?.[j]))
  );
  return { name, rows, firstRow: rowIndex + 1, firstColumn: columnIndex + 1 };
}

/** True for Excel on the web's payload-limit errors. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Reads every worksheet's used range (values only, not formatting) into WorkbookData, in tab order.
 *
 * Round trips: exactly 2 `context.sync` calls (1: sheet names and defined names; 2: all used
 * ranges' `values`, `valueTypes`, `rowIndex`, `columnIndex`). Only when Excel on the web refuses
 * the second response as over its 5 MB limit does it fall back to reading in blocks of rows
 * (one more sync for the sizes, then one per block of `cellsPerRequest` cells).
 * @param context - the request context of an `Excel.run`
 * @param options - outputs to skip, block size
 * @returns the workbook (with the sheets CCG Footprint owns that were read listed in `ownedSheets`);
 *   error cells become `{ error: "#N/A" }`, blank sheets have no rows
 * @example await Excel.run((context) => readWorkbookFromExcel(context, { skipOwnedOutputs: ["CCG Summary"] }))
 */
export async function readWorkbookFromExcel(
  context: Excel.RequestContext,
  options: ReadWorkbookOptions = {}
): Promise<WorkbookData> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const names = queueNamesLoad(context);
  await context.sync();

  const skip = new Set<string>();
  const inventory = {
    sheetNames: worksheets.items.map((sheet) => sheet.name),
    definedNames: definedNamesOf(names.items),
  };
  if (options.skipOwnedOutputs && options.skipOwnedOutputs.length > 0) {
    const owned = ownedSheets(inventory, options.skipOwnedOutputs);
    for (const sheetName of owned.values()) skip.add(sheetName.toLowerCase());
  }
  const sheets = worksheets.items.filter((sheet) => !skip.has(sheet.name.toLowerCase()));
  // Our sheets that are read (scoring sheets, whose statuses a re-run carries over; an Assumptions
  // sheet we wrote) are marked, so they are never taken for the user's input.
  const ownedSheetsRead = ownedSheetNames(inventory).filter(
    (name) => !skip.has(name.toLowerCase())
  );
  const usedRanges = sheets.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load("values, valueTypes, rowIndex, columnIndex")
  );
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadLimitError(error)) throw error;
    return {
      sheets: await readInBlocks(context, sheets, options.cellsPerRequest ?? 50_000),
      ownedSheets: ownedSheetsRead,
    };
  }
  return {
    sheets: sheets.map((sheet, i) => {
      const used = usedRanges[i];
      if (!used || used.isNullObject)
        return { name: sheet.name, rows: [], firstRow: 1, firstColumn: 1 };
      return sheetDataFromRange(
        sheet.name,
        used.values,
        used.valueTypes,
        used.rowIndex,
        used.columnIndex
      );
    }),
    ownedSheets: ownedSheetsRead,
  };
}

/** A block of rows of one sheet to read. */
interface Block {
  readonly sheetIndex: number;
  readonly firstRow: number;
  readonly rowCount: number;
}

/**
 * The fallback for workbooks too big for one response: used-range sizes first, then blocks of
 * rows, as many blocks per sync as fit in `cellsPerRequest` cells.
 */
async function readInBlocks(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  cellsPerRequest: number
): Promise<SheetData[]> {
  const sizes = sheets.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount")
  );
  await context.sync();

  const blocks: Block[] = [];
  sizes.forEach((size, sheetIndex) => {
    if (size.isNullObject) return;
    const rowsPerBlock = Math.max(1, Math.floor(cellsPerRequest / size.columnCount));
    for (let first = 0; first < size.rowCount; first += rowsPerBlock) {
      blocks.push({
        sheetIndex,
        firstRow: first,
        rowCount: Math.min(rowsPerBlock, size.rowCount - first),
      });
    }
  });

  const rowsBySheet: unknown[][][] = sheets.map(() => []);
  const typesBySheet: string[][][] = sheets.map(() => []);
  let pending: { block: Block; range: Excel.Range }[] = [];
  let pendingCells = 0;
  const flush = async (): Promise<void> => {
    await context.sync();
    for (const { block, range } of pending) {
      const rows = rowsBySheet[block.sheetIndex];
      const types = typesBySheet[block.sheetIndex];
      for (const row of range.values) rows?.push(row);
      for (const row of range.valueTypes) types?.push(row);
    }
    pending = [];
    pendingCells = 0;
  };
  for (const block of blocks) {
    const size = sizes[block.sheetIndex];
    const sheet = sheets[block.sheetIndex];
    if (!size || !sheet) continue;
    const cells = block.rowCount * size.columnCount;
    if (pendingCells > 0 && pendingCells + cells > cellsPerRequest) await flush();
    const range = sheet.getRangeByIndexes(
      size.rowIndex + block.firstRow,
      size.columnIndex,
      block.rowCount,
      size.columnCount
    );
    pending.push({ block, range: range.load("values, valueTypes") });
    pendingCells += cells;
  }
  if (pending.length > 0) await flush();

  return sheets.map((sheet, i) => {
    const size = sizes[i];
    if (!size || size.isNullObject)
      return { name: sheet.name, rows: [], firstRow: 1, firstColumn: 1 };
    return sheetDataFromRange(
      sheet.name,
      rowsBySheet[i] ?? [],
      typesBySheet[i] ?? [],
      size.rowIndex,
      size.columnIndex
    );
  });
}
