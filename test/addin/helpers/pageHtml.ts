/**
 * Reading the built taskpane.html (minified: attributes may be unquoted) without a browser: its tags'
 * attributes, the boot script's list of scripts, and its Content-Security-Policy.
 */
import { pageScriptsFrom } from "../../../src/taskpane/boot/bootPlan";
import type { PageScripts } from "../../../src/taskpane/boot/bootPlan";

/** The attributes of every `<tagName>` of the page, in order (names lower-cased, entities as written). */
export function tagAttributes(html: string, tagName: string): Array<Record<string, string>> {
  const tags = html.matchAll(new RegExp(`<${tagName}\\b([^>]*)>`, "gi"));
  return Array.from(tags, (tag) => {
    const attributes: Record<string, string> = {};
    const pattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
    for (const match of (tag[1] ?? "").matchAll(pattern)) {
      attributes[(match[1] ?? "").toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
    }
    return attributes;
  });
}

/** The page's one script tag (the boot script) and the scripts it names. */
export function bootScript(html: string): { src: string; defer: boolean; scripts: PageScripts } {
  const tags = tagAttributes(html, "script");
  if (tags.length !== 1) throw new Error(`taskpane.html has ${tags.length} script tags, not 1.`);
  const tag = tags[0] as Record<string, string>;
  const dataset: Record<string, string> = {};
  for (const [name, value] of Object.entries(tag)) {
    if (name.startsWith("data-"))
      dataset[name.slice(5).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] =
        value.replace(/&amp;/g, "&");
  }
  return { src: tag.src ?? "", defer: "defer" in tag, scripts: pageScriptsFrom(dataset) };
}

/** The Content-Security-Policy of the page's meta tag, as directive name → sources. */
export function metaContentSecurityPolicy(html: string): Map<string, string[]> {
  const metas = tagAttributes(html, "meta").filter(
    (meta) => (meta["http-equiv"] ?? "").toLowerCase() === "content-security-policy"
  );
  if (metas.length !== 1)
    throw new Error(`taskpane.html has ${metas.length} Content-Security-Policy meta tags, not 1.`);
  const policy = new Map<string, string[]>();
  for (const directive of (metas[0]?.content ?? "").split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}
