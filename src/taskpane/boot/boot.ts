/*
 * The page's only script tag (taskpane.html, deferred): decides whether the page runs inside Office and
 * starts the scripts for that (bootPlan.ts). Inside Office: Office.js, then the custom functions and
 * ribbon commands bundles, then the pane, executed in that order (dynamic scripts with `async = false`
 * run in insertion order while downloading in parallel). Outside Office (the preview): the pane alone,
 * so no Office.js and no request beyond the page's own origin.
 */
/* global document, HTMLScriptElement, window */
import { isInsideOffice, pageScriptsFrom, scriptsToStart } from "./bootPlan";

const bootScript = document.currentScript;
if (!(bootScript instanceof HTMLScriptElement)) {
  throw new Error("taskpane.html: the boot script must be a classic <script> tag.");
}
const insideOffice = isInsideOffice({ search: window.location.search, windowName: window.name });
for (const source of scriptsToStart(insideOffice, pageScriptsFrom(bootScript.dataset))) {
  const script = document.createElement("script");
  script.src = source;
  script.async = false;
  document.head.appendChild(script);
}
