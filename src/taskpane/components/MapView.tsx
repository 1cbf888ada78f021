/**
 * The map of practices coloured by CCG, drawn by the engine (renderMapSvg): each territory piece
 * outlined, detached practices ringed, embedded practices hollow, the key below. Wheel, drag, the
 * buttons and the keyboard zoom and pan; selecting a CCG (here or in the table) zooms to it and its
 * neighbours; hovering (or the centre, with the keyboard) names the practice and its CCG.
 */
import { Button, Caption1, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { KeyboardEvent, MouseEvent, PointerEvent, RefObject } from "react";
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { AnalysisResult } from "../../engine/analysis";
import { layoutMap } from "../../engine/map/mapLayout";
import type { MapDrawing } from "../../engine/map/mapSvg";
import { drawMap } from "../../engine/map/mapSvg";
import { MapLegend } from "./MapLegend";
import type { MapPracticeSelection } from "./mapSelection";
import { practicesInBox, SelectedPracticesOverlay, useBoxSelect } from "./mapSelection";
import { describeMapPoint, indexMapPoints, nearestMapPoint } from "./mapPractices";
import { showMapDrawing } from "./mapSvgPatch";
import { fitViewport, markerScaleAt, panViewport, WHOLE_MAP, zoomViewport } from "./mapViewport";
import { useMapViewport } from "./useMapViewport";

/** Width the map is drawn at before its frame is measured (and where it cannot be). */
export const DEFAULT_MAP_WIDTH = 640;
/** Height over width: England is taller than it is wide. */
export const MAP_ASPECT = 1.12;

/**
 * The width to draw at for a frame of this width: the frame's own, so dots keep their size, in steps
 * of 20 px (a resize redraws only when it matters), between 280 and 1,200.
 * @example mapDrawingWidth(388) // 380
 */
export function mapDrawingWidth(frameWidth: number): number {
  if (!(frameWidth > 0)) return DEFAULT_MAP_WIDTH;
  return Math.min(1200, Math.max(280, Math.floor(frameWidth / 20) * 20));
}

/** The drawing width for an element, following its size. */
function useDrawingWidth(element: RefObject<HTMLElement>): number {
  const [width, setWidth] = useState(DEFAULT_MAP_WIDTH);
  useEffect(() => {
    const node = element.current;
    if (node === null) return undefined;
    const measure = () => setWidth(mapDrawingWidth(node.clientWidth));
    measure();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

const useStyles = makeStyles({
  frame: {
    position: "relative",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    backgroundColor: "#F7F9FB",
    touchAction: "none",
    cursor: "grab",
    "& svg": { display: "block", width: "100%", height: "auto" },
    "& g[data-ccg]": { cursor: "pointer" },
    "& g[data-ccg]:hover path": { fillOpacity: 0.3 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    // With the keyboard, the practice at the centre is the one named and selected.
    ":focus-visible::after": {
      content: '""',
      position: "absolute",
      left: "calc(50% - 7px)",
      top: "calc(50% - 7px)",
      width: "12px",
      height: "12px",
      border: "2px solid #111",
      borderRadius: "50%",
      pointerEvents: "none",
    },
  },
  tip: {
    position: "absolute",
    pointerEvents: "none",
    maxWidth: "240px",
    padding: "2px 6px",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
  },
  box: {
    position: "absolute",
    border: "1px dashed #111",
    backgroundColor: "rgba(0, 90, 158, 0.12)",
    pointerEvents: "none",
  },
  tools: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginTop: "4px" },
});

/** Props of {@link MapView}. */
export interface MapViewProps {
  readonly result: AnalysisResult;
  readonly selectedCcg: string | null;
  readonly onSelect: (code: string) => void;
  /** Scenario mode: practices can be selected (click, shift-click, a box). */
  readonly practiceSelection?: MapPracticeSelection;
}

/** The map (`data-testid="map"`); each CCG is an SVG group `g[data-ccg="<code>"]`. */
export function MapView({
  result,
  selectedCcg,
  onSelect,
  practiceSelection,
}: MapViewProps): JSX.Element {
  const styles = useStyles();
  const frame = useRef<HTMLDivElement>(null);
  const width = useDrawingWidth(frame);
  const height = Math.round(width * MAP_ASPECT);
  const size = useMemo(() => ({ width, height }), [width, height]);
  const layout = useMemo(() => layoutMap(result, width, height), [result, width, height]);
  const index = useMemo(() => (layout === null ? null : indexMapPoints(layout)), [layout]);
  const selectedIndex = result.ccgs.findIndex((ccg) => ccg.code === selectedCcg);
  const selected = selectedIndex >= 0 ? (selectedCcg as string) : null;
  const drawStart = useRef(0);
  const [svgKey, setSvgKey] = useState(0);
  const viewport = useMapViewport(frame, size, svgKey);
  // The last drawing: CCGs a scenario's move did not change keep their outlines and dots from it.
  const lastDrawing = useRef<MapDrawing | null>(null);
  const drawing = useMemo(() => {
    drawStart.current = performance.now();
    const drawn = drawMap(result, {
      width,
      height,
      layout,
      legend: false,
      markerScale: markerScaleAt(viewport.settledZoom),
      selectedCcg: selected,
      title:
        `Map of ${result.practices.count.toLocaleString("en-GB")} practices in ${result.ccgs.length} CCGs` +
        (selected === null ? "" : `, ${selected} highlighted`),
      previous: lastDrawing.current,
    });
    lastDrawing.current = drawn;
    return drawn;
  }, [result, layout, selected, width, height, viewport.settledZoom]);
  // The drawing goes into the page changing only what changed (a scenario's move: the CCGs it touched).
  const host = useRef<HTMLDivElement>(null);
  const shown = useRef<{ host: HTMLDivElement; drawing: MapDrawing } | null>(null);
  useLayoutEffect(() => {
    const node = host.current;
    if (node === null) return;
    const previous = shown.current?.host === node ? shown.current.drawing : null;
    if (showMapDrawing(node, drawing, previous)) setSvgKey((key) => key + 1);
    shown.current = { host: node, drawing };
    const start = drawStart.current;
    // Drawn and painted: the browser test reads this measure.
    if (typeof requestAnimationFrame !== "function") return;
    requestAnimationFrame(() =>
      performance.measure?.("ccg-footprint:map-draw", { start, end: performance.now() })
    );
  }, [drawing]);

  // Selecting a CCG zooms to it, its neighbours round it; clearing the selection keeps the view.
  // (Only when the selection or the size changes: a scenario's move redraws the map and keeps the view.)
  const { setView } = viewport;
  const fitted = useRef<{ code: string | null; size: typeof size } | null>(null);
  useEffect(() => {
    if (layout === null || selectedIndex < 0) return;
    if (fitted.current?.code === selected && fitted.current.size === size) return;
    fitted.current = { code: selected, size };
    const box = Array.from(layout.boxOfCcg.subarray(selectedIndex * 4, selectedIndex * 4 + 4));
    setView(fitViewport(box, size, 0.6, layout.dotRadius * 4));
  }, [layout, selectedIndex, selected, size, setView]);

  const [boxMode, setBoxMode] = useState(false);
  const boxSelect = useBoxSelect(frame, viewport.toDrawing, (from, to, adding) => {
    if (layout === null || index === null || practiceSelection === undefined) return;
    const practices = practicesInBox(index, layout, from[0], from[1], to[0], to[1]);
    practiceSelection.onSelectPractices(practices, adding ? "add" : "replace");
  });
  const boxing = boxMode && practiceSelection !== undefined;

  const [tip, setTip] = useState<{ text: string; left: number; top: number } | null>(null);
  const [centre, setCentre] = useState("");
  const infoId = useId();
  const pointAt = (x: number, y: number, screenRadius: number): number => {
    if (layout === null || index === null) return -1;
    return nearestMapPoint(
      index,
      layout,
      x,
      y,
      (screenRadius * width) / viewport.view.zoom / (frame.current?.clientWidth || width)
    );
  };
  const onMove = (event: PointerEvent<HTMLDivElement>) => {
    if (boxing) boxSelect.onPointerMove(event);
    else viewport.onPointerMove(event);
    const at = viewport.toDrawing(event.clientX, event.clientY);
    const rect = frame.current?.getBoundingClientRect();
    const point = at === null ? -1 : pointAt(at[0], at[1], 10);
    if (point < 0 || layout === null || rect === undefined) {
      setTip(null);
      return;
    }
    setTip({
      text: describeMapPoint(result, layout, point),
      left: Math.min(event.clientX - rect.left + 12, rect.width - 160),
      top: event.clientY - rect.top + 14,
    });
  };
  const centrePoint = (view = viewport.view): number => {
    const w = width / view.zoom;
    const h = height / view.zoom;
    return pointAt(view.x + w / 2, view.y + h / 2, 40);
  };
  const describeCentre = (view = viewport.view) => {
    const point = centrePoint(view);
    setCentre(
      point < 0 || layout === null
        ? "No practice near the centre of the map."
        : `At the centre: ${describeMapPoint(result, layout, point)}.`
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const view = viewport.view;
    const step = width / view.zoom / 5;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    let next = view;
    const move = moves[event.key];
    if (move !== undefined) next = panViewport(view, size, move[0], move[1]);
    else if (event.key === "+" || event.key === "=") next = zoomViewport(view, size, 1.5);
    else if (event.key === "-" || event.key === "_") next = zoomViewport(view, size, 1 / 1.5);
    else if (event.key === "0" || event.key === "Home") next = WHOLE_MAP;
    else if (event.key === " " && practiceSelection !== undefined) {
      const practice = layout?.practiceOfPoint[centrePoint()];
      if (practice !== undefined) practiceSelection.onSelectPractices([practice], "toggle");
    } else if (event.key === "Enter" || event.key === " ") {
      const point = centrePoint();
      const practice = layout?.practiceOfPoint[point];
      const code =
        practice === undefined ? undefined : result.ccgs[result.practiceCcg[practice] ?? -1]?.code;
      if (code !== undefined) onSelect(code);
    } else return;
    event.preventDefault();
    viewport.setView(next);
    describeCentre(next);
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (viewport.wasDrag() || boxing) return;
    if (practiceSelection !== undefined && layout !== null) {
      const at = viewport.toDrawing(event.clientX, event.clientY);
      const practice = at === null ? undefined : layout.practiceOfPoint[pointAt(at[0], at[1], 8)];
      if (practice !== undefined) {
        practiceSelection.onSelectPractices([practice], event.shiftKey ? "toggle" : "replace");
        const code = result.ccgs[result.practiceCcg[practice] ?? -1]?.code;
        if (!event.shiftKey && code !== undefined) onSelect(code);
        return;
      }
    }
    const target = event.target as Element | null;
    const code = target?.closest?.("[data-ccg]")?.getAttribute("data-ccg");
    if (code) onSelect(code);
  };
  const zoomBy = (factor: number) => viewport.setView(zoomViewport(viewport.view, size, factor));
  return (
    <div>
      <div
        ref={frame}
        className={styles.frame}
        data-testid="map"
        data-zoom={viewport.view.zoom.toFixed(2)}
        tabIndex={0}
        role="group"
        aria-roledescription="map"
        aria-label={
          "Map of practices by CCG. Arrow keys pan, plus and minus zoom, 0 shows the whole map, Enter selects the CCG at the centre" +
          (practiceSelection === undefined
            ? "."
            : ", Space selects or unselects the practice at the centre.")
        }
        aria-describedby={infoId}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={() => describeCentre()}
        data-box-select={boxing ? "on" : undefined}
        style={boxing ? { cursor: "crosshair" } : undefined}
        onPointerDown={boxing ? boxSelect.onPointerDown : viewport.onPointerDown}
        onPointerMove={onMove}
        onPointerUp={boxing ? boxSelect.onPointerUp : viewport.onPointerUp}
        onPointerLeave={() => setTip(null)}
      >
        {/* The SVG is drawn by the engine, every text escaped (escapeXml), and put in by showMapDrawing. */}
        <div ref={host} />
        {practiceSelection !== undefined && layout !== null && (
          <SelectedPracticesOverlay
            layout={layout}
            selected={practiceSelection.selected}
            view={viewport.view}
            size={size}
            markerScale={markerScaleAt(viewport.settledZoom)}
          />
        )}
        {boxSelect.box !== null && (
          <div
            className={styles.box}
            style={{
              left: boxSelect.box.left,
              top: boxSelect.box.top,
              width: boxSelect.box.width,
              height: boxSelect.box.height,
            }}
          />
        )}
        {tip !== null && (
          <div
            className={styles.tip}
            style={{ left: tip.left, top: tip.top }}
            data-testid="map-tip"
          >
            {tip.text}
          </div>
        )}
      </div>
      <div className={styles.tools}>
        <Button size="small" onClick={() => zoomBy(1.5)} data-testid="map-zoom-in">
          Zoom in
        </Button>
        <Button size="small" onClick={() => zoomBy(1 / 1.5)} data-testid="map-zoom-out">
          Zoom out
        </Button>
        <Button size="small" onClick={() => viewport.setView(WHOLE_MAP)} data-testid="map-whole">
          Whole map
        </Button>
        {practiceSelection !== undefined && (
          <ToggleButton
            size="small"
            checked={boxMode}
            onClick={() => setBoxMode((on) => !on)}
            data-testid="map-box-select"
          >
            Select by box
          </ToggleButton>
        )}
      </div>
      <MapLegend />
      <Caption1 id={infoId} data-testid="map-info" aria-live="polite">
        {centre !== ""
          ? centre
          : practiceSelection === undefined
            ? "Click a CCG to select it (or select one in the table); wheel or drag to zoom and pan."
            : "Click a practice to select it (shift-click to add or remove; Select by box, then drag, for many); wheel or drag to zoom and pan."}
      </Caption1>
    </div>
  );
}
