/**
 * A map of practices coloured by CCG, as an SVG document: each territory piece outlined on its own,
 * detached practices (outside their CCG's main piece) ringed, embedded ones (detached with no own-CCG
 * neighbour) ringed and white, border practices (no own-CCG neighbour, in the main piece) hollow, one CCG highlighted. Pure: the task pane shows it and the runner writes it (`--svg`).
 */
import { AnalysisResult } from "../analysis";
import { isBorderPractice, isEmbeddedForRating } from "../embeddedPractices";
import { layoutMap, MapLayout } from "./mapLayout";
import { mapColour } from "./mapColours";
import { paddedOutline } from "./pieceOutline";

/** Drawing choices. */
export interface MapOptions {
  /** Width and height of the drawing in SVG units (pixels). */
  readonly width?: number;
  readonly height?: number;
  /** Code of the CCG to highlight; the others are faded. */
  readonly selectedCcg?: string | null;
  /** Accessible title. */
  readonly title?: string;
  /** Draw the key in a band below the map (default true); the pane shows its own key instead. */
  readonly legend?: boolean;
  /**
   * Size of dots and outline padding relative to the whole-map view (default 1); the pane passes
   * less than 1 when zoomed in so that dots do not swell with the zoom.
   */
  readonly markerScale?: number;
  /** A layout of this result at this width and height, when the caller already has one. */
  readonly layout?: MapLayout | null;
  /**
   * An earlier drawing (of a scenario of these practices, say): a CCG drawn from the same points, pieces,
   * marks and title at the same positions gets that drawing's outlines and dots (recoloured) instead of
   * being drawn again. The text is the same either way.
   */
  readonly previous?: MapDrawing | null;
}

/** Height of the key's band below the map. */
export const LEGEND_BAND_HEIGHT = 52;

/** Escape text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const round2 = (value: number): string => (Math.round(value * 100) / 100).toString();

/** The outlines of one CCG's pieces: the main piece solid, each detached piece dashed. */
function pieceOutlines(
  result: AnalysisResult,
  layout: MapLayout,
  members: readonly number[],
  colour: string,
  isSelected: boolean,
  markerScale: number
): { svg: string; pieces: number } {
  const byPiece = new Map<number, [number, number][]>();
  for (const point of members) {
    const piece = result.practiceGeography.piece[point] ?? 0;
    const list = byPiece.get(piece) ?? [];
    list.push([layout.x[point] ?? 0, layout.y[point] ?? 0]);
    byPiece.set(piece, list);
  }
  const parts: string[] = [];
  const padding = layout.dotRadius * 1.8 * markerScale;
  for (const piece of [...byPiece.keys()].sort((a, b) => a - b)) {
    const outline = paddedOutline(byPiece.get(piece) ?? [], padding);
    const d = `M${outline.map(([px, py]) => `${round2(px)} ${round2(py)}`).join("L")}Z`;
    const main = piece === 0;
    const stroke = isSelected ? "#111" : colour;
    parts.push(
      `<path class="piece${main ? "" : " detached-piece"}" data-piece="${piece}" d="${d}" fill="${colour}" fill-opacity="${isSelected ? 0.22 : 0.1}" stroke="${stroke}" stroke-width="${round2((isSelected ? 1.6 : 0.7) * markerScale)}"${main ? "" : ` stroke-dasharray="${round2(3 * markerScale)} ${round2(2 * markerScale)}"`}/>`
    );
  }
  return { svg: parts.join(""), pieces: byPiece.size };
}

/**
 * One CCG's group as drawn: the attributes of its `<g data-ccg>` and what the group holds. The pane compares
 * two drawings group by group to change only what a scenario's move changed.
 */
export interface MapGroupDrawing {
  readonly code: string;
  /** The CCG's colour: the fill (and border practices' stroke) of its outlines and dots. */
  readonly colour: string;
  /** The `<g>`'s attributes in order, values unescaped. */
  readonly attributes: readonly (readonly [string, string])[];
  /** Its title, piece outlines and dots (SVG text). */
  readonly content: string;
  /** What the content is drawn from, colour aside: title, highlight, dot size, each dot's point, piece and marks. */
  readonly key: string;
}

