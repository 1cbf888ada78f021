/**
 * The package writer (the third renderer of the sheet plan): adds our output sheets to the user's
 * .xlsx/.xlsm package as new parts, leaving every user part as it is. Only the bookkeeping parts
 * change: `[Content_Types].xml`, `workbook.xml` and its rels (new sheets, our defined names),
 * `styles.xml` (our formats appended). A re-run removes exactly the parts of our own sheets it
 * replaces. Pure and browser-safe.
 */
import { referenceToA1 } from "../output/names";
import { planOutputs } from "../output/planOutputs";
import type { OutputSheetName, SheetContent, SheetPlan } from "../output/sheetPlan";
import { isPlanFormula } from "../output/sheetPlan";
import { chartXml, drawingXml } from "./chartXml";
import {
  addRelationships,
  CONTENT_TYPES,
  editWorkbookXml,
  freeRelationshipId,
  RELATIONSHIP_TYPES,
  removeSheetParts,
  updateContentTypes,
} from "./packageEdits";
import { NEW_STYLES_XML, StyleBook } from "./styles";
import { tableXml } from "./tableXml";
import {
  PackageError,
  packageInventory,
  readPackageWorkbook,
  workbookRelatedPart,
} from "./workbookPart";
import { writtenPart } from "./deflatedPart";
import { writeWorksheetXml } from "./worksheetXml";
import type { WorksheetContent, WorksheetLinks } from "./worksheetXml";
import {
  freePartName,
  isRelationshipKind,
  partText,
  readRelationships,
  relationshipsXml,
  resolveTarget,
  setPartText,
} from "./zipPackage";
import type { PackageParts, Relationship } from "./zipPackage";
import { JAVASCRIPT_ZIP_CODEC } from "./zipWriter";
import type { PartData, ZipCodec } from "./zipWriter";

/** What {@link addOutputsToPackage} did. */
export interface PackageOutputsResult {
  /** Each output, the sheet it went to and its Excel table names, in the order given. */
  readonly written: {
    readonly output: OutputSheetName;
    readonly sheetName: string;
    readonly tableNames: readonly string[];
  }[];
  /** Plain-words messages for the user (e.g. an output diverted around a user's sheet). */
  readonly notices: string[];
}

/** A sheet to add that is not one of our outputs (the practice list of a CSV). */
export interface PlainSheet {
  readonly sheetName: string;
  readonly content: WorksheetContent;
  readonly autoFilter?: string;
}

/**
 * Writes each output to the sheet the plan gives it: our own sheet (found through its ownership
 * name) is replaced in place, keeping its tab position; other outputs are added after the
 * existing sheets.
 * @param parts - the opened package (changed in place)
 * @param contents - the outputs, in the order their new sheets should appear
 * @param codec - compression for sheets too large to hold whole (deflated as they are written)
 * @returns where each output went, and notices for the user
 * @throws OutputContentError when a content is malformed (nothing is changed then)
 * @throws PackageError when the package has no workbook part
 * @example
 * const parts = openPackage(bytes);
 * const { written } = addOutputsToPackage(parts, buildOutputContents(result));
 * const analysed = savePackage(parts);
 */
export function addOutputsToPackage(
  parts: PackageParts,
  contents: readonly SheetContent[],
  codec: ZipCodec = JAVASCRIPT_ZIP_CODEC
): PackageOutputsResult {
  const workbook = readPackageWorkbook(parts);
  const plan = planOutputs(contents, packageInventory(workbook));
  const writer = new SheetWriter(parts, workbook.workbookPart, codec);
  const replacedTables = new Set<string>();
  for (const sheet of plan.sheets) {
    if (!sheet.replace) continue;
    const existing = workbook.sheets.find(
      (s) => s.name.toLowerCase() === sheet.sheetName.toLowerCase()
    );
    if (existing?.part === undefined)
      throw new PackageError(`the part of sheet '${sheet.sheetName}' is missing`);
    for (const t of workbook.tables) if (t.sheetName === existing.name) replacedTables.add(t.part);
    for (const removed of removeSheetParts(parts, existing.part)) writer.removed.add(removed);
    writer.removeCalcChain();
  }
  writer.tableId = Math.max(
    0,
    ...workbook.tables.filter((t) => !replacedTables.has(t.part)).map((t) => t.id)
  );
  const written = plan.sheets.map((sheet) => {
    const existing = sheet.replace
      ? workbook.sheets.find((s) => s.name.toLowerCase() === sheet.sheetName.toLowerCase())
      : undefined;
    writer.writeSheet(sheet, existing?.part);
    writer.names.set(sheet.ownershipName, referenceToA1(existing?.name ?? sheet.sheetName));
    return {
      output: sheet.output,
      sheetName: existing?.name ?? sheet.sheetName,
      tableNames: sheet.tables.map((table) => table.name),
    };
  });
  writer.finish();
  return { written, notices: [...plan.notices] };
}

