/** The assumptions editor's text boxes → checked values for the analysis (SPEC §2.3). */
import {
  ASSUMPTION_KEYS,
  AssumptionKey,
  Assumptions,
  assumptionOrderProblems,
  assumptionValueProblem,
} from "../../engine/assumptions";

/** What the user typed per key (keys not edited are absent). */
export type AssumptionEdits = Partial<Readonly<Record<AssumptionKey, string>>>;

/** The edits checked against the engine's rules. */
export interface CheckedAssumptions {
  /** Values in force: the workbook's (or default) values with every usable edit applied. */
  readonly values: Assumptions;
  /** The usable edits that differ from the workbook's values: what the analysis is given. */
  readonly overrides: Partial<Assumptions>;
  /** Per key, why its text cannot be used. */
  readonly fieldProblems: Partial<Readonly<Record<AssumptionKey, string>>>;
  /** Pairs in the wrong order, e.g. a red line above the amber line: warnings, as in the engine's Data Quality. */
  readonly orderProblems: readonly string[];
  /** True when every edit is a usable number (order problems do not stop an analysis). */
  readonly usable: boolean;
}

/**
 * A number as typed in the editor: thousands separators, `£` and spaces ignored; a trailing `%` divides by 100.
 * @returns the number, or null when the text is not one
 * @example parseAssumptionText("£1,000,000") // 1000000
 * @example parseAssumptionText("10%") // 0.1
 */
export function parseAssumptionText(text: string): number | null {
  let cleaned = text.replace(/[\s,£]/g, "");
  const percent = cleaned.endsWith("%");
  if (percent) cleaned = cleaned.slice(0, -1);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return null;
  return percent ? value / 100 : value;
}

/**
 * Checks the editor's texts.
 * @param base - the values the workbook gives (its Assumptions sheet, or the defaults)
 * @param edits - what the user typed
 * @returns values in force, overrides for the analysis, and problems in plain words
 * @example checkAssumptionEdits(DEFAULT_ASSUMPTIONS, { rca_per_head: "22.07" }).overrides // { rca_per_head: 22.07 }
 */
export function checkAssumptionEdits(
  base: Assumptions,
  edits: AssumptionEdits
): CheckedAssumptions {
  const values: Record<AssumptionKey, number> = { ...base };
  const overrides: Partial<Record<AssumptionKey, number>> = {};
  const fieldProblems: Partial<Record<AssumptionKey, string>> = {};
  for (const key of ASSUMPTION_KEYS) {
    const text = edits[key];
    if (text === undefined) continue;
    const value = parseAssumptionText(text);
    if (value === null) {
      fieldProblems[key] = text.trim() === "" ? "Enter a number." : `'${text}' is not a number.`;
      continue;
    }
    const problem = assumptionValueProblem(key, value);
    if (problem !== null) {
      fieldProblems[key] = `It ${problem}.`;
      continue;
    }
    values[key] = value;
    if (value !== base[key]) overrides[key] = value;
  }
  const orderProblems = assumptionOrderProblems(values);
  return {
    values,
    overrides,
    fieldProblems,
    orderProblems,
    usable: Object.keys(fieldProblems).length === 0,
  };
}
