/**
 * Characters a workbook cannot hold: XML 1.0 forbids C0 control characters other than tab, line feed and
 * carriage return, U+FFFE, U+FFFF and unpaired surrogates. Text holding one would make a workbook Excel
 * cannot open, so readers strip them (with a Data Quality row) and writers never write them raw.
 */

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_ALL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * True when the text holds a character a workbook cannot store.
 * @example hasForbiddenCharacters("Bad\u0001name") // true
 */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * The text without the characters a workbook cannot store, and how many were removed.
 * @example withoutForbiddenCharacters("A\uFFFEB") // { text: "AB", removed: 1 }
 */
export function withoutForbiddenCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const clean = text.replace(FORBIDDEN_ALL, () => {
    removed++;
    return "";
  });
  return { text: clean, removed };
}

/**
 * The text made safe to write into a workbook (forbidden characters dropped); the same string when clean.
 * @example xmlSafeText("A\u0000B") // "AB"
 */
export function xmlSafeText(text: string): string {
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, "") : text;
}
