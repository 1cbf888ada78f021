/**
 * Test helpers for packages: open a zip with JSZip (an independent reader, not the writer's
 * fflate), check every XML part is well-formed with saxes, and read a few things by plain regex.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";

/** Every part of a package, as bytes. */
export async function packageParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async("uint8array"));
  }
  return parts;
}

/** A part's text. */
export function text(parts: Map<string, Uint8Array>, name: string): string {
  const data = parts.get(name);
  if (data === undefined) throw new Error(`no part ${name}`);
  return Buffer.from(data).toString("utf8");
}

/** Names of parts whose XML is not well-formed (with the parser's message). */
export function malformedParts(parts: Map<string, Uint8Array>): string[] {
  const problems: string[] = [];
  for (const [name, data] of parts) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    let problem: string | undefined;
    parser.on("error", (error) => {
      problem ??= error.message;
    });
    try {
      parser.write(Buffer.from(data).toString("utf8")).close();
    } catch (error) {
      problem ??= (error as Error).message;
    }
    if (problem !== undefined) problems.push(`${name}: ${problem}`);
  }
  return problems;
}

/** The `<sheet>` entries of workbook.xml: name, state and r:id. */
export function workbookSheets(workbookXml: string): { name: string; state: string }[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name:
      /name="([^"]*)"/
        .exec(m[0])?.[1]
        ?.replace(/&amp;/g, "&")
        .replace(/&apos;/g, "'") ?? "",
    state: /state="([^"]*)"/.exec(m[0])?.[1] ?? "visible",
  }));
}

/** The defined names of workbook.xml as `name|localSheetId|text`. */
export function definedNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => {
    const name = /name="([^"]*)"/.exec(m[1] ?? "")?.[1] ?? "";
    const local = /localSheetId="([^"]*)"/.exec(m[1] ?? "")?.[1] ?? "";
    return `${name}|${local}|${(m[2] ?? "").replace(/&apos;/g, "'")}`;
  });
}

/**
 * Parts the package writer may change: the package's bookkeeping (`[Content_Types].xml`,
 * `workbook.xml` and its relationships, `styles.xml`, shared strings, `docProps`).
 */
export const BOOKKEEPING_PARTS =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|docProps\/.*)$/;

/**
 * The input's parts that are missing from the output or not the same bytes there, bookkeeping parts
 * left out unless asked for.
 * @param input - the parts before
 * @param output - the parts after
 * @param withBookkeeping - also list changed bookkeeping parts
 * @returns the part names (a missing one marked "(missing)"), in the input's order
 */
export function changedParts(
  input: ReadonlyMap<string, Uint8Array>,
  output: ReadonlyMap<string, Uint8Array>,
  withBookkeeping = false
): string[] {
  const changed: string[] = [];
  for (const [name, data] of input) {
    if (!withBookkeeping && BOOKKEEPING_PARTS.test(name)) continue;
    const kept = output.get(name);
    if (kept === undefined) changed.push(`${name} (missing)`);
    else if (!Buffer.from(kept).equals(Buffer.from(data))) changed.push(name);
  }
  return changed;
}
