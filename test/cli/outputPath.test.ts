import fs from "fs";
import path from "path";
import { runRunner, temporaryDirectory } from "../helpers/runner";

const CSV =
  "Practice code,Practice name,CCG code,List size,Easting,Northing\n" +
  "A81001,One,07L,5000,530000,180000\nA81002,Two,07L,6000,531000,181000\n";

function setUp(): string {
  const directory = temporaryDirectory();
  fs.writeFileSync(path.join(directory, "list.csv"), CSV);
  return directory;
}

describe("routine -o mistakes are plain errors, checked before any work", () => {
  test.each([
    [
      "a folder that does not exist",
      "nope/out.xlsx",
      /^error: cannot write 'nope\/out\.xlsx': the folder '.*nope' does not exist \(create it first or choose another path\)\n$/,
    ],
    [
      "a path that is a folder",
      "sub",
      /^error: cannot write 'sub': it is a folder \(give a file name such as 'sub\/analysed\.xlsx'\)\n$/,
    ],
    [
      "the input itself",
      "list.csv",
      /^error: the output file '.*list\.csv' is the input file; the input is never changed, so choose another output file \(-o\)\n$/,
    ],
  ])("%s", (_what, output, message) => {
    const directory = setUp();
    fs.mkdirSync(path.join(directory, "sub"));
    const before = fs.readFileSync(path.join(directory, "list.csv"));
    const result = runRunner(["analyse", "list.csv", "-o", output], directory);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain("unexpected failure");
    expect(fs.readFileSync(path.join(directory, "list.csv"))).toEqual(before);
    expect(fs.readdirSync(directory).sort()).toEqual(["list.csv", "sub"]);
    expect(fs.readdirSync(path.join(directory, "sub"))).toEqual([]);
  });
});
