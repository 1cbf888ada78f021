/**
 * Scoring CCGs: each criterion's row (the user's edits from an earlier sheet kept, untouched values
 * refreshed from the analysis), then the domain ratings and outcome of those rows (SPEC §4, §7).
 */
import { AnalysisResult, CcgAnalysis } from "../analysis";
import { FindingList } from "../dataQuality";
import { Rating } from "../types";
import { Criterion } from "./criteria";
import { LAST_DOMAIN } from "./domain";
import { DomainRating } from "./domainRating";
import { carriedThresholds, thresholdsAsFormulasRead } from "./carryThresholds";
import { ExistingCriterionRow, ExistingScoringSheet } from "./existingScoring";
import {
  AuthorisationAssessment,
  OutcomeThresholds,
  ScoredCriterion,
  assessAuthorisation,
} from "./outcome";
import { CriterionPrefill, prefillCriteria } from "./prefill";
import { readCriterionStatus } from "./status";

/** The values of one criterion's row as the tool writes them. */
export interface ScoringRowValues {
  readonly status: string;
  readonly support: string;
  readonly evidence: string;
}

/** One row of a scoring sheet's criteria table. */
export interface ScoringRow extends ScoringRowValues {
  readonly domain: number;
  readonly id: string;
  readonly text: string;
  readonly critical: boolean;
  /** What the tool would write now (the hidden record the next run compares with). */
  readonly written: ScoringRowValues;
  /** A criterion no longer in the list, kept at the bottom with the user's values. */
  readonly removed: boolean;
}

/** One scored CCG: what its scoring sheet shows. */
export interface ScoredCcg {
  readonly code: string;
  readonly name: string | null;
  readonly population: number;
  readonly headroom: number;
  readonly configurationRating: Rating;
  readonly reasons: readonly string[];
  /** The sheet's `Directions share` and `Refusal share` cells: the user's where kept, else the assumptions. */
  readonly thresholds: OutcomeThresholds;
  /** The assumptions' thresholds (the hidden record the next run compares the cells with). */
  readonly writtenThresholds: OutcomeThresholds;
  readonly rows: readonly ScoringRow[];
  /** The engine's reading of the rows (what the sheet's formulas show). */
  readonly assessment: AuthorisationAssessment;
  /** Domains 1–6 in order; null for a domain without criteria. */
  readonly domainRatings: readonly (DomainRating | null)[];
  /** The earlier sheet whose edits were carried over, if any. */
  readonly previousSheet: string | null;
}

const FIELDS = ["status", "support", "evidence"] as const;

function toolValues(prefill: CriterionPrefill | undefined): ScoringRowValues {
  return {
    status: prefill?.status ?? "Not assessed",
    support: "",
    evidence: prefill?.evidence ?? "",
  };
}

/** The user's value where it differs from what the tool wrote last time; otherwise the tool's new value. */
function carriedOver(tool: ScoringRowValues, old: ExistingCriterionRow): ScoringRowValues {
  const values = { ...tool };
  for (const field of FIELDS) {
    const edited = old.written === null || old[field] !== old.written[field];
    if (edited) values[field] = old[field];
  }
  return values;
}

/**
 * The criteria rows of one CCG's scoring sheet: every criterion in list order, each with the user's
 * status, support and evidence from the earlier sheet where the user changed them (by id, ignoring
 * case), the analysis's prefill otherwise; then the earlier sheet's criteria that are no longer in the
 * list, kept with a warning.
 * @param criteria the criteria in force
 * @param prefills the analysis's statuses and evidence by criterion id
 * @param existing the CCG's earlier scoring sheet, or null
 * @param findings where the warnings about removed criteria go
 * @returns the rows in sheet order
 */
export function scoringRows(
  criteria: readonly Criterion[],
  prefills: ReadonlyMap<string, CriterionPrefill>,
  existing: ExistingScoringSheet | null,
  findings: FindingList
): ScoringRow[] {
  const oldById = new Map((existing?.rows ?? []).map((row) => [row.id.toUpperCase(), row]));
  const rows: ScoringRow[] = criteria.map((criterion) => {
    const tool = toolValues(prefills.get(criterion.id));
    const old = oldById.get(criterion.id.toUpperCase());
    oldById.delete(criterion.id.toUpperCase());
    const values = old === undefined ? tool : carriedOver(tool, old);
    return { ...criterion, ...values, written: tool, removed: false };
  });
  for (const old of oldById.values()) {
    if (existing === null || old.domain === null) continue;
    findings.warning(
      "criterionRetired",
      existing.sheetName,
      null,
      "Id",
      old.id,
      `Criterion ${old.id} on '${existing.sheetName}' is no longer in the criteria list; it is kept at the bottom of the sheet with its status, and still counts until you delete its row`
    );
    rows.push({
      domain: old.domain,
      id: old.id,
      text: old.text,
      critical: /^(y|yes|true|1)$/i.test(old.critical),
      status: old.status,
      support: old.support,
      evidence: old.evidence,
      written: old.written ?? { status: old.status, support: old.support, evidence: old.evidence },
      removed: true,
    });
  }
  return rows;
}

