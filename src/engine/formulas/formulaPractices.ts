/**
 * Practices given to a formula as parallel columns (CCG codes, latitudes, longitudes, weights),
 * grouped by CCG in code order and packed once into the flat arrays the geometry takes.
 */
import { normaliseCcgCode } from "../codes";
import { PackedPractices } from "../geo/types";
import { gridPositionInGreatBritain } from "./coordinates";
import { FormulaInputError } from "./errors";

/** Parallel columns, one entry per position of the ranges; blanks are null. */
export interface PracticeColumns {
  /** CCG code of each practice; absent when all practices form one group (DISPERSION). */
  readonly ccgCodes?: readonly (string | null)[];
  /** WGS84 degrees. */
  readonly latitudes: readonly (number | null)[];
  readonly longitudes: readonly (number | null)[];
  /** List sizes; absent for equal weights (1 each). */
  readonly weights?: readonly (number | null)[];
  /** How messages name position i (default `row i+1`). */
  readonly positionName?: (index: number) => string;
}

/** Practices grouped by CCG and packed for the geometry. */
export interface FormulaPractices {
  /** CCG codes in code order (the CCG Summary's order); `[""]` without a codes column. */
  readonly codes: readonly string[];
  /** Per CCG: practices given, with or without coordinates. */
  readonly practiceCounts: Int32Array;
  /** Per CCG: sum of weights, with or without coordinates. */
  readonly populations: Float64Array;
  /** Practices with coordinates, in range order, in British National Grid metres. */
  readonly points: PackedPractices;
}

function checkLengths(columns: PracticeColumns): number {
  const count = columns.latitudes.length;
  const lengths: [string, number | undefined][] = [
    ["longitudes", columns.longitudes.length],
    ["ccgCodes", columns.ccgCodes?.length],
    ["weights", columns.weights?.length],
  ];
  for (const [name, length] of lengths) {
    if (length !== undefined && length !== count) {
      throw new FormulaInputError(`${name} has ${length} cells but latitudes has ${count}`);
    }
  }
  return count;
}

function checkWeight(weight: number | null, name: string): number {
  if (weight === null) throw new FormulaInputError(`weights ${name} is blank`);
  if (!(weight >= 0) || weight === Infinity) {
    throw new FormulaInputError(`weights ${name}: ${weight} is not a non-negative number`);
  }
  return weight;
}

/**
 * Groups and packs practices. A position where every given column is blank is skipped (so whole
 * columns can be passed); a practice with both coordinates blank counts in its CCG's practices and
 * population but is left out of the geography, as the engine does.
 * @param columns the columns (same length)
 * @returns codes in order, counts, populations and the packed points
 * @throws FormulaInputError naming the position of a blank code or weight, one blank coordinate,
 *   a negative weight, or a position outside Great Britain
 * @example packFormulaPractices({ ccgCodes: ["07L", "08A"], latitudes: [51.5, 52.0], longitudes: [-0.1, -1.0] }).codes
 *   // ["07L", "08A"]
 */
export function packFormulaPractices(columns: PracticeColumns): FormulaPractices {
  const count = checkLengths(columns);
  const { ccgCodes, latitudes, longitudes, weights } = columns;
  const positionName = columns.positionName ?? ((index: number) => `row ${index + 1}`);
  const codeOfRow: (string | null)[] = new Array<string | null>(count).fill(null);
  const weightOfRow = new Float64Array(count);
  const codeSet = new Set<string>();
  let packedCount = 0;
  for (let i = 0; i < count; i++) {
    const code = ccgCodes?.[i] ?? null;
    const latitude = latitudes[i] ?? null;
    const longitude = longitudes[i] ?? null;
    const weight = weights?.[i] ?? null;
    if (code === null && latitude === null && longitude === null && weight === null) continue;
    const name = positionName(i);
    if (ccgCodes !== undefined && code === null) {
      throw new FormulaInputError(`ccgCodes ${name} is blank`);
    }
    const key = ccgCodes === undefined ? "" : normaliseCcgCode(code ?? "");
    codeOfRow[i] = key;
    codeSet.add(key);
    weightOfRow[i] = weights === undefined ? 1 : checkWeight(weight, name);
    if (latitude === null && longitude === null) continue;
    if (latitude === null || longitude === null) {
      const [blank, given, value] =
        latitude === null
          ? ["latitudes", "longitudes", longitude]
          : ["longitudes", "latitudes", latitude];
      throw new FormulaInputError(`${blank} ${name} is blank but ${given} ${name} is ${value}`);
    }
    packedCount++;
  }

  const codes = [...codeSet].sort();
  const groupOf = new Map(codes.map((code, group) => [code, group]));
  const practiceCounts = new Int32Array(codes.length);
  const populations = new Float64Array(codes.length);
  const x = new Float64Array(packedCount);
  const y = new Float64Array(packedCount);
  const weight = new Float64Array(packedCount);
  const group = new Int32Array(packedCount);
  let next = 0;
  for (let i = 0; i < count; i++) {
    const code = codeOfRow[i];
    if (code === null || code === undefined) continue;
    const g = groupOf.get(code) ?? 0;
    practiceCounts[g] = (practiceCounts[g] ?? 0) + 1;
    populations[g] = (populations[g] ?? 0) + (weightOfRow[i] ?? 0);
    const latitude = latitudes[i] ?? null;
    const longitude = longitudes[i] ?? null;
    if (latitude === null || longitude === null) continue;
    const position = gridPositionInGreatBritain(
      latitude,
      longitude,
      `latitudes/longitudes ${positionName(i)}`
    );
    x[next] = position.easting;
    y[next] = position.northing;
    weight[next] = weightOfRow[i] ?? 0;
    group[next] = g;
    next++;
  }
  return {
    codes,
    practiceCounts,
    populations,
    points: { count: packedCount, x, y, weight, group, groupCount: codes.length },
  };
}

/**
 * The group index of a CCG code, compared as the engine keys codes (trimmed, upper case, `07L00` → `07L`).
 * @param practices grouped practices
 * @param code the CCG code asked for
 * @returns the group index, or -1 when no practice has that code
 * @example groupOfCode(practices, " 07l ") // 0 when 07L is the first code
 */
export function groupOfCode(practices: FormulaPractices, code: string): number {
  return practices.codes.indexOf(normaliseCcgCode(code));
}
