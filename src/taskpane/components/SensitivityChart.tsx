/** A small chart of how many CCGs are red, amber and green against the allowance per head. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { RAG_COLOURS } from "../../output/report/outputTable";
import type { ChartPoint } from "../state/whatIf";

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 30, right: 8, top: 8, bottom: 22 };

const useStyles = makeStyles({
  chart: { width: "100%", maxWidth: `${WIDTH * 1.4}px`, height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: {
    fill: tokens.colorNeutralForeground3,
    fontSize: "9px",
    fontFamily: tokens.fontFamilyBase,
  },
});

/** A marker drawn as a vertical line at an allowance. */
export interface ChartMarker {
  readonly rcaPerHead: number;
  readonly label: string;
  readonly kind: "current" | "break-even" | "green";
}

/** Props of {@link SensitivityChart}. */
export interface SensitivityChartProps {
  readonly points: readonly ChartPoint[];
  readonly markers: readonly ChartMarker[];
  readonly ccgCount: number;
}

/** Three lines (red, amber, green counts) and the markers (`data-testid="sensitivity-chart"`). */
export function SensitivityChart({
  points,
  markers,
  ccgCount,
}: SensitivityChartProps): JSX.Element {
  const styles = useStyles();
  const first = points[0]?.rcaPerHead ?? 0;
  const last = points[points.length - 1]?.rcaPerHead ?? first + 1;
  const span = last > first ? last - first : 1;
  const x = (value: number) => PAD.left + ((value - first) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (count: number) =>
    HEIGHT - PAD.bottom - (count / Math.max(1, ccgCount)) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (key: "red" | "amber" | "green") =>
    points
      .map((point) => `${x(point.rcaPerHead).toFixed(1)},${y(point[key]).toFixed(1)}`)
      .join(" ");
  const colours = { red: "C00000", amber: "C07000", green: "2E7D32" } as const;
  const markerColour = {
    current: tokens.colorNeutralForeground1,
    "break-even": `#${RAG_COLOURS.RED.font}`,
    green: `#${RAG_COLOURS.GREEN.font}`,
  };
  const inRange = markers.filter((m) => m.rcaPerHead >= first && m.rcaPerHead <= last);
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`CCGs red, amber and green from £${first.toFixed(2)} to £${last.toFixed(2)} per head`}
      data-testid="sensitivity-chart"
    >
      <line className={styles.axis} x1={PAD.left} y1={y(0)} x2={WIDTH - PAD.right} y2={y(0)} />
      <line className={styles.axis} x1={PAD.left} y1={y(0)} x2={PAD.left} y2={PAD.top} />
      <text className={styles.label} x={PAD.left - 4} y={y(ccgCount) + 3} textAnchor="end">
        {ccgCount}
      </text>
      <text className={styles.label} x={PAD.left - 4} y={y(0) + 3} textAnchor="end">
        0
      </text>
      <text className={styles.label} x={x(first)} y={HEIGHT - 6} textAnchor="start">
        £{first.toFixed(2)}
      </text>
      <text className={styles.label} x={x(last)} y={HEIGHT - 6} textAnchor="end">
        £{last.toFixed(2)}
      </text>
      {(["green", "amber", "red"] as const).map((key) => (
        <polyline
          key={key}
          points={line(key)}
          fill="none"
          stroke={`#${colours[key]}`}
          strokeWidth={key === "red" ? 2 : 1.5}
          data-testid={`chart-line-${key}`}
        />
      ))}
      {inRange.map((marker) => (
        <g key={marker.kind} data-testid={`chart-marker-${marker.kind}`}>
          <line
            x1={x(marker.rcaPerHead)}
            x2={x(marker.rcaPerHead)}
            y1={PAD.top}
            y2={y(0)}
            stroke={markerColour[marker.kind]}
            strokeWidth={1}
            strokeDasharray={marker.kind === "current" ? undefined : "3 2"}
          />
          <title>{marker.label}</title>
        </g>
      ))}
    </svg>
  );
}
