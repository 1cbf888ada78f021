/** The configuration analysis from a workbook to results (SPEC §2–§3). */
import { Assumptions } from "./assumptions";
import { WorkbookData } from "./cells";
import { UnusableInputError } from "./errors";
import { breakEvenPopulation, perHead } from "./finance";
import { analyseGeography, createGeographyWork, geographyOutputBytes } from "./geo/coherence";
import type { WorkArrays } from "./geo/workArrays";
import { GeographyResult, PackedPractices } from "./geo/types";
import { councilAreaOf, rateGeography, rateLocalAuthority } from "./geographyRating";
import { countEmbeddedPractices, EmbeddedCounts } from "./embeddedPractices";
import { localAuthorityFits } from "./localAuthoritySource";
import { isRated, organisationKind } from "./organisationKind";
import { reportSetAsideCodes, setAsideReason } from "./setAsideCodes";
import { MappingOverrides, PRACTICE_FIELDS, PracticeField } from "./headers";
import { locatePracticeList } from "./locatePracticeList";
import { AssumptionsReading, readAssumptions } from "./readAssumptions";
import { readCcgTable } from "./readCcgTable";
import { ProgressCallback, practiceRowCapacity, readPracticeList } from "./readPracticeList";
import { configurationRating, rateFinance, rateMembership, rateSize } from "./ratings";
import { AnalysisResult, CcgAnalysis, CcgGeographyFigures } from "./analysis";
import { PracticeTable, practiceTableBytes } from "./practiceTable";
import { arenaBytes, TypedArena } from "./typedArena";
import { CcgRecord, ComponentAssessment, ComponentName } from "./types";

/** Neighbours used for purity and embedded practices (SPEC §3.2). */
export const NEIGHBOUR_COUNT = 6;

/** Stages of an analysis, reported to `onStage` as each begins. */
export type AnalysisStage = "read" | "costs" | "geography" | "ratings";

/** Choices for one analysis. */
export interface AnalysisOptions {
  /** Headers the user chose for fields (task pane mapping, CLI `--map`). */
  readonly mapping?: MappingOverrides;
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
  const location = locatePracticeList(workbook, options.mapping);
  // Every per-practice result in one allocation (typedArena.ts): the table's columns, each practice's
  // CCG and packed position, and its geography.
  const capacity = practiceRowCapacity(location);
  const outputs = new TypedArena(
    practiceTableBytes(capacity) +
      arenaBytes(4 * capacity, 4 * capacity) +
      geographyOutputBytes(capacity)
  );
  // The geography's scratch too, now rather than at the geography stage: reading the rows makes the
  // small objects that let V8 collect garbage a step at a time, so the collection a large allocation
  // starts costs a few milliseconds here instead of a pause of 150-200 ms later (on a million
  // practices). It is sized for every row (pages never written cost no memory), and lent to the
  // repeated-code check while the rows are read.
  const work = createGeographyWork(capacity, capacity, outputs, packedPointBytes(capacity));
  const reading = readPracticeList(location, options.onProgress, outputs, work.buffer);
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
  const { codes, names, practiceCcg } = groupByCcg(practices, outputs);
  const ccgTable = readCcgTable(workbook, location.sheet.name, new Set(codes), findings);
  const assumptionsReading = readAssumptions(workbook, findings, options.assumptions);
  const assumptions = assumptionsReading.assumptions;

  options.onStage?.("costs");
  const populations = new Float64Array(codes.length);
  const practiceCounts = new Int32Array(codes.length);
  const memberPopulations = new Float64Array(codes.length);
  for (let index = 0; index < practices.count; index++) {
    const group = practiceCcg[index] as number;
    const listSize = practices.listSize[index] as number;
    populations[group] = (populations[group] as number) + listSize;
    practiceCounts[group] = (practiceCounts[group] as number) + 1;
    if (practices.member?.[index] === 1)
      memberPopulations[group] = (memberPopulations[group] as number) + listSize;
  }

  options.onStage?.("geography");
  const packed = packPractices(practices, practiceCcg, codes.length, outputs, work);
  const geography = analyseGeography(
    packed.points,
    { bridgeKm: assumptions.bridge_km, neighbourCount: NEIGHBOUR_COUNT },
    work
  );
  const la = localAuthorityFits(
    workbook,
    location,
    ccgTable.sheetName,
    { group: practiceCcg, localAuthority: practices.localAuthority, listSize: practices.listSize },
    codes,
    assumptions.coterminosity_margin_share,
    findings
  );
  const laFits = la.fits;
  const hasLocalAuthority = la.source !== null;
  const hasMember = location.mapping.columns.member !== undefined;
  const embedded = countEmbeddedPractices(packed.points, geography.practices);
  const kinds = codes.map((code) => organisationKind(code, ccgTable.ccgs.get(code)?.kind ?? null));

