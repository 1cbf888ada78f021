/*
 * Task pane entry. PLACEHOLDER until the real pane (SPEC §8.3) replaces it: a title and a line of text
 * in Fluent UI, rendered once Office.js is ready (or at once in a browser without Office.js).
 */
import { FluentProvider, Text, Title2, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

/** The placeholder pane: the product's name and what it will do. */
function PlaceholderPane(): JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title2 as="h1">CCG Footprint</Title2>
        <Text as="p" block>
          Per-head running costs, geographic coherence and RAG ratings for clinical commissioning
          groups.
        </Text>
      </main>
    </FluentProvider>
  );
}

const rootElement = document.getElementById("root");
if (rootElement === null) {
  throw new Error("taskpane.html has no element with id 'root' to hold the CCG Footprint pane.");
}
const render = (): void => createRoot(rootElement).render(<PlaceholderPane />);
if (typeof Office === "undefined") {
  render();
} else {
  Office.onReady(render);
}