/**
 * Adds plain sheets (not outputs) after the existing ones, e.g. a CSV's practice list.
 * @param parts - the package (changed in place)
 * @param sheets - the sheets to add
 * @param codec - compression for sheets too large to hold whole
 */
export function addPlainSheets(
  parts: PackageParts,
  sheets: readonly PlainSheet[],
  codec: ZipCodec = JAVASCRIPT_ZIP_CODEC
): void {
  const workbook = readPackageWorkbook(parts);
  const writer = new SheetWriter(parts, workbook.workbookPart, codec);
  for (const sheet of sheets) writer.writePlainSheet(sheet);
  writer.finish();
}

/** Writes sheets' parts and collects the bookkeeping edits, applied once by {@link finish}. */
class SheetWriter {
  tableId = 0;
  readonly removed = new Set<string>();
  readonly names = new Map<string, string>();
  private readonly added = new Map<string, string>();
  private readonly newSheets: { name: string; relationshipId: string }[] = [];
  private readonly workbookRels: Relationship[] = [];
  private readonly usedWorkbookIds: Set<string>;
  private readonly styles: StyleBook;
  private readonly stylesPart: string;
  private needsCalculation = false;

  constructor(
    private readonly parts: PackageParts,
    private readonly workbookPart: string,
    private readonly codec: ZipCodec
  ) {
    const relationships = readRelationships(parts, workbookPart);
    this.usedWorkbookIds = new Set(relationships.map((r) => r.id));
    this.stylesPart = workbookRelatedPart(parts, workbookPart, "styles") ?? "xl/styles.xml";
    const stylesXml = partText(parts, this.stylesPart);
    if (stylesXml === undefined) {
      this.workbookRels.push({
        id: freeRelationshipId(this.usedWorkbookIds),
        type: RELATIONSHIP_TYPES.styles,
        target: relativeTarget(workbookPart, this.stylesPart),
        external: false,
      });
      this.added.set(this.stylesPart, CONTENT_TYPES.styles);
    }
    this.styles = new StyleBook(stylesXml ?? NEW_STYLES_XML);
  }

