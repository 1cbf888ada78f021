/**
 * One merged CCG's figures and ratings (SPEC §5), found for that CCG alone: practices do not move in a merge,
 * so the baseline's triangulation, adjacency and nearest lists serve, and only the merged CCG's pieces,
 * dispersion, embedded practices, local-authority fit and ratings are computed. Each figure is summed in the
 * order the whole analysis sums it, so it equals `analyseScenario`'s for the merged CCG exactly.
 */
import { AnalysisResult, CcgAnalysis, CcgGeographyFigures } from "../analysis";
import { buildCcg } from "../ccgAnalysis";
import { classifyWeightsOfOne, LocalAuthorityFitResult } from "../localAuthorityFit";
import { GeographyFigures } from "../geographyRating";
import { organisationKind } from "../organisationKind";
import { ComponentName, Rating } from "../types";
import { baselineGeometry } from "./baselineGeometry";
import { practicesOfCcg } from "./practicesByCcg";
import { baselineRecord } from "./recode";
import { localAuthoritySourceOf } from "./scenarioLocalAuthorities";
import { findRoot } from "../geo/unionFind";

/** The geography of a merged CCG that its rating needs. */
export type MergedGeography = Pick<
  GeographyFigures,
  | "pieces"
  | "detachedShare"
  | "detachedPractices"
  | "standardDistanceKm"
  | "embeddedPractices"
  | "embeddedShare"
>;

/** A merged CCG: its figures, component ratings and configuration rating (no reasons). */
export interface MergedCcg {
  /** The code it keeps (the partner's). */
  readonly code: string;
  readonly name: string | null;
  readonly rated: boolean;
  readonly practices: number;
  readonly population: number;
  /** £. */
  readonly runningCostAllowance: number;
  /** £. */
  readonly headroom: number;
  /** null when none of its practices has coordinates. */
  readonly geography: MergedGeography | null;
  readonly localAuthorityFit: LocalAuthorityFitResult | null;
  readonly memberShare: number | null;
  readonly components: Readonly<Record<ComponentName, Rating | null>>;
  readonly rating: Rating;
}

/** How a merged CCG is found (`mergedCcg`, or `scenarioMergedCcg`: a whole scenario analysis). */
export type MergedCcgOf = (
  baseline: AnalysisResult,
  fromCode: string,
  intoCode: string
) => MergedCcg | null;

/**
 * The CCG that every practice of `fromCode` joining `intoCode` makes, as `analyseScenario` would rate it.
 * @param baseline the analysis
 * @param fromCode the CCG whose practices move
 * @param intoCode the CCG they join (its code, name and CCG table figures are kept)
 * @returns the merged CCG, or null when either code is not a CCG of the baseline or they are the same
 * @example mergedCcg(result, "03N", "02P")?.rating // "AMBER"
 */
export const mergedCcg: MergedCcgOf = (baseline, fromCode, intoCode) => {
  const from = baseline.ccgs.findIndex((ccg) => ccg.code === fromCode);
  const into = baseline.ccgs.findIndex((ccg) => ccg.code === intoCode);
  if (from < 0 || into < 0 || from === into) return null;
  const partner = baseline.ccgs[into] as CcgAnalysis;
  const { practices, practiceCcg } = baseline;
  const assumptions = baseline.assumptions.assumptions;
  const members = mergedPractices(practiceCcg, from, into);
  let population = 0;
  let memberPopulation = 0;
  for (let m = 0; m < members.length; m++) {
    const index = members[m] as number;
    const listSize = practices.listSize[index] as number;
    population += listSize;
    if (practices.member?.[index] === 1) memberPopulation += listSize;
  }
  const hasMember = baseline.input.columns.member !== undefined;
  const record = baselineRecord(partner);
  const geography = mergedGeography(baseline, members, from, into);
  const laSource = localAuthoritySourceOf(baseline);
  const ccg = buildCcg({
    code: intoCode,
    kind: organisationKind(intoCode, record?.kind ?? null),
    name: record?.name ?? null,
    record,
    practices: members.length,
    population,
    practicesWithCoordinates: geography?.located ?? 0,
    figures: geography?.figures ?? null,
    laFit: mergedLocalAuthorityFit(baseline, members, from, into),
    hasLocalAuthority: laSource !== null,
    laSource: laSource ?? "column",
    memberShare: hasMember ? (population > 0 ? memberPopulation / population : 1) : null,
    assumptions,
  });
  return mergedFromAnalysis(ccg);
};

