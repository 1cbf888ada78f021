/**
 * The running-cost what-if's settings as React state of the Results section alone (issue #13): a slider
 * step re-renders the results, not the rest of the pane (inputs, assumptions, map, scenarios, writing).
 */
import { useCallback, useState } from "react";
import type { AnalysisResult } from "../../engine/analysis";
import { NO_WHAT_IF, WhatIfSettings } from "./whatIf";

/** The settings, and the change a slider or box makes (a value of null goes back to the analysed one). */
export interface WhatIf {
  readonly settings: WhatIfSettings;
  readonly change: (change: Partial<WhatIfSettings>) => void;
}

/**
 * What-if settings that belong to one analysis: each new analysis starts at its own values.
 * @param analysis - the analysis as analysed (not a scenario's: a move in scenario mode keeps the what-if)
 */
export function useWhatIf(analysis: AnalysisResult | null): WhatIf {
  const [held, setHeld] = useState({ analysis, settings: NO_WHAT_IF });
  const settings = held.analysis === analysis ? held.settings : NO_WHAT_IF;
  const change = useCallback(
    (change: Partial<WhatIfSettings>) =>
      setHeld((current) => ({
        analysis,
        settings: { ...(current.analysis === analysis ? current.settings : NO_WHAT_IF), ...change },
      })),
    [analysis]
  );
  return { settings, change };
}
