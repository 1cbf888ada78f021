/**
 * Seeded random practice layouts for geometry tests (deterministic: same seed, same layout).
 */
import type { PackedPractices } from "../../../../src/engine/geo/types";

/**
 * mulberry32: a tiny seeded PRNG returning numbers in [0, 1).
 * @param seed Any 32-bit integer.
 * @returns A function producing the next number of the sequence.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of a random layout. */
export interface LayoutOptions {
  readonly count: number;
  readonly groupCount: number;
  readonly seed: number;
  /** 'uniform' over the box, or 'clustered' (dense towns plus sparse countryside). */
  readonly kind: "uniform" | "clustered";
  /** Box size in metres (default 100 km × 130 km). */
  readonly widthM?: number;
  readonly heightM?: number;
  /** Share of practices placed exactly on an earlier practice (co-located), default 0.05. */
  readonly duplicateShare?: number;
  /** Share of practices given a random group instead of the nearest centre's, default 0.05. */
  readonly noiseShare?: number;
  /** Round coordinates to this many metres (creates more ties), default 0 = no rounding. */
  readonly roundM?: number;
  /** Share of practices with list size 0, default 0.02. */
  readonly zeroWeightShare?: number;
}

/**
 * A random layout whose groups are spatially coherent (nearest of `groupCount` seeded centres)
 * with some noise, co-located duplicates and a few zero list sizes.
 * @param options See {@link LayoutOptions}.
 * @returns Packed practices in metres.
 */
export function randomLayout(options: LayoutOptions): PackedPractices {
  const random = mulberry32(options.seed);
  const { count, groupCount } = options;
  const width = options.widthM ?? 100000;
  const height = options.heightM ?? 130000;
  const duplicateShare = options.duplicateShare ?? 0.05;
  const noiseShare = options.noiseShare ?? 0.05;
  const roundM = options.roundM ?? 0;
  const zeroWeightShare = options.zeroWeightShare ?? 0.02;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const weight = new Float64Array(count);
  const group = new Int32Array(count);

  const centreX = new Float64Array(groupCount);
  const centreY = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    centreX[g] = random() * width;
    centreY[g] = random() * height;
  }
  const townCount = Math.max(1, Math.round(count / 200));
  const townX = new Float64Array(townCount);
  const townY = new Float64Array(townCount);
  const townRadius = new Float64Array(townCount);
  for (let t = 0; t < townCount; t++) {
    townX[t] = random() * width;
    townY[t] = random() * height;
    townRadius[t] = 500 + random() * 4000;
  }

  for (let i = 0; i < count; i++) {
    if (i > 0 && random() < duplicateShare) {
      const j = Math.floor(random() * i);
      x[i] = x[j] as number;
      y[i] = y[j] as number;
    } else if (options.kind === "clustered" && random() < 0.8) {
      const t = Math.floor(random() * townCount);
      const angle = random() * 2 * Math.PI;
      const r = (townRadius[t] as number) * Math.sqrt(random());
      x[i] = (townX[t] as number) + r * Math.cos(angle);
      y[i] = (townY[t] as number) + r * Math.sin(angle);
    } else {
      x[i] = random() * width;
      y[i] = random() * height;
    }
    if (roundM > 0) {
      x[i] = Math.round((x[i] as number) / roundM) * roundM;
      y[i] = Math.round((y[i] as number) / roundM) * roundM;
    }
    weight[i] = random() < zeroWeightShare ? 0 : Math.floor(1000 + random() * 15000);
    if (random() < noiseShare) {
      group[i] = Math.floor(random() * groupCount);
    } else {
      let best = 0;
      let bestD = Infinity;
      for (let g = 0; g < groupCount; g++) {
        const dx = (x[i] as number) - (centreX[g] as number);
        const dy = (y[i] as number) - (centreY[g] as number);
        const d = dx * dx + dy * dy;
        if (d < bestD) {
          bestD = d;
          best = g;
        }
      }
      group[i] = best;
    }
  }
  return { count, x, y, weight, group, groupCount };
}

/**
 * Packs hand-written practices ([x km, y km, weight, group]) for small hand-checked layouts.
 * @param rows One row per practice; coordinates in kilometres.
 * @param groupCount Number of groups.
 * @returns Packed practices in metres.
 */
export function packKm(
  rows: ReadonlyArray<readonly [number, number, number, number]>,
  groupCount: number
): PackedPractices {
  const count = rows.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const weight = new Float64Array(count);
  const group = new Int32Array(count);
  rows.forEach(([px, py, w, g], i) => {
    x[i] = px * 1000;
    y[i] = py * 1000;
    weight[i] = w;
    group[i] = g;
  });
  return { count, x, y, weight, group, groupCount };
}
