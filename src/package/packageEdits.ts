/**
 * Edits of the package's bookkeeping parts, each as small as it can be: content-type overrides,
 * relationships added to a rels part, sheets and defined names in `workbook.xml`, and removing the
 * parts that belong to one of our sheets. Pure and browser-safe.
 */
import {
  partText,
  readRelationships,
  relationshipsXml,
  relsPartName,
  resolveTarget,
  setPartText,
} from "./zipPackage";
import type { PackageParts, Relationship } from "./zipPackage";
import { escapeXml, tagAttributes } from "./xmlText";

/** Content types of the parts we write. */
export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** Relationship types of the parts we write. */
export const RELATIONSHIP_TYPES = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
} as const;

const CONTENT_TYPES_PART = "[Content_Types].xml";

/**
 * Removes the overrides of removed parts and adds overrides for new ones, in one edit.
 * @param parts - the package
 * @param removed - part names that no longer exist
 * @param added - new part name → content type
 */
export function updateContentTypes(
  parts: PackageParts,
  removed: ReadonlySet<string>,
  added: ReadonlyMap<string, string>
): void {
  let xml = partText(parts, CONTENT_TYPES_PART) ?? "";
  const gone = new Set([...removed, ...added.keys()].map((name) => `/${name}`.toLowerCase()));
  xml = xml.replace(/<(?:\w+:)?Override\b[^>]*?(?:\/>|>\s*<\/(?:\w+:)?Override>)/g, (tag) => {
    const partName = tagAttributes(tag).get("PartName") ?? "";
    return gone.has(partName.toLowerCase()) ? "" : tag;
  });
  const overrides = [...added]
    .map(([name, type]) => `<Override PartName="/${escapeXml(name)}" ContentType="${type}"/>`)
    .join("");
  xml = xml.replace(/<\/((?:\w+:)?)Types>\s*$/, (close) => `${overrides}${close}`);
  setPartText(parts, CONTENT_TYPES_PART, xml);
}

/**
 * Adds relationships to a part's rels (creating the rels part when there is none), keeping the
 * existing ones as written.
 * @param parts - the package
 * @param source - the source part
 * @param added - relationships to add (ids must be free: see {@link freeRelationshipId})
 */
export function addRelationships(
  parts: PackageParts,
  source: string,
  added: readonly Relationship[]
): void {
  if (added.length === 0) return;
  const name = relsPartName(source);
  const xml = partText(parts, name);
  if (xml === undefined) {
    setPartText(parts, name, relationshipsXml(added));
    return;
  }
  const items = relationshipsXml(added).replace(
    /^[\s\S]*?<Relationships[^>]*>|<\/Relationships>$/g,
    ""
  );
  setPartText(
    parts,
    name,
    xml.replace(/<\/((?:\w+:)?)Relationships>\s*$/, (close) => `${items}${close}`)
  );
}

/**
 * A relationship id not used by a part's relationships.
 * @param used - ids in use (updated)
 * @returns e.g. `rId7`
 */
