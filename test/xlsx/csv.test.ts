import * as fs from "fs";
import * as path from "path";
import { csvFieldValue, parseCsv, sheetNameFromFileName } from "../../src/xlsx/csv";

const ENGLAND = path.resolve(__dirname, "../../../shared/data/england");

describe("parseCsv", () => {
  test("quoted fields hold commas, doubled quotes and line breaks", () => {
    const sheet = parseCsv('code,name,note\r\nF1,"Smith, Jones & ""Partners""","line one\r\nline two"\r\n', "p");
    expect(sheet.rows).toEqual([
      ["code", "name", "note"],
      ["F1", 'Smith, Jones & "Partners"', "line one\r\nline two"],
    ]);
    expect(sheet.name).toBe("p");
    expect(sheet.firstRow).toBe(1);
    expect(sheet.firstColumn).toBe(1);
  });

  test("LF, CRLF and lone CR line ends; no extra row for the final line break", () => {
    expect(parseCsv("a,b\nc,d\n", "s").rows).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("a,b\r\nc,d\r\n", "s").rows).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("a,b\rc,d", "s").rows).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  test("a UTF-8 byte-order mark is dropped from the first header", () => {
    const sheet = parseCsv("\uFEFFpractice_code,list_size\nF82625,6568\n", "s");
    expect(sheet.rows[0]?.[0]).toBe("practice_code");
    expect(sheet.rows[1]).toEqual(["F82625", 6568]);
  });

  test("empty fields are empty cells, including a trailing comma and an empty quoted field", () => {
    expect(parseCsv('a,,c,\n,"",x\n', "s").rows).toEqual([
      ["a", null, "c", null],
      [null, null, "x"],
    ]);
    expect(parseCsv("a,b,", "s").rows).toEqual([["a", "b", null]]);
  });

  test("blank lines inside stay as empty rows; blank lines at the end are dropped", () => {
    expect(parseCsv("a\n\nb\n\n\n", "s").rows).toEqual([["a"], [], ["b"]]);
    expect(parseCsv("", "s").rows).toEqual([]);
    expect(parseCsv("\n\n", "s").rows).toEqual([]);
  });

  test("quoted line breaks do not confuse the line number of a later unclosed quote", () => {
    expect(() => parseCsv('a,"x\ny"\nb,"never closed\n', "practices")).toThrow(
      /CSV 'practices': the quoted field that starts on line 3 is never closed/,
    );
  });

  test("text after a closing quote is kept literally, as Excel does", () => {
    expect(parseCsv('"ab"cd,e', "s").rows).toEqual([["abcd", "e"]]);
  });

  test("numbers convert as in Excel's CSV import; codes with leading zeros stay text", () => {
    const sheet = parseCsv('6568,-1.5,9.7267262637615204E-2,00123,07L,"42",0.5,.25,1e3,+7,-0\n', "s");
    expect(sheet.rows[0]).toEqual(["6568", "-1.5", "9.7267262637615204E-2", "00123", "07L", "42", "0.5", ".25", "1e3", "+7", "-0"].map(csvFieldValue));
    expect(sheet.rows[0]).toEqual([6568, -1.5, 0.097267262637615204, "00123", "07L", 42, 0.5, 0.25, "1e3", 7, 0]);
    expect(Object.is(sheet.rows[0]?.[10], -0)).toBe(false);
  });
});

describe("issue: PCO codes 10E00, 11E00, 99E00 read as numbers 10, 11, 99", () => {
  test("a whole number with an exponent stays text; a decimal one is a number", () => {
    expect(csvFieldValue("99E00")).toBe("99E00");
    expect(csvFieldValue("10E00")).toBe("10E00");
    expect(csvFieldValue("1e3")).toBe("1e3");
    expect(csvFieldValue("9.7E-2")).toBeCloseTo(0.097, 12);
    expect(csvFieldValue("1.5E+3")).toBe(1500);
  });
});

