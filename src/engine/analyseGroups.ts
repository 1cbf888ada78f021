/**
 * From practices grouped into CCGs to every CCG's analysis (SPEC §3): the stages after reading, shared by a
 * workbook's analysis and a scenario's re-analysis of the same practices under other CCG codes.
 */
import { AnalysisResult, CcgAnalysis } from "./analysis";
import { Assumptions } from "./assumptions";
import { buildCcg, geographyFigures, NEIGHBOUR_COUNT } from "./ccgAnalysis";
import { countEmbeddedPractices, EmbeddedCounts } from "./embeddedPractices";
import { analyseGeographyOn, validateGeographyInput } from "./geo/coherence";
import { BaselineGeometry, geometryOfPoints } from "./scenario/baselineGeometry";
import { GeographyResult, PackedPractices } from "./geo/types";
import { CcgTotals } from "./groupByCcg";
import { LocalAuthorityFitResult } from "./localAuthorityFit";
import { organisationKind } from "./organisationKind";
import { packPractices } from "./packPractices";
import { PracticeTable } from "./practiceTable";
import { CcgRecord } from "./types";

/** The geography of every CCG and what the rest of the analysis needs of it. */
export interface GroupGeographyStage {
  readonly points: PackedPractices;
  /** Index of each practice among `points`, -1 without usable coordinates. */
  readonly indexOfPractice: Int32Array;
  /** Practices with coordinates per CCG. */
  readonly countByGroup: Int32Array;
  readonly geography: GeographyResult;
  readonly embedded: EmbeddedCounts;
  /** The index, adjacency and nearest lists the geography was found on (kept for scenarios). */
  readonly geometry?: BaselineGeometry;
}

/**
 * Pack the located practices and analyse the geography of every CCG (SPEC §3.2).
 * @param practices the practice table
 * @param practiceCcg CCG index of each practice
 * @param groupCount number of CCGs
 * @param bridgeKm SPEC §2.3 `bridge_km`
 * @example geographyOfGroups(practices, practiceCcg, codes.length, 0).geography.groups.pieces
 */
export function geographyOfGroups(
  practices: PracticeTable,
  practiceCcg: Int32Array,
  groupCount: number,
  bridgeKm: number
): GroupGeographyStage {
  const packed = packPractices(practices, practiceCcg, groupCount);
  const options = { bridgeKm, neighbourCount: NEIGHBOUR_COUNT };
  validateGeographyInput(packed.points, options);
  const geometry = geometryOfPoints(packed.points, packed.indexOfPractice);
  const { index, adjacency, nearest } = geometry;
  const geography = analyseGeographyOn(packed.points, options, index, adjacency, nearest);
  const embedded = countEmbeddedPractices(packed.points, geography.practices);
  return { ...packed, geography, embedded, geometry };
}

/** Everything needed to rate each CCG once its totals and geography are known. */
export interface GroupRatingInputs {
  readonly codes: readonly string[];
  /** The CCG's name by index (CCG table first, else the practice list's), or null. */
  readonly names: readonly (string | null)[];
  /** The CCG table's row by index, if any. */
  readonly records: readonly (CcgRecord | undefined)[];
  readonly totals: CcgTotals;
  readonly geography: GroupGeographyStage;
  readonly laFits: readonly (LocalAuthorityFitResult | null)[];
  readonly laSource: "column" | "lookup" | null;
  readonly hasMember: boolean;
  readonly assumptions: Assumptions;
}

/**
 * Costs, ratings and reasons of every CCG (SPEC §3.1, §3.4).
 * @example rateGroups(inputs)[0].rating
 */
export function rateGroups(inputs: GroupRatingInputs): CcgAnalysis[] {
  const { codes, totals, geography, assumptions } = inputs;
  return codes.map((code, group) => {
    const record = inputs.records[group];
    const population = totals.populations[group] ?? 0;
    const memberShare = inputs.hasMember
      ? population > 0
        ? (totals.memberPopulations[group] ?? 0) / population
        : 1
      : null;
    return buildCcg({
      code,
      kind: organisationKind(code, record?.kind ?? null),
      name: record?.name ?? inputs.names[group] ?? null,
      record,
      practices: totals.practiceCounts[group] ?? 0,
      population,
      practicesWithCoordinates: geography.countByGroup[group] ?? 0,
      figures: geographyFigures(geography.geography, geography.embedded, group, codes),
      laFit: inputs.laFits[group] ?? null,
      hasLocalAuthority: inputs.laSource !== null,
      laSource: inputs.laSource ?? "column",
      memberShare,
      assumptions,
    });
  });
}

/** The per-practice geography fields of an analysis result. */
export function practiceGeographyFields(
  stage: GroupGeographyStage
): Pick<AnalysisResult, "practiceGeographyIndex" | "practiceGeography"> {
  return {
    practiceGeographyIndex: stage.indexOfPractice,
    practiceGeography: stage.geography.practices,
  };
}