export function freeRelationshipId(used: Set<string>): string {
  for (let n = used.size + 1; ; n += 1) {
    const id = `rId${n}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/**
 * Removes a sheet part and every part reachable from it through internal relationships that no
 * other remaining part refers to (its tables, drawing, charts, comments…), with their rels parts.
 * @param parts - the package
 * @param sheetPart - the sheet's part
 * @returns the removed part names
 */
export function removeSheetParts(parts: PackageParts, sheetPart: string): Set<string> {
  const candidates = new Set<string>([sheetPart]);
  const stack = [sheetPart];
  while (stack.length > 0) {
    const source = stack.pop() ?? "";
    for (const r of readRelationships(parts, source)) {
      if (r.external) continue;
      const target = resolveTarget(source, r.target);
      if (!candidates.has(target) && parts.has(target)) {
        candidates.add(target);
        stack.push(target);
      }
    }
  }
  const keptElsewhere = new Set<string>();
  for (const name of parts.keys()) {
    if (!name.endsWith(".rels")) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1").replace(/^_rels\/\.rels$/, "");
    if (candidates.has(source) || source === "") continue;
    for (const r of readRelationships(parts, source))
      if (!r.external) keptElsewhere.add(resolveTarget(source, r.target));
  }
  const removed = new Set<string>();
  for (const part of candidates) {
    if (part !== sheetPart && keptElsewhere.has(part)) continue;
    parts.delete(part);
    removed.add(part);
    const rels = relsPartName(part);
    if (parts.delete(rels)) removed.add(rels);
  }
  return removed;
}

/** A new sheet for `workbook.xml`. */
export interface NewSheetEntry {
  readonly name: string;
  readonly relationshipId: string;
}

/**
 * Adds sheets after the existing ones and sets workbook-scoped defined names (any existing name
 * of the same name, ignoring case, is replaced).
 * @param xml - workbook.xml
 * @param sheets - sheets to add
 * @param names - defined name → reference (e.g. `'CCG Summary'!$A$1`)
 * @param fullCalcOnLoad - ask Excel to recalculate on opening (formulas without a cached result)
 * @returns the new workbook.xml
 */
export function editWorkbookXml(
  xml: string,
  sheets: readonly NewSheetEntry[],
  names: ReadonlyMap<string, string>,
  fullCalcOnLoad: boolean
): string {
  const prefix = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? "";
  const relPrefix =
    /xmlns:(\w+)="http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships"/.exec(
      xml
    )?.[1];
  const relAttr =
    relPrefix === undefined
      ? 'xmlns:cr="http://schemas.openxmlformats.org/officeDocument/2006/relationships" cr:id'
      : `${relPrefix}:id`;
  let maxId = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\bsheetId="(\d+)"/g))
    maxId = Math.max(maxId, Number(m[1]));
  const sheetTags = sheets
    .map(
      (s) =>
        `<${prefix}sheet name="${escapeXml(s.name)}" sheetId="${++maxId}" ${relAttr}="${s.relationshipId}"/>`
    )
    .join("");
  let out = xml.replace(/<\/((?:\w+:)?)sheets>/, (close) => `${sheetTags}${close}`);

  const lower = new Set([...names.keys()].map((name) => name.toLowerCase()));
  out = out.replace(
    /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g,
    (tag, attrs: string) =>
      lower.has((tagAttributes(attrs).get("name") ?? "").toLowerCase()) &&
      !tagAttributes(attrs).has("localSheetId")
        ? ""
        : tag
  );
  const nameTags = [...names]
    .map(
      ([name, reference]) =>
        `<${prefix}definedName name="${escapeXml(name)}">${escapeXml(reference)}</${prefix}definedName>`
    )
    .join("");
  if (nameTags !== "") {
    if (/<\/(?:\w+:)?definedNames>/.test(out))
      out = out.replace(/<\/((?:\w+:)?)definedNames>/, (close) => `${nameTags}${close}`);
    else if (/<(?:\w+:)?definedNames\s*\/>/.test(out))
      out = out.replace(
        /<(?:\w+:)?definedNames\s*\/>/,
        `<${prefix}definedNames>${nameTags}</${prefix}definedNames>`
      );
    else {
      // After sheets, functionGroups or externalReferences (schema order of CT_Workbook).
      const anchor = /<\/(?:\w+:)?externalReferences>|<\/(?:\w+:)?sheets>/g;
      let at = -1;
      for (const m of out.matchAll(anchor)) at = Math.max(at, (m.index ?? 0) + m[0].length);
      out = `${out.slice(0, at)}<${prefix}definedNames>${nameTags}</${prefix}definedNames>${out.slice(at)}`;
    }
  }
  out = out.replace(/<(?:\w+:)?definedNames>\s*<\/(?:\w+:)?definedNames>/, "");
  if (fullCalcOnLoad) {
    if (/<(?:\w+:)?calcPr\b/.test(out))
      out = out.replace(
        /<((?:\w+:)?)calcPr\b([^>]*?)(\/?)>/,
        (_m, p: string, attrs: string, slash: string) =>
          `<${p}calcPr${attrs.replace(/\s*fullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${slash}>`
      );
    else {
      const at = /<\/(?:\w+:)?definedNames>|<\/(?:\w+:)?sheets>/.exec(out);
      const definedEnd = out.lastIndexOf("definedNames>");
      const index =
        definedEnd >= 0
          ? definedEnd + "definedNames>".length
          : (at?.index ?? 0) + (at?.[0].length ?? 0);
      out = `${out.slice(0, index)}<${prefix}calcPr fullCalcOnLoad="1"/>${out.slice(index)}`;
    }
  }
  return out;
}
