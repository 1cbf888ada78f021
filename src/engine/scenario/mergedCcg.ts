/**
 * One merged CCG's figures and ratings (SPEC §5), found for that CCG alone: practices do not move in a merge,
 * so the baseline's triangulation, adjacency and nearest lists serve, and only the merged CCG's pieces,
 * dispersion, embedded practices, local-authority fit and ratings are computed. Each figure is summed in the
 * order the whole analysis sums it, so it equals `analyseScenario`'s for the merged CCG exactly.
 */
import { AnalysisResult, CcgAnalysis, CcgGeographyFigures } from "../analysis";
import { buildCcg } from "../ccgAnalysis";
import { classifyWeightsOfOne, LocalAuthorityFitResult } from "../localAuthorityFit";
import { organisationKind } from "../organisationKind";
import { ComponentName, Rating } from "../types";
import { baselineGeometry } from "./baselineGeometry";
import { practicesOfCcg } from "./practicesByCcg";
import { baselineRecord } from "./recode";
import { localAuthoritySourceOf } from "./scenarioLocalAuthorities";

/** The geography of a merged CCG that its rating needs. */
export interface MergedGeography {
  readonly pieces: number;
  readonly detachedShare: number;
  readonly detachedPractices: number;
  readonly standardDistanceKm: number;
  readonly embeddedPractices: number;
  readonly embeddedShare: number;
}

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
  for (const index of members) {
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

function findRoot(parent: Int32Array, at: number): number {
  let root = at;
  while (parent[root] !== root) root = parent[root] as number;
  while (parent[at] !== root) {
    const next = parent[at] as number;
    parent[at] = root;
    at = next;
  }
  return root;
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
  // Packed indexes of the located practices, ascending as the practices are.
  const points = members
    .map((practice) => geometry.indexOfPractice[practice] as number)
    .filter((at) => at >= 0);
  const inMerged = (at: number): boolean => {
    const group = baseline.practiceCcg[geometry.practiceOfIndex[at] as number] as number;
    return group === from || group === into;
  };
  const n = points.length;
  if (n === 0) return null;
  const { practices } = baseline;
  const x = (at: number): number =>
    practices.easting[geometry.practiceOfIndex[at] as number] as number;
  const y = (at: number): number =>
    practices.northing[geometry.practiceOfIndex[at] as number] as number;
  const weight = (at: number): number =>
    practices.listSize[geometry.practiceOfIndex[at] as number] as number;

  // Pieces: a union–find over packed indexes (only the merged CCG's entries are used).
  const parent = new Int32Array(geometry.practiceOfIndex.length);
  for (const at of points) parent[at] = at;
  const unite = (a: number, b: number): void => {
    const ra = findRoot(parent, a);
    const rb = findRoot(parent, b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Practices at one vertex, then vertices sharing an edge: one practice of the CCG stands for each vertex.
  const { neighbourOffsets, neighbourVertices } = geometry.adjacency;
  const atVertex = new Map<number, number>();
  for (const at of points) {
    const vertex = geometry.vertexOfPoint[at] as number;
    const first = atVertex.get(vertex);
    if (first === undefined) atVertex.set(vertex, at);
    else unite(at, first);
  }
  for (const [u, at] of atVertex) {
    for (let k = neighbourOffsets[u] as number; k < (neighbourOffsets[u + 1] as number); k++) {
      const other = atVertex.get(neighbourVertices[k] as number);
      if (other !== undefined) unite(at, other);
    }
  }
  const bridgeM = baseline.assumptions.assumptions.bridge_km * 1000;
  if (bridgeM > 0 && geometry.practiceOfIndex.length > 1) {
    const bridge2 = bridgeM * bridgeM;
    for (const at of points) {
      const px = x(at);
      const py = y(at);
      for (const other of geometry.index.tree?.within(px, py, bridgeM) ?? []) {
        if (!inMerged(other)) continue;
        const dx = x(other) - px;
        const dy = y(other) - py;
        if (dx * dx + dy * dy < bridge2) unite(at, other);
      }
    }
  }

  // The main piece: population summed in the adjacency's member order, as territoryPieces.ts does.
  const piecePopulation = new Map<number, number>();
  const piecePractices = new Map<number, number>();
  const { memberOfPoint } = geometry;
  const byMember = Array.from(points).sort(
    (a, b) => (memberOfPoint[a] as number) - (memberOfPoint[b] as number)
  );
  for (const at of byMember) {
    const root = findRoot(parent, at);
    piecePopulation.set(root, (piecePopulation.get(root) ?? 0) + weight(at));
    piecePractices.set(root, (piecePractices.get(root) ?? 0) + 1);
  }
  let main = -1;
  for (const [root, populationOfPiece] of piecePopulation) {
    if (main < 0) {
      main = root;
      continue;
    }
    const best = piecePopulation.get(main) as number;
    const practicesOfPiece = piecePractices.get(root) as number;
    const bestPractices = piecePractices.get(main) as number;
    // The root is the piece's lowest packed index: the lower first practice wins a tie.
    if (
      populationOfPiece > best ||
      (populationOfPiece === best &&
        (practicesOfPiece > bestPractices || (practicesOfPiece === bestPractices && root < main)))
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
  for (const at of points) {
    const w = weight(at);
    total += w;
    sumWX += w * x(at);
    sumWY += w * y(at);
    sumX += x(at);
    sumY += y(at);
    if (findRoot(parent, at) === main) continue;
    detachedWeight += w;
    detachedPractices++;
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
  for (const at of points) {
    const dx = x(at) - centreX;
    const dy = y(at) - centreY;
    const d2 = dx * dx + dy * dy;
    sumSquares += total > 0 ? weight(at) * d2 : d2;
  }
  return {
    located: n,
    figures: {
      pieces: piecePopulation.size,
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
    for (const index of members) {
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
