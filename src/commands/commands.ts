/*
 * Ribbon commands of CCG Footprint. The Home-tab button opens the task pane (ShowTaskpane in
 * manifest.xml), which needs no code. A ribbon control that runs code instead (ExecuteFunction) names a
 * function here; this bundle is loaded by the shared-runtime page, the FunctionFile of manifest.xml.
 */
/* global Office */

/** A ribbon command handler; it must call `event.completed()` when done. */
export type RibbonAction = (event: Office.AddinCommands.Event) => void;

/** Handlers of ExecuteFunction ribbon controls, keyed by the `<FunctionName>` used in manifest.xml. None yet. */
export const ribbonActions: Readonly<Record<string, RibbonAction>> = {};

/**
 * Registers every ribbon command handler with Office.
 * @param actions handlers keyed by the manifest's function names
 */
export function registerRibbonActions(actions: Readonly<Record<string, RibbonAction>>): void {
  for (const [functionName, action] of Object.entries(actions)) {
    Office.actions.associate(functionName, action);
  }
}

// Outside Office (a browser without office.js) there is no ribbon to serve.
if (typeof Office !== "undefined") {
  Office.onReady(() => registerRibbonActions(ribbonActions));
}
