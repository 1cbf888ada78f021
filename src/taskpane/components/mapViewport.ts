/**
 * The part of the map in view, in drawing units: zooming about a point, panning, fitting a CCG. Pure
 * arithmetic, so the pane's wheel, drag, buttons and keys all go through the same tested rules.
 */

/** A view of a width × height drawing: its top-left corner and its zoom (1 = the whole drawing). */
export interface MapViewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** The drawing's size. */
export interface DrawingSize {
  readonly width: number;
  readonly height: number;
}

/** Furthest zoom: a small CCG at pane width still fills half the map. */
export const MAX_ZOOM = 64;

/** The whole drawing. */
export const WHOLE_MAP: MapViewport = { x: 0, y: 0, zoom: 1 };

/**
 * Keeps the zoom within 1 … {@link MAX_ZOOM} and the view's centre on the drawing.
 * @param view - a view
 * @param size - the drawing's size
 * @returns the nearest allowed view
 */
export function clampViewport(view: MapViewport, size: DrawingSize): MapViewport {
  const zoom = Math.min(MAX_ZOOM, Math.max(1, Number.isFinite(view.zoom) ? view.zoom : 1));
  const w = size.width / zoom;
  const h = size.height / zoom;
  const cx = Math.min(size.width, Math.max(0, view.x + w / 2));
  const cy = Math.min(size.height, Math.max(0, view.y + h / 2));
  if (zoom === 1) return WHOLE_MAP;
  return { x: cx - w / 2, y: cy - h / 2, zoom };
}

/**
 * Zooms by a factor keeping one drawing point where it is on screen (the pointer, or the centre).
 * @param view - the current view
 * @param size - the drawing's size
 * @param factor - above 1 zooms in, below 1 out
 * @param atX - drawing x that stays put (default: the view's centre)
 * @param atY - drawing y that stays put
 * @example zoomViewport(WHOLE_MAP, { width: 400, height: 448 }, 2) // { x: 100, y: 112, zoom: 2 }
 */
export function zoomViewport(
  view: MapViewport,
  size: DrawingSize,
  factor: number,
  atX?: number,
  atY?: number
): MapViewport {
  const w = size.width / view.zoom;
  const h = size.height / view.zoom;
  const px = atX ?? view.x + w / 2;
  const py = atY ?? view.y + h / 2;
  const zoom = Math.min(MAX_ZOOM, Math.max(1, view.zoom * factor));
  const ratio = view.zoom / zoom;
  return clampViewport(
    { x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio, zoom },
    size
  );
}

/**
 * Moves the view by a distance in drawing units.
 * @param view - the current view
 * @param size - the drawing's size
 * @param dx - drawing units to the right
 * @param dy - drawing units down
 */
export function panViewport(
  view: MapViewport,
  size: DrawingSize,
  dx: number,
  dy: number
): MapViewport {
  return clampViewport({ x: view.x + dx, y: view.y + dy, zoom: view.zoom }, size);
}

/**
 * The view that shows a box (a CCG's points) filling `fill` of the map in its larger dimension,
 * centred, with the CCG's neighbours round it; boxes smaller than `minimumSide` count as that big.
 * @param box - minX, minY, maxX, maxY in drawing units
 * @param size - the drawing's size
 * @param fill - share of the map the box should fill (default 0.6)
 * @param minimumSide - smallest side a box counts as (a one-practice CCG)
 * @example fitViewport([100, 100, 140, 120], { width: 400, height: 448 }) // zoom 6
 */
export function fitViewport(
  box: readonly number[],
  size: DrawingSize,
  fill = 0.6,
  minimumSide = 4
): MapViewport {
  const [minX = 0, minY = 0, maxX = size.width, maxY = size.height] = box;
  if (![minX, minY, maxX, maxY].every(Number.isFinite)) return WHOLE_MAP;
  const boxWidth = Math.max(maxX - minX, minimumSide);
  const boxHeight = Math.max(maxY - minY, minimumSide);
  const zoom = Math.min((size.width * fill) / boxWidth, (size.height * fill) / boxHeight);
  const clampedZoom = Math.min(MAX_ZOOM, Math.max(1, zoom));
  const w = size.width / clampedZoom;
  const h = size.height / clampedZoom;
  return clampViewport(
    { x: (minX + maxX) / 2 - w / 2, y: (minY + maxY) / 2 - h / 2, zoom: clampedZoom },
    size
  );
}

/**
 * The SVG viewBox of a view.
 * @param view - the view
 * @param size - the drawing's size
 */
export function viewBoxOf(view: MapViewport, size: DrawingSize): string {
  const r = (value: number) => Math.round(value * 1000) / 1000;
  return `${r(view.x)} ${r(view.y)} ${r(size.width / view.zoom)} ${r(size.height / view.zoom)}`;
}

/**
 * How big dots and outlines are drawn at a zoom, relative to the whole map: they grow a little as the
 * user zooms in (so that a zoomed-in area reads as closer) but far less than the zoom itself.
 * @param zoom - the view's zoom
 */
export function markerScaleAt(zoom: number): number {
  return Math.sqrt(Math.min(zoom, 4)) / zoom;
}
