/** The per-CCG geographic coherence table of the COHERENCE formula (SPEC §3.2). */
import { NEIGHBOUR_COUNT } from "../analyse";
import { countEmbeddedPractices } from "../embeddedPractices";
import { analyseGeography } from "../geo/coherence";
import { FormulaPractices } from "./formulaPractices";

/** Headers of the table: the same words as the CCG Summary's columns. */
export const COHERENCE_HEADERS = [
  "Code",
  "Practices",
  "Population",
  "Pieces",
  "Detached share",
  "Standard distance (km)",
  "Max distance (km)",
  "Hull area (km²)",
  "Neighbour purity",
  "Embedded practices",
  "Surrounded by",
] as const;

/** A cell of the table: blank ("") where a CCG has no practice with coordinates. */
export type CoherenceCell = string | number;

/**
 * The coherence table: a header row, then one row per CCG in code order, from one geography
 * analysis of all the practices (bridge_km 0, 6 nearest neighbours, as the analysis defaults).
 * Geography cells are "" for a CCG none of whose practices has coordinates. Embedded practices are those
 * outside their CCG's main piece with none of their 6 nearest practices in it.
 * @param practices grouped practices with weights
 * @returns rows of `COHERENCE_HEADERS.length` cells
 * @example coherenceTable(practices)[1] // ["07L", 41, 212345, 1, 0, 3.2, 7.9, 36.1, 0.93, 0, ""]
 */
export function coherenceTable(practices: FormulaPractices): CoherenceCell[][] {
  const geography = analyseGeography(practices.points, {
    bridgeKm: 0,
    neighbourCount: NEIGHBOUR_COUNT,
  });
  const { groups } = geography;
  const embedded = countEmbeddedPractices(practices.points, geography.practices);
  const rows: CoherenceCell[][] = [[...COHERENCE_HEADERS]];
  practices.codes.forEach((code, g) => {
    const counted: CoherenceCell[] = [
      code,
      practices.practiceCounts[g] ?? 0,
      practices.populations[g] ?? 0,
    ];
    const pieces = groups.pieces[g] ?? 0;
    if (pieces === 0) {
      rows.push([...counted, ...new Array<CoherenceCell>(COHERENCE_HEADERS.length - 3).fill("")]);
      return;
    }
    const surrounding = groups.surroundedBy[g] ?? -1;
    rows.push([
      ...counted,
      pieces,
      groups.detachedShare[g] ?? "",
      groups.standardDistanceKm[g] ?? "",
      groups.maxDistanceKm[g] ?? "",
      groups.hullAreaKm2[g] ?? "",
      groups.purity[g] ?? "",
      embedded.embeddedPractices[g] ?? "",
      surrounding >= 0 ? (practices.codes[surrounding] ?? "") : "",
    ]);
  });
  return rows;
}
