/**
 * Geography benchmark (SPEC §3.2, §9): per-stage timings of the geography engine on seeded
 * layouts of 7,500 / 100,000 / 1,000,000 practices, and, for the measures Turf computes
 * (dispersion and hull area), the same measures with Turf on the same data.
 *
 * Layouts are generated in WGS84 degrees over a 500 × 650 km box of England (uniform, or dense
 * towns plus sparse countryside), so Turf gets longitude/latitude and the engine gets the same
 * points projected to the National Grid. Groups are spatially coherent: each practice joins the
 * nearest of `groupCount` seeded centres (drawn from the practices, so CCGs are smaller where
 * practices are dense), with 2% noise; 1% of practices share a position with another.
 *
 * Usage (from the main bench, bundled in dist/bench/):
 *   runGeographyBench(undefined, console.log, {
 *     englandCsv: path.resolve(__dirname, "../../../shared/data/england/practices-2016q1.csv"),
 *   });
 * All sizes with the Turf baseline take about 5 minutes on 2 cores.
 */
import { convex } from "@turf/convex";
import { area } from "@turf/area";
import { centerMean } from "@turf/center-mean";
import { distance } from "@turf/distance";
import { featureCollection, point } from "@turf/helpers";
import type { Feature, Point } from "geojson";
import * as fs from "fs";
import * as os from "os";
import { analyseGeography } from "../src/engine/geo/coherence";
import { buildTerritoryAdjacency } from "../src/engine/geo/delaunayAdjacency";
import { measureDispersion } from "../src/engine/geo/dispersion";
import { findSurroundingGroups } from "../src/engine/geo/enclosure";
import { measureNeighbourPurity } from "../src/engine/geo/neighbourPurity";
import { buildPracticeIndex } from "../src/engine/geo/practiceIndex";
import KDBush from "kdbush";
import { projectToBritishNationalGrid } from "../src/engine/geo/projection";
import { findTerritoryPieces } from "../src/engine/geo/territoryPieces";
import type { PackedPractices } from "../src/engine/geo/types";
import { mulberry32 } from "../test/engine/geo/helpers/seededLayouts";
import { loadEnglandPractices } from "../test/engine/geo/helpers/englandPractices";

/** One benchmark size. */
export interface GeographyBenchSize {
  readonly kind: "uniform" | "clustered";
  readonly count: number;
  readonly groupCount: number;
}

/** A layout in degrees (for Turf) and packed in National Grid metres (for the engine). */
export interface BenchLayout {
  readonly name: string;
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
  readonly points: PackedPractices;
}

