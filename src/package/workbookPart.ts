/**
 * Reading a package's workbook: where `workbook.xml` is, its sheets (name, state, part), defined
 * names and tables, as the output layer's `WorkbookInventory`. Pure and browser-safe.
 */
import type { WorkbookInventory } from "../output/sheetPlan";
import {
  isRelationshipKind,
  partText,
  readRelationships,
  relationshipIdOf,
  resolveTarget,
} from "./zipPackage";
import type { PackageParts } from "./zipPackage";
import { tagAttributes, unescapeXml } from "./xmlText";

/** A problem with the package's structure, in plain words. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

/** One sheet of the workbook, as `workbook.xml` lists it. */
export interface PackageSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** `visible`, `hidden` or `veryHidden`. */
  readonly state: string;
  /** The sheet's part, e.g. `xl/worksheets/sheet1.xml` (undefined when the relationship is missing). */
  readonly part: string | undefined;
  /** True for a worksheet (cells), false for a chart sheet or a dialog sheet. */
  readonly worksheet: boolean;
}

/** What the writer needs to know about the workbook. */
export interface PackageWorkbook {
  /** e.g. `xl/workbook.xml`. */
  readonly workbookPart: string;
  readonly sheets: readonly PackageSheet[];
  readonly definedNames: readonly {
    readonly name: string;
    readonly localSheetId: number | undefined;
    readonly reference: string;
  }[];
  /** Every table and its sheet. */
  readonly tables: readonly {
    readonly name: string;
    readonly id: number;
    readonly sheetName: string;
    readonly part: string;
  }[];
}

/**
 * Reads the workbook part of a package.
 * @param parts - the package
 * @returns its sheets, defined names and tables
 * @throws PackageError when the package has no workbook part
 */
export function readPackageWorkbook(parts: PackageParts): PackageWorkbook {
  const office = readRelationships(parts, "").find((r) =>
    isRelationshipKind(r.type, "officeDocument")
  );
  const workbookPart = office === undefined ? "xl/workbook.xml" : resolveTarget("", office.target);
  const xml = partText(parts, workbookPart);
  if (xml === undefined) throw new PackageError("it has no workbook part (xl/workbook.xml)");
  const relationships = readRelationships(parts, workbookPart);
  const targets = new Map(relationships.map((r) => [r.id, resolveTarget(workbookPart, r.target)]));
  const worksheetIds = new Set(
    relationships.filter((r) => isRelationshipKind(r.type, "worksheet")).map((r) => r.id)
  );
  const sheets: PackageSheet[] = [];
  for (const match of (
    /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(xml)?.[1] ?? ""
  ).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const attributes = tagAttributes(match[0]);
    const relationshipId = relationshipIdOf(match[0]) ?? "";
    sheets.push({
      name: attributes.get("name") ?? "",
      sheetId: Number(attributes.get("sheetId") ?? 0),
      relationshipId,
      state: attributes.get("state") ?? "visible",
      part: targets.get(relationshipId),
      worksheet: worksheetIds.has(relationshipId),
    });
  }
  const definedNames = [
    ...xml.matchAll(/<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g),
  ].map((match) => {
    const attributes = tagAttributes(match[1] ?? "");
    const local = attributes.get("localSheetId");
    return {
      name: attributes.get("name") ?? "",
      localSheetId: local === undefined ? undefined : Number(local),
      reference: unescapeXml(match[2] ?? ""),
    };
  });
  const tables: PackageWorkbook["tables"][number][] = [];
  for (const sheet of sheets) {
    if (sheet.part === undefined) continue;
    for (const r of readRelationships(parts, sheet.part)) {
      if (r.external || !isRelationshipKind(r.type, "table")) continue;
      const part = resolveTarget(sheet.part, r.target);
      const tag = /<(?:\w+:)?table\b[^>]*>/.exec(partText(parts, part) ?? "")?.[0];
      if (tag === undefined) continue;
      const attributes = tagAttributes(tag);
      tables.push({
        name: attributes.get("displayName") ?? attributes.get("name") ?? "",
        id: Number(attributes.get("id") ?? 0),
        sheetName: sheet.name,
        part,
      });
    }
  }
  return { workbookPart, sheets, definedNames, tables };
}

/**
 * The part a relationship of the workbook part points to, by kind (one part of each kind).
 * @param parts - the package
 * @param workbookPart - e.g. `xl/workbook.xml`
 * @param kind - the relationship type's last segment, e.g. `styles`, `sharedStrings`
 * @returns the part's name, or undefined when the workbook has no such relationship
 * @example workbookRelatedPart(parts, "xl/workbook.xml", "styles") // "xl/styles.xml"
 */
export function workbookRelatedPart(
  parts: PackageParts,
  workbookPart: string,
  kind: string
): string | undefined {
  const found = readRelationships(parts, workbookPart).find(
    (r) => !r.external && isRelationshipKind(r.type, kind)
  );
  return found === undefined ? undefined : resolveTarget(workbookPart, found.target);
}

/**
 * The output layer's view of the workbook.
 * @param workbook - from {@link readPackageWorkbook}
 * @returns sheet names in tab order, defined names, tables
 */
export function packageInventory(workbook: PackageWorkbook): WorkbookInventory {
  return {
    sheetNames: workbook.sheets.map((sheet) => sheet.name),
    // Sheet-scoped names too: table names must not clash with any defined name.
    definedNames: workbook.definedNames.map(({ name, reference }) => ({ name, reference })),
    tables: workbook.tables.map(({ name, sheetName }) => ({ name, sheetName })),
  };
}
