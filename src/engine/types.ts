/** Core records of the configuration analysis (SPEC §2–§3). */
import type { FindingKind } from "./findingKinds";

/** A red/amber/green rating. */
export type Rating = "GREEN" | "AMBER" | "RED";

/** The five components of the configuration rating (SPEC §3.4). */
export type ComponentName = "size" | "finance" | "geography" | "localAuthority" | "membership";

/** One component's rating and the sentence that justifies it, numbers included. */
export interface ComponentAssessment {
  /** `null` when the data cannot support this component (e.g. no local-authority column). */
  readonly rating: Rating | null;
  readonly reason: string;
}

/** One data-quality finding: becomes one row of the `Data Quality` sheet (SPEC §2.4). */
export interface DataQualityFinding {
  readonly severity: "error" | "warning";
  /** What kind of problem it is, stable across wordings (for grouping and counting). */
  readonly kind: FindingKind;
  readonly sheet: string;
  /** 1-based Excel row, or null for a finding about a whole sheet. */
  readonly row: number | null;
  /** The column's header as the user wrote it, or null. */
  readonly column: string | null;
  /** The offending value as text ("" for blanks). */
  readonly value: string;
  readonly message: string;
}

/** A usable practice row after validation. */
export interface Practice {
  readonly code: string;
  readonly name: string | null;
  /** Normalised CCG code (`07L00` → `07L`, upper case). */
  readonly ccgCode: string;
  readonly ccgName: string | null;
  /** Registered patients (a non-negative whole number). */
  readonly listSize: number;
  /** WGS84 degrees, when given. */
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** British National Grid metres (given, or projected from latitude/longitude); null when not usable for geography. */
  readonly easting: number | null;
  readonly northing: number | null;
  readonly localAuthority: string | null;
  /** Signed up as a member practice; null when the input has no member column. */
  readonly member: boolean | null;
  readonly postcode: string | null;
  /** Sheet and 1-based row the practice came from. */
  readonly sheet: string;
  readonly row: number;
}

/** One row of the optional CCG table (SPEC §2.2). */
export interface CcgRecord {
  readonly code: string;
  readonly name: string | null;
  readonly plannedRunningCosts: number | null;
  readonly fixedCosts: number | null;
  readonly supportPerHead: number | null;
  readonly collaborativeArrangement: boolean | null;
  /** The kind of organisation the table says the code is (`CCG`, `Area team`…), or null. */
  readonly kind?: string | null;
}
