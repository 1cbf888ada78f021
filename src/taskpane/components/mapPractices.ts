/** Finding the practice under the pointer (or at the map's centre) and saying what it is. */
import KDBush from "kdbush";
import type { AnalysisResult } from "../../engine/analysis";
import { isBorderPractice, isEmbeddedForRating } from "../../engine/embeddedPractices";
import type { MapLayout } from "../../engine/map/mapLayout";

/** A spatial index of the map's points, in drawing units. */
export function indexMapPoints(layout: MapLayout): KDBush {
  const index = new KDBush(Math.max(1, layout.x.length));
  for (let point = 0; point < layout.x.length; point++) {
    index.add(layout.x[point] ?? 0, layout.y[point] ?? 0);
  }
  if (layout.x.length === 0) index.add(0, 0);
  index.finish();
  return index;
}

/**
 * The point nearest (x, y) within `radius` drawing units.
 * @returns the point, or -1 when none is that close
 */
export function nearestMapPoint(
  index: KDBush,
  layout: MapLayout,
  x: number,
  y: number,
  radius: number
): number {
  let best = -1;
  let bestDistance = Infinity;
  for (const point of index.within(x, y, radius)) {
    if (point >= layout.x.length) continue;
    const distance = Math.hypot((layout.x[point] ?? 0) - x, (layout.y[point] ?? 0) - y);
    if (distance < bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A practice and its CCG in words, e.g. "F82625 Abbey Medical Centre, in 07L Barking & Dagenham CCG (detached)".
 * @param result - the analysis
 * @param layout - the map layout
 * @param point - a map point
 */
export function describeMapPoint(result: AnalysisResult, layout: MapLayout, point: number): string {
  const practice = layout.practiceOfPoint[point] ?? 0;
  const table = result.practices;
  const name = table.name?.[practice] ?? "";
  const ccg = result.ccgs[result.practiceCcg[practice] ?? 0];
  const marks = [
    result.practiceGeography.detached[point] === 1 ? "detached" : "",
    isEmbeddedForRating(result.practiceGeography, point) ? "embedded" : "",
    isBorderPractice(result.practiceGeography, point) ? "border practice" : "",
  ].filter((mark) => mark !== "");
  const practiceText = `${table.code[practice] ?? ""} ${name}`.trim();
  const ccgText = ccg === undefined ? "" : `${ccg.code} ${ccg.name ?? ""}`.trim();
  return `${practiceText}, in ${ccgText}${marks.length > 0 ? ` (${marks.join(", ")})` : ""}`;
}
