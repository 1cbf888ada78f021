/**
 * What does not change when practices change CCG, built once per practice table and kept beside it (a
 * WeakMap keyed by the table, which a copy of the result such as `{ ...result, dataQuality }` or a scenario's
 * result shares, while a result posted from a worker gets its own): the located practices' positions, their
 * spatial index and the Delaunay territory adjacency (SPEC §3.2).
 */
import { AnalysisResult } from "../analysis";
import { buildTerritoryAdjacency, TerritoryAdjacency } from "../geo/delaunayAdjacency";
import { buildPracticeIndex, PracticeIndex, spatialOrder } from "../geo/practiceIndex";
import { packPractices } from "../packPractices";
import { NEIGHBOUR_COUNT } from "../ccgAnalysis";
import { countEmbeddedPractices } from "../embeddedPractices";
import { analyseGeographyOn } from "../geo/coherence";
import { KnownNearestOther, nearestLists, NearestLists } from "../geo/neighbourPurity";
import type { PackedPractices } from "../geo/types";
import { practicesOfCcg } from "./practicesByCcg";
import type { ScenarioGeography } from "./analyseScenario";
import type { RecodedPractices } from "./recode";

/** The baseline's group-independent geometry. */
export interface BaselineGeometry {
  /** Index of each practice among the located ones, -1 without coordinates. */
  readonly indexOfPractice: Int32Array;
  /** Practice (row of the practice table) of each located practice. */
  readonly practiceOfIndex: Int32Array;
  readonly index: PracticeIndex;
  readonly adjacency: TerritoryAdjacency;
  /** The 6 nearest practices of every located practice. */
  readonly nearest: NearestLists;
  /** Vertex of the adjacency of each located practice. */
  readonly vertexOfPoint: Int32Array;
  /** Position of each located practice in the adjacency's member order (`adjacency.vertexPractices`). */
  readonly memberOfPoint: Int32Array;
}

const cache = new WeakMap<AnalysisResult["practices"], BaselineGeometry>();

/**
 * The baseline's positions, spatial index and territory adjacency (built on first use).
 * @example baselineGeometry(result).adjacency.vertexCount
 */
export function baselineGeometry(baseline: AnalysisResult): BaselineGeometry {
  let geometry = cache.get(baseline.practices);
  if (geometry === undefined) {
    const packed = packPractices(baseline.practices, baseline.practiceCcg, baseline.ccgs.length);
    geometry = geometryOfPoints(packed.points, packed.indexOfPractice);
    cache.set(baseline.practices, geometry);
  }
  return geometry;
}

/**
 * The group-independent geometry of packed practices: spatial index, territory adjacency (vertices in the
 * index's spatial order, as the analysis numbers them) and the 6 nearest of each.
 * @param points the located practices, packed
 * @param indexOfPractice index of each practice among `points`, -1 without coordinates
 * @example geometryOfPoints(packed.points, packed.indexOfPractice).adjacency.vertexCount
 */
export function geometryOfPoints(
  points: PackedPractices,
  indexOfPractice: Int32Array
): BaselineGeometry {
  const { count, x, y } = points;
  const index = buildPracticeIndex(x, y, count);
  const adjacency = buildTerritoryAdjacency(x, y, count, spatialOrder(index));
  const practiceOfIndex = new Int32Array(count);
  indexOfPractice.forEach((at, practice) => {
    if (at >= 0) practiceOfIndex[at] = practice;
  });
  const nearest = nearestLists(index, NEIGHBOUR_COUNT, adjacency);
  const vertexOfPoint = new Int32Array(count);
  const memberOfPoint = new Int32Array(count);
  const { vertexCount, vertexPracticeOffsets, vertexPractices } = adjacency;
  for (let vertex = 0; vertex < vertexCount; vertex++) {
    for (
      let j = vertexPracticeOffsets[vertex] as number;
      j < (vertexPracticeOffsets[vertex + 1] as number);
      j++
    ) {
      vertexOfPoint[vertexPractices[j] as number] = vertex;
      memberOfPoint[vertexPractices[j] as number] = j;
    }
  }
  return {
    indexOfPractice,
    practiceOfIndex,
    index,
    adjacency,
    nearest,
    vertexOfPoint,
    memberOfPoint,
  };
}

/**
 * Keep the geometry an analysis built beside its result, so that scenarios and merge suggestions on it do
 * not triangulate again.
 * @param baseline the analysis
 * @param geometry what {@link geometryOfPoints} gave for its practices
 */
export function keepBaselineGeometry(baseline: AnalysisResult, geometry: BaselineGeometry): void {
  cache.set(baseline.practices, geometry);
}

/**
 * Pairs of CCGs (by index in `baseline.ccgs`) that are territory-adjacent: some practice of one shares a
 * Delaunay edge, or a position, with a practice of the other.
 * @returns for each CCG, the indexes of its adjacent CCGs in ascending order
 */