  /** Removes calcChain.xml (Excel rebuilds it) when a sheet with formulas is replaced. */
  removeCalcChain(): void {
    const calc = readRelationships(this.parts, this.workbookPart).find((r) =>
      isRelationshipKind(r.type, "calcChain")
    );
    if (calc === undefined) return;
    const part = resolveTarget(this.workbookPart, calc.target);
    this.parts.delete(part);
    this.removed.add(part);
    const relsName = `${this.workbookPart.replace(/[^/]*$/, "")}_rels/${this.workbookPart.replace(/^.*\//, "")}.rels`;
    const xml = partText(this.parts, relsName) ?? "";
    setPartText(
      this.parts,
      relsName,
      xml.replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*Id="${calc.id}"[^>]*/>`), "")
    );
  }

  writeSheet(sheet: SheetPlan, existingPart: string | undefined): void {
    const part = existingPart ?? this.newSheetPart(sheet.sheetName);
    const sheetRels: Relationship[] = [];
    const used = new Set<string>();
    const tableRelationshipIds = sheet.tables.map((table) => {
      const tablePart = freePartName(this.parts, "xl/tables/table", ".xml");
      this.tableId += 1;
      this.put(tablePart, tableXml(table, this.tableId, sheet.cells), CONTENT_TYPES.table);
      const id = freeRelationshipId(used);
      sheetRels.push({
        id,
        type: RELATIONSHIP_TYPES.table,
        target: relativeTarget(part, tablePart),
        external: false,
      });
      return id;
    });
    const links: WorksheetLinks = { tableRelationshipIds };
    let drawingRelationshipId: string | undefined;
    if (sheet.charts.length > 0) {
      const drawingPart = freePartName(this.parts, "xl/drawings/drawing", ".xml");
      const drawingRels: Relationship[] = [];
      const drawn = sheet.charts.map((chart, k) => {
        const chartPart = freePartName(this.parts, "xl/charts/chart", ".xml");
        this.put(chartPart, chartXml(chart, sheet.sheetName, sheet.cells), CONTENT_TYPES.chart);
        const relationshipId = `rId${k + 1}`;
        drawingRels.push({
          id: relationshipId,
          type: RELATIONSHIP_TYPES.chart,
          target: relativeTarget(drawingPart, chartPart),
          external: false,
        });
        return { chart, relationshipId };
      });
      this.put(drawingPart, drawingXml(drawn), CONTENT_TYPES.drawing);
      setPartText(this.parts, relsOf(drawingPart), relationshipsXml(drawingRels));
      drawingRelationshipId = freeRelationshipId(used);
      sheetRels.push({
        id: drawingRelationshipId,
        type: RELATIONSHIP_TYPES.drawing,
        target: relativeTarget(part, drawingPart),
        external: false,
      });
    }
    if (
      sheet.cells.some((row) =>
        row.some((cell) => isPlanFormula(cell) && (cell.result ?? null) === null)
      )
    )
      this.needsCalculation = true;
    const sheetLinks = { ...links, drawingRelationshipId };
    this.put(
      part,
      writtenPart(this.codec, (out) => writeWorksheetXml(sheet, this.styles, sheetLinks, out)),
      CONTENT_TYPES.worksheet
    );
    if (sheetRels.length > 0) setPartText(this.parts, relsOf(part), relationshipsXml(sheetRels));
  }

  writePlainSheet(sheet: PlainSheet): void {
    const part = this.newSheetPart(sheet.sheetName);
    const links: WorksheetLinks = { tableRelationshipIds: [], autoFilter: sheet.autoFilter };
    this.put(
      part,
      writtenPart(this.codec, (out) => writeWorksheetXml(sheet.content, this.styles, links, out)),
      CONTENT_TYPES.worksheet
    );
  }

  /** Applies the bookkeeping edits: styles, workbook.xml and its rels, content types. */
  finish(): void {
    setPartText(this.parts, this.stylesPart, this.styles.toXml());
    addRelationships(this.parts, this.workbookPart, this.workbookRels);
    const xml = partText(this.parts, this.workbookPart) ?? "";
    setPartText(
      this.parts,
      this.workbookPart,
      editWorkbookXml(xml, this.newSheets, this.names, this.needsCalculation)
    );
    updateContentTypes(this.parts, this.removed, this.added);
  }

  private newSheetPart(sheetName: string): string {
    const part = freePartName(this.parts, "xl/worksheets/sheet", ".xml");
    const relationshipId = freeRelationshipId(this.usedWorkbookIds);
    this.workbookRels.push({
      id: relationshipId,
      type: RELATIONSHIP_TYPES.worksheet,
      target: relativeTarget(this.workbookPart, part),
      external: false,
    });
    this.newSheets.push({ name: sheetName, relationshipId });
    this.parts.set(part, new Uint8Array(0)); // reserve the name
    return part;
  }

  private put(part: string, xml: string | PartData, contentType: string): void {
    if (typeof xml === "string") setPartText(this.parts, part, xml);
    else this.parts.set(part, xml);
    this.added.set(part, contentType);
  }
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship target from one part to another, relative (`worksheets/sheet3.xml`,
 * `../tables/table2.xml`).
 * @param fromPart - the source part
 * @param toPart - the target part
 * @returns the relative target
 */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
