/**
 * The zip reader (src/package/zipReader.ts) with both inflaters: the same parts as fflate's
 * `unzipSync`, and the reading limits enforced in the browser's inflater (fflate) as in the runner's
 * (Node's zlib; the corpus runs the runner on the same bombs).
 */
import fs from "fs";
import path from "path";
import { unzipSync } from "fflate";
import { deflateRawSync } from "zlib";
import { inflateWithFflate, readZip, ReadingLimitError } from "../../src/package/zipReader";
import { NODE_INFLATE } from "../../src/xlsx/files";
import { workbookParts, zipOf } from "../corpus/zipParts";

const ANALYST_WORKBOOK = path.resolve(__dirname, "../fixtures/package/analyst-workbook.xlsm");

describe.each([
  ["fflate (browser)", inflateWithFflate],
  ["zlib (runner)", NODE_INFLATE],
] as const)("readZip with %s", (_name, inflate) => {
  test("gives the parts fflate's unzipSync gives, in the same order", () => {
    const bytes = fs.readFileSync(ANALYST_WORKBOOK);
    const expected = Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/"));
    const parts = readZip(bytes, inflate);
    expect([...parts.keys()]).toEqual(expected.map(([name]) => name));
    for (const [name, data] of expected)
      expect(Buffer.from(parts.get(name)!).equals(Buffer.from(data))).toBe(true);
  });

  test("a part larger than the inflate step (several pushes) arrives whole", () => {
    const big = Buffer.from('<row r="1"/>'.repeat(200_000));
    const parts = readZip(zipOf([{ name: "big.xml", data: big }]), inflate);
    expect(Buffer.from(parts.get("big.xml")!).equals(big)).toBe(true);
  });

  const refused = (bytes: Buffer): string => {
    try {
      readZip(bytes, inflate);
    } catch (error) {
      expect(error).toBeInstanceOf(ReadingLimitError);
      return (error as Error).message;
    }
    throw new Error("not refused");
  };

  test("declared sizes, part count, rows and a cut-short file", () => {
    expect(
      refused(zipOf([{ name: "big.bin", data: Buffer.alloc(10), declaredSize: 0xfffffff0 }]))
    ).toMatch(/more than 1\.0 GB once uncompressed \(4\.0 GB\)/);
    expect(
      refused(
        zipOf(
          Array.from({ length: 10_001 }, (_, i) => ({
            name: `x/${i}`,
            data: Buffer.alloc(0),
            deflate: false,
          }))
        )
      )
    ).toBe("it holds 10,001 parts, more than the 10,000 a workbook may have");
    expect(refused(zipOf(workbookParts('<row r="1"/>'.repeat(1_048_577))))).toBe(
      "worksheet part 'xl/worksheets/sheet1.xml' holds more than 1,048,576 rows, Excel's limit"
    );
    expect(refused(zipOf(workbookParts("")).subarray(0, 300))).toBe(
      "it is damaged or is not an Excel workbook (.xlsx) (no zip directory)"
    );
    const garbled = zipOf([
      {
        name: "a.xml",
        data: Buffer.from("<a/>"),
        raw: Buffer.from([0xff, 0xff, 0xff]),
        declaredSize: 4,
      },
    ]);
    expect(refused(garbled)).toBe("it is damaged (part 'a.xml' cannot be inflated)");
  }, 60_000);
});

// Inflating 1 GB in JavaScript takes 10-30 s, so the whole bomb goes through zlib only; fflate's cap is
// tested on its own below.
test("a part lying about its size is stopped at the 1 GB cap", () => {
  const raw = deflateRawSync(Buffer.alloc(16 * 1024 * 1024));
  const parts = Array.from({ length: 70 }, (_, i) => ({
    name: `zero${i}.bin`,
    data: Buffer.alloc(0),
    raw,
    declaredSize: 100,
  }));
  expect(() => readZip(zipOf([...workbookParts(""), ...parts]), NODE_INFLATE)).toThrow(
    /^it would take more than 1\.0 GB once uncompressed \(a damaged file or a zip bomb/
  );
}, 60_000);

test("fflate's inflater stops at its cap and gives the bytes below it", () => {
  const zeros = deflateRawSync(Buffer.alloc(16 * 1024 * 1024));
  expect(inflateWithFflate(zeros, 1024 * 1024)).toBeUndefined();
  expect(inflateWithFflate(zeros, 16 * 1024 * 1024)?.length).toBe(16 * 1024 * 1024);
  expect(inflateWithFflate(deflateRawSync(Buffer.alloc(0)), 1)?.length).toBe(0);
});
