import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { decodeCsvText } from "../../src/xlsx/csv";
import {
  InputFileError,
  OutputFileError,
  assertNotSameFile,
  readInputFile,
  writeBytesAtomically,
  writeChunksAtomically,
  writeErrorMessage,
} from "../../src/xlsx/files";
import { workbookDataFromExcelJs } from "../helpers/excelJs";
import { FAKE_XLSX_FIXTURE, PRACTICE_LIST_FIXTURE, practiceListWorkbook } from "./fixtureWorkbooks";

const ENGLAND = path.resolve(__dirname, "../../../shared/data/england");

let scratch: string;
beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-footprint-files-"));
});
afterEach(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Runs `read` and returns the error it throws, checking it is a plain-words InputFileError. */
async function inputError(filePath: string): Promise<string> {
  let caught: unknown;
  try {
    await readInputFile(filePath);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InputFileError);
  const message = (caught as Error).message;
  expect(message).not.toMatch(/\n\s+at /);
  return message;
}

describe("readInputFile", () => {
  test("reads an .xlsx workbook without changing a byte of it", async () => {
    const copy = path.join(scratch, "practices.xlsx");
    fs.copyFileSync(PRACTICE_LIST_FIXTURE, copy);
    const before = fs.readFileSync(copy);
    const mtimeBefore = fs.statSync(copy).mtimeMs;
    const { data, kind, parts } = await readInputFile(copy);
    expect(kind).toBe("xlsx");
    expect(data.sheets.map((sheet) => sheet.name)).toEqual(["Practices", "CCGs"]);
    expect(data).toEqual(workbookDataFromExcelJs(practiceListWorkbook()));
    expect(data.sheets[0]?.rows[5]?.[3]).toEqual({ error: "#N/A" }); // D6
    expect(parts?.get("xl/workbook.xml")).toBeDefined();
    expect(fs.readFileSync(copy).equals(before)).toBe(true);
    expect(fs.statSync(copy).mtimeMs).toBe(mtimeBefore);
  });

  test("reads a macro-enabled workbook (.xlsm) like an .xlsx", async () => {
    const copy = path.join(scratch, "Practices.XLSM");
    fs.copyFileSync(PRACTICE_LIST_FIXTURE, copy);
    const { data, kind } = await readInputFile(copy);
    expect(kind).toBe("xlsx");
    expect(data.sheets.map((sheet) => sheet.name)).toEqual(["Practices", "CCGs"]);
  });

  test("reads a CSV file into a one-sheet workbook named after the file", async () => {
    const csvPath = path.join(scratch, "practices-2016q1.csv");
    fs.writeFileSync(csvPath, '\uFEFFpractice_code,practice_name,ccg_code,list_size\r\nF82625,"ABBEY, MEDICAL",07L,6568\r\nF1,=cmd,00123,\r\n');
    const before = fs.readFileSync(csvPath);
    const { data, kind, parts } = await readInputFile(csvPath);
    expect(kind).toBe("csv");
    expect(parts).toBeUndefined();
    expect(data.sheets).toEqual([
      {
        name: "practices-2016q1",
        firstRow: 1,
        firstColumn: 1,
        rows: [
          ["practice_code", "practice_name", "ccg_code", "list_size"],
          ["F82625", "ABBEY, MEDICAL", "07L", 6568],
          ["F1", "=cmd", "00123", null],
        ],
      },
    ]);
    expect(fs.readFileSync(csvPath).equals(before)).toBe(true);
  });

  test("a CSV saved by Excel on Windows (Windows-1252) keeps its pound signs", async () => {
    const csvPath = path.join(scratch, "costs.csv");
    fs.writeFileSync(csvPath, Buffer.from([0x63, 0x6f, 0x73, 0x74, 0x0a, 0xa3, 0x35, 0x0a])); // "cost\n£5\n"
    const { data } = await readInputFile(csvPath);
    expect(data.sheets[0]?.rows).toEqual([["cost"], ["£5"]]);
  });

  test("CSV text decoding: UTF-8, UTF-16 with a byte-order mark, Windows-1252 fallback", () => {
    expect(decodeCsvText(Buffer.from("£5,é", "utf8"))).toBe("£5,é");
    expect(decodeCsvText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a,b", "utf16le")]))).toBe("a,b");
    expect(decodeCsvText(Buffer.from([0xe9, 0x2c, 0x80, 0x92, 0x96, 0xa3]))).toBe("é,€’–£");
  });

  test("a missing file", async () => {
    const missing = path.join(scratch, "nope.xlsx");
    expect(await inputError(missing)).toBe(`cannot read '${missing}': no such file`);
  });

  test("a text file named .xlsx (committed fixture fake.xlsx)", async () => {
    expect(await inputError(FAKE_XLSX_FIXTURE)).toBe(`cannot read '${FAKE_XLSX_FIXTURE}': it is not an Excel workbook (.xlsx)`);
  });

  test("empty files", async () => {
    for (const name of ["empty.xlsx", "empty.csv"]) {
      const emptyPath = path.join(scratch, name);
      fs.writeFileSync(emptyPath, "");
      expect(await inputError(emptyPath)).toBe(`cannot read '${emptyPath}': the file is empty`);
    }
    const blankCsv = path.join(scratch, "blank.csv");
    fs.writeFileSync(blankCsv, "\r\n\r\n");
    expect(await inputError(blankCsv)).toBe(`cannot read '${blankCsv}': the file has no rows`);
  });

  test("unsupported file types name the accepted ones", async () => {
    for (const name of ["list.xls", "list.txt", "list"]) {
      const filePath = path.join(scratch, name);
      fs.writeFileSync(filePath, "x");
      const message = await inputError(filePath);
      expect(message).toContain(`cannot read '${filePath}': only Excel workbooks (.xlsx, .xlsm) and CSV files (.csv) are accepted`);
    }
    expect(await inputError(path.join(scratch, "list.xls"))).toContain("save it as .xlsx");
  });

  test("a password-protected workbook (an encrypted OLE container) and an old .xls renamed .xlsx", async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    const encrypted = Buffer.from(ole);
    Buffer.from("EncryptedPackage", "utf16le").copy(encrypted, 512);
    const encryptedPath = path.join(scratch, "secret.xlsx");
    fs.writeFileSync(encryptedPath, encrypted);
    expect(await inputError(encryptedPath)).toBe(
      `cannot read '${encryptedPath}': it is password-protected or encrypted (remove the password in Excel and save it again)`,
    );
    const oldPath = path.join(scratch, "old.xlsx");
    fs.writeFileSync(oldPath, ole);
    expect(await inputError(oldPath)).toContain("it is an old Excel 97-2003 workbook");
  });

  test("a zip file that is not a workbook, a folder, a workbook named .csv, a broken CSV", async () => {
    const zipPath = path.join(scratch, "archive.xlsx");
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    fs.writeFileSync(zipPath, await zip.generateAsync({ type: "nodebuffer" }));
    expect(await inputError(zipPath)).toMatch(new RegExp(`^cannot read '${zipPath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}': it is (damaged or is )?not an Excel workbook \\(\\.xlsx\\)`));

    const folder = path.join(scratch, "folder.xlsx");
    fs.mkdirSync(folder);
    expect(await inputError(folder)).toBe(`cannot read '${folder}': it is a folder, not a file`);

    const renamed = path.join(scratch, "practices.csv");
    fs.copyFileSync(PRACTICE_LIST_FIXTURE, renamed);
    expect(await inputError(renamed)).toBe(`cannot read '${renamed}': it is an Excel workbook, not a CSV file (give it an .xlsx name)`);

    const broken = path.join(scratch, "broken.csv");
    fs.writeFileSync(broken, 'a,b\n1,"never closed\n');
    expect(await inputError(broken)).toBe(
      `cannot read '${broken}': CSV 'broken': the quoted field that starts on line 2 is never closed (a '"' is missing)`,
    );
  });

  test("the real NHS list-size file (england data set) reads as one sheet of 9,476 rows", async () => {
    const filePath = path.join(ENGLAND, "nhsbsa-list-size-2014q2.csv");
    const hasData = fs.existsSync(filePath);
    if (!hasData) {
      console.warn(`England data not found at ${filePath}: only checking that it is absent.`);
      expect(hasData).toBe(false);
      return;
    }
    const { data, kind } = await readInputFile(filePath);
    expect(kind).toBe("csv");
    expect(data.sheets[0]?.name).toBe("nhsbsa-list-size-2014q2");
    expect(data.sheets[0]?.rows).toHaveLength(9476);
  });
});

describe("writing a file atomically", () => {
  function leftovers(folder: string): string[] {
    return fs.readdirSync(folder).filter((name) => name.includes(".tmp-"));
  }

  const workbookBytes = (): Uint8Array => fs.readFileSync(PRACTICE_LIST_FIXTURE);

  test("writes a workbook's bytes, replacing an existing file, with no temporary file left", async () => {
    const destination = path.join(scratch, "out.xlsx");
    fs.writeFileSync(destination, "old contents");
    await writeBytesAtomically(workbookBytes(), destination);
    expect(fs.readFileSync(destination).equals(fs.readFileSync(PRACTICE_LIST_FIXTURE))).toBe(true);
    expect(leftovers(scratch)).toEqual([]);
  });

  test("a destination folder that does not exist: a plain error, nothing written", async () => {
    const destination = path.join(scratch, "missing", "out.xlsx");
    let caught: unknown;
    await writeBytesAtomically(workbookBytes(), destination).catch((error: unknown) => (caught = error));
    expect(caught).toBeInstanceOf(OutputFileError);
    expect((caught as Error).message).toBe(`cannot write '${destination}': the folder '${path.dirname(destination)}' does not exist`);
    expect(fs.existsSync(path.join(scratch, "missing"))).toBe(false);
  });

  test("a failure after the temporary file was written removes it and leaves the destination as it was", async () => {
    const destination = path.join(scratch, "taken.xlsx");
    fs.mkdirSync(destination); // renaming a file over a folder fails
    fs.writeFileSync(path.join(destination, "inside.txt"), "keep");
    let caught: unknown;
    await writeBytesAtomically(workbookBytes(), destination).catch((error: unknown) => (caught = error));
    expect(caught).toBeInstanceOf(OutputFileError);
    expect((caught as Error).message).toBe(`cannot write '${destination}': it is a folder`);
    expect(leftovers(scratch)).toEqual([]);
    expect(fs.readFileSync(path.join(destination, "inside.txt"), "utf8")).toBe("keep");
  });

  test("a workbook whose first chunk cannot be made leaves no file at all", async () => {
    const destination = path.join(scratch, "never.xlsx");
    function* failing(): Generator<Uint8Array> {
      throw new Error("out of memory");
    }
    await expect(writeChunksAtomically(failing(), destination)).rejects.toThrow(
      `cannot write '${destination}': out of memory`,
    );
    expect(fs.readdirSync(scratch)).toEqual([]);
  });

  test("a file written chunk by chunk as it is made: whole when done; if making a chunk fails, no file is left and the old one stays", async () => {
    const destination = path.join(scratch, "out.xlsx");
    fs.writeFileSync(destination, "old contents");
    function* chunks(failAfter: number): Generator<Uint8Array> {
      for (let i = 0; i < 3; i += 1) {
        if (i === failAfter) throw new Error("deflate failed");
        yield new TextEncoder().encode(`part ${i};`);
      }
    }
    let caught: unknown;
    await writeChunksAtomically(chunks(2), destination).catch((error: unknown) => (caught = error));
    expect(caught).toBeInstanceOf(OutputFileError);
    expect((caught as Error).message).toBe(`cannot write '${destination}': deflate failed`);
    expect(fs.readFileSync(destination, "utf8")).toBe("old contents");
    expect(leftovers(scratch)).toEqual([]);
    await writeChunksAtomically(chunks(-1), destination);
    expect(fs.readFileSync(destination, "utf8")).toBe("part 0;part 1;part 2;");
    expect(leftovers(scratch)).toEqual([]);
  });

  test("messages for unwritable folders and full disks", () => {
    const error = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });
    expect(writeErrorMessage(error("EACCES"), "out/x.xlsx", "/data/out")).toBe("cannot write 'out/x.xlsx': the folder '/data/out' is not writable");
    expect(writeErrorMessage(error("EROFS"), "x.xlsx", "/mnt/cd")).toBe("cannot write 'x.xlsx': the folder '/mnt/cd' is not writable");
    expect(writeErrorMessage(error("ENOSPC"), "x.xlsx", "/tmp")).toBe("cannot write 'x.xlsx': the disk is full");
  });
});

