/* global Excel */
/**
 * Which sheets CCG Footprint owns in the open workbook (SPEC §7), and where each output goes.
 *
 * Ownership is a workbook-scoped defined name, `ownershipName(output)`, referring to `A1` of the
 * output's sheet (the same convention as the xlsx writer), so it follows the sheet when the user
 * renames it and survives save and reopen. A name whose sheet is gone (`#REF!`) owns nothing.
 * Our own sheet is replaced in place; a user's sheet that happens to bear an output's name is never
 * touched: the output goes to "<name> (2)" (or the next free name) and the user is told.
 */
import { ownershipName } from "../../engine/output";
import type { OutputSheetName } from "../../engine/output";

/** Longest sheet name Excel allows. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** What a loaded defined name tells us. */
export interface DefinedNameInfo {
  readonly name: string;
  readonly type: string;
  readonly value: unknown;
}

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

/**
 * The sheet named in a reference such as `='Bob''s list'!$A$1` or `Sheet1!$A$1:$B$2`.
 * @param reference - a defined name's value or formula, or a range address
 * @returns the unquoted sheet name, or undefined when the reference names no sheet
 * @example sheetNameOfReference("='CCG Summary'!$A$1") // "CCG Summary"
 */
export function sheetNameOfReference(reference: string): string | undefined {
  const text = reference.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const sheetPart = text.slice(0, bang);
  if (sheetPart.startsWith("'") && sheetPart.endsWith("'") && sheetPart.length >= 2)
    return sheetPart.slice(1, -1).replace(/''/g, "'");
  return sheetPart;
}

/** Case-insensitive lookup of a sheet name, as Excel compares them. */
function findName(names: readonly string[], wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  return names.find((name) => name.toLowerCase() === lower);
}

/**
 * The sheets our outputs currently occupy, from the ownership names.
 * @param names - all workbook-scoped names (loaded with name, type, value)
 * @param sheetNames - the workbook's sheet names
 * @param outputs - the outputs of interest
 * @returns output → the existing sheet that holds it (a sheet is claimed by one output at most)
 */
export function ownedSheetsFromNames(
  names: readonly DefinedNameInfo[],
  sheetNames: readonly string[],
  outputs: readonly OutputSheetName[]
): Map<OutputSheetName, string> {
  const owned = new Map<OutputSheetName, string>();
  const claimed = new Set<string>();
  for (const output of outputs) {
    const wanted = ownershipName(output).toLowerCase();
    const item = names.find((n) => n.name.toLowerCase() === wanted);
    if (!item || item.type !== "Range" || typeof item.value !== "string") continue;
    const referenced = sheetNameOfReference(item.value);
    const sheet = referenced === undefined ? undefined : findName(sheetNames, referenced);
    if (!sheet || claimed.has(sheet.toLowerCase())) continue;
    owned.set(output, sheet);
    claimed.add(sheet.toLowerCase());
  }
  return owned;
}

/**
 * The first of "<base> (2)", "<base> (3)", … not taken (case-insensitive), cut to fit 31 characters.
 * @example freeSheetName("CCG Summary", ["CCG Summary"]) // "CCG Summary (2)"
 */
export function freeSheetName(base: string, taken: readonly string[]): string {
  for (let k = 2; ; k += 1) {
    const suffix = ` (${k})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!findName(taken, candidate)) return candidate;
  }
}

const OUTPUT_WORDS: Readonly<Record<string, string>> = {
  "CCG Summary": "the summary",
  "Practice Detail": "the practice detail",
  "Data Quality": "the data-quality list",
  Assumptions: "the assumptions",
};

/**
 * The plain-words notice for an output written beside a user's sheet of the same name.
 * @param output - the output
 * @param writtenTo - the sheet the output went to
 * @param userSheetName - the user's sheet as it is spelled in the workbook (default: the output name)
 * @example diversionNotice("CCG Summary", "CCG Summary (2)")
 * // "A sheet named 'CCG Summary' that CCG Footprint did not create was left untouched; the summary was written to 'CCG Summary (2)'."
 */
export function diversionNotice(
  output: OutputSheetName,
  writtenTo: string,
  userSheetName: string = output
): string {
  const what = OUTPUT_WORDS[output] ?? `the '${output}' output`;
  return `A sheet named '${userSheetName}' that CCG Footprint did not create was left untouched; ${what} was written to '${writtenTo}'.`;
}

/** Where one output goes. */
export interface SheetPlan {
  readonly output: OutputSheetName;
  /** The sheet to write. */
  readonly sheetName: string;
  /** True when the sheet is ours already and is replaced in place; false when it is created. */
  readonly replace: boolean;
}

/**
 * Decides the sheet of every output: our own sheet (wherever the user renamed it) is replaced;
 * otherwise the contract name when free; otherwise the next free "<name> (k)", with a notice.
 * @param outputs - outputs to write, in order
 * @param sheetNames - existing sheet names
 * @param owned - output → sheet, from {@link ownedSheetsFromNames}
 * @returns the plans and the notices for the user
 */
export function planOutputSheets(
  outputs: readonly OutputSheetName[],
  sheetNames: readonly string[],
  owned: ReadonlyMap<OutputSheetName, string>
): { plans: SheetPlan[]; notices: string[] } {
  const taken = [...sheetNames];
  const plans: SheetPlan[] = [];
  const notices: string[] = [];
  for (const output of outputs) {
    const ours = owned.get(output);
    const userSheet = findName(sheetNames, output);
    const userHasName = userSheet !== undefined && ours?.toLowerCase() !== userSheet.toLowerCase();
    let sheetName: string;
    if (ours !== undefined) {
      sheetName = ours;
    } else if (!findName(taken, output)) {
      sheetName = output;
      taken.push(sheetName);
    } else {
      sheetName = freeSheetName(output, taken);
      taken.push(sheetName);
    }
    if (userHasName && sheetName.toLowerCase() !== output.toLowerCase()) {
      notices.push(diversionNotice(output, sheetName, userSheet));
    }
    plans.push({ output, sheetName, replace: ours !== undefined });
  }
  return { plans, notices };
}

/**
 * A valid, unused Excel table name based on `wanted`: letters, digits, `_` and `.` only, starting
 * with a letter or `_`, not a cell reference like `CCG1`, unique among `taken` (case-insensitive)
 * by adding `_2`, `_3`, ….
 * @example uniqueTableName("CCGSummary", new Set(["ccgsummary"])) // "CCGSummary_2"
 */
export function uniqueTableName(wanted: string, taken: ReadonlySet<string>): string {
  let base = wanted.replace(/[^A-Za-z0-9_.]/g, "_");
  if (
    !/^[A-Za-z_]/.test(base) ||
    /^[A-Za-z]{1,3}[0-9]+$/.test(base) ||
    /^[Rr][0-9]*([Cc][0-9]*)?$/.test(base) ||
    /^[Cc][0-9]*$/.test(base)
  ) {
    base = `T_${base}`;
  }
  base = base.slice(0, 250);
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k += 1) {
    const candidate = `${base}_${k}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
