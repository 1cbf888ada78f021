/** The result of a configuration analysis: what every output (sheets, JSON, task pane, SUMMARY) shows. */
import { AssumptionsReading } from "./readAssumptions";
import { PracticeGeography } from "./geo/types";
import { PracticeField } from "./headers";
import { LocalAuthorityFitResult } from "./localAuthorityFit";
import { LocalAuthorityWeights } from "./localAuthorityLookup";
import type { ScenarioDefinition } from "./scenario/readScenarios";
import { PracticeTable } from "./practiceTable";
import { ComponentAssessment, ComponentName, DataQualityFinding, Rating } from "./types";

/** Geography of one CCG (SPEC §3.2), over its practices with usable coordinates. */
export interface CcgGeographyFigures {
  readonly pieces: number;
  readonly detachedShare: number;
  readonly detachedPractices: number;
  readonly standardDistanceKm: number;
  readonly maxDistanceKm: number;
  readonly hullAreaKm2: number;
  readonly purity: number;
  /** Practices outside the main piece with none of their 6 nearest practices in this CCG (rated). */
  readonly embeddedPractices: number;
  readonly embeddedShare: number;
  /** Practices inside the main piece with none of their 6 nearest practices in this CCG (reported only). */
  readonly borderPractices: number;
  /** The CCG most detached practices lie nearest to (the one a split territory goes round), or null. */
  readonly splitAround: string | null;
  readonly surroundedBy: string | null;
  /** List-size-weighted centre, British National Grid metres. */
  readonly centreEasting: number;
  readonly centreNorthing: number;
}

/** Everything computed for one CCG. */
export interface CcgAnalysis {
  readonly code: string;
  readonly name: string | null;
  /** `CCG`, or the kind of organisation a code that is not a CCG's belongs to (`Area team`…). */
  readonly kind: string;
  /**
   * False for a code that is not a CCG while `include_non_ccg` is 0: set aside, shown apart and left out
   * of the RAG counts (its `rating` is what the rules would give, for reference only).
   */
  readonly rated: boolean;
  readonly practices: number;
  readonly population: number;
  readonly runningCostAllowance: number;
  readonly fixedCosts: number;
  readonly supportPerHead: number;
  readonly support: number;
  readonly headroom: number;
  readonly headroomPerHead: number | null;
  readonly breakEvenPopulation: number | null;
  /** £ per head at which headroom is zero (fixed costs ÷ population + support per head); null at population 0. */
  readonly breakEvenPerHead: number | null;
  /** True when the fixed costs come from the CCG table, false when from the `fixed_costs` assumption. */
  readonly fixedCostsFromCcgTable: boolean;
  /** True when support per head comes from the CCG table, false when from `support_per_head`. */
  readonly supportFromCcgTable: boolean;
  readonly plannedRunningCosts: number | null;
  readonly plannedCostPerHead: number | null;
  readonly plannedMinusAllowance: number | null;
  readonly collaborativeArrangement: boolean;
  readonly practicesWithCoordinates: number;
  /** null when none of its practices has usable coordinates. */
  readonly geography: CcgGeographyFigures | null;
  /** null without a local-authority column, or when none of its practices has one. */
  readonly localAuthorityFit: LocalAuthorityFitResult | null;
  /** Share of list size in signed-up practices; null without a member column. */
  readonly memberShare: number | null;
  readonly components: Readonly<Record<ComponentName, ComponentAssessment>>;
  readonly rating: Rating;
  /** Sentences of the red, then amber, components. */
  readonly reasons: readonly string[];
}

/** Where the input was found. */
export interface InputDescription {
  readonly practiceSheet: string;
  /** 1-based Excel row of the practice list's header row. */
  readonly headerRow: number;
  /** The header used for each recognised field. */
  readonly columns: Partial<Readonly<Record<PracticeField, string>>>;
  /** Headers of age/sex bands summed for list size (empty when a list-size column exists). */
  readonly ageSexBands: readonly string[];
  readonly ccgTableSheet: string | null;
  /** Sheet of the CCG → local-authority lookup used for the fit, or null (none, or practices carry one). */
  readonly localAuthorityLookupSheet?: string | null;
  /** Non-blank rows read below the header. */
  readonly rowsRead: number;
}

/** A whole analysis. CCGs are in code order; practices in input order. */
export interface AnalysisResult {
  readonly ccgs: readonly CcgAnalysis[];
  /** The usable practices, column by column (`practiceAt` gives one as a record). */
  readonly practices: PracticeTable;
  /** CCG index (into `ccgs`) of each practice. */
  readonly practiceCcg: Int32Array;
  /** Index of each practice in the geography arrays, or -1 when it has no usable coordinates. */
  readonly practiceGeographyIndex: Int32Array;
  /** Per-practice geography (indexed by `practiceGeographyIndex`). */
  readonly practiceGeography: PracticeGeography;
  readonly dataQuality: readonly DataQualityFinding[];
  readonly assumptions: AssumptionsReading;
  readonly input: InputDescription;
  readonly totalPopulation: number;
  /**
   * The CCG → local-authority lookup's weights by CCG, when the fit came from a lookup (a scenario
   * re-classifies re-drawn CCGs from them); null or absent otherwise.
   */
  readonly localAuthorityWeights?: LocalAuthorityWeights | null;
  /** The scenarios of the workbook's `Scenarios` sheet (SPEC §5), in column order; absent or empty without one. */
  readonly scenarios?: readonly ScenarioDefinition[];
}
