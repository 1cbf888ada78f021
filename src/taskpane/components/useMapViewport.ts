/* global HTMLElement, setTimeout, clearTimeout, WheelEvent */
/**
 * Zoom and pan for the map: the wheel zooms about the pointer, dragging pans, and the caller's buttons
 * and keys go through the same view. The view changes the SVG's viewBox at once; dots and outlines are
 * redrawn at their new size once the view has settled (`settledZoom`).
 */
import type { PointerEvent as ReactPointerEvent, RefObject } from "react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DrawingSize, MapViewport } from "./mapViewport";
import { panViewport, viewBoxOf, WHOLE_MAP, zoomViewport } from "./mapViewport";

/** Milliseconds without a view change after which dots are redrawn at the new zoom. */
export const SETTLE_MS = 180;

/** Pointer travel (px) after which a press is a drag, not a click. */
const DRAG_THRESHOLD_PX = 4;

/** What {@link useMapViewport} gives the map. */
export interface MapViewportControls {
  readonly view: MapViewport;
  readonly settledZoom: number;
  readonly setView: (view: MapViewport) => void;
  /** Drawing coordinates of a point on screen. */
  readonly toDrawing: (clientX: number, clientY: number) => [number, number] | null;
  /** True just after a drag, so the click that ends it does not select a CCG. */
  readonly wasDrag: () => boolean;
  readonly onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void;
  readonly onPointerMove: (event: ReactPointerEvent<HTMLElement>) => void;
  readonly onPointerUp: (event: ReactPointerEvent<HTMLElement>) => void;
}

/**
 * View state for the map in `frame` (which holds the engine's `<svg>`).
 * @param frame - the element holding the SVG
 * @param size - the drawing's size
 * @param svgKey - changes whenever the SVG is replaced, so the view is applied to the new one
 */
export function useMapViewport(
  frame: RefObject<HTMLElement>,
  size: DrawingSize,
  svgKey: unknown
): MapViewportControls {
  const [view, setViewState] = useState<MapViewport>(WHOLE_MAP);
  const [settledZoom, setSettledZoom] = useState(1);
  const viewRef = useRef(view);
  const drag = useRef<{ x: number; y: number; moved: boolean; id: number } | null>(null);
  const dragged = useRef(false);

  const setView = useCallback((next: MapViewport) => {
    viewRef.current = next;
    setViewState(next);
  }, []);

  // Each new drawing size starts from the whole map.
  useEffect(() => setView(WHOLE_MAP), [size.width, size.height, setView]);

  // The viewBox follows the view at once, on the current SVG.
  useEffect(() => {
    frame.current?.querySelector("svg")?.setAttribute("viewBox", viewBoxOf(view, size));
  }, [frame, view, size, svgKey]);

  useEffect(() => {
    const timer = setTimeout(() => setSettledZoom(view.zoom), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [view.zoom]);

  const toDrawing = useCallback(
    (clientX: number, clientY: number): [number, number] | null => {
      const rect = frame.current?.querySelector("svg")?.getBoundingClientRect();
      if (!rect || rect.width === 0 || rect.height === 0) return null;
      const current = viewRef.current;
      return [
        current.x + ((clientX - rect.left) / rect.width) * (size.width / current.zoom),
        current.y + ((clientY - rect.top) / rect.height) * (size.height / current.zoom),
      ];
    },
    [frame, size]
  );

  // React's wheel listener is passive; zooming must stop the page scrolling, so listen directly.
  useEffect(() => {
    const node = frame.current;
    if (node === null) return undefined;
    const onWheel = (event: WheelEvent) => {
      const at = toDrawing(event.clientX, event.clientY);
      if (at === null) return;
      event.preventDefault();
      const factor = Math.exp(-Math.max(-300, Math.min(300, event.deltaY)) / 300);
      setView(zoomViewport(viewRef.current, size, factor, at[0], at[1]));
    };
    node.addEventListener("wheel", onWheel, { passive: false });
    return () => node.removeEventListener("wheel", onWheel);
  }, [frame, size, toDrawing, setView]);

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
    dragged.current = false;
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    const start = drag.current;
    if (start === null || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!start.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    if (!start.moved) event.currentTarget.setPointerCapture?.(event.pointerId);
    start.moved = true;
    const rect = frame.current?.querySelector("svg")?.getBoundingClientRect();
    if (!rect || rect.width === 0) return;
    const unitsPerPixel = size.width / viewRef.current.zoom / rect.width;
    setView(panViewport(viewRef.current, size, -dx * unitsPerPixel, -dy * unitsPerPixel));
    drag.current = { ...start, x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: ReactPointerEvent<HTMLElement>) => {
    dragged.current = drag.current?.moved ?? false;
    if (drag.current?.moved) event.currentTarget.releasePointerCapture?.(event.pointerId);
    drag.current = null;
  };
  return {
    view,
    settledZoom,
    setView,
    toDrawing,
    wasDrag: () => dragged.current,
    onPointerDown,
    onPointerMove,
    onPointerUp,
  };
}
