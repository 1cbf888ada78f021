/**
 * The deterministic sample workbook: `Practices`, `CCGs` and `Assumptions` sheets describing an
 * invented England of GP practices grouped into CCGs, with the deliberate geography, size,
 * membership, local-authority and data-quality cases the analysis should find.
 */

import type { SheetData, WorkbookData } from "../engine/cells";
import { nameCcgs } from "./ccgNames";
import { ccgCodes, localAuthorityCodes } from "./codes";
import {
  MIN_PRACTICES_FOR_DATA_QUALITY_CASES,
  PRACTICE_COLUMNS,
  SAMPLE_DATA_QUALITY_CASES,
  type SampleDataQualityCase,
} from "./dataQuality";
import { CITY_CLUSTERS } from "./england";
import { makeGeographyCases } from "./geographyCases";
import { assignLocalAuthorities } from "./localAuthorities";
import { assignMembership } from "./membership";
import { distinctPlaceNames } from "./names";
import { placePractices, placeTowns } from "./placement";
import { planPopulations } from "./plannedSizes";
import { SeededRandom } from "./random";
import { assumptionsSheet, ccgSheet } from "./sheets";
import { cutTerritories, regroupByCcg } from "./territories";
import { practiceAdjacency } from "./contiguity";
import { joinStrayPieces } from "./strayPieces";
import { buildPracticesSheet } from "./practicesSheet";
import { absorbEmbeddedPractices } from "./embedded";
import { growSmallCcgs } from "./smallCcgs";
import { scenariosSheet } from "./scenariosSheet";

/** What to generate. Every field is optional. */
export interface SampleOptions {
  /** Practice rows wanted (including the planted problem rows); default 7,500. */
  readonly practices?: number;
  /** Number of CCGs; default 210. */
  readonly ccgs?: number;
  /** Seed of the pseudo-random generator; default 1. Same options → identical workbook. */
  readonly seed?: number;
}

/** Defaults: about the size of England in 2013. */
export const SAMPLE_DEFAULTS = { practices: 7500, ccgs: 210, seed: 1 } as const;
/** Largest sample the generator accepts (about 2.3 million unique practice codes exist in its scheme). */
export const MAX_SAMPLE_PRACTICES = 2_000_000;
/** Most CCGs the generator accepts (ONS-style codes E38 + 6 digits run out at 999,999). */
export const MAX_SAMPLE_CCGS = 100_000;

/** A planted data-quality problem with the practice code found in its row (null for the blank row). */
export interface ResolvedDataQualityCase extends SampleDataQualityCase {
  readonly practiceCode: string | null;
}

/** Where the deliberate cases ended up in one generated sample (codes depend on the options). */
export interface SampleCases {
  /** A CCG with an island of practices deep inside a neighbour; null when the sample is too small. */
  readonly exclave: {
    readonly ccg: string;
    readonly host: string;
    readonly islandPracticeCodes: readonly string[];
  } | null;
  /**
   * Two neighbouring CCGs whose practices are interleaved over a band along their boundary;
   * `mixedPracticeCodes` are the practices moved across it (scattered among the other CCG's).
   */
  readonly mosaic: {
    readonly ccgs: readonly [string, string];
    readonly mixedPracticeCodes: readonly string[];
  } | null;
  /** A town CCG entirely surrounded by one county CCG (away from the edge of England). */
  readonly enclosed: { readonly ccg: string; readonly surroundedBy: string } | null;
  /** CCGs whose population (sum of generated list sizes) is under 50,000, and 50,000–99,999. */
  readonly underRedLine: readonly string[];
  readonly underAmberLine: readonly string[];
  /** CCGs with a collaborative arrangement (Y in the CCGs sheet). */
  readonly collaborative: readonly string[];
  /** CCGs whose members hold under 75% of the population, and between 75% and 100%. */
  readonly membershipBelowRedLine: readonly string[];
  readonly membershipPartial: readonly string[];
  /**
   * CCGs made to cross local-authority boundaries at the margins (under 10% outside the main LA)
   * and substantially (25–40%); the exclave's CCG also crosses at the margins (its island lies in
   * the host's LA).
   */
  readonly crossingAtMargins: readonly string[];
  readonly crossingSubstantially: readonly string[];
  /** The planted problems (empty when the sample has fewer than 20 practices, or not more than two per CCG). */
  readonly dataQuality: readonly ResolvedDataQualityCase[];
}

/** A generated workbook and where its deliberate cases are. */
export interface Sample {
  readonly workbook: WorkbookData;
  readonly cases: SampleCases;
}

/**
 * Largest sample that is triangulated to join stray CCG pieces to a neighbour and to check the
 * geography cases; beyond this, stress-test samples keep a few split CCGs, to stay fast.
 */
export const MAX_PRACTICES_FOR_CONTIGUITY_REPAIR = 200_000;
/** Invented neighbourhood names used in city and countryside practice names. */
const NEIGHBOURHOOD_COUNT = 300;

