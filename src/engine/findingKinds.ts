/**
 * The kinds of data-quality finding (SPEC §2.4): a stable name per kind of problem, so findings can be
 * grouped and counted ("352 practices have no coordinates") without reading their messages.
 */
import { formatCount, plural } from "./format";
import type { DataQualityFinding } from "./types";

/** How each kind of finding is summed up: its count and the distinct values the findings name. */
const SUMMARIES = {
  // The practice list.
  practiceCodeMissing: (n: number) => `${have(n, "row")} no usable practice code (left out)`,
  practiceRepeated: (n: number) =>
    `${plural(n, "row")} ${n === 1 ? "repeats" : "repeat"} an earlier practice (left out)`,
  practiceCodeUnusual: (n: number, values: readonly string[]) =>
    `${are(n, "practice code")} not like A81001 (still analysed)${listed(values)}`,
  ccgCodeMissing: (n: number) => `${have(n, "practice")} no usable CCG code (left out)`,
  notCcgCodeOnPractice: (n: number, values: readonly string[]) =>
    `${are(n, "practice")} under codes that are not CCG codes${listed(values)}`,
  listSizeUnusable: (n: number) => `${have(n, "practice")} no usable list size (left out)`,
  listSizeImplausible: (n: number) => `${are(n, "list size")} above list_size_max (still counted)`,
  memberUnreadable: (n: number) =>
    `${have(n, "practice")} no usable member value (treated as not signed up)`,
  textUnreadable: (n: number) => `${are(n, "text cell")} not readable (treated as blank)`,
  forbiddenCharacters: (n: number) =>
    `${have(n, "cell")} characters a workbook cannot store (removed)`,
  noCoordinates: (n: number) => `${have(n, "practice")} no coordinates (left out of the geography)`,
  coordinatesUnreadable: (n: number) =>
    `${are(n, "coordinate")} not usable as numbers (left out of the geography)`,
  coordinatesOutside: (n: number) =>
    `${are(n, "position")} outside Great Britain, at sea or in the wrong units (left out of the geography)`,
  ccgAtOnePoint: (n: number, values: readonly string[]) =>
    `${have(n, "CCG")} every located practice at one point${listed(values)}`,
  notCcg: (n: number, values: readonly string[]) =>
    `${are(n, "code")} not ${n === 1 ? "a CCG code" : "CCG codes"}${listed(values)}`,
  // The CCG table.
  ccgTableCodeMissing: (n: number) => `${have(n, "CCG table row")} no usable code (ignored)`,
  ccgTableRepeated: (n: number, values: readonly string[]) =>
    `${are(n, "CCG")} twice in the CCG table (the later row is ignored)${listed(values)}`,
  ccgTableUnknownCcg: (n: number, values: readonly string[]) =>
    `${are(n, "CCG")} in the CCG table without practices${listed(values)}`,
  ccgTableValueUnusable: (n: number) =>
    `${are(n, "CCG table value")} not usable (the default is used)`,
  ccgTableArrangementUnreadable: (n: number) =>
    `${are(n, "collaborative arrangement")} not readable (treated as none)`,
  // The local-authority lookup.
  lookupRowUnusable: (n: number) => `${are(n, "local-authority lookup row")} not usable (left out)`,
  // The assumptions.
  assumptionsSheetUnreadable: (n: number) =>
    `${have(n, "Assumptions sheet")} no Key and Value headers (the defaults are used)`,
  assumptionUnknown: (n: number, values: readonly string[]) =>
    `${are(n, "assumption")} unknown (ignored)${listed(values)}`,
  assumptionRepeated: (n: number, values: readonly string[]) =>
    `${are(n, "assumption")} set twice (the first is used)${listed(values)}`,
  assumptionInvalid: (n: number) =>
    `${are(n, "assumption value")} not usable (the default is used)`,
  assumptionsInconsistent: (n: number) =>
    `${plural(n, "pair")} of assumptions ${n === 1 ? "is" : "are"} out of order`,
  // Authorisation scoring.
  criteriaSheetUnusable: (n: number) =>
    `${are(n, "criteria sheet")} not usable (the default criteria are used)`,
  criterionUnusable: (n: number) => `${are(n, "criterion", "criteria")} not usable (left out)`,
  criterionRetired: (n: number, values: readonly string[]) =>
    `${are(n, "criterion", "criteria")} no longer in the criteria list (kept)${listed(values)}`,
  scoringSheetOrphan: (n: number, values: readonly string[]) =>
    `${are(n, "scoring sheet")} for CCGs not in the practice list (left as they are)${listed(values)}`,
  scoringThresholdKept: (n: number) =>
    `${are(n, "threshold cell")} on scoring sheets set apart from the assumptions (kept)`,
  scoringThresholdUnusable: (n: number) =>
    `${are(n, "threshold cell")} on scoring sheets not a share (written from the assumptions)`,
  scoringThresholdsInverted: (n: number) =>
    `${have(n, "scoring sheet")} a directions share above the refusal share (kept)`,
  // Scenarios (issue #12).
  scenarioNameRepeated: (n: number, values: readonly string[]) =>
    `${are(n, "scenario name")} used twice in Scenarios (the later column is ignored)${listed(values)}`,
  scenarioPracticeUnknown: (n: number, values: readonly string[]) =>
    `${are(n, "practice")} in Scenarios not in the practice list (ignored)${listed(values)}`,
  scenarioCcgCodeUnusable: (n: number, values: readonly string[]) =>
    `${are(n, "proposed CCG code")} in Scenarios not usable (the practice stays where it is)${listed(values)}`,
  scenarioNewCcg: (n: number, values: readonly string[]) =>
    `${are(n, "proposed CCG code")} in Scenarios new (modelled as new CCGs)${listed(values)}`,
} satisfies Record<string, (count: number, values: readonly string[]) => string>;

