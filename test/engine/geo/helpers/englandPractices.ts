/**
 * Reads the real England practice file (/work/shared/data/england/practices-2016q1.csv) into
 * packed practices, for tests and benchmarks. The data stays outside the project.
 */
import * as fs from "fs";
import * as path from "path";
import { projectToBritishNationalGrid } from "../../../../src/engine/geo/projection";
import type { PackedPractices } from "../../../../src/engine/geo/types";
import { parseCsv } from "../../../../src/xlsx/csv";

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

/**
 * Loads and packs the England practices that have coordinates (projected to the National Grid).
 * @param file CSV path (default {@link ENGLAND_PRACTICES_PATH}).
 * @returns Packed practices and their CCG codes.
 */
export function loadEnglandPractices(file: string = ENGLAND_PRACTICES_PATH): EnglandPractices {
  // The product's own CSV reader: numbers arrive as numbers, blanks as null.
  const rows = parseCsv(fs.readFileSync(file, "utf8"), "practices").rows.map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? "" : String(cell)))
  );
  const header = rows[0] ?? [];
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
  for (const cells of rows.slice(1)) {
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
    rows: rows.length - 1,
    latitude,
    longitude,
  };
}
