/* global Excel */
/**
 * What the output layer needs to know about the open workbook, read through Office.js. The rules
 * (which sheet is ours, where an output goes) are in src/output/planOutputs.ts.
 */
import type { WorkbookInventory } from "../../output/sheetPlan";

/**
 * Queues the load of every workbook-scoped name (name, type, value) for the next sync.
 * @param context - the request context
 * @returns the collection; read `items` after the sync
 */
export function queueNamesLoad(context: Excel.RequestContext): Excel.NamedItemCollection {
  const names = context.workbook.names;
  names.load("items/name, items/type, items/value");
  return names;
}

/** What a loaded defined name tells us. */
export interface DefinedNameInfo {
  readonly name: string;
  readonly type: string;
  readonly value: unknown;
}

/**
 * The defined names of an inventory from loaded names. A name that refers to no range (e.g.
 * `#REF!` once its sheet was deleted) keeps its name (it still takes a table name) but refers to
 * nothing.
 * @param names - the loaded names
 * @returns the inventory's `definedNames`
 */
export function definedNamesOf(
  names: readonly DefinedNameInfo[]
): WorkbookInventory["definedNames"] {
  return names.map((n) => ({
    name: n.name,
    reference: n.type === "Range" && typeof n.value === "string" ? n.value : "",
  }));
}
