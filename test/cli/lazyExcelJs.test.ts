/**
 * The runner loads ExcelJS only when it reads an .xlsx: `analyse x.csv` (with or without the
 * analysed workbook: the package writer needs no ExcelJS) and `--help` start without it (loading it
 * is about half a second of every run).
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

describe("ExcelJS is loaded only when an .xlsx is read or written", () => {
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

  test("the same module graph does load it to read an .xlsx", async () => {
    await jest.isolateModulesAsync(async () => {
      let loads = 0;
      jest.doMock("exceljs", () => {
        loads += 1;
        return jest.requireActual("exceljs");
      });
      const { runCli } = await import("../../src/cli/main");
      expect(await runCli(["analyse", "practices.csv"], memoryIo(directory))).toBe(0);
      fs.renameSync(
        path.join(directory, "practices.analysed.xlsx"),
        path.join(directory, "list.xlsx")
      );
      expect(await runCli(["analyse", "list.xlsx"], memoryIo(directory))).toBe(0);
      expect(loads).toBe(1);
      expect(fs.readdirSync(directory).sort()).toEqual([
        "list.analysed.xlsx",
        "list.xlsx",
        "practices.csv",
      ]);
    });
  });
});
