/** The size and scroll position of a scrolling box, followed as it is resized and scrolled. */
/* global HTMLElement, ResizeObserver */
import { useCallback, useLayoutEffect, useState } from "react";
import type { RefObject } from "react";

/** What a scrolling box shows, in pixels (0 while not known, as in a page without layout). */
export interface ScrollerViewport {
  readonly widthPx: number;
  readonly heightPx: number;
  /** Height of a sticky table header (`thead`) inside the box, which hides what scrolls under it. */
  readonly headPx: number;
  readonly scrollTopPx: number;
}

const UNKNOWN: ScrollerViewport = { widthPx: 0, heightPx: 0, headPx: 0, scrollTopPx: 0 };

/**
 * Follows the box's client width and height (ResizeObserver, and once before the first paint) and its
 * scroll position. `round` turns the scroll position into what the caller draws from (for example the
 * first row in view), so that scrolling within a row does not redraw.
 * @returns the viewport and the handler for the box's `onScroll`
 */
export function useScrollerViewport(
  ref: RefObject<HTMLElement>,
  round: (scrollTopPx: number) => number
): { viewport: ScrollerViewport; onScroll: () => void } {
  const [viewport, setViewport] = useState<ScrollerViewport>(UNKNOWN);
  const measure = useCallback(() => {
    const box = ref.current;
    if (box === null) return;
    const next = {
      widthPx: box.clientWidth,
      heightPx: box.clientHeight,
      headPx: box.querySelector("thead")?.offsetHeight ?? 0,
      scrollTopPx: round(box.scrollTop),
    };
    setViewport((current) =>
      current.widthPx === next.widthPx &&
      current.heightPx === next.heightPx &&
      current.headPx === next.headPx &&
      current.scrollTopPx === next.scrollTopPx
        ? current
        : next
    );
  }, [ref, round]);
  useLayoutEffect(() => {
    measure();
    const box = ref.current;
    if (box === null || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, measure]);
  return { viewport, onScroll: measure };
}
