/* global Buffer */
/**
 * The hostile-input corpus (issue #16): broken and hostile inputs made by code, each with its expected
 * outcome. `writeCorpusCase` writes a case's file into a folder; `CORPUS` lists the cases.
 */
import ExcelJS from "exceljs";
import { deflateRawSync } from "zlib";
import { workbookParts, zipOf } from "./zipParts";

/** What a case must lead to. */
export interface CorpusExpectation {
  /** Exit code of `ccg-footprint analyse`. */
  readonly exit: 0 | 1 | 2;
  /** On failure: the `error:` line must match this. */
  readonly error?: RegExp;
  /** On success: some Data Quality message must match each of these. */
  readonly dataQuality?: readonly RegExp[];
}

/** One corpus case. */
export interface CorpusCase {
  readonly name: string;
  /** The input file name. */
  readonly file: string;
  readonly bytes: () => Buffer | Promise<Buffer>;
  /** Extra runner arguments (default: `-o out.xlsx`). */
  readonly args?: readonly string[];
  readonly expect: CorpusExpectation;
}

const H = "Practice code,Practice name,CCG code,List size,Easting,Northing";
const GOOD = [
  "A81001,Riverside Surgery,07L,6568,530000,180000",
  "A81002,Hill Practice,07L,7000,531000,181500",
  "B82001,Moor Lane,08M,5000,400000,300000",
  "B82002,Dale View,08M,4000,405000,302000",
];

const csv =
  (...lines: string[]): (() => Buffer) =>
  () =>
    Buffer.from(lines.join("\n") + "\n", "utf8");
