/* global TextDecoder, TextEncoder */
/**
 * An Office package (.xlsx, .xlsm) as a map of parts, opened and saved with fflate. Parts keep their
 * bytes and their order; new parts are added at the end. Also reads and resolves relationships.
 * Pure and browser-safe.
 */
import { inflateSync } from "fflate";
import { readZip } from "./zipReader";
import type { CappedInflate } from "./zipReader";
import { JAVASCRIPT_ZIP_CODEC, writeZip, zipChunks } from "./zipWriter";
import type { PartData, ZipCodec } from "./zipWriter";
import { attributeByLocalName, tagAttributes } from "./xmlText";

/**
 * The parts of a package, by name without the leading slash (e.g. `xl/workbook.xml`): their bytes,
 * or (a large sheet we wrote) their deflated form.
 */
export type PackageParts = Map<string, PartData>;

/** One relationship of a part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** As written in the rels part. */
  readonly target: string;
  readonly external: boolean;
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/**
 * Opens a zip package within the reading limits (zipReader.ts).
 * @param bytes - the file's bytes
 * @param inflate - raw DEFLATE with a cap (default fflate's; the runner passes Node's zlib)
 * @returns its parts in file order
 * @throws ReadingLimitError when the bytes are not a readable zip file or pass a limit
 */
export function openPackage(bytes: Uint8Array, inflate?: CappedInflate): PackageParts {
  return readZip(bytes, inflate);
}

/**
 * The package as zip bytes (parts deflated, except images).
 * @param parts - the parts, in the order to write
 * @param codec - compression (the runner passes Node's zlib; default fflate)
 * @returns the file's bytes
 */
export function savePackage(
  parts: PackageParts,
  codec: ZipCodec = JAVASCRIPT_ZIP_CODEC
): Uint8Array {
  return writeZip(parts, codec);
}

/**
 * The package as zip bytes, chunk by chunk (each part compressed when its turn comes), for
 * writing to a file as it is made.
 * @param parts - the parts, in the order to write
 * @param codec - compression
 * @returns the file's chunks in order
 */
export function packageChunks(parts: PackageParts, codec: ZipCodec): Iterable<Uint8Array> {
  return zipChunks(parts, codec);
}

/**
 * A part's text (UTF-8; a byte-order mark is dropped).
 * @param parts - the package
 * @param name - the part name
 * @returns the text, or undefined when there is no such part
 */
export function partText(parts: PackageParts, name: string): string | undefined {
  const data = parts.get(name);
  if (data === undefined) return undefined;
  const text = decoder.decode("deflated" in data ? inflatedBytes(data.deflated) : data);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The bytes of a part written deflated. */
function inflatedBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return inflateSync(joined);
}

/**
 * Sets a part's text (UTF-8).
 * @param parts - the package
 * @param name - the part name
 * @param text - the XML
 */
export function setPartText(parts: PackageParts, name: string, text: string): void {
  parts.set(name, encoder.encode(text));
}

/**
 * The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
 * @param partName - the source part (empty for the package itself)
 * @returns the rels part's name
 */
export function relsPartName(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * The part a relationship target points to, resolved against the source part.
 * @param fromPart - the source part (empty for package relationships)
 * @param target - the target as written (relative, or absolute with a leading slash)
 * @returns the part name without the leading slash
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 */
export function resolveTarget(fromPart: string, target: string): string {
  const clean = decodeURIComponent(target.split("#")[0] ?? "");
  if (clean.startsWith("/")) return clean.slice(1);
  const pieces = fromPart.split("/").slice(0, -1);
  for (const piece of clean.split("/")) {
    if (piece === "..") pieces.pop();
    else if (piece !== "." && piece !== "") pieces.push(piece);
  }
  return pieces.join("/");
}

/**
 * The relationships of a part.
 * @param parts - the package
 * @param partName - the source part (empty for the package's own `_rels/.rels`)
 * @returns its relationships (none when it has no rels part)
 */
export function readRelationships(parts: PackageParts, partName: string): Relationship[] {
  const xml = partText(parts, relsPartName(partName));
  if (xml === undefined) return [];
  const result: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const attributes = tagAttributes(match[0]);
    result.push({
      id: attributes.get("Id") ?? "",
      type: attributes.get("Type") ?? "",
      target: attributes.get("Target") ?? "",
      external: (attributes.get("TargetMode") ?? "").toLowerCase() === "external",
    });
  }
  return result;
}

/**
 * Whether a relationship type ends with `/<kind>` (transitional and strict namespaces alike).
 * @param type - the relationship's Type
 * @param kind - e.g. `worksheet`, `table`, `officeDocument`
 * @returns true when it is that kind
 */
export function isRelationshipKind(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

/**
 * The first free `<prefix><n><suffix>` part name (n from 1).
 * @param parts - the package
 * @param prefix - e.g. `xl/worksheets/sheet`
 * @param suffix - e.g. `.xml`
 * @param reserved - names already promised in this write
 * @returns a part name not in the package
 */
export function freePartName(
  parts: PackageParts,
  prefix: string,
  suffix: string,
  reserved: ReadonlySet<string> = new Set()
): string {
  const lower = new Set([...parts.keys(), ...reserved].map((name) => name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const name = `${prefix}${n}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * A relationship id for `r:id` attributes read from a start tag.
 * @param tag - e.g. `<sheet name="x" sheetId="1" r:id="rId1"/>`
 * @returns the id, or undefined
 */
export function relationshipIdOf(tag: string): string | undefined {
  return attributeByLocalName(tagAttributes(tag), "id");
}

/**
 * XML of a rels part.
 * @param relationships - the relationships
 * @returns the part's XML
 */
export function relationshipsXml(relationships: readonly Relationship[]): string {
  const escape = (text: string): string =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const items = relationships
    .map(
      (r) =>
        `<Relationship Id="${escape(r.id)}" Type="${escape(r.type)}" Target="${escape(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}
