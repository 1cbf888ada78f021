/** Section 4, Map: the practices of the last analysis, coloured by CCG. */
import { Caption1 } from "@fluentui/react-components";
import type { AnalysisResult } from "../../engine/analysis";
import type { PaneMessage } from "../state/paneState";
import { MapView } from "./MapView";
import { Section } from "./Section";

/** Props of {@link MapSection}. */
export interface MapSectionProps {
  readonly result: AnalysisResult | null;
  readonly selectedCcg: string | null;
  readonly onSelect: (code: string) => void;
  readonly onDismiss: (message: PaneMessage) => void;
}

/** The map section. */
export function MapSection({
  result,
  selectedCcg,
  onSelect,
  onDismiss,
}: MapSectionProps): JSX.Element {
  return (
    <Section id="map" step={4} title="Map" messages={[]} onDismiss={onDismiss}>
      {result === null ? (
        <Caption1>The map of practices, coloured by CCG, appears after the analysis.</Caption1>
      ) : (
        <MapView result={result} selectedCcg={selectedCcg} onSelect={onSelect} />
      )}
    </Section>
  );
}
