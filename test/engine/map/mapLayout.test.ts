// The map's layout and drawing: neighbouring CCGs never share a colour (checked against every pair of
// Delaunay-adjacent practices), every territory piece gets its own outline holding its dots, and the key
// lies below the map so it covers no practice.
import Delaunator from "delaunator";
import { analyseWorkbook } from "../../../src/engine/analyse";
import { colourGroups, mapColour } from "../../../src/engine/map/mapColours";
import { layoutMap } from "../../../src/engine/map/mapLayout";
import type { AnalysisResult } from "../../../src/engine/analysis";
import {
  drawMap,
  LEGEND_BAND_HEIGHT,
  mapDrawingSvg,
  renderMapSvg,
} from "../../../src/engine/map/mapSvg";
import type { MapDrawing, MapOptions } from "../../../src/engine/map/mapSvg";
import { analyseScenario } from "../../../src/engine/scenario";
import { paddedOutline } from "../../../src/engine/map/pieceOutline";
import { generateSmallSample } from "../../../src/sample/generateSample";

const result = analyseWorkbook(generateSmallSample());

/** Seeded random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ray casting: is (x, y) inside the polygon? */
function inside(polygon: readonly [number, number][], x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

describe("map colours", () => {
  test("DSatur gives neighbours different colours on random planar graphs (brute-force check of every edge)", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const next = random(seed);
      const count = 50 + Math.floor(next() * 250);
      const coords = Float64Array.from({ length: count * 2 }, () => next());
      const triangles = new Delaunator(coords).triangles;
      const neighbours = Array.from({ length: count }, () => new Set<number>());
      for (let t = 0; t < triangles.length; t += 3) {
        for (const [a, b] of [
          [0, 1],
          [1, 2],
          [2, 0],
        ] as const) {
          neighbours[triangles[t + a]!]!.add(triangles[t + b]!);
          neighbours[triangles[t + b]!]!.add(triangles[t + a]!);
        }
      }
      const colour = colourGroups(count, neighbours);
      neighbours.forEach((set, a) => {
        for (const b of set) expect(colour[a]).not.toBe(colour[b]);
      });
      // Planar graphs stay well within the ten colour-vision-safe colours.
      expect(Math.max(...colour)).toBeLessThan(10);
    }
  });

  test("a graph needing more colours than the palette still never repeats a neighbour's colour", () => {
    const count = 12; // a complete graph
    const neighbours = Array.from(
      { length: count },
      (_, a) => new Set(Array.from({ length: count }, (_, b) => b).filter((b) => b !== a))
    );
    const colours = [...colourGroups(count, neighbours)].map(mapColour);
    expect(new Set(colours).size).toBe(count);
  });
});

