/** Numbers typed in the user's locale: "22,5" where a comma is the decimal mark, "22.5" where a point is. */

/** Formatters made so far: making one costs far more than formatting with it (the slider formats on each step). */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number format of the locale, made once per locale and options.
 * @example numberFormat("en-GB", { maximumFractionDigits: 2 }).format(22.5) // "22.5"
 */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {}
): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** The decimal mark and group separator of a locale. */
export function separatorsOf(locale: string): { decimal: string; group: string } {
  const parts = numberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
    group: parts.find((part) => part.type === "group")?.value ?? ",",
  };
}

/**
 * A number typed in a box, read the way a person of that locale means it: "£22.50", "22,5" (a comma
 * followed by one or two digits is a decimal mark even in en-GB, where it cannot be grouping),
 * "1,000,000" and "1.000.000" (groups of three), "1 000 000".
 * @param text what was typed
 * @param locale BCP 47 locale, e.g. navigator.language
 * @returns the number, or null when the text is not one
 * @example parseLocaleNumber("22,5", "en-GB") // 22.5
 * @example parseLocaleNumber("1.000", "de-DE") // 1000
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const { decimal, group } = separatorsOf(locale);
  let body = text.replace(/[£\s\u00a0\u202f']/g, "");
  if (body === "") return null;
  const marks = body.match(/[.,]/g) ?? [];
  if (new Set(marks).size === 2) {
    // Both marks: the last one is the decimal mark, the other groups.
    const last = Math.max(body.lastIndexOf("."), body.lastIndexOf(","));
    const decimalMark = body[last] as string;
    const groupMark = decimalMark === "." ? "," : ".";
    if (body.indexOf(decimalMark) !== last) return null;
    if (!groupsOfThree(body.slice(0, last), groupMark)) return null;
    body = body.slice(0, last).split(groupMark).join("") + "." + body.slice(last + 1);
  } else if (marks.length > 1) {
    // One mark, several times: grouping.
    const mark = marks[0] as string;
    if (!groupsOfThree(body, mark)) return null;
    body = body.split(mark).join("");
  } else if (marks.length === 1) {
    const mark = marks[0] as string;
    const after = body.length - body.indexOf(mark) - 1;
    // "1,000" in en-GB or "1.000" in de-DE is a thousand; anything else is a decimal mark.
    const grouping = mark === group && mark !== decimal && after === 3;
    body = grouping ? body.replace(mark, "") : body.replace(mark, ".");
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(body)) return null;
  const value = Number(body);
  return Number.isFinite(value) ? value : null;
}

/**
 * True when the text's one mark is the locale's thousands separator but not followed by three digits, so
 * parseLocaleNumber read it as a decimal mark: worth questioning ("22,5" in en-GB).
 * @example isAmbiguousMark("22,5", "en-GB") // true
 * @example isAmbiguousMark("1,000", "en-GB") // false
 */
export function isAmbiguousMark(text: string, locale: string): boolean {
  const { decimal, group } = separatorsOf(locale);
  const marks = text.match(/[.,]/g) ?? [];
  const digitsAfter = /[.,](\d*)/.exec(text)?.[1]?.length ?? 0;
  return marks.length === 1 && marks[0] === group && group !== decimal && digitsAfter !== 3;
}

/**
 * The question to ask about a number typed with an ambiguous mark ({@link isAmbiguousMark}), or null.
 * @param text - what was typed
 * @param inUse - the value it was read as, the way the pane shows it
 * @example ambiguousMarkQuestion("22,5", "£22.50 per head", "en-GB") // "Read as £22.50 per head: '22,5' has a ',', which in your settings groups thousands; type 22.50 to confirm."
 */
export function ambiguousMarkQuestion(text: string, inUse: string, locale: string): string | null {
  if (!isAmbiguousMark(text, locale)) return null;
  const { group } = separatorsOf(locale);
  const number = inUse.replace(/ per head$/, "").replace(/^£/, "");
  return `Read as ${inUse}: '${text.trim()}' has a '${group}', which in your settings groups thousands; type ${number} to confirm.`;
}

function groupsOfThree(text: string, mark: string): boolean {
  const groups = text.replace(/^-/, "").split(mark);
  return (
    /^\d{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((group) => /^\d{3}$/.test(group))
  );
}

/**
 * Pounds as the locale writes them, pence shown.
 * @example formatPoundsInLocale(22.5, "en-GB") // "£22.50"
 */
export function formatPoundsInLocale(value: number, locale: string, pence = true): string {
  return numberFormat(locale, {
    style: "currency",
    currency: "GBP",
    minimumFractionDigits: pence ? 2 : 0,
    maximumFractionDigits: pence ? 2 : 0,
  }).format(value);
}
