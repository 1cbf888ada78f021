/**
 * The runner needs no ExcelJS: `analyse x.csv` and `analyse x.xlsx` (with or without the analysed
 * workbook), `sample`, `demo` and `--help` all run with it unloadable (loading it is about half a
 * second of every run): the package reader and writer (src/package) read and write every file.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CliIo } from "../../src/cli/io";

function memoryIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stderrIsTerminal: false,
    cwd,
  };
}

const CSV =
  "Practice code,CCG code,List size,Latitude,Longitude\nA81001,07L,6000,51.5,-0.1\nA81002,07L,7000,51.51,-0.11\n";

describe("ExcelJS is not loaded to analyse a CSV or a workbook", () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-lazy-exceljs-"));
    fs.writeFileSync(path.join(directory, "practices.csv"), CSV);
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  test("analyse practices.csv --json and --help run with ExcelJS unloadable", async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock("exceljs", () => {
        throw new Error("ExcelJS was loaded");
      });
      const { runCli } = await import("../../src/cli/main");
      const io = memoryIo(directory);
      expect(await runCli(["analyse", "practices.csv", "--json"], io)).toBe(0);
      expect(JSON.parse(io.out.join("")).population).toBe(13000);
      expect(await runCli(["--help"], memoryIo(directory))).toBe(0);
      expect(fs.readdirSync(directory)).toEqual(["practices.csv"]);
    });
  });

  test("writing the analysed workbook of a CSV needs no ExcelJS either", async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock("exceljs", () => {
        throw new Error("ExcelJS was loaded");
      });
      const { runCli } = await import("../../src/cli/main");
      const io = memoryIo(directory);
      expect(await runCli(["analyse", "practices.csv"], io)).toBe(0);
      expect(io.err.join("")).toBe("");
      expect(fs.readdirSync(directory).sort()).toEqual([
        "practices.analysed.xlsx",
        "practices.csv",
      ]);
    });
  });

  test("reading an .xlsx and writing its analysed copy need no ExcelJS either", async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock("exceljs", () => {
        throw new Error("ExcelJS was loaded");
      });
      const { runCli } = await import("../../src/cli/main");
      expect(await runCli(["analyse", "practices.csv"], memoryIo(directory))).toBe(0);
      fs.renameSync(
        path.join(directory, "practices.analysed.xlsx"),
        path.join(directory, "list.xlsx")
      );
      const io = memoryIo(directory);
      expect(await runCli(["analyse", "list.xlsx"], io)).toBe(0);
      expect(io.err.join("")).toBe("");
      expect(fs.readdirSync(directory).sort()).toEqual([
        "list.analysed.xlsx",
        "list.xlsx",
        "practices.csv",
      ]);
    });
  });

  test("sample and demo write their workbooks without ExcelJS", async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock("exceljs", () => {
        throw new Error("ExcelJS was loaded");
      });
      const { runCli } = await import("../../src/cli/main");
      const io = memoryIo(directory);
      expect(await runCli(["sample", "-o", "sample.xlsx"], io)).toBe(0);
      expect(await runCli(["demo"], io)).toBe(0);
      expect(io.err.join("")).toBe("");
      expect(fs.readdirSync(path.join(directory, "ccg-footprint-demo")).sort()).toEqual([
        "sample.analysed.xlsx",
        "sample.xlsx",
      ]);
      expect(fs.statSync(path.join(directory, "sample.xlsx")).size).toBeGreaterThan(100_000);
    });
  });
});
