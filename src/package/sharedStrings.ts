/**
 * Reading strings from a package: the shared-string table and the text of one string item (a
 * shared `<si>` or a cell's inline `<is>`): plain or rich text, runs concatenated, phonetic
 * guides (`<rPh>`) left out. Pure and browser-safe.
 */
import { cellTextFromXml } from "./xmlText";

const PHONETIC_RUN = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT_ELEMENT = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?t>)/g;
const STRING_ITEM = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;

/**
 * The text of a string item: its `<t>` elements (one, or one per rich-text run) joined.
 * @param itemXml - the content of an `<si>` or `<is>` element
 * @returns the text
 * @example stringItemText("<r><t>Riverside </t></r><r><rPr><b/></rPr><t>Surgery</t></r>") // "Riverside Surgery"
 */
export function stringItemText(itemXml: string): string {
  // Most items are one `<t>` element: no pattern needed.
  if (itemXml.startsWith("<t>") && itemXml.indexOf("<", 3) === itemXml.length - 4)
    return cellTextFromXml(itemXml.slice(3, -4));
  const xml = itemXml.includes("rPh") ? itemXml.replace(PHONETIC_RUN, "") : itemXml;
  let text = "";
  for (const match of xml.matchAll(TEXT_ELEMENT)) text += match[1] ?? "";
  return cellTextFromXml(text);
}

/**
 * The shared-string table of a workbook.
 * @param xml - the shared strings part's text (undefined when the package has none)
 * @returns the strings, by index
 */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  for (const match of xml.matchAll(STRING_ITEM)) strings.push(stringItemText(match[1] ?? ""));
  return strings;
}
