/**
 * Reads the real England practice file (/work/shared/data/england/practices-2016q1.csv) into
 * packed practices, for tests and benchmarks. The data stays outside the project.
 */
import * as fs from "fs";
import * as path from "path";
import { projectToBritishNationalGrid } from "../../../../src/engine/geo/projection";
import type { PackedPractices } from "../../../../src/engine/geo/types";

/** Where the shared England data lives, relative to the repository. */
export const ENGLAND_PRACTICES_PATH = path.resolve(
  __dirname,
  "../../../../../shared/data/england/practices-2016q1.csv"
);

/** England practices with coordinates, packed, with the CCG code of each group. */
export interface EnglandPractices {
  readonly points: PackedPractices;
  readonly ccgCodes: readonly string[];
  /** Rows in the file, with or without coordinates. */
  readonly rows: number;
  /** Latitudes and longitudes (degrees) of the packed practices, for baselines that need them. */
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
}

/** Splits one CSV line, honouring double quotes. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/**
 * Loads and packs the England practices that have coordinates (projected to the National Grid).
 * @param file CSV path (default {@link ENGLAND_PRACTICES_PATH}).
 * @returns Packed practices and their CCG codes.
 */
export function loadEnglandPractices(file: string = ENGLAND_PRACTICES_PATH): EnglandPractices {
  const lines = fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
  const header = splitCsvLine(lines[0] as string);
  const column = (name: string): number => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`${file} has no column '${name}' (headers: ${header.join(", ")}).`);
    return at;
  };
  const ccgAt = column("ccg_code");
  const listAt = column("list_size");
  const latAt = column("latitude");
  const lonAt = column("longitude");
  const latitudes: number[] = [];
  const longitudes: number[] = [];
  const weights: number[] = [];
  const groups: number[] = [];
  const groupOf = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const cells = splitCsvLine(line);
    const lat = cells[latAt] ?? "";
    const lon = cells[lonAt] ?? "";
    if (lat === "" || lon === "") continue;
    const code = cells[ccgAt] ?? "";
    if (!groupOf.has(code)) groupOf.set(code, groupOf.size);
    latitudes.push(Number(lat));
    longitudes.push(Number(lon));
    weights.push(Number(cells[listAt]));
    groups.push(groupOf.get(code) as number);
  }
  const count = latitudes.length;
  const latitude = Float64Array.from(latitudes);
  const longitude = Float64Array.from(longitudes);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  projectToBritishNationalGrid(latitude, longitude, x, y);
  return {
    points: {
      count,
      x,
      y,
      weight: Float64Array.from(weights),
      group: Int32Array.from(groups),
      groupCount: groupOf.size,
    },
    ccgCodes: [...groupOf.keys()],
    rows: lines.length - 1,
    latitude,
    longitude,
  };
}
