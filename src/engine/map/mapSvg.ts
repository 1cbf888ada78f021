/**
 * A map of practices coloured by CCG, as an SVG document: hulls, detached practices (islands) and embedded
 * practices marked, one CCG highlighted. Pure: the task pane shows it and the runner writes it (`--svg`).
 */
import { isEmbeddedForRating } from "../embeddedPractices";
import { AnalysisResult } from "../analysis";
import { buildTerritoryAdjacency } from "../geo/delaunayAdjacency";
import { colourGroups, MAP_PALETTE } from "./mapColours";
import { convexHullOutline } from "./hullOutline";

/** Drawing choices. */
export interface MapOptions {
  /** Width and height of the drawing in SVG units (pixels). */
  readonly width?: number;
  readonly height?: number;
  /** Code of the CCG to highlight; the others are faded. */
  readonly selectedCcg?: string | null;
  /** Accessible title. */
  readonly title?: string;
}

/** Escape text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const round1 = (value: number): string => (Math.round(value * 10) / 10).toString();

interface Frame {
  toX(easting: number): number;
  toY(northing: number): number;
}

function frameFor(
  result: AnalysisResult,
  width: number,
  height: number,
  margin: number
): Frame | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const { easting, northing } = result.practices;
  result.practiceGeographyIndex.forEach((point, index) => {
    if (point < 0) return;
    const x = easting[index] as number;
    const y = northing[index] as number;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  if (!Number.isFinite(minX)) return null;
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return {
    toX: (easting) => offsetX + (easting - minX) * scale,
    toY: (northing) => height - (offsetY + (northing - minY) * scale),
  };
}

/** CCGs whose practices share a territory edge. */
function neighbouringGroups(
  result: AnalysisResult,
  practiceOfPoint: Int32Array,
  x: Float64Array,
  y: Float64Array
): Set<number>[] {
  const groups = result.ccgs.map(() => new Set<number>());
  const adjacency = buildTerritoryAdjacency(x, y, x.length);
  const groupOfVertex = new Int32Array(adjacency.vertexCount).fill(-1);
  for (let point = 0; point < x.length; point++) {
    const vertex = adjacency.vertexOfPractice[point] ?? 0;
    if ((groupOfVertex[vertex] ?? -1) < 0)
      groupOfVertex[vertex] = result.practiceCcg[practiceOfPoint[point] ?? 0] ?? 0;
  }
  for (let vertex = 0; vertex < adjacency.vertexCount; vertex++) {
    const a = groupOfVertex[vertex] ?? -1;
    for (
      let k = adjacency.neighbourOffsets[vertex] ?? 0;
      k < (adjacency.neighbourOffsets[vertex + 1] ?? 0);
      k++
    ) {
      const b = groupOfVertex[adjacency.neighbourVertices[k] ?? 0] ?? -1;
      if (a >= 0 && b >= 0 && a !== b) {
        groups[a]?.add(b);
        groups[b]?.add(a);
      }
    }
  }
  return groups;
}

/**
 * Draw the analysis as an SVG document.
 * Each CCG is a `<g data-ccg="CODE">` (for click handling) holding its hull and practice dots; detached
 * practices carry a dark ring and embedded practices a white cross.
 * @example renderMapSvg(result, { width: 640, height: 720, selectedCcg: "07L" })
 */
