/**
 * The `Practices` sheet of the sample: practice codes by region in territory order, names,
 * postcodes, and the planted data-quality problems in practices chosen not to disturb the
 * deliberate cases.
 */

import type { CellValue, SheetData } from "../engine/cells";
import { PracticeCodeAllocator, postcodeArea, regionLetter } from "./codes";
import type { PracticeAdjacency } from "./contiguity";
import {
  PLANTED_PRACTICE_POSITIONS,
  PRACTICE_HEADERS,
  SAMPLE_DATA_QUALITY_CASES,
  plantDataQualityCases,
} from "./dataQuality";
import { CITY_CLUSTERS } from "./england";
import { PostcodeMaker, PracticeNamer } from "./names";
import type { PracticePoints } from "./placement";
import type { SeededRandom } from "./random";

/** Share of practices whose code starts with Y (newer practices, any region). */
const Y_CODE_SHARE = 0.04;
/** Samples up to this size leave small gaps between practice numbers, as real lists do. */
const MAX_PRACTICES_WITH_CODE_GAPS = 200_000;

/** Which practices may carry the planted problems. */
export interface PlantingRules {
  readonly practiceCounts: Int32Array;
  /** CCGs to avoid first: deliberate cases, small CCGs. */
  readonly special: ReadonlySet<number>;
  /** CCGs never to use: the geography and membership cases. */
  readonly cases: ReadonlySet<number>;
  /** Adjacency, to avoid neighbours of case CCGs (null: not checked). */
  readonly adjacency: PracticeAdjacency | null;
}

/** Everything a Practices row needs, by practice, CCG or LA index. */
export interface PracticesSheetInput {
  readonly points: PracticePoints;
  /** Practices in territory order (neighbours near each other). */
  readonly order: Int32Array;
  readonly ccgOfPractice: Int32Array;
  readonly ccgCodes: readonly string[];
  readonly ccgNames: readonly string[];
  readonly laOfPractice: Int32Array;
  readonly laCodes: readonly string[];
  readonly isMember: Uint8Array;
  /** Invented name per market town (for practices of that town). */
  readonly townNames: readonly string[];
  /** Invented neighbourhood names for city and countryside practices. */
  readonly neighbourhoods: readonly string[];
  /** Plant the data-quality problems following these rules, or null for a clean sheet. */
  readonly planting: PlantingRules | null;
}

/** The sheet and the code given to each practice. */
export interface PracticesSheet {
  readonly sheet: SheetData;
  /** Code per practice index (before any planted change). */
  readonly practiceCodes: readonly string[];
}

/**
 * Builds the Practices sheet.
 * @param input Practices, their CCGs, LAs and membership, and the names to use.
 * @param random The shared generator.
 * @returns The sheet (header row 1) and each practice's code.
 */
export function buildPracticesSheet(
  input: PracticesSheetInput,
  random: SeededRandom
): PracticesSheet {
  const { points, ccgOfPractice } = input;
  const { practiceCodes, rowOrder } = allocatePracticeCodes(points, input.order, random);
  if (input.planting !== null) keepPlantedRowsOrdinary(rowOrder, ccgOfPractice, input.planting);
  const namer = new PracticeNamer(random);
  const postcodes = new PostcodeMaker(random);
  const rows: CellValue[][] = rowOrder.map((p) => {
    const ccg = ccgOfPractice[p] as number;
    const origin = points.origin[p] as number;
    const place =
      origin >= CITY_CLUSTERS.length
        ? (input.townNames[origin - CITY_CLUSTERS.length] as string)
        : random.pick(input.neighbourhoods);
    const latitude = points.latitude[p] as number;
    const longitude = points.longitude[p] as number;
    return [
      practiceCodes[p] as string,
      namer.name(place),
      input.ccgCodes[ccg] as string,
      input.ccgNames[ccg] as string,
      points.listSize[p] as number,
      postcodes.make(postcodeArea(latitude, longitude)),
      latitude,
      longitude,
      input.laCodes[input.laOfPractice[p] as number] as string,
      input.isMember[p] === 1 ? "Y" : "N",
    ];
  });
  const dataRows = input.planting === null ? rows : plantDataQualityCases(rows);
  const header: CellValue[] = [...PRACTICE_HEADERS];
  dataRows.unshift(header);
  return {
    sheet: { name: "Practices", rows: dataRows, firstRow: 1, firstColumn: 1 },
    practiceCodes,
  };
}