/** A kind of data-quality finding, e.g. `noCoordinates` or `notCcg`. */
export type FindingKind = keyof typeof SUMMARIES;

/** Every kind, in the order above (the practice list first). */
export const FINDING_KINDS = Object.keys(SUMMARIES) as FindingKind[];

/** How many of a group's values a summary names before "and N more". */
export const VALUES_NAMED = 8;

/** "1 practice has", "352 practices have". */
function have(n: number, noun: string): string {
  return `${plural(n, noun)} ${n === 1 ? "has" : "have"}`;
}

/** "1 code is", "4 codes are". */
function are(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${plural(n, noun, pluralNoun)} ${n === 1 ? "is" : "are"}`;
}

function listed(values: readonly string[]): string {
  if (values.length === 0) return "";
  const named = values.slice(0, VALUES_NAMED).join(", ");
  const more = values.length - VALUES_NAMED;
  return more > 0 ? `: ${named} and ${formatCount(more)} more` : `: ${named}`;
}

/**
 * One sentence for a group of findings of one kind.
 * @param kind the findings' kind
 * @param count how many findings
 * @param values the distinct non-blank values they name, in order (named up to {@link VALUES_NAMED})
 * @example findingKindSummary("noCoordinates", 352, []) // "352 practices have no coordinates (left out of the geography)"
 * @example findingKindSummary("notCcg", 4, ["Q59", "112", "114", "RY6"]) // "4 codes are not CCG codes: Q59, 112, 114, RY6"
 */
export function findingKindSummary(
  kind: FindingKind,
  count: number,
  values: readonly string[]
): string {
  return SUMMARIES[kind](count, values);
}

/** Findings of one kind, summed up in one sentence. */
export interface FindingGroup {
  readonly kind: FindingKind;
  /** `error` when any finding of the group is an error. */
  readonly severity: "error" | "warning";
  /** E.g. "352 practices have no coordinates (left out of the geography)". */
  readonly summary: string;
  readonly findings: readonly DataQualityFinding[];
}

/**
 * Groups findings by kind: groups with errors first, then by size (largest first), ties in the order their
 * first finding came; within a group, findings keep their order.
 * @param findings the analysis's findings
 * @returns one group per kind present
 * @example groupFindingsByKind(result.dataQuality)[0]?.summary // "352 practices have no coordinates (left out of the geography)"
 */
export function groupFindingsByKind(findings: readonly DataQualityFinding[]): FindingGroup[] {
  const byKind = new Map<FindingKind, DataQualityFinding[]>();
  for (const finding of findings) {
    const group = byKind.get(finding.kind);
    if (group === undefined) byKind.set(finding.kind, [finding]);
    else group.push(finding);
  }
  const groups = [...byKind].map(([kind, members]): FindingGroup => {
    const values = [...new Set(members.map((f) => f.value.trim()).filter((v) => v !== ""))];
    return {
      kind,
      severity: members.some((f) => f.severity === "error") ? "error" : "warning",
      summary: findingKindSummary(kind, members.length, values),
      findings: members,
    };
  });
  const rank = (group: FindingGroup) => (group.severity === "error" ? 0 : 1);
  // Array.prototype.sort is stable: equal groups stay in first-seen order.
  return groups.sort((a, b) => rank(a) - rank(b) || b.findings.length - a.findings.length);
}
