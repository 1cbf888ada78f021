// The map's zoom and pan arithmetic: the point under the pointer stays put, the view stays on the map,
// and fitting a CCG makes its box fill the asked share of the map.
import {
  clampViewport,
  fitViewport,
  MAX_ZOOM,
  panViewport,
  viewBoxOf,
  WHOLE_MAP,
  zoomViewport,
} from "../../../src/taskpane/components/mapViewport";

const size = { width: 340, height: 381 };

describe("map viewport", () => {
  test("zooming about a point keeps that point at the same place on screen", () => {
    const view = zoomViewport(WHOLE_MAP, size, 3, 100, 250);
    const screenX = (100 - view.x) * view.zoom;
    const screenY = (250 - view.y) * view.zoom;
    expect(screenX).toBeCloseTo(100, 6);
    expect(screenY).toBeCloseTo(250, 6);
    expect(view.zoom).toBe(3);
  });

  test("zoom stays between the whole map and the furthest zoom, and zooming out fully is the whole map", () => {
    expect(zoomViewport(WHOLE_MAP, size, 1e6).zoom).toBe(MAX_ZOOM);
    expect(zoomViewport(zoomViewport(WHOLE_MAP, size, 5), size, 1e-6)).toEqual(WHOLE_MAP);
  });

  test("panning keeps the view's centre on the drawing", () => {
    const zoomed = zoomViewport(WHOLE_MAP, size, 4);
    const far = panViewport(zoomed, size, 10_000, -10_000);
    expect(far.x + size.width / far.zoom / 2).toBeCloseTo(size.width, 6);
    expect(far.y + size.height / far.zoom / 2).toBeCloseTo(0, 6);
    expect(clampViewport({ x: 5, y: 5, zoom: Number.NaN }, size)).toEqual(WHOLE_MAP);
  });

  test("fitting a box makes it fill the asked share of the map in its larger dimension, centred", () => {
    for (const box of [
      [100, 100, 140, 120],
      [10, 300, 12, 380],
      [200, 50, 200, 50],
    ]) {
      const view = fitViewport(box, size, 0.6, 4);
      const w = size.width / view.zoom;
      const h = size.height / view.zoom;
      const fill = Math.max(Math.max(box[2]! - box[0]!, 4) / w, Math.max(box[3]! - box[1]!, 4) / h);
      expect(fill).toBeGreaterThanOrEqual(0.5);
      expect(fill).toBeLessThanOrEqual(1);
      // Every corner of the box is in view.
      expect(box[0]!).toBeGreaterThanOrEqual(view.x - 1e-9);
      expect(box[2]!).toBeLessThanOrEqual(view.x + w + 1e-9);
    }
    expect(fitViewport([0, 0, size.width, size.height], size)).toEqual(WHOLE_MAP);
  });

  test("the viewBox keeps the drawing's proportions", () => {
    expect(viewBoxOf({ x: 10, y: 20, zoom: 2 }, size)).toBe("10 20 170 190.5");
  });
});
