/** Authorisation scoring of a whole workbook after its configuration analysis (SPEC §4). */
import { AnalysisResult } from "../analysis";
import { WorkbookData } from "../cells";
import { FindingList } from "../dataQuality";
import { DataQualityFinding } from "../types";
import { CriteriaReading, readCriteria } from "./readCriteria";
import { readScoringSheets } from "./existingScoring";
import { ScoredCcg, ScoringSelection, scoreCcg, selectScoredCcgs } from "./scoreCcgs";

/** The scoring of a workbook. */
export interface WorkbookScoring {
  readonly criteria: CriteriaReading;
  /** Scored CCGs in code order. */
  readonly ccgs: readonly ScoredCcg[];
  /** Problems in the `Criteria` sheet and earlier scoring sheets (rows of Data Quality). */
  readonly dataQuality: readonly DataQualityFinding[];
}

/**
 * Score the selected CCGs of an analysed workbook, plus every CCG that already has a scoring sheet,
 * carrying the user's edits of those sheets over (see `scoringRows`). Criteria come from the
 * workbook's `Criteria` sheet, or the default list; thresholds and £ per head from the analysis's
 * assumptions.
 * @param workbook the workbook as read (earlier scoring sheets included)
 * @param analysis its analysis
 * @param selection the CCGs to score
 * @returns the scored CCGs and the findings for Data Quality
 * @throws Error naming a selected code that is not in the analysis
 * @example scoreWorkbook(workbook, analyseWorkbook(workbook), "flagged").ccgs.map((c) => c.assessment.outcome)
 */
export function scoreWorkbook(
  workbook: WorkbookData,
  analysis: AnalysisResult,
  selection: ScoringSelection
): WorkbookScoring {
  const findings = new FindingList();
  const existing = readScoringSheets(workbook);
  const selected = selectScoredCcgs(analysis, selection, existing, findings);
  if (selected.length === 0)
    return {
      criteria: { criteria: [], sheetName: null },
      ccgs: [],
      dataQuality: findings.findings,
    };
  const criteria = readCriteria(workbook, findings);
  const assumptions = analysis.assumptions.assumptions;
  const thresholds = {
    directionsNotMetShare: assumptions.directions_not_met_share,
    refuseNotMetShare: assumptions.refuse_not_met_share,
  };
  const ccgs = selected.map((ccg) =>
    scoreCcg(ccg, {
      criteria: criteria.criteria,
      thresholds,
      rcaPerHead: assumptions.rca_per_head,
      existing: existing.get(ccg.code) ?? null,
      findings,
    })
  );
  return { criteria, ccgs, dataQuality: findings.findings };
}
