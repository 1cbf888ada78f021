/** Formula-level engine functions: what the CCG.* custom functions call (SPEC §8.2). */
export { FormulaInputError, UnknownCcgError } from "./errors";
export { gridDistanceKm, gridPositionInGreatBritain } from "./coordinates";
export {
  groupOfCode,
  packFormulaPractices,
  type FormulaPractices,
  type PracticeColumns,
} from "./formulaPractices";
export { territoryPieceCounts, territoryPiecesOf, weightedStandardDistanceKm } from "./geography";
export { COHERENCE_HEADERS, coherenceTable, type CoherenceCell } from "./coherenceTable";
export { rateConfiguration, type RatingFigures } from "./rating";
