/**
 * Selecting practices on the map in scenario mode: the practices inside a box, the box drawn while
 * dragging (when "Select by box" is on, dragging draws a box instead of panning), and the selected
 * practices ringed over the map.
 */
import type KDBush from "kdbush";
import type { PointerEvent as ReactPointerEvent } from "react";
import { useRef, useState } from "react";
import type { MapLayout } from "../../engine/map/mapLayout";
import type { DrawingSize, MapViewport } from "./mapViewport";
import { viewBoxOf } from "./mapViewport";

/** How a selection gesture combines with the practices already selected. */
export type PracticeSelectionChange = "replace" | "add" | "toggle";

/** What the map needs to select practices (scenario mode). */
export interface MapPracticeSelection {
  /** Practice indices (into the analysis) selected. */
  readonly selected: ReadonlySet<number>;
  readonly onSelectPractices: (practices: number[], how: PracticeSelectionChange) => void;
}

/**
 * The practices whose points lie in a box (drawing units, corners in any order).
 * @returns practice indices, ascending
 */
export function practicesInBox(
  index: KDBush,
  layout: MapLayout,
  x0: number,
  y0: number,
  x1: number,
  y1: number
): number[] {
  const found = index
    .range(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1))
    .filter((point) => point < layout.x.length)
    .map((point) => layout.practiceOfPoint[point] ?? -1)
    .filter((practice) => practice >= 0);
  return [...new Set(found)].sort((a, b) => a - b);
}

/** A box being dragged, in pixels within the map's frame, and where it started in drawing units. */
interface DraggedBox {
  readonly id: number;
  readonly startClient: [number, number];
  readonly startDrawing: [number, number];
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Box selection: pointer handlers for the frame and the box to draw.
 * @param frame - the map's frame
 * @param toDrawing - screen → drawing coordinates
 * @param onBox - called with the box's two corners in drawing units and whether shift was held
 */
export function useBoxSelect(
  frame: { readonly current: HTMLElement | null },
  toDrawing: (clientX: number, clientY: number) => [number, number] | null,
  onBox: (from: [number, number], to: [number, number], adding: boolean) => void
) {
  const [box, setBox] = useState<DraggedBox | null>(null);
  const boxRef = useRef<DraggedBox | null>(null);
  const set = (next: DraggedBox | null) => {
    boxRef.current = next;
    setBox(next);
  };
  const frameOffset = (clientX: number, clientY: number): [number, number] => {
    const rect = frame.current?.getBoundingClientRect();
    return [clientX - (rect?.left ?? 0), clientY - (rect?.top ?? 0)];
  };
  return {
    box,
    onPointerDown(event: ReactPointerEvent<HTMLElement>) {
      if (event.button !== 0) return;
      const at = toDrawing(event.clientX, event.clientY);
      if (at === null) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      const [left, top] = frameOffset(event.clientX, event.clientY);
      set({
        id: event.pointerId,
        startClient: [event.clientX, event.clientY],
        startDrawing: at,
        left,
        top,
        width: 0,
        height: 0,
      });
    },
    onPointerMove(event: ReactPointerEvent<HTMLElement>) {
      const current = boxRef.current;
      if (current === null || current.id !== event.pointerId) return;
      const [x0, y0] = frameOffset(current.startClient[0], current.startClient[1]);
      const [x1, y1] = frameOffset(event.clientX, event.clientY);
      set({
        ...current,
        left: Math.min(x0, x1),
        top: Math.min(y0, y1),
        width: Math.abs(x1 - x0),
        height: Math.abs(y1 - y0),
      });
    },
    onPointerUp(event: ReactPointerEvent<HTMLElement>) {
      const current = boxRef.current;
      if (current === null || current.id !== event.pointerId) return;
      event.currentTarget.releasePointerCapture?.(event.pointerId);
      set(null);
      const end = toDrawing(event.clientX, event.clientY);
      if (end !== null && (current.width > 3 || current.height > 3)) {
        onBox(current.startDrawing, end, event.shiftKey);
      }
    },
  };
}

/** Props of {@link SelectedPracticesOverlay}. */
export interface SelectedPracticesOverlayProps {
  readonly layout: MapLayout;
  readonly selected: ReadonlySet<number>;
  readonly view: MapViewport;
  readonly size: DrawingSize;
  readonly markerScale: number;
}

/** The selected practices ringed, in an SVG over the map with the same view (`circle.selected-practice`). */
export function SelectedPracticesOverlay({
  layout,
  selected,
  view,
  size,
  markerScale,
}: SelectedPracticesOverlayProps): JSX.Element | null {
  if (selected.size === 0) return null;
  const pointOf = new Map<number, number>();
  layout.practiceOfPoint.forEach((practice, point) => pointOf.set(practice, point));
  const r = layout.dotRadius * markerScale * 2.6;
  const rings: JSX.Element[] = [];
  for (const practice of selected) {
    const point = pointOf.get(practice);
    if (point === undefined) continue;
    rings.push(
      <circle
        key={practice}
        className="selected-practice"
        cx={layout.x[point]}
        cy={layout.y[point]}
        r={r}
        fill="none"
        stroke="#000"
        strokeWidth={r * 0.45}
      />
    );
  }
  return (
    <svg
      aria-hidden="true"
      data-testid="map-selection"
      viewBox={viewBoxOf(view, size)}
      width={size.width}
      height={size.height}
      style={{ position: "absolute", left: 0, top: 0, pointerEvents: "none" }}
    >
      {rings}
    </svg>
  );
}