/**
 * Practice codes in territory order (neighbours get nearby numbers), letter by region; rows are
 * grouped by code letter, so the sheet reads in code order.
 */
function allocatePracticeCodes(
  points: PracticePoints,
  order: Int32Array,
  random: SeededRandom
): { practiceCodes: string[]; rowOrder: number[] } {
  const allocator = new PracticeCodeAllocator(random, points.count <= MAX_PRACTICES_WITH_CODE_GAPS);
  const practiceCodes = new Array<string>(points.count);
  const byLetter = new Map<string, number[]>();
  for (let i = 0; i < points.count; i++) {
    const p = order[i] as number;
    const letter =
      random.next() < Y_CODE_SHARE
        ? "Y"
        : regionLetter(points.latitude[p] as number, points.longitude[p] as number);
    const code = allocator.allocate(letter);
    practiceCodes[p] = code;
    const bucket = byLetter.get(code.charAt(0));
    if (bucket === undefined) byLetter.set(code.charAt(0), [p]);
    else bucket.push(p);
  }
  const rowOrder: number[] = [];
  for (const letter of [...byLetter.keys()].sort()) {
    for (const p of byLetter.get(letter) as number[]) rowOrder.push(p);
  }
  return { practiceCodes, rowOrder };
}

/**
 * Moves suitable practices into the rows that get planted problems (most of those practices drop
 * out of the analysis, so they must not be part of a deliberate case): first choice a practice of
 * an ordinary CCG (not special, at least 4 practices) with no neighbour in a case CCG, second
 * choice any practice of a CCG with 2 or more practices that is not one of the cases.
 */
function keepPlantedRowsOrdinary(
  rowOrder: number[],
  ccgOfPractice: Int32Array,
  rules: PlantingRules
): void {
  const { practiceCounts, special, cases, adjacency } = rules;
  /** Leaving the practice out cannot change the triangulation around a case CCG. */
  const awayFromCases = (p: number): boolean => {
    if (adjacency === null) return true;
    for (let k = adjacency.offsets[p] as number; k < (adjacency.offsets[p + 1] as number); k++) {
      if (cases.has(ccgOfPractice[adjacency.neighbours[k] as number] as number)) return false;
    }
    return true;
  };
  const tiers = [
    (p: number): boolean => {
      const ccg = ccgOfPractice[p] as number;
      return !special.has(ccg) && (practiceCounts[ccg] as number) >= 4 && awayFromCases(p);
    },
    (p: number): boolean => {
      const ccg = ccgOfPractice[p] as number;
      return !cases.has(ccg) && (practiceCounts[ccg] as number) >= 2;
    },
  ];
  const duplicated = SAMPLE_DATA_QUALITY_CASES.flatMap((c) =>
    c.duplicateOfRow === undefined ? [] : [c.duplicateOfRow - 2]
  );
  const positions = [...new Set([...PLANTED_PRACTICE_POSITIONS, ...duplicated])].sort(
    (a, b) => a - b
  );
  const firstSpare = (positions[positions.length - 1] as number) + 1;
  const taken = new Set<number>();
  for (const position of positions) {
    for (const suitable of tiers) {
      if (suitable(rowOrder[position] as number)) break;
      let spare = firstSpare;
      while (spare < rowOrder.length && (taken.has(spare) || !suitable(rowOrder[spare] as number)))
        spare++;
      if (spare >= rowOrder.length) continue;
      [rowOrder[position], rowOrder[spare]] = [
        rowOrder[spare] as number,
        rowOrder[position] as number,
      ];
      taken.add(spare);
      break;
    }
  }
}