export function adjacentCcgs(baseline: AnalysisResult): number[][] {
  const { adjacency, practiceOfIndex } = baselineGeometry(baseline);
  const {
    vertexCount,
    vertexPracticeOffsets: at,
    vertexPractices,
    neighbourOffsets,
    neighbourVertices,
  } = adjacency;
  const groupOf = (member: number): number =>
    baseline.practiceCcg[practiceOfIndex[vertexPractices[member] as number] as number] as number;
  const sets = baseline.ccgs.map(() => new Set<number>());
  const link = (a: number, b: number): void => {
    if (a === b) return;
    sets[a]?.add(b);
    sets[b]?.add(a);
  };
  for (let u = 0; u < vertexCount; u++) {
    for (let j = at[u] as number; j < (at[u + 1] as number); j++) {
      const g = groupOf(j);
      for (let i = j + 1; i < (at[u + 1] as number); i++) link(g, groupOf(i));
      for (let k = neighbourOffsets[u] as number; k < (neighbourOffsets[u + 1] as number); k++) {
        const v = neighbourVertices[k] as number;
        if (v < u) continue;
        for (let i = at[v] as number; i < (at[v + 1] as number); i++) link(g, groupOf(i));
      }
    }
  }
  return sets.map((set) => [...set].sort((a, b) => a - b));
}

/**
 * The CCGs territory-adjacent to one CCG, as {@link adjacentCcgs} finds them, from that CCG's own practices
 * (their vertices and the vertices next to them) rather than the whole adjacency.
 * @param baseline the analysis
 * @param group the CCG's index in `baseline.ccgs`
 * @returns indexes of its adjacent CCGs in ascending order
 * @example adjacentCcgsOf(result, 0) // [3, 17]
 */
export function adjacentCcgsOf(baseline: AnalysisResult, group: number): number[] {
  const { adjacency, indexOfPractice, practiceOfIndex, vertexOfPoint } = baselineGeometry(baseline);
  const {
    vertexPracticeOffsets: at,
    vertexPractices,
    neighbourOffsets,
    neighbourVertices,
  } = adjacency;
  const found = new Set<number>();
  const visited = new Set<number>();
  const addGroupsAt = (vertex: number): void => {
    for (let j = at[vertex] as number; j < (at[vertex + 1] as number); j++) {
      const other = baseline.practiceCcg[practiceOfIndex[vertexPractices[j] as number] as number];
      if (other !== group) found.add(other as number);
    }
  };
  for (const practice of practicesOfCcg(baseline.practiceCcg, group)) {
    const point = indexOfPractice[practice] as number;
    if (point < 0) continue;
    const u = vertexOfPoint[point] as number;
    if (visited.has(u)) continue;
    visited.add(u);
    addGroupsAt(u);
    for (let k = neighbourOffsets[u] as number; k < (neighbourOffsets[u + 1] as number); k++)
      addGroupsAt(neighbourVertices[k] as number);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The geography of a scenario's re-coded practices on the baseline's spatial index and territory adjacency
 * (built once per baseline): the same figures as analysing from scratch, without the triangulation.
 * @example reusedScenarioGeography(result, recodePractices(result, moves)).geography.groups.pieces
 */
export const reusedScenarioGeography: ScenarioGeography = (baseline, recoded) => {
  const { index, adjacency, nearest } = baselineGeometry(baseline);
  const packed = packPractices(baseline.practices, recoded.practiceCcg, recoded.codes.length);
  const geography = analyseGeographyOn(
    packed.points,
    { bridgeKm: baseline.assumptions.assumptions.bridge_km, neighbourCount: NEIGHBOUR_COUNT },
    index,
    adjacency,
    nearest,
    knownNearestOther(baseline, recoded)
  );
  const embedded = countEmbeddedPractices(packed.points, geography.practices);
  return { ...packed, geography, embedded };
};

/**
 * The baseline's nearest other CCG of each located practice, where the scenario cannot have changed it: the
 * practice's CCG kept exactly its practices, and the CCG found was not one that gained or lost any (the
 * practices of other CCGs are then the same points, so the nearest is the same practice, under the same
 * code). Elsewhere -2: searched again.
 */
function knownNearestOther(baseline: AnalysisResult, recoded: RecodedPractices): KnownNearestOther {
  const { practiceOfIndex } = baselineGeometry(baseline);
  const touchedBaseline = new Uint8Array(baseline.ccgs.length);
  const touchedScenario = new Uint8Array(recoded.codes.length);
  for (const practice of recoded.movedPractices) {
    touchedBaseline[baseline.practiceCcg[practice] as number] = 1;
    touchedScenario[recoded.practiceCcg[practice] as number] = 1;
  }
  const groupOfCode = new Map(recoded.codes.map((code, group) => [code, group]));
  const scenarioGroupOfBaseline = Int32Array.from(baseline.ccgs, (ccg) => {
    const group = groupOfCode.get(ccg.code);
    return group === undefined ? -2 : group;
  });
  const before = baseline.practiceGeography;
  const count = practiceOfIndex.length;
  const group = new Int32Array(count).fill(-2);
  const km = new Float64Array(count).fill(Number.NaN);
  for (let at = 0; at < count; at++) {
    const practice = practiceOfIndex[at] as number;
    const own = baseline.practiceCcg[practice] as number;
    if (touchedBaseline[own] === 1) continue;
    if (touchedScenario[scenarioGroupOfBaseline[own] as number] === 1) continue;
    const other = before.nearestOtherGroup[at] as number;
    if (other >= 0 && touchedBaseline[other] === 1) continue;
    group[at] = other < 0 ? -1 : (scenarioGroupOfBaseline[other] as number);
    km[at] = before.nearestOtherKm[at] as number;
  }
  return { group, km };
}
