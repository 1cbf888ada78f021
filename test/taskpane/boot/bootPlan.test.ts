import {
  OFFICE_HOST_MARKER,
  isInsideOffice,
  pageScriptsFrom,
  scriptsToStart,
} from "../../../src/taskpane/boot/bootPlan";

const scripts = {
  officeJs: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  officeBundles: ["functions.js?abc", "commands.1.js?abc"],
  paneBundles: ["taskpane.2.js?abc"],
};

describe("isInsideOffice", () => {
  test("the manifest's marker means inside Office, wherever it stands in the query", () => {
    const marker = `${OFFICE_HOST_MARKER.name}=${OFFICE_HOST_MARKER.value}`;
    expect(isInsideOffice({ search: `?${marker}`, windowName: "" })).toBe(true);
    expect(isInsideOffice({ search: `?et=1&${marker}&x=2`, windowName: "" })).toBe(true);
  });

  test("Office's own _host_Info parameter means inside Office (a manifest without the marker)", () => {
    expect(
      isInsideOffice({ search: "?_host_Info=Excel$Win32$16.01$en-GB$$$$0", windowName: "" })
    ).toBe(true);
  });

  test("host information in the window name, as Office.js reads it, means inside Office", () => {
    expect(
      isInsideOffice({ search: "", windowName: JSON.stringify({ hostInfo: "Excel|Mac|16.00" }) })
    ).toBe(true);
  });

  test("a plain page, another host value, or an unrelated window name is the preview", () => {
    expect(isInsideOffice({ search: "", windowName: "" })).toBe(false);
    expect(isInsideOffice({ search: "?host=excel", windowName: "" })).toBe(false);
    expect(isInsideOffice({ search: "?hostoffice", windowName: "" })).toBe(false);
    expect(isInsideOffice({ search: "", windowName: "{not json" })).toBe(false);
    expect(isInsideOffice({ search: "", windowName: '{"hostInfo": 3}' })).toBe(false);
    expect(isInsideOffice({ search: "", windowName: "preview" })).toBe(false);
  });
});

describe("scriptsToStart", () => {
  test("inside Office: Office.js first, then the custom functions and commands, then the pane", () => {
    expect(scriptsToStart(true, scripts)).toEqual([
      scripts.officeJs,
      "functions.js?abc",
      "commands.1.js?abc",
      "taskpane.2.js?abc",
    ]);
  });

  test("the preview starts the pane alone: no Office.js, no Office-only bundle", () => {
    expect(scriptsToStart(false, scripts)).toEqual(["taskpane.2.js?abc"]);
  });
});

describe("pageScriptsFrom", () => {
  test("reads the boot script's data attributes", () => {
    expect(
      pageScriptsFrom({
        officeJs: scripts.officeJs,
        officeBundles: "functions.js?abc  commands.1.js?abc",
        paneBundles: "taskpane.2.js?abc",
      })
    ).toEqual(scripts);
  });

  test("a missing attribute is named", () => {
    expect(() => pageScriptsFrom({ officeJs: scripts.officeJs, paneBundles: "p.js" })).toThrow(
      /data-office-bundles/
    );
    expect(() => pageScriptsFrom({ officeJs: "", officeBundles: "", paneBundles: "p.js" })).toThrow(
      /no Office.js/
    );
  });
});
