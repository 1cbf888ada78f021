/**
 * The map of practices coloured by CCG, drawn by the engine (renderMapSvg): hulls, detached practices
 * ringed, embedded practices crossed. Clicking a CCG selects it; the selected CCG is highlighted.
 * Keyboard users select CCGs in the table, which the map follows.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { MouseEvent, RefObject } from "react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisResult } from "../../engine/analysis";
import { renderMapSvg } from "../../engine/map/mapSvg";

/** Width the map is drawn at before its frame is measured (and where it cannot be). */
export const DEFAULT_MAP_WIDTH = 640;
/** Height over width: England is taller than it is wide. */
export const MAP_ASPECT = 1.12;

/**
 * The width to draw at for a frame of this width: the frame's own, so dots and legend keep their size,
 * in steps of 20 px (a resize redraws only when it matters), between 280 and 1,200.
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
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    backgroundColor: "#F7F9FB",
    "& svg": { display: "block", width: "100%", height: "auto" },
    "& g[data-ccg]": { cursor: "pointer" },
    "& g[data-ccg]:hover polygon": { fillOpacity: 0.35 },
  },
});

/** Props of {@link MapView}. */
export interface MapViewProps {
  readonly result: AnalysisResult;
  readonly selectedCcg: string | null;
  readonly onSelect: (code: string) => void;
}

/** The map (`data-testid="map"`); each CCG is an SVG group `g[data-ccg="<code>"]`. */
export function MapView({ result, selectedCcg, onSelect }: MapViewProps): JSX.Element {
  const styles = useStyles();
  const frame = useRef<HTMLDivElement>(null);
  const width = useDrawingWidth(frame);
  const selected =
    selectedCcg !== null && result.ccgs.some((ccg) => ccg.code === selectedCcg)
      ? selectedCcg
      : null;
  const svg = useMemo(
    () =>
      renderMapSvg(result, {
        width,
        height: Math.round(width * MAP_ASPECT),
        selectedCcg: selected,
        title:
          `Map of ${result.practices.count.toLocaleString("en-GB")} practices in ${result.ccgs.length} CCGs` +
          (selected === null ? "" : `, ${selected} highlighted`),
      }),
    [result, selected, width]
  );
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element | null;
    const code = target?.closest?.("[data-ccg]")?.getAttribute("data-ccg");
    if (code) onSelect(code);
  };
  return (
    <div>
      {/* The SVG is built by the engine from the analysis, with every text escaped (escapeXml). */}
      <div
        ref={frame}
        className={styles.frame}
        data-testid="map"
        onClick={onClick}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <Caption1>Click a CCG on the map to select it, or select one in the table.</Caption1>
    </div>
  );
}
