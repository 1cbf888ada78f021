/** One live region for several sources: it says whichever sentence changed last. */
import { useRef } from "react";

/**
 * The sentence that changed most recently among several sources (each source's sentence is spoken
 * when it changes, and a later change of another source's takes over).
 * @param sentences - each source's current sentence ("" for nothing)
 * @returns the sentence to put in the live region
 * @example useLatestAnnouncement(announcementFor(state), scenario.state.announcement)
 */
export function useLatestAnnouncement(...sentences: string[]): string {
  const previous = useRef<string[]>([]);
  const latest = useRef("");
  sentences.forEach((sentence, i) => {
    if (sentence !== previous.current[i] && sentence !== "") latest.current = sentence;
  });
  if (sentences.every((sentence) => sentence === "")) latest.current = "";
  previous.current = sentences;
  return latest.current;
}