/** Timing of one stage. */
export interface StageTiming {
  readonly stage: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

/** Turf baseline of one layout. */
export interface TurfBaseline {
  /** Weighted centre, standard distance, max distance (centerMean + distance), all groups. */
  readonly dispersionMs: number;
  /** Convex hull area (convex + area), all groups. */
  readonly hullMs: number;
  /** Median relative difference of standard distance, Turf (spherical) vs engine (grid). */
  readonly standardDistanceDifference: number;
  /** Median relative difference of hull area. */
  readonly hullAreaDifference: number;
}

/** Everything measured for one layout. */
export interface GeographyBenchRecord {
  readonly layout: string;
  readonly count: number;
  readonly groupCount: number;
  readonly stages: readonly StageTiming[];
  readonly turf: TurfBaseline | null;
}

/** Sizes the lead asked for: England scale, 100k and a million, uniform and clustered. */
export const DEFAULT_GEOGRAPHY_BENCH_SIZES: readonly GeographyBenchSize[] = [
  { kind: "uniform", count: 7500, groupCount: 210 },
  { kind: "clustered", count: 7500, groupCount: 210 },
  { kind: "uniform", count: 100000, groupCount: 2800 },
  { kind: "clustered", count: 100000, groupCount: 2800 },
  { kind: "uniform", count: 1000000, groupCount: 28000 },
  { kind: "clustered", count: 1000000, groupCount: 28000 },
];

/** Result sink: every timed call feeds it, so nothing can be optimised away. */
let sink = 0;

const SOUTH = 50.5;
const NORTH = 56.35; // ≈ 650 km
const WEST = -5.8;
const EAST = 1.73; // ≈ 500 km at 53.4°N
const KM_PER_DEGREE_LATITUDE = 111.2;

/**
 * Builds a seeded layout: positions in degrees, projected, grouped by nearest seeded centre.
 * @param size Kind, practices and groups.
 * @param seed PRNG seed.
 * @returns The layout.
 */
export function makeBenchLayout(size: GeographyBenchSize, seed = 2016): BenchLayout {
  const random = mulberry32(seed + size.count + (size.kind === "clustered" ? 1 : 0));
  const { count, groupCount } = size;
  const latitude = new Float64Array(count);
  const longitude = new Float64Array(count);
  const townCount = Math.max(1, Math.round(count / 150));
  const townLat = new Float64Array(townCount);
  const townLon = new Float64Array(townCount);
  const townRadiusKm = new Float64Array(townCount);
  for (let t = 0; t < townCount; t++) {
    townLat[t] = SOUTH + random() * (NORTH - SOUTH);
    townLon[t] = WEST + random() * (EAST - WEST);
    townRadiusKm[t] = 1 + 7 * random() ** 3; // many small towns, a few cities
  }
  for (let i = 0; i < count; i++) {
    if (i > 0 && random() < 0.01) {
      const j = Math.floor(random() * i);
      latitude[i] = latitude[j] as number;
      longitude[i] = longitude[j] as number;
    } else if (size.kind === "clustered" && random() < 0.75) {
      const t = Math.floor(random() * townCount);
      const angle = 2 * Math.PI * random();
      const r = (townRadiusKm[t] as number) * Math.sqrt(-2 * Math.log(1 - random())) * 0.6;
      const lat = (townLat[t] as number) + (r * Math.sin(angle)) / KM_PER_DEGREE_LATITUDE;
      latitude[i] = lat;
      longitude[i] =
        (townLon[t] as number) +
        (r * Math.cos(angle)) / (KM_PER_DEGREE_LATITUDE * Math.cos((lat * Math.PI) / 180));
    } else {
      latitude[i] = SOUTH + random() * (NORTH - SOUTH);
      longitude[i] = WEST + random() * (EAST - WEST);
    }
  }
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  projectToBritishNationalGrid(latitude, longitude, x, y);

  // Centres drawn from the practices; each practice in the group of its nearest centre (ties: lower index).
  const centreX = new Float64Array(groupCount);
  const centreY = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const p = Math.floor(random() * count);
    centreX[g] = x[p] as number;
    centreY[g] = y[p] as number;
  }
  const centres = new KDBush(groupCount);
  for (let g = 0; g < groupCount; g++) centres.add(centreX[g] as number, centreY[g] as number);
  centres.finish();
  // Every centre within a growing radius; the nearest of them, ties to the lower index.
  const nearestCentre = (px: number, py: number): number => {
    for (let radius = 1000; ; radius *= 2) {
      let best = -1;
      let bestD = Infinity;
      for (const g of centres.within(px, py, radius)) {
        const d = ((centreX[g] as number) - px) ** 2 + ((centreY[g] as number) - py) ** 2;
        if (d < bestD || (d === bestD && g < best)) [best, bestD] = [g, d];
      }
      if (best >= 0) return best;
    }
  };
  const group = new Int32Array(count);
  const weight = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    group[i] =
      random() < 0.02
        ? Math.floor(random() * groupCount)
        : nearestCentre(x[i] as number, y[i] as number);
    weight[i] = random() < 0.01 ? 0 : Math.round(1500 + 14000 * random() ** 2);
  }
  return {
    name: `${size.kind} ${count.toLocaleString("en-GB")} practices, ${groupCount.toLocaleString("en-GB")} groups`,
    latitude,
    longitude,
    points: { count, x, y, weight, group, groupCount },
  };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Times `run` after warm-up: median and minimum of several runs.
 * @param stage Stage name.
 * @param run Work to time; its result feeds the sink.
 * @param warmups Untimed runs first.
 * @param runs Timed runs.
 * @returns The timing.
 */
export function timeStage(
  stage: string,
  run: () => number,
  warmups: number,
  runs: number
): StageTiming {
  // One collection before the stage, none between runs: a forced full GC right before each run
  // leaves the collector's background work to land inside the next timed run.
  collectGarbage();
  for (let i = 0; i < warmups; i++) sink += run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { stage, medianMs: times[times.length >> 1] as number, minMs: times[0] as number, runs };
}