describe("csvFieldValue", () => {
  test.each([
    ["51.541385650634766", 51.541385650634766],
    ["0", 0],
    ["0.0", 0],
    ["5.", 5],
    [" 12 ", 12],
    ["-9.5e-3", -0.0095],
  ])("%j is the number %d", (text, expected) => {
    expect(csvFieldValue(text)).toBe(expected);
  });

  test.each([
    "00123",
    "007",
    "07L",
    "07L00",
    "1,234",
    "12%",
    "£5",
    "1e999",
    "1234567890123456", // 16 digits: an identifier, not an exact number
    "E12",
    "1.2.3",
    "-",
    ".",
    "+",
    "Infinity",
    "NaN",
    "0x1F",
    "1_000",
    "   ",
  ])("%j stays text", (text) => {
    expect(csvFieldValue(text)).toBe(text);
  });

  test("an empty field is an empty cell", () => {
    expect(csvFieldValue("")).toBeNull();
  });
});

describe("sheetNameFromFileName", () => {
  test("base name without folder or extension", () => {
    expect(sheetNameFromFileName("/data/england/practices-2016q1.csv")).toBe("practices-2016q1");
    expect(sheetNameFromFileName("C:\\Users\\me\\list.size.csv")).toBe("list.size");
    expect(sheetNameFromFileName("noextension")).toBe("noextension");
    expect(sheetNameFromFileName(".csv")).toBe(".csv");
  });

  test("characters Excel forbids are replaced, apostrophes trimmed, length capped at 31", () => {
    expect(sheetNameFromFileName("a[b]c:d*e?f.csv")).toBe("a_b_c_d_e_f");
    expect(sheetNameFromFileName("'quoted'.csv")).toBe("quoted");
    const long = sheetNameFromFileName(`${"x".repeat(40)}.csv`);
    expect(long).toHaveLength(31);
    expect(sheetNameFromFileName(`${"y".repeat(30)}''''.csv`)).toBe("y".repeat(30));
  });

  test("nothing usable left gives Sheet1; the reserved name History is avoided", () => {
    expect(sheetNameFromFileName("'''.csv")).toBe("Sheet1");
    expect(sheetNameFromFileName("History.csv")).toBe("History_");
  });
});

describe("real NHS files (england data set)", () => {
  test.each([
    ["nhsbsa-list-size-2014q2.csv", 9476, 26],
    ["practices-2016q1.csv", 7706, 9],
  ])("%s parses into %d rows including the header", (fileName, expectedRows, expectedColumns) => {
    const filePath = path.join(ENGLAND, fileName);
    const hasData = fs.existsSync(filePath);
    if (!hasData) {
      console.warn(`England data not found at ${filePath}: only checking that it is absent.`);
      expect(hasData).toBe(false);
      return;
    }
    const sheet = parseCsv(fs.readFileSync(filePath, "utf8"), sheetNameFromFileName(fileName));
    expect(sheet.rows).toHaveLength(expectedRows);
    expect(sheet.rows.every((row) => row.length === expectedColumns)).toBe(true);
    const header = sheet.rows[0] ?? [];
    expect(header.every((value) => typeof value === "string")).toBe(true);
    if (fileName.startsWith("practices")) {
      // F82018's longitude is written in scientific notation.
      const barking = sheet.rows.find((row) => row[0] === "F82018");
      expect(barking?.[4]).toBe(11916);
      expect(barking?.[7]).toBeCloseTo(0.097267262637615204, 15);
      expect(barking?.[2]).toBe("07L");
      // Commissioner codes are text like 07L, except a few all-digit ones (e.g. 112), which Excel reads as numbers too.
      const numericCodes = sheet.rows.slice(1).filter((row) => typeof row[2] !== "string");
      expect(numericCodes.length).toBeLessThan(50);
      expect(numericCodes.every((row) => Number.isInteger(row[2]))).toBe(true);
    } else {
      expect(sheet.rows[1]?.slice(0, 8).every((value) => typeof value === "string")).toBe(true);
      expect(sheet.rows.slice(1).every((row) => row.slice(8).every((value) => typeof value === "number"))).toBe(true);
    }
  });
});
