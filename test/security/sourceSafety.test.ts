/**
 * Security checks (issue #16): no eval or new Function in our code, and manifest permissions no wider than
 * ReadWriteDocument.
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

test("our code calls neither eval nor new Function (nor string timers)", () => {
  const offenders = sourceFiles(path.join(ROOT, "src")).filter((file) => {
    const text = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    return /\beval\s*\(|\bnew\s+Function\s*\(|\bset(Timeout|Interval)\s*\(\s*["'`]/.test(text);
  });
  expect(offenders).toEqual([]);
});

test("the manifest asks for no more than ReadWriteDocument", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const permissions = [...manifest.matchAll(/<Permissions>\s*([^<]+?)\s*<\/Permissions>/g)].map(
    (m) => m[1]
  );
  expect(permissions.length).toBeGreaterThan(0);
  for (const permission of permissions)
    expect(["Restricted", "ReadDocument", "ReadWriteDocument"]).toContain(permission);
});
