/** True when the pane is wide enough for two columns (a browser window rather than Excel's side pane). */
/* global window */
import { useEffect, useState } from "react";

/** Width from which the pane shows two columns. */
export const WIDE_LAYOUT_MIN_WIDTH_PX = 860;

/**
 * Follows `(min-width: 860px)`.
 * @returns true in a wide window; false in a task pane, and where matchMedia is missing
 */
export function useWideLayout(): boolean {
  const query = `(min-width: ${WIDE_LAYOUT_MIN_WIDTH_PX}px)`;
  const supported = typeof window !== "undefined" && typeof window.matchMedia === "function";
  const [wide, setWide] = useState(() => supported && window.matchMedia(query).matches);
  useEffect(() => {
    if (!supported) return undefined;
    const media = window.matchMedia(query);
    const onChange = () => setWide(media.matches);
    onChange();
    media.addEventListener?.("change", onChange);
    return () => media.removeEventListener?.("change", onChange);
  }, [query, supported]);
  return wide;
}
