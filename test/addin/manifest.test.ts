/**
 * @jest-environment jsdom
 */
// Structural checks of manifest.xml (Microsoft's validator needs its online service, so these stand in
// for it): resources, the shared runtime, https, the ribbon button, and the icons it names.
import fs from "fs";
import path from "path";
import { OFFICE_HOST_MARKER } from "../../src/taskpane/boot/bootPlan";
import { pngSize } from "./helpers/png";

const repoRoot = path.resolve(__dirname, "../..");
const urlDev = "https://localhost:3000/";
const basicTypesNamespace = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
/** The shared-runtime page as the manifest names it: with the marker that makes it load Office.js. */
const pageUrl = `${urlDev}taskpane.html?${OFFICE_HOST_MARKER.name}=${OFFICE_HOST_MARKER.value}`;

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
interface Resource {
  kind: ResourceKind;
  value: string;
}

/** Which kind of resource an element's resid must name, by the element's local name. */
const residKindByElement: Record<string, ResourceKind> = {
  Runtime: "Urls",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Image: "Images",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

function parseXml(xml: string, fileName: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const parserError = document.getElementsByTagName("parsererror")[0];
  if (parserError)
    throw new Error(`${fileName} is not well-formed XML: ${parserError.textContent ?? ""}`);
  return document;
}

const manifest = parseXml(
  fs.readFileSync(path.join(repoRoot, "manifest.xml"), "utf8"),
  "manifest.xml"
);

/** Every element with this local name, in document order, whatever its namespace. */
function elements(localName: string, within: Document | Element = manifest): Element[] {
  return Array.from(within.getElementsByTagName("*")).filter(
    (element) => element.localName === localName
  );
}

/** The one element with this local name; fails the test when there are none or several. */
function onlyElement(localName: string, within: Document | Element = manifest): Element {
  const found = elements(localName, within);
  if (found.length !== 1) throw new Error(`Expected one <${localName}>, found ${found.length}.`);
  return found[0] as Element;
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(xsiNamespace, "type");
}

function attribute(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.localName}> has no ${name} attribute.`);
  return value;
}

/** DefaultValue of a top-level element of OfficeApp (DisplayName, IconUrl…). */
function defaultValue(localName: string): string {
  return attribute(child(manifest.documentElement, localName), "DefaultValue");
}

/** The resources of VersionOverrides, by id. */
function readResources(): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  const resourcesElement = onlyElement("Resources");
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
    const groups = Array.from(resourcesElement.getElementsByTagNameNS(basicTypesNamespace, kind));
    for (const group of groups) {
      for (const item of Array.from(group.children)) {
        const id = attribute(item, "id");
        if (resources.has(id)) throw new Error(`Resource id '${id}' is defined twice.`);
        resources.set(id, { kind, value: attribute(item, "DefaultValue") });
      }
    }
  }
  return resources;
}

const resources = readResources();

function resourceValue(resid: string): string {
  const resource = resources.get(resid);
  if (!resource) throw new Error(`No resource with id '${resid}'.`);
  return resource.value;
}

/** Elements that refer to a resource (have a resid attribute). */
const references = Array.from(manifest.querySelectorAll("[resid]"));

/** The one direct child with this local name. */
function child(parent: Element, localName: string): Element {
  const found = Array.from(parent.children).filter((element) => element.localName === localName);
  if (found.length !== 1)
    throw new Error(`Expected one <${localName}> in <${parent.localName}>, found ${found.length}.`);
  return found[0] as Element;
}

/** Every URL the manifest declares: attributes and resources, with where each was found. */
function declaredUrls(): Array<{ where: string; url: string }> {
  const urls = ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) => ({
    where: name,
    url: defaultValue(name),
  }));
  const pageUrl = attribute(
    onlyElement("SourceLocation", onlyElement("DefaultSettings")),
    "DefaultValue"
  );
  urls.push({ where: "DefaultSettings/SourceLocation", url: pageUrl });
  for (const appDomain of elements("AppDomain"))
    urls.push({ where: "AppDomain", url: appDomain.textContent?.trim() ?? "" });
  for (const [id, resource] of resources) {
    if (resource.kind === "Urls" || resource.kind === "Images")
      urls.push({ where: `resource ${id}`, url: resource.value });
  }
  return urls;
}

describe("manifest.xml", () => {
  test("is an Excel task pane add-in with VersionOverrides", () => {
    expect(manifest.documentElement.localName).toBe("OfficeApp");
    expect(xsiType(manifest.documentElement)).toBe("TaskPaneApp");
    const hosts = Array.from(child(manifest.documentElement, "Hosts").children);
    expect(hosts.map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(xsiType(onlyElement("VersionOverrides"))).toBe("VersionOverridesV1_0");
  });

  test("has its own GUID, its name and read/write permission", () => {
    const id = onlyElement("Id").textContent?.trim() ?? "";
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
    );
    // Not left over from Microsoft's Excel-Custom-Functions and TaskPane templates.
    expect([
      "ca968be6-628b-4f14-ba3c-3e614effa9bd",
      "05c2e1c9-3e1d-406e-9a91-e9ac64854143",
    ]).not.toContain(id.toLowerCase());
    expect(defaultValue("DisplayName")).toBe("CCG Footprint");
    expect(onlyElement("ProviderName").textContent?.trim()).not.toBe("");
    expect(defaultValue("Description").length).toBeGreaterThan(20);
    expect(onlyElement("Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  test("requires the shared runtime", () => {
    const sets = elements("Set").map(
      (set) => `${attribute(set, "Name")} ${attribute(set, "MinVersion")}`
    );
    expect(sets).toContain("SharedRuntime 1.1");
    for (const set of elements("Set")) expect(attribute(set, "MinVersion")).toMatch(/^\d+\.\d+$/);
  });

  test("every resid names a resource of the right kind, and every resource is used", () => {
    expect(references.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const element of references) {
      const resid = attribute(element, "resid");
      const expectedKind = residKindByElement[element.localName];
      if (!expectedKind)
        throw new Error(`No rule for the resid of <${element.localName}>: add one to this test.`);
      expect({ resid, kind: resources.get(resid)?.kind }).toEqual({ resid, kind: expectedKind });
      expect(resid.length).toBeLessThanOrEqual(32);
      used.add(resid);
    }
    expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("strings fit Office's limits (short 125, long 250 characters)", () => {
    for (const [id, resource] of resources) {
      const limit =
        resource.kind === "ShortStrings" ? 125 : resource.kind === "LongStrings" ? 250 : 2048;
      expect({ id, length: resource.value.length <= limit }).toEqual({ id, length: true });
      expect(resource.value.trim()).not.toBe("");
    }
  });

  test("shared runtime: the Runtime, the custom functions Page, the FunctionFile and the button share one page", () => {
    const runtime = onlyElement("Runtime");
    expect(attribute(runtime, "lifetime")).toBe("long");
    const pageResid = attribute(runtime, "resid");
    const customFunctions = onlyElement("AllFormFactors");
    expect(
      attribute(onlyElement("SourceLocation", onlyElement("Page", customFunctions)), "resid")
    ).toBe(pageResid);
    expect(attribute(onlyElement("FunctionFile"), "resid")).toBe(pageResid);
    const action = onlyElement("Action");
    expect(attribute(onlyElement("SourceLocation", action), "resid")).toBe(pageResid);
    expect(pageResid).toBe("Taskpane.Url");
    expect(resourceValue(pageResid)).toBe(pageUrl);
    expect(
      attribute(onlyElement("SourceLocation", onlyElement("DefaultSettings")), "DefaultValue")
    ).toBe(resourceValue(pageResid));
    // Runtimes must come first in the Host.
    expect(runtime.parentElement?.parentElement?.firstElementChild?.localName).toBe("Runtimes");
  });

  test("every address of the page carries the marker that makes it load Office.js (src/taskpane/boot)", () => {
    const pageAddresses = declaredUrls().filter(({ url }) =>
      new URL(url).pathname.endsWith("/taskpane.html")
    );
    // DefaultSettings/SourceLocation and the Taskpane.Url resource (which the Runtime, the custom
    // functions Page, the FunctionFile and the button's ShowTaskpane use).
    expect(pageAddresses.map(({ where }) => where).sort()).toEqual([
      "DefaultSettings/SourceLocation",
      "resource Taskpane.Url",
    ]);
    for (const { where, url } of pageAddresses) {
      expect({ where, url }).toEqual({ where, url: pageUrl });
      expect({
        where,
        marker: new URL(url).searchParams.get(OFFICE_HOST_MARKER.name),
      }).toEqual({ where, marker: OFFICE_HOST_MARKER.value });
    }
    for (const element of [...elements("Runtime"), ...elements("FunctionFile")])
      expect(resourceValue(attribute(element, "resid"))).toBe(pageUrl);
  });

  test("custom functions: namespace CCG, script functions.js, metadata functions.json", () => {
    const extensionPoint = elements("ExtensionPoint").find(
      (element) => xsiType(element) === "CustomFunctions"
    );
    if (!extensionPoint) throw new Error("No CustomFunctions extension point.");
    expect(resourceValue(attribute(onlyElement("Namespace", extensionPoint), "resid"))).toBe("CCG");
    const script = resourceValue(
      attribute(onlyElement("SourceLocation", onlyElement("Script", extensionPoint)), "resid")
    );
    const metadata = resourceValue(
      attribute(onlyElement("SourceLocation", onlyElement("Metadata", extensionPoint)), "resid")
    );
    expect(script).toBe(`${urlDev}functions.js`);
    expect(metadata).toBe(`${urlDev}functions.json`);
  });

  test("the Home tab has a CCG Footprint group whose button shows the task pane", () => {
    const extensionPoint = elements("ExtensionPoint").find(
      (element) => xsiType(element) === "PrimaryCommandSurface"
    );
    if (!extensionPoint) throw new Error("No PrimaryCommandSurface extension point.");
    const tab = onlyElement("OfficeTab", extensionPoint);
    expect(attribute(tab, "id")).toBe("TabHome");
    const group = onlyElement("Group", tab);
    expect(resourceValue(attribute(child(group, "Label"), "resid"))).toBe("CCG Footprint");
    const button = onlyElement("Control", group);
    expect(xsiType(button)).toBe("Button");
    expect(resourceValue(attribute(onlyElement("Label", button), "resid"))).toBe("CCG Footprint");
    const action = onlyElement("Action", button);
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(onlyElement("TaskpaneId", action).textContent?.trim()).not.toBe("");
  });

  test("every URL is https", () => {
    const urls = declaredUrls();
    expect(urls.length).toBeGreaterThan(8);
    for (const { where, url } of urls) {
      expect({ where, protocol: new URL(url).protocol }).toEqual({ where, protocol: "https:" });
    }
    // Nothing else in the file (namespaces aside) names a plain-http address.
    const withoutNamespaces = fs
      .readFileSync(path.join(repoRoot, "manifest.xml"), "utf8")
      .replace(/xmlns(:\w+)?="[^"]*"/g, "");
    expect(withoutNamespaces).not.toMatch(/http:\/\//);
  });

  test("the pages, scripts and icons the add-in serves are on the development server (rewritten for production)", () => {
    const served = [
      resourceValue("Taskpane.Url"),
      defaultValue("IconUrl"),
      defaultValue("HighResolutionIconUrl"),
    ];
    for (const [, resource] of resources)
      if (resource.kind === "Images") served.push(resource.value);
    for (const url of served) expect(url.startsWith(urlDev)).toBe(true);
  });

  test("every icon it names is a PNG of that size in assets/", () => {
    const expectedSizes = new Map<string, number>([
      [defaultValue("IconUrl"), 32],
      [defaultValue("HighResolutionIconUrl"), 64],
    ]);
    for (const image of elements("Image").filter((element) => element.hasAttribute("size"))) {
      const url = resourceValue(attribute(image, "resid"));
      const size = Number(attribute(image, "size"));
      expect({ url, size: expectedSizes.get(url) ?? size }).toEqual({ url, size });
      expectedSizes.set(url, size);
    }
    expect(expectedSizes.size).toBeGreaterThanOrEqual(4);
    for (const [url, size] of expectedSizes) {
      const file = path.join(repoRoot, url.slice(urlDev.length));
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
      expect({ url, ...pngSize(fs.readFileSync(file), file) }).toEqual({
        url,
        width: size,
        height: size,
      });
    }
  });

  test("each assets/icon-N.png is N pixels square", () => {
    const icons = fs
      .readdirSync(path.join(repoRoot, "assets"))
      .filter((name) => /^icon-\d+\.png$/.test(name));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const name of icons) {
      const size = Number(/\d+/.exec(name)?.[0]);
      const file = path.join(repoRoot, "assets", name);
      expect({ name, ...pngSize(fs.readFileSync(file), name) }).toEqual({
        name,
        width: size,
        height: size,
      });
    }
  });
});
