/** Baseline → scenario comparison of the CCGs a scenario touches (SPEC §5, issue #12). */
import { CcgAnalysis } from "../analysis";
import { ComponentName, Rating } from "../types";

/** The figures a comparison shows for one CCG on one side. */
export interface ComparedFigures {
  readonly practices: number;
  readonly population: number;
  /** £. */
  readonly headroom: number;
  /** null when none of its practices has coordinates. */
  readonly pieces: number | null;
  readonly detachedShare: number | null;
  readonly standardDistanceKm: number | null;
  readonly embeddedPractices: number | null;
  /** Each component's rating (null where the data cannot support it, or for a code set aside). */
  readonly ratings: Readonly<Record<ComponentName, Rating | null>>;
  /** Configuration rating; null for a code set aside (not a CCG). */
  readonly rating: Rating | null;
}

/** Baseline → scenario figures for one touched CCG. */
export interface CcgComparison {
  readonly code: string;
  readonly name: string | null;
  /** null for a CCG new in the scenario (a split). */
  readonly baseline: ComparedFigures | null;
  /** null for a CCG left without practices (merged into another). */
  readonly scenario: ComparedFigures | null;
  /** Practices that joined it / left it. */
  readonly practicesGained: number;
  readonly practicesLost: number;
}

const COMPONENTS: readonly ComponentName[] = [
  "size",
  "finance",
  "geography",
  "localAuthority",
  "membership",
];

/**
 * The compared figures of one CCG.
 * @example comparedFigures(ccg).pieces // 1
 */
export function comparedFigures(ccg: CcgAnalysis): ComparedFigures {
  const geography = ccg.geography;
  const rated = (rating: Rating | null): Rating | null => (ccg.rated ? rating : null);
  const ratings = Object.fromEntries(
    COMPONENTS.map((name) => [name, rated(ccg.components[name].rating)])
  ) as Record<ComponentName, Rating | null>;
  return {
    practices: ccg.practices,
    population: ccg.population,
    headroom: ccg.headroom,
    pieces: geography?.pieces ?? null,
    detachedShare: geography?.detachedShare ?? null,
    standardDistanceKm: geography?.standardDistanceKm ?? null,
    embeddedPractices: geography?.embeddedPractices ?? null,
    ratings,
    rating: rated(ccg.rating),
  };
}

/**
 * True when anything shown or rated for the CCG differs between the two analyses (figures, fit, ratings or
 * reasons): a neighbour's move can change a CCG's enclosure or split without moving its practices.
 */
export function ccgDiffers(before: CcgAnalysis, after: CcgAnalysis): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}

/**
 * One comparison row.
 * @param code the CCG's code
 * @param before its baseline analysis (undefined when new)
 * @param after its scenario analysis (undefined when left without practices)
 * @param gained practices that joined it
 * @param lost practices that left it
 */
export function compareCcg(
  code: string,
  before: CcgAnalysis | undefined,
  after: CcgAnalysis | undefined,
  gained: number,
  lost: number
): CcgComparison {
  return {
    code,
    name: after?.name ?? before?.name ?? null,
    baseline: before === undefined ? null : comparedFigures(before),
    scenario: after === undefined ? null : comparedFigures(after),
    practicesGained: gained,
    practicesLost: lost,
  };
}