/**
 * A CCG's analysis as a merged CCG's figures (for a merged CCG of a whole scenario analysis too).
 * @example mergedFromAnalysis(outcome.result.ccgs[0]).rating
 */
export function mergedFromAnalysis(ccg: CcgAnalysis): MergedCcg {
  const figures = ccg.geography;
  return {
    code: ccg.code,
    name: ccg.name,
    rated: ccg.rated,
    practices: ccg.practices,
    population: ccg.population,
    runningCostAllowance: ccg.runningCostAllowance,
    headroom: ccg.headroom,
    geography:
      figures === null
        ? null
        : {
            pieces: figures.pieces,
            detachedShare: figures.detachedShare,
            detachedPractices: figures.detachedPractices,
            standardDistanceKm: figures.standardDistanceKm,
            embeddedPractices: figures.embeddedPractices,
            embeddedShare: figures.embeddedShare,
          },
    localAuthorityFit: ccg.localAuthorityFit,
    memberShare: ccg.memberShare,
    components: componentRatings(ccg),
    rating: ccg.rating,
  };
}

function componentRatings(ccg: CcgAnalysis): Record<ComponentName, Rating | null> {
  const c = ccg.components;
  return {
    size: c.size.rating,
    finance: c.finance.rating,
    geography: c.geography.rating,
    localAuthority: c.localAuthority.rating,
    membership: c.membership.rating,
  };
}

/**
 * The practices of two CCGs in ascending order (the order every sum of the analysis runs in).
 * @param practiceCcg CCG index of each practice
 */
function mergedPractices(practiceCcg: Int32Array, from: number, into: number): Int32Array {
  const a = practicesOfCcg(practiceCcg, from);
  const b = practicesOfCcg(practiceCcg, into);
  const merged = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let at = 0; at < merged.length; at++)
    merged[at] =
      j >= b.length || (i < a.length && (a[i] as number) < (b[j] as number))
        ? (a[i++] as number)
        : (b[j++] as number);
  return merged;
}

/**
 * The merged CCG's geography figures, as `analyseGeography` finds them for its group: territory pieces on the
 * baseline's adjacency (and bridges shorter than `bridge_km`), the main piece (most population, then most
 * practices, then the lowest practice), the detached share, the weighted standard distance and the embedded
 * practices (none of the 6 nearest in the CCG, outside the main piece). Reported-only figures (hull, purity,
 * surrounded by, split around) are not needed for the rating and are not found.
 */