const withRow = (row: string) => csv(H, row, ...GOOD);
const ok = (...dataQuality: RegExp[]): CorpusExpectation => ({ exit: 0, dataQuality });
const fails = (error: RegExp, exit: 1 | 2 = 1): CorpusExpectation => ({ exit, error });

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function practiceSheet(
  workbook: ExcelJS.Workbook,
  name = "Practices",
  rows: unknown[][] = []
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(H.split(","));
  for (const line of GOOD) sheet.addRow(line.split(",").map((v, i) => (i >= 3 ? Number(v) : v)));
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(text, "utf16le");
  if (bigEndian)
    for (let i = 0; i + 1 < le.length; i += 2)
      [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Every case. */
export const CORPUS: readonly CorpusCase[] = [
  { name: "a clean list", file: "clean.csv", bytes: csv(H, ...GOOD), expect: ok() },
  {
    name: "a trillion patients",
    file: "huge-list.csv",
    bytes: withRow("C83001,Big,07L,1000000000000,532000,182000"),
    expect: ok(/above the plausible maximum/),
  },
  {
    name: "easting/northing in kilometres",
    file: "km.csv",
    bytes: csv(H, "A81001,One,07L,6000,530.1,180.2", "A81002,Two,07L,6000,531.5,181.5"),
    expect: ok(/looks like kilometres.*multiply both by 1,000/),
  },
  {
    name: "a practice in the North Sea",
    file: "sea.csv",
    bytes: withRow("C83001,Rig,07L,100,656000,575000"),
    expect: ok(/at sea or outside Great Britain/),
  },
  {
    name: "a CCG at one point",
    file: "one-point.csv",
    bytes: csv(
      H,
      "A81001,One,07L,6000,450000,200000",
      "A81002,Two,07L,6000,450000,200000",
      ...GOOD.slice(2)
    ),
    expect: ok(/are at one point/),
  },
  {
    name: "U+FFFE in a name",
    file: "fffe.csv",
    bytes: withRow("C83001,Bad\uFFFEname,07L,100,532000,182000"),
    expect: ok(/cannot store/),
  },
  {
    name: "control characters in a name",
    file: "control.csv",
    bytes: withRow("C83001,Bell\u0007and\u0001nul\u0000,07L,100,532000,182000"),
    expect: ok(/3 control or invalid characters/),
  },
  {
    name: "a lone surrogate",
    file: "surrogate.csv",
    bytes: () =>
      Buffer.from(
        `${H}\nC83001,Half \uD800 pair,07L,100,532000,182000\n${GOOD.join("\n")}\n`,
        "utf8"
      ),
    expect: ok(),
  },
  {
    name: "a negative list size",
    file: "negative.csv",
    bytes: withRow("C83001,Neg,07L,-50,532000,182000"),
    expect: ok(/is negative/),
  },
  {
    name: "a fractional list size",
    file: "fraction.csv",
    bytes: withRow("C83001,Frac,07L,12.5,532000,182000"),
    expect: ok(/is not a whole number/),
  },
  {
    name: "a blank list size",
    file: "blank-size.csv",
    bytes: withRow("C83001,Blank,07L,,532000,182000"),
    expect: ok(/List size in .* is blank/),
  },
  {
    name: "numbers as text in common forms",
    file: "number-text.csv",
    bytes: csv(
      H,
      '"A81001",One,07L,"6,568",530000,180000',
      "A81002,Two,07L, 7000 ,531000,181000",
      "A81003,Three,07L,7e3,532000,182000",
      "A81004,Four,07L,£700,533000,183000"
    ),
    expect: ok(),
  },
  {
    name: "a list size that is text",
    file: "size-text.csv",
    bytes: withRow("C83001,Words,07L,about 500,532000,182000"),
    expect: ok(/is not a whole number/),
  },
  {
    name: "duplicate practice codes",
    file: "duplicates.csv",
    bytes: csv(H, ...GOOD, GOOD[0] as string),
    expect: ok(/repeats the practice of row 2/),
  },
  {
    name: "lower-case codes",
    file: "lower.csv",
    bytes: csv(H, "a81001,One,07l,6000,530000,180000", ...GOOD.slice(1)),
    expect: ok(),
  },
  {
    name: "a code that is not a practice code",
    file: "odd-code.csv",
    bytes: withRow("XYZ,Odd,07L,100,532000,182000"),
    expect: ok(/is not a GP practice code/),
  },
  {
    name: "a CCG code that is not a CCG code",
    file: "odd-ccg.csv",
    bytes: withRow("C83001,Odd,NOTACCG,100,532000,182000"),
    expect: ok(/is not a CCG code/),
  },
  {
    name: "swapped latitude and longitude",
    file: "swapped.csv",
    bytes: csv(
      "Practice code,CCG code,List size,Latitude,Longitude",
      "A81001,07L,6000,-0.12,51.5",
      "A81002,07L,6000,51.51,-0.13",
      "A81003,07L,6000,51.52,-0.12"
    ),
    expect: ok(/looks swapped/),
  },
  {
    name: "latitude and longitude in Paris",
    file: "paris.csv",
    bytes: csv(
      "Practice code,CCG code,List size,Latitude,Longitude",
      "A81001,07L,6000,48.86,2.35",
      "A81002,07L,6000,51.51,-0.13",
      "A81003,07L,6000,51.52,-0.12"
    ),
    expect: ok(/outside Great Britain/),
  },
  {
    name: "latitude and longitude in Dublin",
    file: "dublin.csv",
    bytes: csv(
      "Practice code,CCG code,List size,Latitude,Longitude",
      "A81001,07L,6000,53.35,-6.26",
      "A81002,07L,6000,51.51,-0.13",
      "A81003,07L,6000,51.52,-0.12"
    ),
    expect: ok(/at sea or outside Great Britain/),
  },
  {
    name: "coordinates outside the grid",
    file: "off-grid.csv",
    bytes: withRow("C83001,Far,07L,100,900000,2000000"),
    expect: ok(/outside the British National Grid/),
  },
  {
    name: "unicode names",
    file: "unicode.csv",
    bytes: withRow("C83001,Meddygfa Llanfair Pwllgwyngyll – Ysbyty ✚ 😀,07L,100,532000,182000"),
    expect: ok(),
  },
  {
    name: "right-to-left names",
    file: "rtl.csv",
    bytes: withRow("C83001,\u202Eمركز طبي שלום\u202C,07L,100,532000,182000"),
    expect: ok(),
  },
  {
    name: "names starting = + - @",
    file: "formula-names.csv",
    bytes: csv(
      H,
      '"=HYPERLINK(""http://x"")",One,07L,6000,530000,180000',
      "A81002,+44 Surgery,07L,100,531000,181000",
      "A81003,-Dash,07L,100,532000,182000",
      "A81004,@Mention,07L,100,533000,183000"
    ),
    expect: ok(),
  },
  {
    name: "a UTF-8 byte-order mark",
    file: "bom.csv",
    bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(H, ...GOOD)()]),
    expect: ok(),
  },
  {
    name: "semicolons",
    file: "semicolons.csv",
    bytes: csv(H.replace(/,/g, ";"), ...GOOD.map((l) => l.replace(/,/g, ";"))),
    expect: fails(/semicolons\.csv: no practice list found/),
  },
  {
    name: "Latin-1 bytes",
    file: "latin1.csv",
    bytes: () =>
      Buffer.concat([
        Buffer.from(`${H}\nC83001,Caf`),
        Buffer.from([0xe9, 0x20, 0xa3]),
        Buffer.from(`,07L,100,532000,182000\n${GOOD.join("\n")}\n`),
      ]),
    expect: ok(),
  },
  {
    name: "UTF-16 little-endian",
    file: "utf16le.csv",
    bytes: () => utf16(`${H}\r\n${GOOD.join("\r\n")}\r\n`, false),
    expect: ok(),
  },
  {
    name: "UTF-16 big-endian",
    file: "utf16be.csv",
    bytes: () => utf16(`${H}\r\n${GOOD.join("\r\n")}\r\n`, true),
    expect: ok(),
  },
  {
    name: "a quoted newline",
    file: "quoted-newline.csv",
    bytes: withRow('C83001,"Two\nlines",07L,100,532000,182000'),
    expect: ok(),
  },
  {
    name: "CR-only line ends",
    file: "cr.csv",
    bytes: () => Buffer.from([H, ...GOOD].join("\r") + "\r"),
    expect: ok(),
  },
  {
    name: "ragged rows",
    file: "ragged.csv",
    bytes: csv(
      H,
      "A81001,One,07L",
      "A81002,Two,07L,6000,531000,181000,extra,cells",
      ...GOOD.slice(2)
    ),
    expect: ok(/List size in .* is blank/),
  },
  {
    name: "an unclosed quote",
    file: "unclosed.csv",
    bytes: csv(H, 'A81001,"Never closed,07L,6000,530000,180000', ...GOOD.slice(1)),
    expect: { exit: 1, error: /unclosed.csv/ },
  },
  {
    name: "title rows above the header",
    file: "title.csv",
    bytes: csv("NHS practice list,,,", "Quarter 2,,,", "", H, ...GOOD),
    expect: ok(),
  },
  {
    name: "Excel errors in data cells",
    file: "errors.csv",
    bytes: withRow("C83001,#N/A,07L,#VALUE!,532000,182000"),
    expect: ok(/holds the Excel error|is not a whole number/),
  },
  {
    name: "formulas as data",
    file: "formulas.csv",
    bytes: withRow("C83001,=1+1,07L,=SUM(1;2),532000,182000"),
    expect: ok(/is not a whole number/),
  },
  {
    name: "an empty file",
    file: "empty.csv",
    bytes: () => Buffer.alloc(0),
    expect: fails(/^error: cannot read '.*empty\.csv': the file is empty$/),
  },
  {
    name: "only a header",
    file: "header-only.csv",
    bytes: csv(H),
    expect: fails(/header-only\.csv.*no usable practice rows/),
  },
  {
    name: "no practice columns",
    file: "no-columns.csv",
    bytes: csv("a,b,c", "1,2,3"),
    expect: fails(/no-columns\.csv/),
  },
  {
    name: "every row unusable",
    file: "all-bad.csv",
    bytes: csv(H, ",,,,,", "A81001,,,,,"),
    expect: fails(/all-bad\.csv.*no usable practice rows/),
  },
  {
    name: "binary noise named .csv",
    file: "noise.csv",
    bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    expect: fails(/noise\.csv/),
  },
  {
    name: "a workbook named .csv",
    file: "workbook.csv",
    bytes: () => zipOf(workbookParts("")),
    expect: fails(/it is an Excel workbook, not a CSV file/),
  },
  {
    name: "a CSV named .xlsx",
    file: "renamed.xlsx",
    bytes: csv(H, ...GOOD),
    expect: fails(/renamed\.xlsx': it is not an Excel workbook/),
  },
  {
    name: "a truncated workbook",
    file: "truncated.xlsx",
    bytes: async () => (await xlsx((w) => practiceSheet(w))).subarray(0, 2000),
    expect: fails(/truncated\.xlsx': it is damaged/),
  },
  {
    name: "a zip that is not a workbook",
    file: "not-workbook.xlsx",
    bytes: () => zipOf([{ name: "hello.txt", data: Buffer.from("hi") }]),
    expect: fails(/not-workbook\.xlsx/),
  },
  {
    name: "an encrypted workbook",
    file: "encrypted.xlsx",
    bytes: () =>
      Buffer.concat([OLE, Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le")]),
    expect: fails(/password-protected or encrypted/),
  },
  {
    name: "an old binary workbook named .xlsx",
    file: "old.xlsx",
    bytes: () => Buffer.concat([OLE, Buffer.alloc(1024)]),
    expect: fails(/old Excel 97-2003 workbook/),
  },
  {
    name: "an .xls file",
    file: "old.xls",
    bytes: () => Buffer.concat([OLE, Buffer.alloc(1024)]),
    expect: fails(/save it as \.xlsx/),
  },
  {
    name: "a .txt file",
    file: "list.txt",
    bytes: csv(H, ...GOOD),
    expect: fails(/only Excel workbooks/),
  },
  {
    name: "a zip bomb declaring 2 GB",
    file: "bomb-declared.xlsx",
    bytes: () =>
      zipOf([
        ...workbookParts(""),
        { name: "xl/media/big.bin", data: Buffer.alloc(10), declaredSize: 0xfffffff0 },
      ]),
    expect: fails(/bomb-declared\.xlsx': it would take more than 1\.0 GB once uncompressed/),
  },
  {
    name: "a zip bomb lying about its sizes",
    file: "bomb-lying.xlsx",
    bytes: () => {
      const raw = deflateRawSync(Buffer.alloc(16 * 1024 * 1024));
      return zipOf([
        ...workbookParts(""),
        ...Array.from({ length: 70 }, (_, i) => ({
          name: `xl/media/zero${i}.bin`,
          data: Buffer.alloc(0),
          raw,
          declaredSize: 100,
        })),
      ]);
    },
    expect: fails(/bomb-lying\.xlsx': it would take more than 1\.0 GB once uncompressed/),
  },
  {
    name: "a zip of 10,001 parts",
    file: "bomb-parts.xlsx",
    bytes: () =>
      zipOf([
        ...workbookParts(""),
        ...Array.from({ length: 10_001 }, (_, i) => ({
          name: `x/${i}`,
          data: Buffer.alloc(0),
          deflate: false,
        })),
      ]),
    expect: fails(/bomb-parts\.xlsx': it holds 10,006 parts, more than the 10,000/),
  },
  {
    name: "a sheet beyond Excel's row limit",
    file: "rows.xlsx",
    bytes: () => zipOf(workbookParts('<row r="1"/>'.repeat(1_048_577))),
    expect: fails(
      /rows\.xlsx': worksheet part 'xl\/worksheets\/sheet1\.xml' holds more than 1,048,576 rows/
    ),
  },
  {
    name: "a CSV of 1,048,576 practice rows, as a workbook",
    file: "excel-limit.csv",
    bytes: () => Buffer.from(`Practice code,CCG code,List size\n${"P1,07L,1\n".repeat(1_048_576)}`),
    expect: fails(/has 1,048,577 rows, more than the 1,048,576 an Excel sheet holds/),
  },
  {
    name: "a hidden practice sheet",
    file: "hidden.xlsx",
    bytes: () =>
      xlsx((w) => {
        w.addWorksheet("Notes").addRow(["Read me"]);
        practiceSheet(w).state = "hidden";
      }),
    expect: ok(),
  },
  {
    name: "merged headers and a title row",
    file: "merged.xlsx",
    bytes: () =>
      xlsx((w) => {
        const s = w.addWorksheet("Practices");
        s.addRow(["Practice list 2014 Q2"]);
        s.mergeCells("A1:F1");
        s.addRow(H.split(","));
        for (const l of GOOD) s.addRow(l.split(",").map((v, i) => (i >= 3 ? Number(v) : v)));
      }),
    expect: ok(),
  },
  {
    name: "far-away cells",
    file: "far.xlsx",
    bytes: () =>
      xlsx((w) => {
        const s = practiceSheet(w);
        s.getCell("XFD1048576").value = "far";
      }),
    expect: ok(),
  },
  {
    name: "formulas and errors in workbook cells",
    file: "formula-cells.xlsx",
    bytes: () =>
      xlsx((w) =>
        practiceSheet(w, "Practices", [
          ["C83001", { formula: "1+1", result: 2 }, "07L", { error: "#N/A" }, 532000, 182000],
        ])
      ),
    expect: ok(/holds the Excel error #N\/A/),
  },
  {
    name: "an Assumptions sheet with 1e308",
    file: "assumptions.xlsx",
    bytes: () =>
      xlsx((w) => {
        practiceSheet(w);
        const a = w.addWorksheet("Assumptions");
        a.addRow(["Key", "Value", "Description"]);
        a.addRow(["population_amber_below", 1e308, ""]);
      }),
    expect: ok(/too large/),
  },
  {
    name: "-o in a folder that does not exist",
    file: "o-missing.csv",
    bytes: csv(H, ...GOOD),
    args: ["-o", "nope/out.xlsx"],
    expect: fails(/the folder '.*nope' does not exist/),
  },
  {
    name: "-o naming a folder",
    file: "o-folder.csv",
    bytes: csv(H, ...GOOD),
    args: ["-o", "."],
    expect: fails(/cannot write '\.': it is a folder/),
  },
  {
    name: "-o naming the input",
    file: "o-input.csv",
    bytes: csv(H, ...GOOD),
    args: ["-o", "o-input.csv"],
    expect: fails(/is the input file/),
  },
  {
    name: "--set an unknown key",
    file: "set-unknown.csv",
    bytes: csv(H, ...GOOD),
    args: ["--set", "rca=3"],
    expect: fails(/rca/, 2),
  },
  {
    name: "--set a word",
    file: "set-word.csv",
    bytes: csv(H, ...GOOD),
    args: ["--set", "rca_per_head=lots"],
    expect: fails(/rca_per_head/, 2),
  },
  {
    name: "--set 1e308",
    file: "set-huge.csv",
    bytes: csv(H, ...GOOD),
    args: ["--set", "population_amber_below=1e308"],
    expect: fails(/population_amber_below: 1e308 is too large/, 2),
  },
  {
    name: "--set a negative",
    file: "set-negative.csv",
    bytes: csv(H, ...GOOD),
    args: ["--set", "rca_per_head=-1"],
    expect: fails(/must not be negative/, 2),
  },
  {
    name: "--map an unknown field",
    file: "map-field.csv",
    bytes: csv(H, ...GOOD),
    args: ["--map", "colour=Name"],
    expect: fails(/colour/, 2),
  },
  {
    name: "--map a missing header",
    file: "map-header.csv",
    bytes: csv(H, ...GOOD),
    args: ["--map", "list_size=Total patients"],
    expect: fails(/Total patients/),
  },
];
