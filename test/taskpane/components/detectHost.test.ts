// Excel or preview mode, from what Office.js reports (or fails to report).
import { detectHostKind } from "../../../src/taskpane/boot/detectHost";

describe("detectHostKind", () => {
  test("no Office.js at all (it failed to load): preview, at once", async () => {
    await expect(detectHostKind({}, 60_000)).resolves.toBe("preview");
  });

  test("Office.js outside Office: onReady reports no host: preview", async () => {
    const Office = {
      onReady: (callback?: (info: { host: unknown }) => void) => callback?.({ host: null }),
    };
    await expect(detectHostKind({ Office }, 60_000)).resolves.toBe("preview");
  });

  test("inside Excel with the Excel API: excel", async () => {
    const Office = {
      onReady: (callback?: (info: { host: unknown }) => void) =>
        setTimeout(() => callback?.({ host: "Excel" }), 1),
    };
    await expect(detectHostKind({ Office, Excel: {} }, 60_000)).resolves.toBe("excel");
  });

  test("another Office host, or Excel without its API: preview", async () => {
    const word = {
      onReady: (callback?: (info: { host: unknown }) => void) => callback?.({ host: "Word" }),
    };
    await expect(detectHostKind({ Office: word, Excel: {} }, 60_000)).resolves.toBe("preview");
    const excel = {
      onReady: (callback?: (info: { host: unknown }) => void) => callback?.({ host: "Excel" }),
    };
    await expect(detectHostKind({ Office: excel }, 60_000)).resolves.toBe("preview");
  });

  test("onReady never settles: preview after the timeout", async () => {
    const Office = { onReady: () => new Promise(() => undefined) };
    await expect(detectHostKind({ Office, Excel: {} }, 5)).resolves.toBe("preview");
  });

  test("onReady throws: preview", async () => {
    const Office = {
      onReady: () => {
        throw new Error("Office.js is not ready");
      },
    };
    await expect(detectHostKind({ Office }, 60_000)).resolves.toBe("preview");
  });
});
