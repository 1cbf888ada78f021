/**
 * Small XML text helpers for the package writer: escaping, OOXML's `_xHHHH_` string encoding and
 * reading the attributes of one start tag. Pure and browser-safe.
 */

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Text escaped for an XML attribute value or element content.
 * @param text - any text
 * @returns the escaped text
 * @example escapeXml('a<b & "c"') // "a&lt;b &amp; &quot;c&quot;"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

const NEEDS_ENCODING =
  // eslint-disable-next-line no-control-regex
  /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

/**
 * Cell text as OOXML stores it (ST_Xstring): characters XML 1.0 cannot hold become `_xHHHH_`, and a
 * literal `_xHHHH_` in the text is protected as `_x005F_xHHHH_`; then XML-escaped.
 * @param text - the cell's text
 * @returns the text ready for a `<t>` element
 * @example cellTextXml("a\u0001b") // "a_x0001_b"
 */
export function cellTextXml(text: string): string {
  if (!NEEDS_ENCODING.test(text)) return text;
  const encoded = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
  return escapeXml(encoded);
}

/**
 * Undoes XML escaping (the five named entities and numeric references).
 * @param text - escaped XML text
 * @returns the plain text
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
  });
}

/**
 * The attributes of one start tag, unescaped, by their qualified name (e.g. `r:id`).
 * @param tag - a start tag such as `<sheet name="A&amp;B" sheetId="2" r:id="rId2"/>`
 * @returns name → value
 */
export function tagAttributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
    result.set(match[1] ?? "", unescapeXml(match[3] ?? match[4] ?? ""));
  return result;
}

/**
 * The value of the first attribute whose local name (after any prefix) is `localName`.
 * @param attributes - from {@link tagAttributes}
 * @param localName - e.g. `id` for `r:id`
 * @returns the value, or undefined
 */
export function attributeByLocalName(
  attributes: ReadonlyMap<string, string>,
  localName: string
): string | undefined {
  for (const [name, value] of attributes) {
    const colon = name.indexOf(":");
    if ((colon < 0 ? name : name.slice(colon + 1)) === localName && name !== "xmlns") return value;
  }
  return undefined;
}

/** The XML declaration every part we write starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Cell text as read from a `<t>` element's raw content: line ends normalised as an XML parser
 * does, entities unescaped, then OOXML's `_xHHHH_` characters decoded (`_x005F_` protects a literal
 * `_xHHHH_`); the inverse of {@link cellTextXml}.
 * @param raw - the element's content as it is in the file
 * @returns the text
 * @example cellTextFromXml("a_x0001_b &amp; c") // "a\u0001b & c"
 */
export function cellTextFromXml(raw: string): string {
  let text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (text.includes("&")) text = unescapeXml(text);
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