/**
 * Per-stage timings of the engine on one layout.
 * @param layout The layout.
 * @param warmups Untimed runs per stage.
 * @param runs Timed runs per stage.
 * @returns One timing per stage, then the whole analysis.
 */
export function timeGeographyStages(
  layout: BenchLayout,
  warmups: number,
  runs: number
): StageTiming[] {
  const { points, latitude, longitude } = layout;
  const { count, x, y } = points;
  const projectedX = new Float64Array(count);
  const projectedY = new Float64Array(count);
  const index = buildPracticeIndex(x, y, count);
  const adjacency = buildTerritoryAdjacency(x, y, count);
  const options = { bridgeKm: 0, neighbourCount: 6 };
  return [
    timeStage(
      "projection WGS84 → BNG",
      () => {
        projectToBritishNationalGrid(latitude, longitude, projectedX, projectedY);
        return projectedX[count - 1] as number;
      },
      warmups,
      runs
    ),
    timeStage(
      "triangulation + adjacency",
      () => buildTerritoryAdjacency(x, y, count).vertexCount,
      warmups,
      runs
    ),
    timeStage(
      "pieces (bridge 0)",
      () => findTerritoryPieces(points, adjacency, 0).pieces[0] as number,
      warmups,
      runs
    ),
    timeStage(
      "pieces (bridge 2 km)",
      () => findTerritoryPieces(points, adjacency, 2, index).pieces[0] as number,
      warmups,
      runs
    ),
    timeStage(
      "enclosure",
      () => findSurroundingGroups(points, adjacency)[0] as number,
      warmups,
      runs
    ),
    timeStage("spatial index (kdbush)", () => buildPracticeIndex(x, y, count).count, warmups, runs),
    timeStage(
      // With the adjacency, as in the engine: the nearest other CCG from border candidates.
      "6 nearest + purity + nearest other CCG",
      () => measureNeighbourPurity(points, index, 6, adjacency).nearestOtherKm[0] as number,
      warmups,
      runs
    ),
    timeStage(
      "dispersion + hull",
      () => measureDispersion(points).hullAreaKm2[0] as number,
      warmups,
      runs
    ),
    timeStage(
      "whole analyseGeography",
      () => analyseGeography(points, options).groups.purity[0] as number,
      warmups,
      runs
    ),
  ];
}

function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[sorted.length >> 1] as number);
}

/**
 * The same measures with Turf on longitude/latitude GeoJSON (built before timing).
 * @param layout The layout.
 * @returns Turf timings and how far its figures are from the engine's.
 */