describe("map layout and drawing", () => {
  const layout = layoutMap(result, 400, 450);
  if (layout === null) throw new Error("the sample has coordinates");

  test("territory-adjacent CCGs (any Delaunay edge between their practices) never share a colour", () => {
    const coords = new Float64Array(layout.x.length * 2);
    layout.x.forEach((x, point) => coords.set([x, layout.y[point]!], point * 2));
    const triangles = new Delaunator(coords).triangles;
    const groupOf = (point: number) => result.practiceCcg[layout.practiceOfPoint[point]!]!;
    let pairs = 0;
    for (let t = 0; t < triangles.length; t += 3) {
      for (let k = 0; k < 3; k++) {
        const a = groupOf(triangles[t + k]!);
        const b = groupOf(triangles[t + ((k + 1) % 3)]!);
        if (a === b) continue;
        pairs += 1;
        expect(layout.neighboursOf[a]!.has(b)).toBe(true);
        expect(layout.colourOf[a]).not.toBe(layout.colourOf[b]);
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  test("each CCG's box holds its points, and every point lies inside the drawing", () => {
    layout.pointsOfCcg.forEach((points, group) => {
      const [minX, minY, maxX, maxY] = layout.boxOfCcg.subarray(group * 4, group * 4 + 4);
      for (const point of points) {
        expect(layout.x[point]).toBeGreaterThanOrEqual(minX!);
        expect(layout.x[point]).toBeLessThanOrEqual(maxX!);
        expect(layout.y[point]).toBeGreaterThanOrEqual(minY!);
        expect(layout.y[point]).toBeLessThanOrEqual(maxY!);
      }
    });
    for (let point = 0; point < layout.x.length; point++) {
      expect(layout.y[point]).toBeLessThanOrEqual(450);
    }
  });

  test("the SVG outlines every piece of every CCG on its own, and each detached dot lies in its piece's outline", () => {
    const svg = renderMapSvg(result, { width: 400, height: 450, layout });
    let detachedPieces = 0;
    for (const match of svg.matchAll(
      /<g data-ccg="([^"]*)"[^>]*data-pieces="(\d+)"[^>]*>([\s\S]*?)<\/g>/g
    )) {
      const body = match[3]!;
      const outlines = new Map<number, [number, number][]>();
      for (const path of body.matchAll(
        /<path class="piece[^"]*" data-piece="(\d+)" d="M([^"Z]*)Z"/g
      )) {
        const corners = path[2]!
          .split("L")
          .map((pair) => pair.split(" ").map(Number) as [number, number]);
        outlines.set(Number(path[1]), corners);
      }
      expect(outlines.size).toBe(Number(match[2]));
      for (const dot of body.matchAll(
        /<circle cx="([0-9.]+)" cy="([0-9.]+)" class="dot detached[^"]*" data-piece="(\d+)"/g
      )) {
        const piece = Number(dot[3]);
        expect(piece).toBeGreaterThan(0);
        expect(inside(outlines.get(piece)!, Number(dot[1]), Number(dot[2]))).toBe(true);
        detachedPieces += 1;
      }
    }
    expect(detachedPieces).toBeGreaterThan(0);
  });

  test("the key lies in its own band below the map, and the pane's drawing has none", () => {
    const svg = renderMapSvg(result, { width: 400, height: 450, layout });
    expect(svg).toContain(`viewBox="0 0 400 ${450 + LEGEND_BAND_HEIGHT}"`);
    const key = /<g class="legend"[\s\S]*?<\/g>/.exec(svg)![0];
    for (const y of key.matchAll(/ (?:cy|y)="([0-9.]+)"/g))
      expect(Number(y[1])).toBeGreaterThan(450);
    expect(renderMapSvg(result, { width: 400, height: 450, legend: false })).not.toContain(
      "legend"
    );
  });

  test("a piece of one practice still gets a closed outline round its dot", () => {
    const outline = paddedOutline([[10, 20]], 3);
    expect(outline).toHaveLength(8);
    expect(inside(outline, 10, 20)).toBe(true);
    expect(inside(outline, 12.9, 20)).toBe(true);
    expect(inside(outline, 14, 20)).toBe(false);
  });
});

describe("drawing a scenario of the same practices again", () => {
  const big = result.ccgs.reduce((a, b) => (b.practices > a.practices ? b : a));
  const bigGroup = result.ccgs.indexOf(big);
  const moved = result.practices.code.filter((_, p) => result.practiceCcg[p] === bigGroup);
  const scenario = analyseScenario(
    result,
    new Map([
      [moved[0]!, "99Z"],
      [moved[1]!, "99Z"],
    ])
  ).result;

  test("a scenario's layout reuses the baseline's positions and equals a layout made from scratch", () => {
    const baselineLayout = layoutMap(result, 400, 450)!;
    const scenarioLayout = layoutMap(scenario, 400, 450)!;
    expect(scenarioLayout.x).toBe(baselineLayout.x);
    // A copy of the practice table has no kept positions: laid out from scratch.
    const fresh = layoutMap({ ...scenario, practices: { ...scenario.practices } }, 400, 450)!;
    expect(fresh.x).not.toBe(scenarioLayout.x);
    expect(Array.from(fresh.x)).toEqual(Array.from(scenarioLayout.x));
    expect(Array.from(fresh.y)).toEqual(Array.from(scenarioLayout.y));
    expect(fresh.neighboursOf).toEqual(scenarioLayout.neighboursOf);
    expect(Array.from(fresh.colourOf)).toEqual(Array.from(scenarioLayout.colourOf));
    // Another size: other positions.
    expect(layoutMap(scenario, 300, 336)!.x).not.toBe(scenarioLayout.x);
  });

  test("drawing from an earlier drawing gives the same SVG as drawing from scratch", () => {
    const options = { width: 400, height: 450, legend: false };
    const steps: [AnalysisResult, MapOptions][] = [
      [result, { ...options, selectedCcg: big.code }],
      [scenario, { ...options, selectedCcg: big.code }],
      [scenario, { ...options, selectedCcg: "99Z" }],
      [scenario, { ...options, selectedCcg: "99Z", markerScale: 0.5 }],
      [result, { ...options, selectedCcg: null }],
    ];
    let previous: MapDrawing | null = null;
    let reused = 0;
    for (const [analysed, stepOptions] of steps) {
      const drawing: MapDrawing = drawMap(analysed, { ...stepOptions, previous });
      expect(mapDrawingSvg(drawing)).toBe(renderMapSvg(analysed, stepOptions));
      if (previous !== null && previous.positions === drawing.positions) reused += 1;
      previous = drawing;
    }
    expect(reused).toBe(steps.length - 1);
  });
});
