/**
 * A merged CCG's geography on the baseline's triangulation, adjacency and nearest lists (issue #12): the
 * figures its rating needs, found for that CCG alone. Equal to a whole scenario analysis's (mergedCcg.test.ts).
 */
import { AnalysisResult, CcgGeographyFigures } from "../analysis";
import { findRoot } from "../geo/unionFind";
import { baselineGeometry } from "./baselineGeometry";

/**
 * The merged CCG's geography figures, as `analyseGeography` finds them for its group: territory pieces on the
 * baseline's adjacency (and bridges shorter than `bridge_km`), the main piece (most population, then most
 * practices, then the lowest practice), the detached share, the weighted standard distance and the embedded
 * practices (none of the 6 nearest in the CCG, outside the main piece). Reported-only figures (hull, purity,
 * surrounded by, split around) are not needed for the rating and are not found.
 */
export function mergedGeography(
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
