/**
 * The `CCGs` and `Assumptions` sheets of the sample workbook.
 */

import { ASSUMPTION_DEFINITIONS, ASSUMPTION_KEYS } from "../engine/assumptions";
import type { CellValue, SheetData } from "../engine/cells";
import type { SeededRandom } from "./random";

/** Headers of the CCGs sheet, in column order. */
export const CCG_HEADERS = [
  "CCG code",
  "CCG name",
  "Planned running costs",
  "Fixed costs",
  "Commissioning support per head",
  "Collaborative arrangement",
] as const;

/** Headers of the Assumptions sheet. */
export const ASSUMPTION_HEADERS = ["Key", "Value", "Description"] as const;

/** What the CCGs sheet needs per CCG (by CCG index). */
export interface CcgSheetInput {
  readonly codes: readonly string[];
  readonly names: readonly string[];
  readonly populations: ArrayLike<number>;
  /** CCG indices with a collaborative arrangement. */
  readonly collaborative: ReadonlySet<number>;
}

/**
 * Builds the CCGs sheet: planned running costs near population × £22–£27; fixed costs and support
 * per head mostly blank (so the assumptions apply) with a few set; collaborative arrangement Y/N.
 * @param input Codes, names, populations and arrangements by CCG index (rows follow that order).
 * @param random The shared generator.
 * @returns The sheet, starting at A1.
 */
export function ccgSheet(input: CcgSheetInput, random: SeededRandom): SheetData {
  const count = input.codes.length;
  const fixedCostsSet = new Set(
    pickSome(count, count >= 5 ? Math.max(2, Math.round(count * 0.04)) : 0, random)
  );
  const supportSet = new Set(
    pickSome(count, count >= 5 ? Math.max(2, Math.round(count * 0.05)) : 0, random)
  );
  const fixedChoices = [850000, 1200000, 900000, 1100000, 950000];
  const supportChoices = [7, 7.5, 8, 10, 11, 12];
  let fixedTurn = 0;
  let supportTurn = 0;
  const rows: CellValue[][] = [[...CCG_HEADERS]];
  for (let ccg = 0; ccg < count; ccg++) {
    const population = input.populations[ccg] as number;
    const planned = Math.round((population * random.uniform(22, 27)) / 1000) * 1000;
    rows.push([
      input.codes[ccg] ?? null,
      input.names[ccg] ?? null,
      planned,
      fixedCostsSet.has(ccg) ? (fixedChoices[fixedTurn++ % fixedChoices.length] as number) : null,
      supportSet.has(ccg)
        ? (supportChoices[supportTurn++ % supportChoices.length] as number)
        : null,
      input.collaborative.has(ccg) ? "Y" : "N",
    ]);
  }
  return { name: "CCGs", rows, firstRow: 1, firstColumn: 1 };
}

function pickSome(count: number, howMany: number, random: SeededRandom): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  return random.shuffle(all).slice(0, Math.min(count, howMany));
}

/**
 * Builds the Assumptions sheet with every SPEC §2.3 key at its default value.
 * @returns The sheet, starting at A1.
 */
export function assumptionsSheet(): SheetData {
  const rows: CellValue[][] = [[...ASSUMPTION_HEADERS]];
  for (const key of ASSUMPTION_KEYS) {
    const definition = ASSUMPTION_DEFINITIONS[key];
    rows.push([key, definition.value, definition.description]);
  }
  return { name: "Assumptions", rows, firstRow: 1, firstColumn: 1 };
}
