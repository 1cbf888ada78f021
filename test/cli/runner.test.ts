import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { RUNNER, runRunner, temporaryDirectory } from "../helpers/runner";

const FIXTURES = path.resolve(__dirname, "../fixtures/workbooks");
const MESSY = path.join(FIXTURES, "messy-practices.csv");

function copyFixture(name: string, directory: string): string {
  const target = path.join(directory, name);
  fs.copyFileSync(path.join(FIXTURES, name), target);
  return target;
}

async function readSheet(file: string, sheetName: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName} in ${file}`);
  return sheet;
}

describe("the ccg-footprint runner as a process", () => {
  test("the bin is built with a shebang and is executable", () => {
    const text = fs.readFileSync(RUNNER, "utf8");
    expect(text.startsWith("#!/usr/bin/env node")).toBe(true);
    expect(fs.statSync(RUNNER).mode & 0o111).not.toBe(0);
  });

  test("--help: exit 0 with usage on stdout", () => {
    const result = runRunner(["--help"], temporaryDirectory());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("ccg-footprint analyse <workbook.xlsx|.csv>");
    expect(result.stderr).toBe("");
  });

  test("wrong usage: exit 2, 'error:' on stderr, nothing on stdout", () => {
    const result = runRunner(["analyse"], temporaryDirectory());
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith("error: analyse needs a workbook")).toBe(true);
    expect(result.stdout).toBe("");
    expect(runRunner(["suggest"], temporaryDirectory()).status).toBe(2);
    expect(runRunner(["analyse", "x.xlsx", "--scenario"], temporaryDirectory()).status).toBe(2);
  });

  test("analyse a CSV: exit 0, the input byte-identical, the output beside it with the five sheets", async () => {
    const directory = temporaryDirectory();
    const input = copyFixture("messy-practices.csv", directory);
    const before = fs.readFileSync(input);
    const result = runRunner(["analyse", "messy-practices.csv"], directory);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Analysed 53 practices in 4 CCGs");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const output = path.join(directory, "messy-practices.analysed.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["messy-practices", "CCG Summary", "Practice Detail", "Data Quality", "Assumptions", "Sensitivity"]);
    expect(fs.readdirSync(directory).sort()).toEqual(["messy-practices.analysed.xlsx", "messy-practices.csv"]);
  });

  test("a practice named =HYPERLINK(\"x\") stays text in the input copy and in Practice Detail", async () => {
    const directory = temporaryDirectory();
    copyFixture("messy-practices.csv", directory);
    expect(runRunner(["analyse", "messy-practices.csv", "-o", "out.xlsx"], directory).status).toBe(0);
    const detail = await readSheet(path.join(directory, "out.xlsx"), "Practice Detail");
    const cells: ExcelJS.Cell[] = [];
    detail.eachRow((row) => row.eachCell((cell) => {
      if (String(cell.value).includes("HYPERLINK")) cells.push(cell);
    }));
    expect(cells).toHaveLength(1);
    expect(cells[0]?.type).toBe(ExcelJS.ValueType.String);
    expect(cells[0]?.value).toBe('=HYPERLINK("x")');
    const input = await readSheet(path.join(directory, "out.xlsx"), "messy-practices");
    expect(input.getCell("B13").type).toBe(ExcelJS.ValueType.String);
    expect(input.getCell("B13").value).toBe('=HYPERLINK("x")');
  });

  test("Data Quality rows name sheet, row and column for each bad cell", async () => {
    const directory = temporaryDirectory();
    copyFixture("messy-practices.csv", directory);
    const result = runRunner(["analyse", "messy-practices.csv", "--json"], directory);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { dataQuality: { severity: string; row: number; column: string; value: string }[] };
    const brief = report.dataQuality.map((f) => `${f.severity} ${f.row} ${f.column} ${f.value}`);
    expect(brief).toEqual(
      expect.arrayContaining([
        "error 12 practice_code F81003",
        "error 14 list_size n/a",
        "error 15 ccg_code ",
        "warning 16 practice_code F8900",
        "warning 17 latitude 0.021",
        "warning 18 latitude ",
        "error 19 list_size -40",
      ])
    );
    expect(report.dataQuality.some((f) => f.row === 20)).toBe(false);
  });

  test("--json prints only JSON on stdout and writes no workbook unless -o is given", () => {
    const directory = temporaryDirectory();
    copyFixture("messy-practices.csv", directory);
    const result = runRunner(["analyse", "messy-practices.csv", "--json"], directory);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(fs.readdirSync(directory)).toEqual(["messy-practices.csv"]);
    const withOutput = runRunner(["analyse", "messy-practices.csv", "--json", "-o", "x.xlsx"], directory);
    expect(() => JSON.parse(withOutput.stdout)).not.toThrow();
    expect(fs.existsSync(path.join(directory, "x.xlsx"))).toBe(true);
  });

  test("--set and --map change the analysis", () => {
    const directory = temporaryDirectory();
    copyFixture("messy-practices.csv", directory);
    const base = JSON.parse(runRunner(["analyse", "messy-practices.csv", "--json"], directory).stdout);
    const cheaper = JSON.parse(runRunner(["analyse", "messy-practices.csv", "--json", "--set", "rca_per_head=20"], directory).stdout);
    expect(cheaper.ccgs[0].rca).toBe(base.ccgs[0].population * 20);
    const text = fs.readFileSync(MESSY, "utf8").replace("list_size", "Headcount");
    fs.writeFileSync(path.join(directory, "renamed.csv"), text);
    const unmapped = runRunner(["analyse", "renamed.csv", "--json"], directory);
    expect(unmapped.status).toBe(1);
    expect(unmapped.stderr).toContain("no list size column");
    const mapped = JSON.parse(runRunner(["analyse", "renamed.csv", "--json", "--map", "list_size=Headcount"], directory).stdout);
    expect(mapped.population).toBe(base.population);
  });

  test("unusable input: exit 1, a message naming the file and what is missing, no output file", () => {
    const directory = temporaryDirectory();
    fs.writeFileSync(path.join(directory, "notes.csv"), "Practice,Name,Patients\nA81001,The Surgery,1000\n");
    const result = runRunner(["analyse", "notes.csv"], directory);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: notes\.csv: no practice list found/);
    expect(result.stderr).toContain("sheet 'notes' row 1 has no CCG code column");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(directory)).toEqual(["notes.csv"]);
  });

  test("a missing file, a garbage workbook and a mapped column that is absent: exit 1 naming them", () => {
    const directory = temporaryDirectory();
    expect(runRunner(["analyse", "nope.xlsx"], directory)).toMatchObject({ status: 1 });
    expect(runRunner(["analyse", "nope.xlsx"], directory).stderr).toContain("nope.xlsx");
    fs.writeFileSync(path.join(directory, "fake.xlsx"), "this is not a zip");
    const garbage = runRunner(["analyse", "fake.xlsx"], directory);
    expect(garbage.status).toBe(1);
    expect(garbage.stderr).toContain("fake.xlsx");
    copyFixture("messy-practices.csv", directory);
    const mapped = runRunner(["analyse", "messy-practices.csv", "--map", "postcode=Post Code"], directory);
    expect(mapped.status).toBe(1);
    expect(mapped.stderr).toContain("column 'Post Code' (chosen for postcode)");
    expect(mapped.stderr).toContain("sheet 'messy-practices'");
    expect(fs.readdirSync(directory).sort()).toEqual(["fake.xlsx", "messy-practices.csv"]);
  });

  test("an output that cannot be written: exit 1, no half-written or temporary file left", () => {
    const directory = temporaryDirectory();
    copyFixture("messy-practices.csv", directory);
    const result = runRunner(["analyse", "messy-practices.csv", "-o", "missing-folder/out.xlsx"], directory);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: /);
    expect(fs.readdirSync(directory)).toEqual(["messy-practices.csv"]);
  });

  test("refuses to write over its input", () => {
    const directory = temporaryDirectory();
    const input = copyFixture("messy-practices.csv", directory);
    const before = fs.readFileSync(input);
    const result = runRunner(["analyse", "messy-practices.csv", "-o", "messy-practices.csv"], directory);
    expect(result.status).toBe(1);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  test("re-running on its own output replaces its sheets and keeps a user's sheet named 'CCG Summary'", async () => {
    const directory = temporaryDirectory();
    copyFixture("messy-practices.csv", directory);
    expect(runRunner(["analyse", "messy-practices.csv", "-o", "first.xlsx"], directory).status).toBe(0);
    const again = runRunner(["analyse", "first.xlsx", "-o", "second.xlsx"], directory);
    expect(again.status).toBe(0);
    const second = new ExcelJS.Workbook();
    await second.xlsx.readFile(path.join(directory, "second.xlsx"));
    expect(second.worksheets.map((s) => s.name)).toEqual(["messy-practices", "CCG Summary", "Practice Detail", "Data Quality", "Assumptions", "Sensitivity"]);
    // A user workbook with its own 'CCG Summary' sheet.
    const user = new ExcelJS.Workbook();
    const practices = user.addWorksheet("Practices");
    practices.addRows([["Practice code", "CCG code", "List size"], ["A81001", "07L", 6000], ["A81002", "07L", 7000]]);
    user.addWorksheet("CCG Summary").getCell("A1").value = "my own notes";
    await user.xlsx.writeFile(path.join(directory, "user.xlsx"));
    const result = runRunner(["analyse", "user.xlsx"], directory);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("CCG Summary (2)");
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(path.join(directory, "user.analysed.xlsx"));
    expect(written.getWorksheet("CCG Summary")?.getCell("A1").value).toBe("my own notes");
    expect(written.getWorksheet("CCG Summary (2)")?.getCell("A1").value).toBe("Code");
  });

  test("sample is deterministic for a seed and refuses to replace sample.xlsx by default", () => {
    const directory = temporaryDirectory();
    expect(runRunner(["sample", "--practices", "300", "--ccgs", "12", "--seed", "4", "-o", "a.xlsx"], directory).status).toBe(0);
    expect(runRunner(["sample", "--practices", "300", "--ccgs", "12", "--seed", "4", "-o", "b.xlsx"], directory).status).toBe(0);
    const a = JSON.parse(runRunner(["analyse", "a.xlsx", "--json"], directory).stdout);
    const b = JSON.parse(runRunner(["analyse", "b.xlsx", "--json"], directory).stdout);
    expect(a).toEqual(b);
    expect(a.ccgs).toHaveLength(12);
    expect(runRunner(["sample"], directory).status).toBe(0);
    const again = runRunner(["sample"], directory);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("sample.xlsx already exists");
  });

  test("demo writes the sample and its analysis and prints a RAG table", () => {
    const directory = temporaryDirectory();
    const result = runRunner(["demo"], directory);
    expect(result.status).toBe(0);
    expect(fs.readdirSync(path.join(directory, "ccg-footprint-demo")).sort()).toEqual(["sample.analysed.xlsx", "sample.xlsx"]);
    expect(result.stdout).toMatch(/Configuration ratings: RED \d+ {3}AMBER \d+ {3}GREEN \d+ {3}\(\d+ CCGs\)/);
    expect(result.stdout).toContain("Data quality:");
  });
});
