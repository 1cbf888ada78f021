/** Section 4, Map: the practices of the last analysis, coloured by CCG. */
import { Button, Caption1 } from "@fluentui/react-components";
import { memo, useEffect, useState } from "react";
import type { AnalysisResult } from "../../engine/analysis";
import type { PaneMessage } from "../state/paneState";
import { MapView } from "./MapView";
import type { MapPracticeSelection } from "./mapSelection";
import { Section } from "./Section";

/** Practices with coordinates up to which the map is drawn at once; above, the user asks for it. */
export const MAP_AUTO_DRAW_LIMIT = 25_000;

/** How many practices the map would draw. */
function mappedPractices(result: AnalysisResult): number {
  let count = 0;
  for (const index of result.practiceGeographyIndex) if (index >= 0) count += 1;
  return count;
}

/** Props of {@link MapSection}. */
export interface MapSectionProps {
  readonly result: AnalysisResult | null;
  readonly selectedCcg: string | null;
  readonly onSelect: (code: string) => void;
  readonly onDismiss: (message: PaneMessage) => void;
  /** Scenario mode: practices can be selected on the map. */
  readonly practiceSelection?: MapPracticeSelection;
}

/**
 * The map section; above {@link MAP_AUTO_DRAW_LIMIT} practices a button (`data-testid="draw-map"`) draws it.
 * Memoised: the map does not change while the running-cost what-if moves, and drawing thousands of
 * practices again on every slider step would cost far more than the step itself.
 */
export const MapSection = memo(function MapSection({
  result,
  selectedCcg,
  onSelect,
  onDismiss,
  practiceSelection,
}: MapSectionProps): JSX.Element {
  const points = result === null ? 0 : mappedPractices(result);
  const [asked, setAsked] = useState(false);
  // Each new analysis asks again.
  useEffect(() => setAsked(false), [result]);
  let content: JSX.Element;
  if (result === null) {
    content = (
      <Caption1>The map of practices, coloured by CCG, appears after the analysis.</Caption1>
    );
  } else if (points > MAP_AUTO_DRAW_LIMIT && !asked) {
    content = (
      <>
        <Caption1>
          {points.toLocaleString("en-GB")} practices have coordinates. Drawing them all takes a
          while and slows the pane; the table and the details work without it.
        </Caption1>
        <Button size="small" onClick={() => setAsked(true)} data-testid="draw-map">
          Draw the map
        </Button>
      </>
    );
  } else {
    content = (
      <MapView
        result={result}
        selectedCcg={selectedCcg}
        onSelect={onSelect}
        practiceSelection={practiceSelection}
      />
    );
  }
  return (
    <Section id="map" step={4} title="Map" messages={[]} onDismiss={onDismiss}>
      {content}
    </Section>
  );
});
