/**
 * Where each output goes (SPEC §7), decided once for every renderer: our own sheet is found through
 * its ownership name (even when the user renamed it) and replaced in place; a user's sheet bearing
 * an output's name is never touched (the output goes to "<name> (2)" with one notice); table names
 * are made valid and unique (tables on sheets being replaced free their names).
 */
import {
  diversionNotice,
  findSheetName,
  freeSheetName,
  ownershipName,
  sheetNameOfReference,
  uniqueTableName,
} from "./names";
import type {
  OutputPlan,
  OutputSheetName,
  SheetContent,
  SheetPlan,
  WorkbookInventory,
} from "./sheetPlan";
import { retargetOutputReferences } from "./retargetReferences";
import { validateContents } from "./validateContent";

/**
 * The sheets our outputs occupy now, from the ownership names. A name whose sheet is gone owns
 * nothing; a sheet is claimed by one output at most.
 * @param inventory - the workbook's sheets and defined names
 * @param outputs - the outputs of interest
 * @returns output → the existing sheet (as the workbook spells it) that holds it
 * @example ownedSheets(inventory, ["CCG Summary"]).get("CCG Summary") // "Summary 2012" after a rename
 */
export function ownedSheets(
  inventory: Pick<WorkbookInventory, "sheetNames" | "definedNames">,
  outputs: readonly OutputSheetName[]
): Map<OutputSheetName, string> {
  const owned = new Map<OutputSheetName, string>();
  const claimed = new Set<string>();
  for (const output of outputs) {
    const wanted = ownershipName(output).toLowerCase();
    for (const definedName of inventory.definedNames) {
      if (definedName.name.toLowerCase() !== wanted) continue;
      const referenced = sheetNameOfReference(definedName.reference);
      const sheet =
        referenced === undefined ? undefined : findSheetName(inventory.sheetNames, referenced);
      if (sheet === undefined || claimed.has(sheet.toLowerCase())) continue;
      owned.set(output, sheet);
      claimed.add(sheet.toLowerCase());
      break;
    }
  }
  return owned;
}

/**
 * Every sheet of the workbook that holds one of our outputs, in tab order (found through any
 * ownership name, so a sheet of an output this version does not write is still known as ours).
 * @param inventory - the workbook's sheets and defined names
 * @returns sheet names
 */
export function ownedSheetNames(
  inventory: Pick<WorkbookInventory, "sheetNames" | "definedNames">
): string[] {
  const owned = new Set<string>();
  for (const definedName of inventory.definedNames) {
    if (!definedName.name.toLowerCase().startsWith("ccgfootprint_")) continue;
    const referenced = sheetNameOfReference(definedName.reference);
    const sheet =
      referenced === undefined ? undefined : findSheetName(inventory.sheetNames, referenced);
    if (sheet !== undefined) owned.add(sheet.toLowerCase());
  }
  return inventory.sheetNames.filter((name) => owned.has(name.toLowerCase()));
}

/**
 * Plans one write: checks the contents, decides each output's sheet, its ownership name and its
 * table names, and the notices for the user; formulas that refer to another output of the write by
 * its contract name are pointed at the sheet chosen for it.
 * @param contents - the outputs, in the order their new sheets are added
 * @param inventory - what the workbook holds now
 * @returns the plan every renderer translates
 * @throws OutputContentError when a content is malformed (before anything is written)
 * @example
 * const plan = planOutputs([tableSheet(summary)], { sheetNames: ["Practices"], definedNames: [], tables: [] });
 * plan.sheets[0]?.sheetName // "CCG Summary"
 */
export function planOutputs(
  contents: readonly SheetContent[],
  inventory: WorkbookInventory
): OutputPlan {
  validateContents(contents);
  const owned = ownedSheets(
    inventory,
    contents.map((content) => content.output)
  );
  const taken = [...inventory.sheetNames];
  const placed: { content: SheetContent; sheetName: string; replace: boolean }[] = [];
  const notices: string[] = [];
  for (const content of contents) {
    const ours = owned.get(content.output);
    const usersSheet = findSheetName(inventory.sheetNames, content.output);
    let sheetName: string;
    if (ours !== undefined) sheetName = ours;
    else if (findSheetName(taken, content.output) === undefined) sheetName = content.output;
    else sheetName = freeSheetName(content.output, taken);
    if (ours === undefined) taken.push(sheetName);
    // Said on every write, as long as a sheet of the user's bears the output's name.
    if (usersSheet !== undefined && usersSheet.toLowerCase() !== sheetName.toLowerCase())
      notices.push(diversionNotice(content.output, sheetName, usersSheet));
    placed.push({ content, sheetName, replace: ours !== undefined });
  }

  const replaced = new Set(placed.filter((p) => p.replace).map((p) => p.sheetName.toLowerCase()));
  const takenNames = new Set<string>([
    ...inventory.tables
      .filter((table) => !replaced.has(table.sheetName.toLowerCase()))
      .map((table) => table.name.toLowerCase()),
    ...inventory.definedNames.map((definedName) => definedName.name.toLowerCase()),
  ]);
  const sheets: SheetPlan[] = placed.map(({ content, sheetName, replace }) => ({
    ...content,
    tables: content.tables.map((table) => {
      const name = uniqueTableName(table.name, takenNames);
      takenNames.add(name.toLowerCase());
      return { ...table, name };
    }),
    sheetName,
    replace,
    ownershipName: ownershipName(content.output),
  }));
  // A formula naming another output by its contract name (the Domain Summary's `'Scoring 07L'!$B$16`)
  // follows that output to the sheet chosen for it.
  return retargetOutputReferences({ sheets, notices });
}