/** One CCG as a `<g data-ccg>`: its piece outlines, then its dots (null when it has no dot). */
function ccgGroup(
  result: AnalysisResult,
  layout: MapLayout,
  group: number,
  selected: string | null,
  markerScale: number,
  earlier: ReadonlyMap<string, MapGroupDrawing> | null
): MapGroupDrawing | null {
  const ccg = result.ccgs[group];
  const members = layout.pointsOfCcg[group] ?? [];
  if (ccg === undefined || members.length === 0) return null;
  const colour = mapColour(layout.colourOf[group] ?? 0);
  const isSelected = selected === ccg.code;
  const faded = selected !== null && !isSelected;
  const neighbours = [...(layout.neighboursOf[group] ?? [])]
    .map((other) => result.ccgs[other]?.code ?? "")
    .sort();
  const title = `<title>${escapeXml(`${ccg.code} ${ccg.name ?? ""} — ${ccg.rating}`.trim())}</title>`;
  const g = result.practiceGeography;
  const shape: (string | number)[] = [title, isSelected ? 1 : 0, markerScale, layout.dotRadius];
  for (const point of members) {
    shape.push(
      `${point}.${g.piece[point] ?? 0}.${g.detached[point] ?? 0}${g.embedded[point] ?? 0}`
    );
  }
  const key = shape.join(" ");
  const was = earlier?.get(ccg.code);
  let drawn: { content: string; pieces: string };
  if (was !== undefined && was.key === key && !title.includes(was.colour)) {
    drawn = {
      content: was.colour === colour ? was.content : was.content.split(was.colour).join(colour),
      pieces: was.attributes.find(([name]) => name === "data-pieces")?.[1] ?? "",
    };
  } else drawn = groupContent(result, layout, members, colour, isSelected, markerScale, title);
  const attributes: [string, string][] = [
    ["data-ccg", ccg.code],
    ["data-colour", colour],
    ["data-pieces", drawn.pieces],
    ["data-neighbours", neighbours.join(" ")],
    ["class", `ccg${isSelected ? " selected" : ""}`],
  ];
  if (faded) attributes.push(["opacity", "0.45"]);
  return { code: ccg.code, colour, attributes, content: drawn.content, key };
}

/** A CCG's title, piece outlines and dots. */
function groupContent(
  result: AnalysisResult,
  layout: MapLayout,
  members: readonly number[],
  colour: string,
  isSelected: boolean,
  markerScale: number,
  title: string
): { content: string; pieces: string } {
  const outlines = pieceOutlines(result, layout, members, colour, isSelected, markerScale);
  const parts = [title, outlines.svg];
  const g = result.practiceGeography;
  const r = layout.dotRadius * markerScale;
  for (const point of members) {
    const cx = round2(layout.x[point] ?? 0);
    const cy = round2(layout.y[point] ?? 0);
    if (g.detached[point] === 1) {
      const fill = isEmbeddedForRating(g, point) ? "#fff" : colour;
      parts.push(
        `<circle cx="${cx}" cy="${cy}" class="dot detached${fill === "#fff" ? " embedded" : ""}" data-piece="${g.piece[point] ?? 0}" r="${round2(r * 1.6)}" fill="${fill}" stroke="#111" stroke-width="${round2(r * 0.6)}"/>`
      );
    } else if (isBorderPractice(g, point)) {
      parts.push(
        `<circle cx="${cx}" cy="${cy}" class="dot border" r="${round2(r * 1.3)}" fill="#fff" stroke="${colour}" stroke-width="${round2(r * 0.8)}"/>`
      );
    } else {
      parts.push(`<circle cx="${cx}" cy="${cy}" class="dot" r="${round2(r)}" fill="${colour}"/>`);
    }
  }
  return { content: parts.join(""), pieces: String(outlines.pieces) };
}

/**
 * A group as SVG text.
 * @example groupSvg({ code: "07L", colour: "#0072B2", attributes: [["data-ccg", "07L"]], content: "", key: "" }) // '<g data-ccg="07L"></g>'
 */
export function groupSvg(group: MapGroupDrawing): string {
  const attributes = group.attributes.map(([name, value]) => ` ${name}="${escapeXml(value)}"`);
  return `<g${attributes.join("")}>${group.content}</g>`;
}

