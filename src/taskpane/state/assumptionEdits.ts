/** The assumptions editor's text boxes → checked values for the analysis (SPEC §2.3). */
import {
  ASSUMPTION_KEYS,
  AssumptionKey,
  Assumptions,
  assumptionOrderProblems,
  assumptionValueProblem,
} from "../../engine/assumptions";
import { ambiguousMarkQuestion, formatPoundsInLocale, parseLocaleNumber } from "./localeNumber";

/** What the user typed per key (keys not edited are absent). */
export type AssumptionEdits = Partial<Readonly<Record<AssumptionKey, string>>>;

/** The edits checked against the engine's rules. */
export interface CheckedAssumptions {
  /** Values in force: the workbook's (or default) values with every usable edit applied. */
  readonly values: Assumptions;
  /** The usable edits that differ from the workbook's values: what the analysis is given. */
  readonly overrides: Partial<Assumptions>;
  /** Per key, why a usable value deserves a second look ("Read as £22.50…"); the value is used. */
  readonly fieldQuestions: Partial<Readonly<Record<AssumptionKey, string>>>;
  /** Per key, why its text cannot be used. */
  readonly fieldProblems: Partial<Readonly<Record<AssumptionKey, string>>>;
  /** Pairs in the wrong order, e.g. a red line above the amber line: warnings, as in the engine's Data Quality. */
  readonly orderProblems: readonly string[];
  /** True when every edit is a usable number (order problems do not stop an analysis). */
  readonly usable: boolean;
}

/**
 * A number as typed in the editor, in the user's locale (see parseLocaleNumber): `£`, spaces and
 * thousands separators accepted; a trailing `%` divides by 100.
 * @returns the number, or null when the text is not one
 * @example parseAssumptionText("£1,000,000", "en-GB") // 1000000
 * @example parseAssumptionText("10%", "en-GB") // 0.1
 * @example parseAssumptionText("22,5", "en-GB") // 22.5 (never 225)
 */
export function parseAssumptionText(text: string, locale = "en-GB"): number | null {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const value = parseLocaleNumber(percent ? trimmed.slice(0, -1) : trimmed, locale);
  if (value === null) return null;
  return percent ? value / 100 : value;
}

/**
 * Ranges an analyst would expect (wider than any real CCG's): a value outside is questioned, not refused.
 * Keys not listed are checked only against the engine's rules.
 */
export const PLAUSIBLE_RANGES: Partial<Readonly<Record<AssumptionKey, readonly [number, number]>>> =
  {
    rca_per_head: [5, 100],
    support_per_head: [0, 50],
    fixed_costs: [0, 50_000_000],
    population_red_below: [1_000, 2_000_000],
    population_amber_below: [1_000, 2_000_000],
    bridge_km: [0.1, 100],
    dispersion_amber_km: [1, 200],
    dispersion_red_km: [1, 200],
    sensitivity_from: [0, 200],
    sensitivity_to: [0, 200],
    sensitivity_step: [0.1, 50],
    list_size_max: [1_000, 1_000_000],
  };

/**
 * The value as the pane shows it: `£22.50 per head`, `£1,000,000`, `10%`, `25 km`, `50,000`.
 * @example assumptionInUse("rca_per_head", 22.5, "en-GB") // "£22.50 per head"
 */
export function assumptionInUse(key: AssumptionKey, value: number, locale: string): string {
  if (key === "include_non_ccg") return value === 1 ? "on" : "off";
  if (key.endsWith("_share"))
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(
      value
    );
  if (key.endsWith("_km"))
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} km`;
  if (key === "fixed_costs") return formatPoundsInLocale(value, locale, false);
  if (key === "rca_per_head" || key === "support_per_head" || key.startsWith("sensitivity_"))
    return `${formatPoundsInLocale(value, locale)} per head`;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
}

/** Why a usable value deserves a second look (an ambiguous mark, an implausible size), or null. */
function question(key: AssumptionKey, text: string, value: number, locale: string): string | null {
  const inUse = assumptionInUse(key, value, locale);
  const ambiguous = ambiguousMarkQuestion(text, inUse, locale);
  if (ambiguous !== null) return ambiguous;
  const range = PLAUSIBLE_RANGES[key];
  if (range !== undefined && (value < range[0] || value > range[1])) {
    const from = assumptionInUse(key, range[0], locale);
    const to = assumptionInUse(key, range[1], locale);
    return `${inUse} is outside the usual ${from.replace(/ per head$/, "")} to ${to}: check it.`;
  }
  return null;
}

/**
 * Checks the editor's texts.
 * @param base - the values the workbook gives (its Assumptions sheet, or the defaults)
 * @param edits - what the user typed
 * @param locale - BCP 47 locale the numbers are typed in (navigator.language in the pane)
 * @returns values in force, overrides for the analysis, and problems in plain words
 * @example checkAssumptionEdits(DEFAULT_ASSUMPTIONS, { rca_per_head: "22.07" }).overrides // { rca_per_head: 22.07 }
 */
export function checkAssumptionEdits(
  base: Assumptions,
  edits: AssumptionEdits,
  locale = "en-GB"
): CheckedAssumptions {
  const values: Record<AssumptionKey, number> = { ...base };
  const overrides: Partial<Record<AssumptionKey, number>> = {};
  const fieldProblems: Partial<Record<AssumptionKey, string>> = {};
  const fieldQuestions: Partial<Record<AssumptionKey, string>> = {};
  for (const key of ASSUMPTION_KEYS) {
    const text = edits[key];
    if (text === undefined) continue;
    const value = parseAssumptionText(text, locale);
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
    const doubt = question(key, text, value, locale);
    if (doubt !== null) fieldQuestions[key] = doubt;
    if (value !== base[key]) overrides[key] = value;
  }
  const orderProblems = assumptionOrderProblems(values);
  return {
    values,
    overrides,
    fieldQuestions,
    fieldProblems,
    orderProblems,
    usable: Object.keys(fieldProblems).length === 0,
  };
}