export function runTurfBaseline(layout: BenchLayout): TurfBaseline {
  const { points, latitude, longitude } = layout;
  const { count, groupCount, group, weight } = points;
  const all: Array<Feature<Point, { w: number; g: number; i: number }>> = [];
  const byGroup: Array<Array<Feature<Point, { w: number; g: number; i: number }>>> = Array.from(
    { length: groupCount },
    () => []
  );
  for (let i = 0; i < count; i++) {
    const feature = point([longitude[i] as number, latitude[i] as number], {
      w: weight[i] as number,
      g: group[i] as number,
      i,
    });
    all.push(feature);
    (
      byGroup[group[i] as number] as Array<Feature<Point, { w: number; g: number; i: number }>>
    ).push(feature);
  }
  const collections = byGroup.map((features) => featureCollection(features));

  collectGarbage();
  let start = performance.now();
  const turfSd: number[] = [];
  for (const collection of collections) {
    if (collection.features.length === 0) {
      turfSd.push(Number.NaN);
      continue;
    }
    // Like the engine: equal weights when a group's list sizes sum to 0 (Turf would fail).
    const weighted = collection.features.some((feature) => feature.properties.w > 0);
    const centre = weighted ? centerMean(collection, { weight: "w" }) : centerMean(collection);
    let sum = 0;
    let total = 0;
    let max = 0;
    for (const feature of collection.features) {
      const d = distance(centre, feature, { units: "kilometers" });
      const w = weighted ? feature.properties.w : 1;
      sum += w * d * d;
      total += w;
      if (d > max) max = d;
    }
    turfSd.push(Math.sqrt(sum / total));
    sink += max;
  }
  const dispersionMs = performance.now() - start;

  collectGarbage();
  start = performance.now();
  const turfArea: number[] = [];
  for (const collection of collections) {
    const hull = collection.features.length >= 3 ? convex(collection) : null;
    turfArea.push(hull ? area(hull) / 1e6 : 0);
  }
  const hullMs = performance.now() - start;

  const ours = measureDispersion(points);
  const sdDifference = turfSd.map(
    (sd, g) =>
      Math.abs(sd - (ours.standardDistanceKm[g] as number)) / (ours.standardDistanceKm[g] as number)
  );
  const areaDifference = turfArea.map((a, g) =>
    (ours.hullAreaKm2[g] as number) > 0
      ? Math.abs(a - (ours.hullAreaKm2[g] as number)) / (ours.hullAreaKm2[g] as number)
      : Number.NaN
  );

  return {
    dispersionMs,
    hullMs,
    standardDistanceDifference: median(sdDifference),
    hullAreaDifference: median(areaDifference),
  };
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/**
 * Runs the geography benchmark and logs a readable table per layout.
 * @param sizes Layouts to run (default {@link DEFAULT_GEOGRAPHY_BENCH_SIZES}).
 * @param log Where lines go (e.g. console.log).
 * @param options `englandCsv`: path of practices-2016q1.csv to add the real England layout
 *   (skipped with a message when the file is absent); `turf`: false to skip the Turf baseline.
 * @returns The measurements.
 */
export function runGeographyBench(
  sizes: readonly GeographyBenchSize[] = DEFAULT_GEOGRAPHY_BENCH_SIZES,
  log: (line: string) => void = console.log,
  options: { englandCsv?: string; turf?: boolean } = {}
): GeographyBenchRecord[] {
  const layouts: BenchLayout[] = [];
  log(`Geography benchmark — Node ${process.version}, ${os.cpus().length} cores`);
  if (options.englandCsv && !fs.existsSync(options.englandCsv)) {
    log(`(England data not found at ${options.englandCsv}: real-data layout skipped)`);
  } else if (options.englandCsv) {
    const england = loadEnglandPractices(options.englandCsv);
    layouts.push({
      name: `England 2016 real practices (${england.points.count.toLocaleString("en-GB")}, ${england.points.groupCount} CCGs)`,
      latitude: england.latitude,
      longitude: england.longitude,
      points: england.points,
    });
  }
  for (const size of sizes) layouts.push(makeBenchLayout(size));
  const records: GeographyBenchRecord[] = [];
  for (const layout of layouts) {
    const count = layout.points.count;
    const warmups = count <= 10000 ? 5 : count <= 200000 ? 2 : 1;
    const runs = count <= 10000 ? 15 : count <= 200000 ? 7 : 3;
    log(`\n${layout.name} (${warmups} warm-up, ${runs} timed runs: median / min)`);
    const stages = timeGeographyStages(layout, warmups, runs);
    for (const s of stages)
      log(
        `  ${s.stage.padEnd(40)} ${formatMs(s.medianMs).padStart(10)} / ${formatMs(s.minMs).padStart(10)}`
      );
    let turf: TurfBaseline | null = null;
    if (options.turf !== false) {
      turf = runTurfBaseline(layout);
      const oursDispersion =
        stages.find((s) => s.stage === "dispersion + hull")?.medianMs ?? Number.NaN;
      log(`  Turf centerMean + distance (centre, sd, max)  ${formatMs(turf.dispersionMs)}`);
      log(`  Turf convex + area (hull)                     ${formatMs(turf.hullMs)}`);
      log(
        `  → Turf dispersion + hull ${formatMs(turf.dispersionMs + turf.hullMs)} vs ours ${formatMs(oursDispersion)}: ${((turf.dispersionMs + turf.hullMs) / oursDispersion).toFixed(0)}× slower`
      );
      log(
        `  agreement: standard distance median |Δ| ${(100 * turf.standardDistanceDifference).toFixed(2)}%, ` +
          `hull area ${(100 * turf.hullAreaDifference).toFixed(2)}% (Turf: spherical degrees; engine: National Grid metres)`
      );
      log(
        "  (Turf is compared only where it computes the same measure: no neighbours, pieces or enclosure)"
      );
    }
    records.push({
      layout: layout.name,
      count,
      groupCount: layout.points.groupCount,
      stages,
      turf,
    });
  }
  log(`\n(sink ${sink.toPrecision(3)})`);
  return records;
}
