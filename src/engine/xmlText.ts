/**
 * Characters a workbook cannot hold: XML 1.0 forbids C0 control characters other than tab, line feed and
 * carriage return, U+FFFE, U+FFFF and unpaired surrogates. Text holding one would make a workbook Excel
 * cannot open, so readers strip them (with a Data Quality row) and writers never write them raw.
 */

const FORBIDDEN_ALL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every character FORBIDDEN_ALL can match, surrogates paired or not: none of them means clean text. */
// eslint-disable-next-line no-control-regex
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * True when the text holds a character a workbook cannot store.
 * @example hasForbiddenCharacters("Bad\u0001name") // true
 */
export function hasForbiddenCharacters(text: string): boolean {
  // Nearly every text is clean: a plain character class rules that out quickest (every text cell of a
  // practice list passes here). A look-around expression (as FORBIDDEN_ALL), or this loop over every text,
  // was a visible share of reading the England list; the loop tells a valid surrogate pair from a lone one.
  if (!MAYBE_FORBIDDEN.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20) {
      if (unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return true;
    } else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next < 0xdc00 || next > 0xdfff) return true;
      i++; // a high surrogate with its low one: a valid pair
    } else if (unit >= 0xdc00 && unit <= 0xdfff)
      return true; // a low surrogate on its own
    else if (unit === 0xfffe || unit === 0xffff) return true;
  }
  return false;
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
  return hasForbiddenCharacters(text) ? text.replace(FORBIDDEN_ALL, "") : text;
}
