/**
 * What kind of organisation a commissioner code is (SPEC §3.4, issue #15): CCG codes are rated; codes of
 * other organisations (area teams, councils, trusts) in a practice list are set aside unless the user
 * includes them (`include_non_ccg`).
 */
import { CCG_CODE_PATTERN } from "./codes";

/** The kind of a CCG code. */
export const CCG_KIND = "CCG";

/** Words the CCG table may use for a CCG in its kind column. */
const CCG_KIND_WORDS = new Set([
  "ccg",
  "clinicalcommissioninggroup",
  "clinicalcommissioninggroups",
]);

/**
 * The kind of organisation behind a commissioner code: the CCG table's kind when it gives one, else
 * `CCG` for a code of the CCG pattern (`07L`, `E38000056`), else a kind guessed from the shape of the
 * ODS code (`Q59` an area team, `RY6` an NHS trust, `112` a local authority).
 * @param code the normalised code
 * @param tableKind the kind written in the CCG table for this code, or null
 * @returns `CCG`, or the other kind in words
 * @example organisationKind("Q59", null) // "Area team"
 * @example organisationKind("07L", "Council") // "Council"
 */
export function organisationKind(code: string, tableKind: string | null): string {
  if (tableKind !== null && tableKind.trim() !== "") {
    const words = tableKind.trim();
    return CCG_KIND_WORDS.has(words.toLowerCase().replace(/[^a-z]+/g, "")) ? CCG_KIND : words;
  }
  if (CCG_CODE_PATTERN.test(code)) return CCG_KIND;
  if (/^Q[0-9]{2}$/.test(code)) return "Area team";
  if (/^R[A-Z0-9]{2}$/.test(code)) return "NHS trust";
  if (/^[0-9]{3}$/.test(code)) return "Local authority";
  return "Other organisation";
}

/**
 * True when a CCG of this kind is rated: every CCG, and other kinds only when `include_non_ccg` is 1.
 * @example isRated("Area team", 0) // false
 */
export function isRated(kind: string, includeNonCcg: number): boolean {
  return kind === CCG_KIND || includeNonCcg === 1;
}