  options.onStage?.("ratings");
  const ccgs: CcgAnalysis[] = codes.map((code, group) => {
    const record = ccgTable.ccgs.get(code);
    const population = populations[group] ?? 0;
    const memberShare = hasMember
      ? population > 0
        ? (memberPopulations[group] ?? 0) / population
        : 1
      : null;
    const figures = geographyFigures(geography, embedded, group, codes);
    const laFit = laFits[group] ?? null;
    return buildCcg({
      code,
      kind: kinds[group] ?? "CCG",
      name: record?.name ?? names[group] ?? null,
      record,
      practices: practiceCounts[group] ?? 0,
      population,
      practicesWithCoordinates: packed.countByGroup[group] ?? 0,
      figures,
      laFit,
      hasLocalAuthority,
      laSource: la.source ?? "column",
      memberShare,
      assumptions,
    });
  });

  reportSetAsideCodes(ccgs, location, findings);

  return {
    ccgs,
    practices,
    practiceCcg,
    practiceGeographyIndex: packed.indexOfPractice,
    practiceGeography: geography.practices,
    dataQuality: findings.findings,
    assumptions: assumptionsReading,
    input: {
      ...describeInput(location, ccgTable.sheetName, reading.rowsRead),
      localAuthorityLookupSheet: la.lookupSheet,
    },
    totalPopulation: populations.reduce((sum, value) => sum + value, 0),
  };
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

/** CCG codes in code order, the first CCG name seen for each, and each practice's CCG index. */
function groupByCcg(
  practices: PracticeTable,
  outputs: TypedArena
): {
  codes: string[];
  names: (string | null)[];
  practiceCcg: Int32Array;
} {
  // Lists usually run CCG by CCG: a practice of the same CCG as the one before needs no lookup.
  const { ccgCode, ccgName } = practices;
  const nameByCode = new Map<string, string | null>();
  let lastCode: string | null = null;
  let lastName: string | null = null;
  for (let index = 0; index < practices.count; index++) {
    const code = ccgCode[index] as string;
    const name = ccgName?.[index] ?? null;
    if (code === lastCode && (lastName !== null || name === null)) continue;
    const known = nameByCode.get(code);
    lastName = known === undefined || (known === null && name !== null) ? name : known;
    if (lastName !== known) nameByCode.set(code, lastName);
    lastCode = code;
  }
  const codes = [...nameByCode.keys()].sort();
  const indexByCode = new Map(codes.map((code, index) => [code, index]));
  const practiceCcg = outputs.int32(practices.count);
  let lastIndex = 0;
  lastCode = null;
  for (let index = 0; index < practices.count; index++) {
    const code = ccgCode[index] as string;
    if (code !== lastCode) {
      lastIndex = indexByCode.get(code) ?? 0;
      lastCode = code;
    }
    practiceCcg[index] = lastIndex;
  }
  return { codes, names: codes.map((code) => nameByCode.get(code) ?? null), practiceCcg };
}

/**
 * Practices with usable coordinates packed into flat arrays, once (STYLE: pack points at the boundary). When
 * every practice has coordinates, the table's own columns are the points; otherwise the points are
 * copied into the geography's scratch ({@link packedPointBytes}), dropped after the analysis.
 */
function packPractices(
  practices: PracticeTable,
  practiceCcg: Int32Array,
  groupCount: number,
  outputs: TypedArena,
  work: WorkArrays
): { points: PackedPractices; indexOfPractice: Int32Array; countByGroup: Int32Array } {
  const { easting, northing, listSize } = practices;
  const located = (index: number): boolean =>
    !Number.isNaN(easting[index] as number) && !Number.isNaN(northing[index] as number);
  let count = 0;
  for (let index = 0; index < practices.count; index++) if (located(index)) count++;
  const countByGroup = new Int32Array(groupCount);
  const indexOfPractice = outputs.int32(practices.count);
  if (count === practices.count) {
    for (let index = 0; index < count; index++) {
      const ccg = practiceCcg[index] as number;
      countByGroup[ccg] = (countByGroup[ccg] as number) + 1;
      indexOfPractice[index] = index;
    }
    const points = {
      count,
      x: easting,
      y: northing,
      weight: listSize,
      group: practiceCcg,
      groupCount,
    };
    return { points, indexOfPractice, countByGroup };
  }
  const x = work.kept.float64(count);
  const y = work.kept.float64(count);
  const weight = work.kept.float64(count);
  const group = work.kept.int32(count);
  let next = 0;
  for (let index = 0; index < practices.count; index++) {
    if (!located(index)) {
      indexOfPractice[index] = -1;
      continue;
    }
    const ccg = practiceCcg[index] as number;
    x[next] = easting[index] as number;
    y[next] = northing[index] as number;
    weight[next] = listSize[index] as number;
    group[next] = ccg;
    countByGroup[ccg] = (countByGroup[ccg] as number) + 1;
    indexOfPractice[index] = next++;
  }
  return { points: { count, x, y, weight, group, groupCount }, indexOfPractice, countByGroup };
}

/** Bytes of packed points (x, y, list size, CCG) for `count` practices. */
function packedPointBytes(count: number): number {
  return arenaBytes(8 * count, 8 * count, 8 * count, 4 * count);
}

function geographyFigures(
  geography: GeographyResult,
  embedded: EmbeddedCounts,
  group: number,
  codes: readonly string[]
): CcgGeographyFigures | null {
  const g = geography.groups;
  const pieces = g.pieces[group] ?? 0;
  if (pieces === 0) return null;
  const surrounding = g.surroundedBy[group] ?? -1;
  return {
    pieces,
    detachedShare: g.detachedShare[group] ?? 0,
    detachedPractices: g.detachedPractices[group] ?? 0,
    standardDistanceKm: g.standardDistanceKm[group] ?? 0,
    maxDistanceKm: g.maxDistanceKm[group] ?? 0,
    hullAreaKm2: g.hullAreaKm2[group] ?? 0,
    purity: g.purity[group] ?? 0,
    embeddedPractices: embedded.embeddedPractices[group] ?? 0,
    embeddedShare: embedded.embeddedShare[group] ?? 0,
    borderPractices: embedded.borderPractices[group] ?? 0,
    splitAround: codes[embedded.splitAround[group] ?? -1] ?? null,
    surroundedBy: surrounding >= 0 ? (codes[surrounding] ?? null) : null,
    centreEasting: g.centreX[group] ?? 0,
    centreNorthing: g.centreY[group] ?? 0,
  };
}

interface CcgInputs {
  readonly code: string;
  readonly kind: string;
  readonly name: string | null;
  readonly record: CcgRecord | undefined;
  readonly practices: number;
  readonly population: number;
  readonly practicesWithCoordinates: number;
  readonly figures: CcgGeographyFigures | null;
  readonly laFit: CcgAnalysis["localAuthorityFit"];
  readonly hasLocalAuthority: boolean;
  readonly laSource: "column" | "lookup";
  readonly memberShare: number | null;
  readonly assumptions: Assumptions;
}

function buildCcg(inputs: CcgInputs): CcgAnalysis {
  const { record, population, assumptions, figures } = inputs;
  const fixedCosts = record?.fixedCosts ?? assumptions.fixed_costs;
  const supportPerHead = record?.supportPerHead ?? assumptions.support_per_head;
  const allowance = population * assumptions.rca_per_head;
  const support = population * supportPerHead;
  const headroom = allowance - fixedCosts - support;
  const planned = record?.plannedRunningCosts ?? null;
  const arrangement = record?.collaborativeArrangement === true;
  const components: Record<ComponentName, ComponentAssessment> = {
    size: rateSize(population, assumptions, arrangement),
    finance: rateFinance(headroom, allowance, assumptions, arrangement),
    geography: rateGeography(
      figures === null ? null : { ...figures, neighbourCount: NEIGHBOUR_COUNT },
      assumptions,
      councilAreaOf(inputs.laFit, assumptions)
    ),
    localAuthority: rateLocalAuthority(inputs.laFit, inputs.hasLocalAuthority, inputs.laSource),
    membership: rateMembership(inputs.memberShare, assumptions),
  };
  const { rating, reasons: ratingReasons } = configurationRating(components);
  const rated = isRated(inputs.kind, assumptions.include_non_ccg);
  const reasons = rated ? ratingReasons : [setAsideReason(inputs.code, inputs.kind)];
  return {
    code: inputs.code,
    name: inputs.name,
    kind: inputs.kind,
    rated,
    practices: inputs.practices,
    population,
    runningCostAllowance: allowance,
    fixedCosts,
    supportPerHead,
    support,
    headroom,
    headroomPerHead: perHead(headroom, population),
    breakEvenPopulation: breakEvenPopulation(fixedCosts, supportPerHead, assumptions.rca_per_head),
    plannedRunningCosts: planned,
    plannedCostPerHead: planned === null ? null : perHead(planned, population),
    plannedMinusAllowance: planned === null ? null : planned - allowance,
    collaborativeArrangement: arrangement,
    practicesWithCoordinates: inputs.practicesWithCoordinates,
    geography: figures,
    localAuthorityFit: inputs.laFit,
    memberShare: inputs.memberShare,
    components,
    rating,
    reasons,
  };
}

export type { AssumptionsReading };