export function renderMapSvg(result: AnalysisResult, options: MapOptions = {}): string {
  const width = options.width ?? 640;
  const height = options.height ?? 720;
  const title =
    options.title ?? `Map of ${result.practices.count} practices in ${result.ccgs.length} CCGs`;
  const open = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}">`;
  const frame = frameFor(result, width, height, 12);
  if (frame === null) {
    return `${open}<title>${escapeXml(title)}</title><text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-family="Segoe UI, sans-serif" font-size="14">No practice has usable coordinates</text></svg>`;
  }
  const practiceOfPoint: number[] = [];
  result.practiceGeographyIndex.forEach((point, practice) => {
    if (point >= 0) practiceOfPoint[point] = practice;
  });
  const points = Int32Array.from(practiceOfPoint);
  const x = new Float64Array(points.length);
  const y = new Float64Array(points.length);
  points.forEach((practice, point) => {
    x[point] = result.practices.easting[practice] ?? 0;
    y[point] = result.practices.northing[practice] ?? 0;
  });
  const colours = colourGroups(result.ccgs.length, neighbouringGroups(result, points, x, y));
  const selected = options.selectedCcg ?? null;
  const radius = Math.max(1.2, Math.min(4, 900 / Math.sqrt(points.length + 1) / 6));
  const g = result.practiceGeography;
  const byGroup: number[][] = result.ccgs.map(() => []);
  points.forEach((practice, point) => byGroup[result.practiceCcg[practice] ?? 0]?.push(point));

  const parts: string[] = [
    open,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#F7F9FB"/>`,
  ];
  const drawGroup = (group: number): void => {
    const ccg = result.ccgs[group];
    const members = byGroup[group] ?? [];
    if (ccg === undefined || members.length === 0) return;
    const colour = MAP_PALETTE[colours[group] ?? 0] ?? "#0072B2";
    const isSelected = selected === ccg.code;
    const faded = selected !== null && !isSelected;
    parts.push(
      `<g data-ccg="${escapeXml(ccg.code)}" class="ccg${isSelected ? " selected" : ""}"${faded ? ' opacity="0.3"' : ""}>`
    );
    parts.push(
      `<title>${escapeXml(`${ccg.code} ${ccg.name ?? ""} — ${ccg.rating}`.trim())}</title>`
    );
    const hull = convexHullOutline(
      members.map((point) => [frame.toX(x[point] ?? 0), frame.toY(y[point] ?? 0)] as const)
    );
    if (hull.length >= 3) {
      const outline = hull.map(([hx, hy]) => `${round1(hx)},${round1(hy)}`).join(" ");
      parts.push(
        `<polygon class="hull" points="${outline}" fill="${colour}" fill-opacity="${isSelected ? 0.25 : 0.1}" stroke="${isSelected ? "#111" : colour}" stroke-width="${isSelected ? 2 : 0.6}"/>`
      );
    }
    for (const point of members) {
      const px = frame.toX(x[point] ?? 0);
      const py = frame.toY(y[point] ?? 0);
      const detached = g.detached[point] === 1;
      const stroke = detached ? ' class="detached" stroke="#111" stroke-width="1.2"' : "";
      parts.push(
        `<circle cx="${round1(px)}" cy="${round1(py)}" r="${round1(detached ? radius * 1.6 : radius)}" fill="${colour}"${stroke}/>`
      );
      if (isEmbeddedForRating(g, point)) {
        const d = radius * 0.9;
        parts.push(
          `<path class="embedded" d="M${round1(px - d)} ${round1(py - d)}L${round1(px + d)} ${round1(py + d)}M${round1(px + d)} ${round1(py - d)}L${round1(px - d)} ${round1(py + d)}" stroke="#fff" stroke-width="1.2"/>`
        );
      }
    }
    parts.push("</g>");
  };
  result.ccgs.forEach((ccg, group) => {
    if (ccg.code !== selected) drawGroup(group);
  });
  const selectedIndex = result.ccgs.findIndex((ccg) => ccg.code === selected);
  if (selectedIndex >= 0) drawGroup(selectedIndex);
  parts.push(legend(height));
  parts.push("</svg>");
  return parts.join("");
}

function legend(height: number): string {
  const y = height - 44;
  return (
    `<g class="legend" font-family="Segoe UI, sans-serif" font-size="11" fill="#222">` +
    `<rect x="8" y="${y}" width="176" height="36" rx="4" fill="#fff" fill-opacity="0.85" stroke="#ccc"/>` +
    `<circle cx="20" cy="${y + 11}" r="4" fill="#888" stroke="#111" stroke-width="1.2"/><text x="30" y="${y + 15}">detached (outside main territory)</text>` +
    `<circle cx="20" cy="${y + 26}" r="3" fill="#888"/><path d="M16 ${y + 22}l8 8m0 -8l-8 8" stroke="#fff" stroke-width="1.2"/>` +
    `<text x="30" y="${y + 30}">embedded (detached, no own-CCG neighbour)</text></g>`
  );
}