describe("assertNotSameFile", () => {
  test("refuses the input as output, by any name", () => {
    const input = path.join(scratch, "book.xlsx");
    fs.writeFileSync(input, "x");
    const expectRefused = (output: string): void => {
      expect(() => assertNotSameFile(input, output)).toThrow(OutputFileError);
      expect(() => assertNotSameFile(input, output)).toThrow(`the output file '${output}' is the input file`);
    };
    expectRefused(input);
    expectRefused(path.join(scratch, ".", "sub", "..", "book.xlsx"));
    expectRefused(path.relative(process.cwd(), input));
    const link = path.join(scratch, "link.xlsx");
    fs.symlinkSync(input, link);
    expectRefused(link);
    const hardLink = path.join(scratch, "hard.xlsx");
    fs.linkSync(input, hardLink);
    expectRefused(hardLink);
  });

  test("accepts a different file, existing or not", () => {
    const input = path.join(scratch, "book.xlsx");
    fs.writeFileSync(input, "x");
    const other = path.join(scratch, "other.xlsx");
    fs.writeFileSync(other, "x");
    expect(() => assertNotSameFile(input, other)).not.toThrow();
    expect(() => assertNotSameFile(input, path.join(scratch, "book.analysed.xlsx"))).not.toThrow();
  });
});