/** The key, in its own band below the map so that it covers no practice. */
function legend(top: number): string {
  const y = top + 6;
  return (
    `<g class="legend" font-family="Segoe UI, sans-serif" font-size="11" fill="#222">` +
    `<circle cx="12" cy="${y + 6}" r="4" fill="#888" stroke="#111" stroke-width="1.2"/><text x="22" y="${y + 10}">detached (outside main territory; dashed outline: its piece)</text>` +
    `<circle cx="12" cy="${y + 20}" r="4" fill="#fff" stroke="#111" stroke-width="1.2"/><text x="22" y="${y + 24}">embedded (detached, no own-CCG neighbour)</text>` +
    `<circle cx="12" cy="${y + 34}" r="3.5" fill="#fff" stroke="#888" stroke-width="2"/><text x="22" y="${y + 38}">border practice (no own-CCG neighbour, in main territory)</text></g>`
  );
}

/** A map drawn as parts: the SVG text is `open + head + groups + tail` ({@link mapDrawingSvg}). */
export interface MapDrawing {
  /** Width and height of the whole drawing (the key's band included). */
  readonly width: number;
  readonly height: number;
  /** Accessible title (the `<svg>`'s label and first `<title>`). */
  readonly title: string;
  /** The `<svg …>` tag. */
  readonly open: string;
  /** The title and the background (or, without a layout, the message saying so). */
  readonly head: string;
  /** One group per CCG with dots, in drawing order (the highlighted CCG last, on top). */
  readonly groups: readonly MapGroupDrawing[];
  /** The key, if drawn, and `</svg>`. */
  readonly tail: string;
  /** The layout's x coordinates the groups were drawn at (null without a layout). */
  readonly positions: Float64Array | null;
}

/**
 * Draw the analysis as parts of an SVG document (see {@link renderMapSvg}).
 * @param result - the analysis
 * @param options - size, highlighted CCG, title, key
 * @returns the drawing's parts
 * @example drawMap(result, { width: 640, height: 720 }).groups.length
 */
export function drawMap(result: AnalysisResult, options: MapOptions = {}): MapDrawing {
  const width = options.width ?? 640;
  const mapHeight = options.height ?? 720;
  const withLegend = options.legend ?? true;
  const height = mapHeight + (withLegend ? LEGEND_BAND_HEIGHT : 0);
  const title =
    options.title ?? `Map of ${result.practices.count} practices in ${result.ccgs.length} CCGs`;
  const open = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}">`;
  const layout = options.layout ?? layoutMap(result, width, mapHeight);
  if (layout === null) {
    const head = `<title>${escapeXml(title)}</title><text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-family="Segoe UI, sans-serif" font-size="14">No practice has usable coordinates</text>`;
    return { width, height, title, open, head, groups: [], tail: "</svg>", positions: null };
  }
  const selected = options.selectedCcg ?? null;
  const markerScale = options.markerScale ?? 1;
  const head = `<title>${escapeXml(title)}</title><rect class="background" width="${width}" height="${height}" fill="#F7F9FB"/>`;
  const groups: MapGroupDrawing[] = [];
  const selectedIndex = result.ccgs.findIndex((ccg) => ccg.code === selected);
  const previous = options.previous;
  const earlier =
    previous !== undefined && previous !== null && previous.positions === layout.x
      ? new Map(previous.groups.map((group) => [group.code, group]))
      : null;
  const add = (group: number) => {
    const drawn = ccgGroup(result, layout, group, selected, markerScale, earlier);
    if (drawn !== null) groups.push(drawn);
  };
  result.ccgs.forEach((_, group) => {
    if (group !== selectedIndex) add(group);
  });
  if (selectedIndex >= 0) add(selectedIndex);
  const tail = `${withLegend ? legend(mapHeight) : ""}</svg>`;
  return { width, height, title, open, head, groups, tail, positions: layout.x };
}

/** The SVG text of a drawing. */
export function mapDrawingSvg(drawing: MapDrawing): string {
  return drawing.open + drawing.head + drawing.groups.map(groupSvg).join("") + drawing.tail;
}

/**
 * Draw the analysis as an SVG document.
 * Each CCG is a `<g data-ccg="CODE">` (for click handling; groups do not nest) holding one outline per
 * territory piece (`path.piece[data-piece]`, detached pieces dashed) and its practice dots (`circle.dot`,
 * detached ones ringed, embedded ones ringed and white, border practices hollow).
 * @param result - the analysis
 * @param options - size, highlighted CCG, title, key
 * @returns the SVG document as text
 * @example renderMapSvg(result, { width: 640, height: 720, selectedCcg: "07L" })
 */
export function renderMapSvg(result: AnalysisResult, options: MapOptions = {}): string {
  return mapDrawingSvg(drawMap(result, options));
}
