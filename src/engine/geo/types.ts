/**
 * The contract between the configuration engine and the geometry (SPEC §3.2).
 * Practices are packed once into flat typed arrays; the geometry never sees spreadsheet rows.
 */

/** Practices with usable coordinates, packed (British National Grid metres). */
export interface PackedPractices {
  /** Number of practices packed. */
  readonly count: number;
  /** Easting in metres, one per practice. */
  readonly x: Float64Array;
  /** Northing in metres, one per practice. */
  readonly y: Float64Array;
  /** List size (registered patients), the practice's weight. */
  readonly weight: Float64Array;
  /** CCG index of each practice, 0 … groupCount − 1. */
  readonly group: Int32Array;
  /** Number of CCGs (groups). A group may have no packed practices. */
  readonly groupCount: number;
}

/** Options of the geography analysis. */
export interface GeographyOptions {
  /** Territory pieces of one CCG closer than this (km) are joined (SPEC §2.3 `bridge_km`). */
  readonly bridgeKm: number;
  /** Neighbours used for purity and embedded practices (SPEC: 6). */
  readonly neighbourCount: number;
}

/** Per-CCG geography. Arrays are indexed by group; values are NaN where a group has no packed practices. */
export interface GroupGeography {
  /** Number of territory pieces (0 for a group without packed practices). */
  readonly pieces: Int32Array;
  /** Share of the group's packed population outside its most populous piece (0 … 1). */
  readonly detachedShare: Float64Array;
  /** Practices outside the main piece. */
  readonly detachedPractices: Int32Array;
  /** List-size-weighted centre (metres). */
  readonly centreX: Float64Array;
  readonly centreY: Float64Array;
  /** Weighted standard distance (km). */
  readonly standardDistanceKm: Float64Array;
  /** Largest distance of a practice from the weighted centre (km). */
  readonly maxDistanceKm: Float64Array;
  /** Convex hull area (km²); 0 for fewer than 3 non-collinear practices. */
  readonly hullAreaKm2: Float64Array;
  /** List-size-weighted mean neighbour purity (0 … 1). */
  readonly purity: Float64Array;
  /** Number of embedded practices (none of their nearest neighbours in their own group). */
  readonly embeddedPractices: Int32Array;
  /** Share of the group's packed population in embedded practices (0 … 1). */
  readonly embeddedShare: Float64Array;
  /** Group index that all cross-boundary territory neighbours belong to, or -1. */
  readonly surroundedBy: Int32Array;
}

/** Per-practice geography, indexed like the packed practices. */
export interface PracticeGeography {
  /** Piece number within the practice's group: 0 is the main (most populous) piece. */
  readonly piece: Int32Array;
  /** 1 when the practice lies outside its group's main piece. */
  readonly detached: Uint8Array;
  /** 1 when none of its nearest neighbours is in its own group. */
  readonly embedded: Uint8Array;
  /** Share of its nearest neighbours in its own group (0 … 1); NaN when it is the only practice. */
  readonly purity: Float64Array;
  /** Group of the nearest practice of another group, or -1 when there is none. */
  readonly nearestOtherGroup: Int32Array;
  /** Distance to that practice (km), NaN when none. */
  readonly nearestOtherKm: Float64Array;
}

/** Everything the geography analysis returns. */
export interface GeographyResult {
  readonly groups: GroupGeography;
  readonly practices: PracticeGeography;
}
