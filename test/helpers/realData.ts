import fs from "fs";
import path from "path";

/** Real England data, kept outside the project (../shared/data/england/). */
export const ENGLAND_DATA_DIR = path.resolve(__dirname, "../../../shared/data/england");

/** Path of a real data file. */
export function englandDataFile(name: string): string {
  return path.join(ENGLAND_DATA_DIR, name);
}

/**
 * Tests on real data: run `body` when every file exists; otherwise register one test that says so
 * plainly (a message, not a silent skip) and checks that the data really is absent.
 */
export function describeWithEnglandData(title: string, files: readonly string[], body: () => void): void {
  const missing = files.filter((file) => !fs.existsSync(englandDataFile(file)));
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  describe(title, () => {
    test(`not run: ${missing.join(", ")} absent from ${ENGLAND_DATA_DIR}`, () => {
      console.warn(`Real-data tests '${title}' not run: ${missing.join(", ")} not found in ${ENGLAND_DATA_DIR}`);
      for (const file of missing) expect(fs.existsSync(englandDataFile(file))).toBe(false);
    });
  });
}