function checkOptions(options: SampleOptions): { practices: number; ccgs: number; seed: number } {
  const practices = options.practices ?? SAMPLE_DEFAULTS.practices;
  const ccgs = options.ccgs ?? SAMPLE_DEFAULTS.ccgs;
  const seed = options.seed ?? SAMPLE_DEFAULTS.seed;
  if (!Number.isInteger(practices) || practices < 1) {
    throw new Error(
      `Number of practices ${String(practices)} must be a whole number of at least 1`
    );
  }
  if (practices > MAX_SAMPLE_PRACTICES) {
    throw new Error(
      `Number of practices ${practices} is more than the ${MAX_SAMPLE_PRACTICES} the sample generator supports`
    );
  }
  if (!Number.isInteger(ccgs) || ccgs < 1)
    throw new Error(`Number of CCGs ${String(ccgs)} must be a whole number of at least 1`);
  if (ccgs > practices)
    throw new Error(`Number of CCGs ${ccgs} is more than the number of practices ${practices}`);
  if (ccgs > MAX_SAMPLE_CCGS)
    throw new Error(
      `Number of CCGs ${ccgs} is more than the ${MAX_SAMPLE_CCGS} the sample generator supports`
    );
  if (!Number.isFinite(seed)) throw new Error(`Seed ${String(seed)} must be a finite number`);
  return { practices, ccgs, seed };
}

/**
 * Generates the sample workbook and reports where its deliberate cases are.
 * @param options Practices, CCGs and seed (defaults 7,500, 210 and 1).
 * @returns The workbook (sheets `Practices`, `CCGs`, `Assumptions`) and its cases.
 * @example generateSample({ practices: 300, ccgs: 12 }).cases.enclosed // { ccg: "…", surroundedBy: "…" }
 */
export function generateSample(options: SampleOptions = {}): Sample {
  const { practices, ccgs, seed } = checkOptions(options);
  const random = new SeededRandom(seed);
  const withDataQuality = practices >= MIN_PRACTICES_FOR_DATA_QUALITY_CASES && practices > 2 * ccgs;
  const distinct = withDataQuality ? practices - 1 : practices;

  const towns = placeTowns(random);
  const points = placePractices(distinct, towns, random);
  let totalPopulation = 0;
  for (let p = 0; p < distinct; p++) totalPopulation += points.listSize[p] as number;
  const planned = planPopulations(ccgs, totalPopulation, random);
  const plannedSmall = new Set([...planned.underRedLine, ...planned.underAmberLine]);
  const territories = cutTerritories(points, planned.populations, random);
  const adjacency =
    distinct <= MAX_PRACTICES_FOR_CONTIGUITY_REPAIR ? practiceAdjacency(points) : null;
  if (adjacency !== null) {
    joinStrayPieces(points, territories.ccgOfPractice, adjacency, plannedSmall);
    absorbEmbeddedPractices(territories.ccgOfPractice, adjacency, plannedSmall);
    growSmallCcgs(points, territories.ccgOfPractice, adjacency, planned.populations, plannedSmall);
    joinStrayPieces(points, territories.ccgOfPractice, adjacency, plannedSmall);
    regroupByCcg(territories);
  }
  const geography = makeGeographyCases(points, territories, plannedSmall, random, adjacency);
  regroupByCcg(territories);
  const localAuthorities = assignLocalAuthorities(points, territories, geography, random);
  const { ccgOfPractice, order } = territories;

  const populations = new Float64Array(ccgs);
  const practiceCounts = new Int32Array(ccgs);
  for (let p = 0; p < distinct; p++) {
    const ccg = ccgOfPractice[p] as number;
    populations[ccg] = (populations[ccg] as number) + (points.listSize[p] as number);
    practiceCounts[ccg] = (practiceCounts[ccg] as number) + 1;
  }
  const special = new Set<number>([...plannedSmall, ...geography.ccgs]);
  for (let ccg = 0; ccg < ccgs; ccg++) if ((populations[ccg] as number) < 100000) special.add(ccg);
  const membership = assignMembership(points, ccgOfPractice, ccgs, special, random);
  const caseCcgs = new Set<number>([...membership.belowRedLine, ...geography.ccgs]);
  for (const ccg of caseCcgs) special.add(ccg);

  const places = distinctPlaceNames(
    CITY_CLUSTERS.length + towns.length + NEIGHBOURHOOD_COUNT,
    random
  );
  const cityNames = places.slice(0, CITY_CLUSTERS.length);
  const townNames = places.slice(CITY_CLUSTERS.length, CITY_CLUSTERS.length + towns.length);
  const neighbourhoods = places.slice(CITY_CLUSTERS.length + towns.length);
  const ccgNames = nameCcgs(points, ccgOfPractice, ccgs, cityNames, townNames, random);
  const ccgCodeList = ccgCodes(ccgs, random);
  const laCodes = localAuthorityCodes(localAuthorities.kinds, random);

  const practicesSheet = buildPracticesSheet(
    {
      points,
      order,
      ccgOfPractice,
      ccgCodes: ccgCodeList,
      ccgNames,
      laOfPractice: localAuthorities.laOfPractice,
      laCodes,
      isMember: membership.isMember,
      townNames,
      neighbourhoods,
      planting: withDataQuality ? { practiceCounts, special, cases: caseCcgs, adjacency } : null,
    },
    random
  );
  const { practiceCodes } = practicesSheet;

  const collaborative = collaborativeCcgs(populations);
  const scenarios = scenariosSheet({
    populations,
    ccgCodes: ccgCodeList,
    practiceCodes,
    ccgOfPractice: ccgOfPractice.subarray(0, distinct),
    adjacency,
    exclave: geography.exclave,
  });
  const workbook: WorkbookData = {
    sheets: [
      practicesSheet.sheet,
      ccgSheet({ codes: ccgCodeList, names: ccgNames, populations, collaborative }, random),
      assumptionsSheet(),
      ...(scenarios === null ? [] : [scenarios]),
    ],
  };

  const codeOf = (ccg: number): string => ccgCodeList[ccg] as string;
  const cases: SampleCases = {
    exclave:
      geography.exclave === null
        ? null
        : {
            ccg: codeOf(geography.exclave.ccg),
            host: codeOf(geography.exclave.host),
            islandPracticeCodes: geography.exclave.islandPractices.map(
              (p) => practiceCodes[p] as string
            ),
          },
    mosaic:
      geography.mosaic === null
        ? null
        : {
            ccgs: [codeOf(geography.mosaic.ccgs[0]), codeOf(geography.mosaic.ccgs[1])],
            mixedPracticeCodes: geography.mosaic.mixedPractices.map(
              (p) => practiceCodes[p] as string
            ),
          },
    enclosed:
      geography.enclosed === null
        ? null
        : {
            ccg: codeOf(geography.enclosed.ccg),
            surroundedBy: codeOf(geography.enclosed.surroundedBy),
          },
    underRedLine: ccgsWhere(ccgs, (c) => (populations[c] as number) < 50000).map(codeOf),
    underAmberLine: ccgsWhere(
      ccgs,
      (c) => (populations[c] as number) >= 50000 && (populations[c] as number) < 100000
    ).map(codeOf),
    collaborative: [...collaborative].sort((a, b) => a - b).map(codeOf),
    membershipBelowRedLine: membership.belowRedLine.map(codeOf),
    membershipPartial: membership.partial.map(codeOf),
    crossingAtMargins: localAuthorities.crossingAtMargins.map(codeOf),
    crossingSubstantially: localAuthorities.crossingSubstantially.map(codeOf),
    dataQuality: withDataQuality ? resolveDataQuality(practicesSheet.sheet) : [],
  };
  return { workbook, cases };
}

