/** The task pane's state as plain data, and the pure steps that derive one state from another. */
/* global File */
import type { RatingChange } from "./ratingChanges";
import type { AnalysisResult } from "../../engine/analysis";
import type { WorkbookData } from "../../engine/cells";
import type { OutputSheetName } from "../../output/report/outputTable";
import type { AssumptionKey } from "../../engine/assumptions";
import type { PracticeField } from "../../engine/headers";
import type { AnalysisProgress } from "./analyser";
import type { AssumptionEdits, CheckedAssumptions } from "./assumptionEdits";
import { CcgColumnId, CcgFilter, CcgSort, DEFAULT_SORT, NO_FILTER } from "./ccgTable";
import type { InputDiscovery, MappingChoices } from "./discovery";

/** The pane's sections; each shows its own messages. */
export type PaneSection = "input" | "assumptions" | "results" | "write" | "scoring" | "scenario";

/** A message shown in a section's message bar. */
export interface PaneMessage {
  readonly section: PaneSection;
  readonly intent: "error" | "warning" | "success" | "info";
  readonly text: string;
  /** Further lines (notices), shown as a list under the text. */
  readonly details?: readonly string[];
  /** Shown while its cause lasts, without a dismiss button. */
  readonly persistent?: boolean;
}

/** Every output sheet the pane can write, in order. */
export const WRITABLE_SHEETS: readonly OutputSheetName[] = [
  "CCG Summary",
  "Practice Detail",
  "Data Quality",
  "Assumptions",
  "Sensitivity",
];

/** The whole state of the pane. */
export interface PaneState {
  /** Reading the workbook (Excel) or the picked file (preview). */
  readonly reading: boolean;
  /** The picked file's name (preview mode). */
  readonly fileName: string | null;
  readonly workbook: WorkbookData | null;
  readonly choices: MappingChoices;
  /** The sheet the user chose for the practice list; null: found by its headers. */
  readonly practiceSheet: string | null;
  readonly discovery: InputDiscovery | null;
  readonly edits: AssumptionEdits;
  readonly analysing: boolean;
  readonly progress: AnalysisProgress | null;
  readonly result: AnalysisResult | null;
  /** CCGs whose rating moved at the last re-analysis (null after the first analysis). */
  readonly ratingChanges: readonly RatingChange[] | null;
  /** The mapping and assumptions the result was computed with (see {@link settingsKey}). */
  readonly resultSettings: string | null;
  readonly selectedCcg: string | null;
  readonly sort: CcgSort;
  readonly filter: CcgFilter;
  readonly sheetsToWrite: readonly OutputSheetName[];
  readonly writing: boolean;
  readonly savingAssumptions: boolean;
  /** The analysed workbook ready to download (preview mode): an object URL. */
  readonly download: { readonly url: string; readonly fileName: string } | null;
  readonly messages: readonly PaneMessage[];
}

/** The state when the pane opens. */
export const INITIAL_STATE: PaneState = {
  reading: false,
  fileName: null,
  workbook: null,
  choices: {},
  practiceSheet: null,
  discovery: null,
  edits: {},
  analysing: false,
  progress: null,
  result: null,
  ratingChanges: null,
  resultSettings: null,
  selectedCcg: null,
  sort: DEFAULT_SORT,
  filter: NO_FILTER,
  sheetsToWrite: WRITABLE_SHEETS,
  writing: false,
  savingAssumptions: false,
  download: null,
  messages: [],
};

/**
 * A fingerprint of the settings an analysis depends on (the mapping choices and the assumption values in
 * force), to tell when results are out of date.
 * @example settingsKey({ listSize: "Patients" }, DEFAULT_ASSUMPTIONS)
 */
export function settingsKey(
  choices: MappingChoices,
  overrides: object,
  practiceSheet: string | null = null
): string {
  const sorted = (value: object) =>
    Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify([sorted(choices), sorted(overrides), practiceSheet]);
}

/**
 * The messages with those of a section replaced.
 * @param messages - the current messages
 * @param section - the section whose messages go
 * @param added - its new messages
 */
export function replaceMessages(
  messages: readonly PaneMessage[],
  section: PaneSection,
  ...added: PaneMessage[]
): PaneMessage[] {
  return [...messages.filter((message) => message.section !== section), ...added];
}

/**
 * "A, B and C".
 * @example listInWords(["'CCG Summary'", "'Data Quality'"]) // "'CCG Summary' and 'Data Quality'"
 */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** What the components can ask for. */
export interface PaneActions {
  /** Excel: read (again) the open workbook. */
  readWorkbook(): Promise<void>;
  /** Preview: read a picked file. */
  openFile(file: File): Promise<void>;
  /** Choose the header for a field (null: no column). */
  chooseHeader(field: PracticeField, header: string | null): void;
  /** Choose the sheet holding the practice list (null: find it by its headers); the column choices go. */
  chooseSheet(sheet: string | null): void;
  /** Back to the sheet and headers recognised automatically. */
  resetMapping(): void;
  editAssumption(key: AssumptionKey, text: string): void;
  resetAssumptions(): void;
  /** Write the editor's values to the workbook's Assumptions sheet (preview: into the download). */
  saveAssumptions(): Promise<void>;
  analyse(): Promise<void>;
  /** Rate codes that are not CCGs (`include_non_ccg` 1) or leave them out of the ratings (0), and analyse again. */
  includeNonCcg(include: boolean): Promise<void>;
  selectCcg(code: string | null): void;
  sortBy(column: CcgColumnId): void;
  setFilter(filter: Partial<CcgFilter>): void;
  setSheetToWrite(sheet: OutputSheetName, wanted: boolean): void;
  writeSheets(): Promise<void>;
  /** Preview: prepare the download again (after another section wrote into the workbook). */
  refreshDownload(): Promise<void>;
  dismissMessage(message: PaneMessage): void;
}

/** The state, what is derived from it, and the actions. */
export interface Pane {
  readonly state: PaneState;
  readonly assumptions: CheckedAssumptions;
  /** True when the mapping or assumptions changed since the results were computed. */
  readonly resultsOutOfDate: boolean;
  readonly actions: PaneActions;
}
