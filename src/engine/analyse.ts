/** The configuration analysis from a workbook to results (SPEC §2–§3): orchestration of the stages. */
import { Assumptions } from "./assumptions";
import { WorkbookData } from "./cells";
import { UnusableInputError } from "./errors";
import { localAuthorityFits } from "./localAuthoritySource";
import { reportSetAsideCodes } from "./setAsideCodes";
import { MappingOverrides, PRACTICE_FIELDS, PracticeField } from "./headers";
import { locatePracticeList } from "./locatePracticeList";
import { normalisePracticeCode } from "./codes";
import { findScenariosSheet, readScenarios } from "./scenario/readScenarios";
import { keepBaselineGeometry } from "./scenario/baselineGeometry";
import { AssumptionsReading, readAssumptions } from "./readAssumptions";
import { readCcgTable } from "./readCcgTable";
import { ProgressCallback, readPracticeList } from "./readPracticeList";
import { AnalysisResult, CcgAnalysis } from "./analysis";
import { NEIGHBOUR_COUNT } from "./ccgAnalysis";
import { geographyOfGroups, practiceGeographyFields, rateGroups } from "./analyseGroups";
import { ccgTotals, groupByCcg } from "./groupByCcg";
import { checkCcgsAtOnePoint, checkListSizes } from "./plausibility";

export { NEIGHBOUR_COUNT };

/** Stages of an analysis, reported to `onStage` as each begins. */
export type AnalysisStage = "read" | "costs" | "geography" | "ratings";

/** Choices for one analysis. */
export interface AnalysisOptions {
  /** Headers the user chose for fields (task pane mapping, CLI `--map`). */
  readonly mapping?: MappingOverrides;
  /** The sheet the user chose for the practice list (task pane); otherwise it is found by its headers. */
  readonly practiceSheet?: string | null;
  /** Assumption values that win over the workbook's `Assumptions` sheet (CLI `--set`). */
  readonly assumptions?: Partial<Assumptions>;
  /** Called every 10,000 practice rows read. */
  readonly onProgress?: ProgressCallback;
  /** Called as each stage begins (for benchmarks and progress bars). */
  readonly onStage?: (stage: AnalysisStage) => void;
}

/**
 * Analyse a workbook: find and validate the practice list, CCG table and assumptions, then compute every
 * CCG's population, costs, geography, local-authority fit, membership and ratings with reasons.
 * @throws UnusableInputError when there is no practice list or no usable practice row
 */
export function analyseWorkbook(
  workbook: WorkbookData,
  options: AnalysisOptions = {}
): AnalysisResult {
  options.onStage?.("read");
  const location = locatePracticeList(workbook, options.mapping, options.practiceSheet ?? null);
  const reading = readPracticeList(location, options.onProgress);
  const findings = reading.findings;
  if (reading.practices.count === 0) {
    const first = findings.findings
      .slice(0, 3)
      .map((finding) => finding.message)
      .join(" ");
    throw new UnusableInputError(
      `sheet '${location.sheet.name}' has no usable practice rows` +
        (reading.rowsRead === 0
          ? " (nothing below the header row)"
          : ` (${reading.rowsRead} rows, none usable). ${first}`)
    );
  }
  const practices = reading.practices;
  const { codes, names, practiceCcg } = groupByCcg(practices);
  const ccgTable = readCcgTable(workbook, location.sheet.name, new Set(codes), findings);
  const assumptionsReading = readAssumptions(workbook, findings, options.assumptions);
  const assumptions = assumptionsReading.assumptions;
  checkListSizes(location, practices, assumptions, findings);
  checkCcgsAtOnePoint(practices, practiceCcg, codes, location.sheet.name, findings);

  options.onStage?.("costs");
  const totals = ccgTotals(practices, practiceCcg, codes.length);

  options.onStage?.("geography");
  const geography = geographyOfGroups(practices, practiceCcg, codes.length, assumptions.bridge_km);
  const la = localAuthorityFits(
    workbook,
    location,
    ccgTable.sheetName,
    { group: practiceCcg, localAuthority: practices.localAuthority, listSize: practices.listSize },
    codes,
    assumptions.coterminosity_margin_share,
    findings
  );

  options.onStage?.("ratings");
  const ccgs: CcgAnalysis[] = rateGroups({
    codes,
    names,
    records: codes.map((code) => ccgTable.ccgs.get(code)),
    totals,
    geography,
    laFits: la.fits,
    laSource: la.source,
    hasMember: location.mapping.columns.member !== undefined,
    assumptions,
  });

  reportSetAsideCodes(ccgs, location, findings);
  // The code sets are built only for a workbook with a Scenarios sheet.
  const scenarios =
    findScenariosSheet(workbook) === null
      ? []
      : readScenarios(
          workbook,
          new Set(practices.code.map(normalisePracticeCode)),
          new Set(codes),
          findings
        );

  const result: AnalysisResult = {
    ccgs,
    practices,
    practiceCcg,
    ...practiceGeographyFields(geography),
    dataQuality: findings.findings,
    assumptions: assumptionsReading,
    input: {
      ...describeInput(location, ccgTable.sheetName, reading.rowsRead),
      localAuthorityLookupSheet: la.lookupSheet,
    },
    totalPopulation: totals.populations.reduce((sum, value) => sum + value, 0),
    localAuthorityWeights: la.weights,
    scenarios,
  };
  if (geography.geometry !== undefined) keepBaselineGeometry(result, geography.geometry);
  return result;
}

function describeInput(
  location: ReturnType<typeof locatePracticeList>,
  ccgTableSheet: string | null,
  rowsRead: number
): AnalysisResult["input"] {
  const columns: Partial<Record<PracticeField, string>> = {};
  for (const field of PRACTICE_FIELDS) {
    const offset = location.mapping.columns[field];
    if (offset !== undefined) columns[field] = location.headers[offset] ?? "";
  }
  return {
    practiceSheet: location.sheet.name,
    headerRow: location.sheet.firstRow + location.headerIndex,
    columns,
    ageSexBands:
      columns.listSize === undefined
        ? location.mapping.ageSexBands.map((o) => location.headers[o] ?? "")
        : [],
    ccgTableSheet,
    rowsRead,
  };
}

export type { AssumptionsReading };