/**
 * Generates the sample workbook.
 * @param options Practices, CCGs and seed (defaults 7,500, 210 and 1).
 * @returns Sheets `Practices`, `CCGs`, `Assumptions` and (unless too small) `Scenarios`, each starting at A1
 *   with a header row.
 * @example generateSampleWorkbook({ practices: 1000, ccgs: 30, seed: 7 }).sheets.map((s) => s.name)
 */
export function generateSampleWorkbook(options: SampleOptions = {}): WorkbookData {
  return generateSample(options).workbook;
}

/**
 * A small sample for tests elsewhere: 300 practice rows in 12 CCGs, with every deliberate case.
 * @param seed Seed of the generator (default 1).
 * @returns The workbook.
 */
export function generateSmallSample(seed = 1): WorkbookData {
  return generateSampleWorkbook({ practices: 300, ccgs: 12, seed });
}

function ccgsWhere(count: number, test: (ccg: number) => boolean): number[] {
  const found: number[] = [];
  for (let ccg = 0; ccg < count; ccg++) if (test(ccg)) found.push(ccg);
  return found;
}

/** Half the CCGs under 50,000 and half of those under 100,000 (at least one of each, leaving one red if possible). */
function collaborativeCcgs(populations: Float64Array): Set<number> {
  const collaborative = new Set<number>();
  const underRed = ccgsWhere(populations.length, (c) => (populations[c] as number) < 50000);
  const underAmber = ccgsWhere(
    populations.length,
    (c) => (populations[c] as number) >= 50000 && (populations[c] as number) < 100000
  );
  underRed.forEach((ccg, i) => {
    if (i % 2 === 0) collaborative.add(ccg);
  });
  underAmber.forEach((ccg, i) => {
    if (i % 2 === 0) collaborative.add(ccg);
  });
  return collaborative;
}

/** The planted problems with the practice code now in each of their rows. */
function resolveDataQuality(sheet: SheetData): ResolvedDataQualityCase[] {
  return SAMPLE_DATA_QUALITY_CASES.map((planted) => {
    const code = sheet.rows[planted.row - sheet.firstRow]?.[PRACTICE_COLUMNS.code];
    return { ...planted, practiceCode: typeof code === "string" ? code : null };
  });
}
