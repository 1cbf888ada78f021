/* global ChildNode, document, Element, HTMLElement */
/**
 * Puts the engine's map drawing into the page, changing only what changed since the last drawing: a
 * scenario's move re-draws the few CCGs it touched and recolours others, instead of the browser parsing,
 * styling and painting every practice's dot again.
 */
import type { MapDrawing, MapGroupDrawing } from "../../engine/map/mapSvg";
import { groupSvg, mapDrawingSvg } from "../../engine/map/mapSvg";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Is `next` the `previous` group with (at most) another colour? Then only attributes change. */
function sameShape(previous: MapGroupDrawing, next: MapGroupDrawing): boolean {
  if (previous.colour === next.colour) return previous.content === next.content;
  return previous.content.split(previous.colour).join(next.colour) === next.content;
}

/** Sets a group's attributes to `next`'s, removing those it no longer has. */
function setGroupAttributes(element: Element, previous: MapGroupDrawing, next: MapGroupDrawing) {
  const kept = new Set(next.attributes.map(([name]) => name));
  for (const [name] of previous.attributes) if (!kept.has(name)) element.removeAttribute(name);
  for (const [name, value] of next.attributes) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

/** Gives the group's outlines and dots drawn in `from` the colour `to` (fill and stroke). */
function recolourGroup(element: Element, from: string, to: string): void {
  for (const child of Array.from(element.children)) {
    if (child.getAttribute("fill") === from) child.setAttribute("fill", to);
    if (child.getAttribute("stroke") === from) child.setAttribute("stroke", to);
  }
}

/**
 * Shows `next` in `host`. With `previous` (what `host` shows now) of the same size and key, only the
 * groups whose outlines, dots or title changed are parsed again; a group that only changed colour, class
 * or fading has those attributes set; groups are put in `next`'s order. Otherwise (or when most groups
 * changed) the whole SVG is replaced.
 * @param host - the element holding the map's `<svg>`
 * @param next - the drawing to show
 * @param previous - the drawing `host` shows now, or null
 * @returns true when the whole SVG was replaced (a new `<svg>` element)
 */
export function showMapDrawing(
  host: HTMLElement,
  next: MapDrawing,
  previous: MapDrawing | null
): boolean {
  const svg = host.firstElementChild;
  if (
    previous === null ||
    svg === null ||
    svg.localName !== "svg" ||
    previous.width !== next.width ||
    previous.height !== next.height ||
    previous.tail !== next.tail ||
    previous.groups.length === 0 ||
    next.groups.length === 0
  ) {
    host.innerHTML = mapDrawingSvg(next);
    return true;
  }
  if (previous.title !== next.title) {
    svg.setAttribute("aria-label", next.title);
    const title = svg.querySelector(":scope > title");
    if (title !== null) title.textContent = next.title;
  }
  const shown = new Map<string, Element>();
  for (const element of Array.from(svg.children)) {
    const code = element.getAttribute("data-ccg");
    if (code !== null) shown.set(code, element);
  }
  const before = new Map(previous.groups.map((group) => [group.code, group]));
  const elements: (Element | null)[] = [];
  const fresh: MapGroupDrawing[] = [];
  for (const group of next.groups) {
    const was = before.get(group.code);
    const element = shown.get(group.code);
    if (was !== undefined && element !== undefined && sameShape(was, group)) {
      if (was.colour !== group.colour) recolourGroup(element, was.colour, group.colour);
      setGroupAttributes(element, was, group);
      shown.delete(group.code);
      elements.push(element);
    } else {
      fresh.push(group);
      elements.push(null);
    }
  }
  // Most groups changed (a zoom's new dot size): one parse of the whole SVG is quicker.
  if (fresh.length * 2 > next.groups.length) {
    host.innerHTML = mapDrawingSvg(next);
    return true;
  }
  for (const element of shown.values()) element.remove();
  // The changed groups, parsed in one go.
  const holder = document.createElementNS(SVG_NS, "svg");
  holder.innerHTML = fresh.map(groupSvg).join("");
  const parsed = Array.from(holder.children);
  let nextParsed = 0;
  const first = svg.querySelector(":scope > g[data-ccg]");
  let cursor: ChildNode | null =
    first ?? svg.querySelector(":scope > rect.background")?.nextSibling ?? null;
  for (const kept of elements) {
    const element = kept ?? parsed[nextParsed++];
    if (element === undefined) continue;
    if (element === cursor) cursor = cursor.nextSibling;
    else svg.insertBefore(element, cursor);
  }
  return false;
}
