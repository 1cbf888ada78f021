/** NHS and ONS code formats (SPEC §1). */

/** GP practice code, e.g. A81001. Branch sites have longer codes. */
export const PRACTICE_CODE_PATTERN = /^[A-Z][0-9]{5}$/;
/** CCG code: the NHS form, e.g. 07L, or the ONS form, E38 + 6 digits (e.g. E38000056). */
export const CCG_CODE_PATTERN = /^(?:[0-9]{2}[A-Z]|E38[0-9]{6})$/;
/** ONS local authority district code (unitary, district, metropolitan, London borough). */
export const LOCAL_AUTHORITY_CODE_PATTERN = /^E0[6-9][0-9]{6}$/;

/** An old PCO-style CCG code, e.g. 07L00. */
const PCO_STYLE_CCG_CODE = /^[0-9]{2}[A-Z]00$/;

/**
 * A CCG code as the engine keys it: trimmed, upper case, and an old PCO-style code `07L00` becomes `07L`.
 * @example normaliseCcgCode(" 07l00 ") // "07L"
 */
export function normaliseCcgCode(code: string): string {
  const upper = code.trim().toUpperCase();
  return PCO_STYLE_CCG_CODE.test(upper) ? upper.slice(0, 3) : upper;
}

/**
 * A practice code as the engine keys it: trimmed and upper case.
 * @example normalisePracticeCode(" a81001") // "A81001"
 */
export function normalisePracticeCode(code: string): string {
  return code.trim().toUpperCase();
}
