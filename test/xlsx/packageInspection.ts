/**
 * Test helper: opens an .xlsx package with JSZip and checks the parts Excel is strict about
 * (workbook sheets and defined names, worksheet → table relationships, content types), so tests
 * can assert the file is consistent beyond what ExcelJS's own reader tolerates.
 */
import JSZip from "jszip";

export interface PackageTable {
  readonly sheetName: string;
  readonly part: string;
  readonly id: string;
  readonly name: string;
  readonly ref: string;
  readonly autoFilterRef: string | undefined;
  readonly columns: string[];
}

export interface PackageSummary {
  readonly sheetNames: string[];
  readonly definedNames: { name: string; localSheetId: string | undefined; text: string }[];
  readonly tables: PackageTable[];
  /** Problems found; empty for a consistent package. */
  readonly problems: string[];
  readonly sheetXml: Map<string, string>;
}

function attributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:]+)="([^"]*)"/g)) result.set(match[1]!, decodeXml(match[2]!));
  return result;
}

function decodeXml(text: string): string {
  return text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

async function relationships(zip: JSZip, part: string): Promise<Map<string, string>> {
  const slash = part.lastIndexOf("/");
  const relsPath = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
  const file = zip.file(relsPath);
  const result = new Map<string, string>();
  if (!file) return result;
  const xml = await file.async("string");
  for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    if (attrs.get("TargetMode") === "External") continue;
    result.set(attrs.get("Id")!, resolvePart(part, attrs.get("Target")!));
  }
  return result;
}

/**
 * Reads the package and lists its sheets, defined names and tables, with any inconsistency.
 * @param buffer - the .xlsx bytes
 */
export async function inspectPackage(buffer: ArrayBuffer | Uint8Array): Promise<PackageSummary> {
  const zip = await JSZip.loadAsync(buffer);
  const problems: string[] = [];
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const contentTypes = await zip.file("[Content_Types].xml")!.async("string");
  const workbookRels = await relationships(zip, "xl/workbook.xml");

  const sheetNames: string[] = [];
  const sheetXml = new Map<string, string>();
  const tables: PackageTable[] = [];
  const tablePartsSeen = new Set<string>();

  for (const match of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const name = attrs.get("name")!;
    sheetNames.push(name);
    const part = workbookRels.get(attrs.get("r:id")!);
    if (!part || !zip.file(part)) {
      problems.push(`sheet '${name}' has no part`);
      continue;
    }
    const xml = await zip.file(part)!.async("string");
    sheetXml.set(name, xml);
    const sheetRels = await relationships(zip, part);
    for (const tablePart of xml.matchAll(/<tablePart\b[^>]*>/g)) {
      const tablePath = sheetRels.get(attributes(tablePart[0]).get("r:id")!);
      if (!tablePath || !zip.file(tablePath)) {
        problems.push(`sheet '${name}' refers to a missing table part`);
        continue;
      }
      if (tablePartsSeen.has(tablePath)) problems.push(`table part ${tablePath} is used twice`);
      tablePartsSeen.add(tablePath);
      if (!contentTypes.includes(`PartName="/${tablePath}"`)) problems.push(`${tablePath} has no content type`);
      const tableXml = await zip.file(tablePath)!.async("string");
      const tableAttrs = attributes(/<table\b[^>]*>/.exec(tableXml)![0]);
      const autoFilter = /<autoFilter\b[^>]*>/.exec(tableXml);
      tables.push({
        sheetName: name,
        part: tablePath,
        id: tableAttrs.get("id")!,
        name: tableAttrs.get("name")!,
        ref: tableAttrs.get("ref")!,
        autoFilterRef: autoFilter ? attributes(autoFilter[0]).get("ref") : undefined,
        columns: [...tableXml.matchAll(/<tableColumn\b[^>]*>/g)].map((column) => attributes(column[0]).get("name")!),
      });
      if (autoFilter && !attributes(autoFilter[0]).get("ref")) problems.push(`table in ${tablePath} has an autoFilter without a range`);
    }
  }

  for (const path of Object.keys(zip.files)) {
    if (path.startsWith("xl/tables/") && !path.endsWith("/") && !tablePartsSeen.has(path)) problems.push(`orphan table part ${path}`);
  }
  const lowerSheetNames = sheetNames.map((name) => name.toLowerCase());
  if (new Set(lowerSheetNames).size !== sheetNames.length) problems.push("duplicate sheet names");

  const tableIds = tables.map((table) => table.id);
  if (new Set(tableIds).size !== tableIds.length) problems.push("duplicate table ids");
  const tableNames = tables.map((table) => table.name.toLowerCase());
  if (new Set(tableNames).size !== tableNames.length) problems.push("duplicate table names");

  const definedNames: { name: string; localSheetId: string | undefined; text: string }[] = [];
  for (const match of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attrs = attributes(match[1]!);
    definedNames.push({ name: attrs.get("name")!, localSheetId: attrs.get("localSheetId"), text: decodeXml(match[2]!) });
  }
  const scopedNames = definedNames.map((name) => `${name.localSheetId ?? ""}|${name.name.toLowerCase()}`);
  if (new Set(scopedNames).size !== scopedNames.length) problems.push("duplicate defined names");
  for (const definedName of definedNames) {
    if (tableNames.includes(definedName.name.toLowerCase())) problems.push(`defined name ${definedName.name} clashes with a table`);
    for (const reference of definedName.text.split(",")) {
      const sheetPart = reference.slice(0, reference.lastIndexOf("!"));
      const sheetName = sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
      if (!sheetNames.includes(sheetName)) problems.push(`defined name ${definedName.name} refers to missing sheet '${sheetName}'`);
    }
  }
  return { sheetNames, definedNames, tables, problems, sheetXml };
}