function mergedGeography(
  baseline: AnalysisResult,
  members: Int32Array,
  from: number,
  into: number
): { located: number; figures: CcgGeographyFigures } | null {
  const geometry = baselineGeometry(baseline);
  const { indexOfPractice, practiceOfIndex, vertexOfPoint, memberOfPoint } = geometry;
  const { practiceCcg, practices } = baseline;
  // The located practices by a local index i, in packed order (ascending, as the practices are).
  let n = 0;
  for (let m = 0; m < members.length; m++)
    if ((indexOfPractice[members[m] as number] as number) >= 0) n++;
  if (n === 0) return null;
  const points = new Int32Array(n);
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  const pw = new Float64Array(n);
  for (let m = 0, i = 0; m < members.length; m++) {
    const practice = members[m] as number;
    const at = indexOfPractice[practice] as number;
    if (at < 0) continue;
    points[i] = at;
    px[i] = practices.easting[practice] as number;
    py[i] = practices.northing[practice] as number;
    pw[i] = practices.listSize[practice] as number;
    i++;
  }
  const inMerged = (at: number): boolean => {
    const group = practiceCcg[practiceOfIndex[at] as number] as number;
    return group === from || group === into;
  };

  // Pieces: a union–find over local indexes; a root is its piece's lowest index (so lowest practice).
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const unite = (a: number, b: number): void => {
    const ra = findRoot(parent, a);
    const rb = findRoot(parent, b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Practices at one vertex, then vertices sharing an edge: one practice of the CCG stands for each vertex.
  const { neighbourOffsets, neighbourVertices } = geometry.adjacency;
  const atVertex = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const vertex = vertexOfPoint[points[i] as number] as number;
    const first = atVertex.get(vertex);
    if (first === undefined) atVertex.set(vertex, i);
    else unite(i, first);
  }
  atVertex.forEach((i, u) => {
    for (let k = neighbourOffsets[u] as number; k < (neighbourOffsets[u + 1] as number); k++) {
      const other = atVertex.get(neighbourVertices[k] as number);
      if (other !== undefined) unite(i, other);
    }
  });
  const bridgeM = baseline.assumptions.assumptions.bridge_km * 1000;
  if (bridgeM > 0 && practiceOfIndex.length > 1) {
    const bridge2 = bridgeM * bridgeM;
    const localOf = new Map<number, number>();
    for (let i = 0; i < n; i++) localOf.set(points[i] as number, i);
    for (let i = 0; i < n; i++) {
      for (const at of geometry.index.tree?.within(px[i] as number, py[i] as number, bridgeM) ??
        []) {
        const other = localOf.get(at);
        if (other === undefined) continue;
        const dx = (px[other] as number) - (px[i] as number);
        const dy = (py[other] as number) - (py[i] as number);
        if (dx * dx + dy * dy < bridge2) unite(i, other);
      }
    }
  }

  // The main piece: population summed in the adjacency's member order, as territoryPieces.ts does; then
  // most population, most practices, lowest first practice (roots visited in ascending order).
  const byMember = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      (memberOfPoint[points[a] as number] as number) -
      (memberOfPoint[points[b] as number] as number)
  );
  const piecePopulation = new Float64Array(n);
  const piecePractices = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = byMember[j] as number;
    const root = findRoot(parent, i);
    piecePopulation[root] = (piecePopulation[root] as number) + (pw[i] as number);
    piecePractices[root] = (piecePractices[root] as number) + 1;
  }
  let main = -1;
  let pieces = 0;
  for (let root = 0; root < n; root++) {
    if (parent[root] !== root) continue;
    pieces++;
    if (
      main < 0 ||
      (piecePopulation[root] as number) > (piecePopulation[main] as number) ||
      (piecePopulation[root] === piecePopulation[main] &&
        (piecePractices[root] as number) > (piecePractices[main] as number))
    )
      main = root;
  }

  // Sums in packed order, as measureDispersion, findTerritoryPieces and countEmbeddedPractices do.
  const { k, ids, found } = geometry.nearest;
  let total = 0;
  let sumWX = 0;
  let sumWY = 0;
  let sumX = 0;
  let sumY = 0;
  let detachedWeight = 0;
  let detachedPractices = 0;
  let embeddedWeight = 0;
  let embeddedPractices = 0;
  for (let i = 0; i < n; i++) {
    const w = pw[i] as number;
    total += w;
    sumWX += w * (px[i] as number);
    sumWY += w * (py[i] as number);
    sumX += px[i] as number;
    sumY += py[i] as number;
    if (findRoot(parent, i) === main) continue;
    detachedWeight += w;
    detachedPractices++;
    const at = points[i] as number;
    let same = 0;
    for (let j = 0; j < (found[at] as number); j++) if (inMerged(ids[at * k + j] as number)) same++;
    if (k > 0 && same === 0) {
      embeddedWeight += w;
      embeddedPractices++;
    }
  }
  const centreX = total > 0 ? sumWX / total : sumX / n;
  const centreY = total > 0 ? sumWY / total : sumY / n;
  let sumSquares = 0;
  for (let i = 0; i < n; i++) {
    const dx = (px[i] as number) - centreX;
    const dy = (py[i] as number) - centreY;
    const d2 = dx * dx + dy * dy;
    sumSquares += total > 0 ? (pw[i] as number) * d2 : d2;
  }
  return {
    located: n,
    figures: {
      pieces,
      detachedShare: total > 0 ? detachedWeight / total : detachedPractices / n,
      detachedPractices,
      standardDistanceKm: Math.sqrt(sumSquares / (total > 0 ? total : n)) / 1000,
      embeddedPractices,
      embeddedShare: total > 0 ? embeddedWeight / total : embeddedPractices / n,
      // Reported, not rated: not found here.
      maxDistanceKm: Number.NaN,
      hullAreaKm2: Number.NaN,
      purity: Number.NaN,
      borderPractices: 0,
      splitAround: null,
      surroundedBy: null,
      centreEasting: centreX,
      centreNorthing: centreY,
    },
  };
}