/**
 * The criteria as the outcome rules read them: a status the rules do not know (typed outside the
 * dropdown) counts as Not assessed, as the sheet's formulas count it.
 */
export function scoredCriteria(rows: readonly ScoringRow[]): ScoredCriterion[] {
  return rows.map((row) => {
    const reading = readCriterionStatus(row.status);
    return {
      domain: row.domain,
      id: row.id,
      critical: row.critical,
      status: reading.kind === "value" ? reading.value : "Not assessed",
    };
  });
}

/**
 * Domains 1–6 in order, each its rating or null when it has no criteria.
 * @param assessment an assessment
 * @returns six ratings
 */
export function sixDomainRatings(assessment: AuthorisationAssessment): (DomainRating | null)[] {
  return Array.from(
    { length: LAST_DOMAIN },
    (_, index) => assessment.domains.find((d) => d.domain === index + 1)?.rating ?? null
  );
}

/**
 * Score one CCG: its rows (see {@link scoringRows}), its threshold cells (see
 * {@link carriedThresholds}) and the assessment the sheet's formulas show with them.
 * @param ccg the CCG's analysis
 * @param options criteria, the assumptions' thresholds, £ per head, the earlier sheet and the findings list
 * @returns what its scoring sheet shows
 */
export function scoreCcg(
  ccg: CcgAnalysis,
  options: {
    readonly criteria: readonly Criterion[];
    readonly thresholds: OutcomeThresholds;
    readonly rcaPerHead: number;
    readonly existing: ExistingScoringSheet | null;
    readonly findings: FindingList;
  }
): ScoredCcg {
  const prefills = prefillCriteria(ccg, options.rcaPerHead);
  const rows = scoringRows(options.criteria, prefills, options.existing, options.findings);
  const thresholds = carriedThresholds(options.thresholds, options.existing, options.findings);
  const assessment = assessAuthorisation(scoredCriteria(rows), {
    configurationRating: ccg.rating,
    thresholds: thresholdsAsFormulasRead(thresholds),
  });
  return {
    code: ccg.code,
    name: ccg.name,
    population: ccg.population,
    headroom: ccg.headroom,
    configurationRating: ccg.rating,
    reasons: ccg.reasons,
    thresholds,
    writtenThresholds: options.thresholds,
    rows,
    assessment,
    domainRatings: sixDomainRatings(assessment),
    previousSheet: options.existing?.sheetName ?? null,
  };
}

/** Which CCGs to score: their codes, `flagged` (configuration RED or AMBER), `all` or `none`. */
export type ScoringSelection = "all" | "flagged" | "none" | readonly string[];

/**
 * The codes to score, in code order: the selection (`all` and `flagged` take only rated CCGs, not
 * codes set apart as another kind of organisation), plus every CCG that already has a scoring sheet
 * (a re-run refreshes it). An earlier sheet for a code not in the analysis is left as it is, with a
 * warning.
 * @param analysis the analysis
 * @param selection what the user asked for
 * @param existing earlier scoring sheets by code
 * @param findings where the warnings go
 * @returns the CCGs to score
 * @throws Error naming a selected code that is not in the analysis
 */
export function selectScoredCcgs(
  analysis: AnalysisResult,
  selection: ScoringSelection,
  existing: ReadonlyMap<string, ExistingScoringSheet>,
  findings: FindingList
): CcgAnalysis[] {
  const byCode = new Map(analysis.ccgs.map((ccg) => [ccg.code, ccg]));
  const wanted = new Set<string>();
  // `all` and `flagged` mean the rated CCGs: codes set apart as not CCGs (area teams…) only by name.
  const rated = analysis.ccgs.filter((ccg) => ccg.rated);
  if (selection === "all") rated.forEach((ccg) => wanted.add(ccg.code));
  else if (selection === "flagged") {
    rated.filter((ccg) => ccg.rating !== "GREEN").forEach((ccg) => wanted.add(ccg.code));
  } else if (selection !== "none") {
    for (const asked of selection) {
      const code = asked.trim().toUpperCase();
      if (!byCode.has(code)) throw new Error(`CCG code '${asked}' is not in the practice list`);
      wanted.add(code);
    }
  }
  for (const sheet of existing.values()) {
    if (byCode.has(sheet.code)) wanted.add(sheet.code);
    else {
      findings.warning(
        "scoringSheetOrphan",
        sheet.sheetName,
        null,
        null,
        sheet.code,
        `Scoring sheet '${sheet.sheetName}' is for CCG ${sheet.code}, which is not in the practice list; it was left as it is`
      );
    }
  }
  return analysis.ccgs.filter((ccg) => wanted.has(ccg.code));
}