/** Each baseline CCG's weight in each local authority, as the scenario's classification builds it. */
const baselineWeights = new WeakMap<AnalysisResult, readonly Map<string, number>[]>();

function weightsOfBaseline(baseline: AnalysisResult): readonly Map<string, number>[] {
  let weights = baselineWeights.get(baseline);
  if (weights === undefined) {
    weights = baseline.ccgs.map(() => new Map<string, number>());
    const source = localAuthoritySourceOf(baseline);
    const { practices } = baseline;
    if (source === "column" && practices.localAuthority !== null) {
      for (let index = 0; index < practices.count; index++) {
        const authority = practices.localAuthority[index] ?? null;
        if (authority === null) continue;
        const map = weights[baseline.practiceCcg[index] as number] as Map<string, number>;
        map.set(authority, (map.get(authority) ?? 0) + (practices.listSize[index] ?? 0));
      }
    } else if (source === "lookup") {
      baseline.localAuthorityWeights?.byCcg.forEach((pairs, group) => {
        const map = weights?.[group] as Map<string, number>;
        for (const [authority, weight] of pairs)
          map.set(authority, (map.get(authority) ?? 0) + weight);
      });
    }
    baselineWeights.set(baseline, weights);
  }
  return weights;
}

/**
 * The merged CCG's local-authority fit as `scenarioLocalAuthorityFits` finds it: its weights (the practices'
 * list sizes by authority, or the two CCGs' lookup weights), held authorities judged against each
 * authority's total over the scenario's CCGs (in code order) and the lookup's CCGs without practices.
 */
function mergedLocalAuthorityFit(
  baseline: AnalysisResult,
  members: Int32Array,
  from: number,
  into: number
): LocalAuthorityFitResult | null {
  const source = localAuthoritySourceOf(baseline);
  const margin = baseline.assumptions.assumptions.coterminosity_margin_share;
  const { practices } = baseline;
  if (source === null) return null;
  if (source === "column" && practices.localAuthority === null) return null;
  if (source === "lookup" && (baseline.localAuthorityWeights ?? null) === null) return null;
  const weights = weightsOfBaseline(baseline);
  const merged = new Map<string, number>();
  if (source === "column") {
    for (let m = 0; m < members.length; m++) {
      const index = members[m] as number;
      const authority = practices.localAuthority?.[index] ?? null;
      if (authority === null) continue;
      merged.set(authority, (merged.get(authority) ?? 0) + (practices.listSize[index] ?? 0));
    }
  } else {
    for (const group of [Math.min(from, into), Math.max(from, into)]) {
      for (const [authority, weight] of baseline.localAuthorityWeights?.byCcg[group] ?? [])
        merged.set(authority, (merged.get(authority) ?? 0) + weight);
    }
  }
  // The scenario's CCGs in code order (the baseline's without `from`), then the lookup's others.
  const order = baseline.ccgs
    .map((ccg, group) => ({ code: ccg.code, group }))
    .filter(({ group }) => group !== from)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const maps: ReadonlyMap<string, number>[] = order.map(({ group }) =>
    group === into ? merged : (weights[group] as Map<string, number>)
  );
  if (source === "lookup")
    for (const pairs of baseline.localAuthorityWeights?.elsewhere ?? []) maps.push(new Map(pairs));
  const totals = authorityTotalsOfSome(maps, merged);
  return classifyWeightsOfOne(merged, totals, margin);
}

/** Each authority's weight over the maps (in their order), for the authorities of one CCG only. */
function authorityTotalsOfSome(
  maps: readonly ReadonlyMap<string, number>[],
  of: ReadonlyMap<string, number>
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const map of maps) {
    for (const authority of of.keys()) {
      const weight = map.get(authority);
      if (weight !== undefined) totals.set(authority, (totals.get(authority) ?? 0) + weight);
    }
  }
  return totals;
}
