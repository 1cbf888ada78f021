/**
 * Large sheets deflated while they are written (src/package/deflatedPart.ts): a part that spans
 * several pieces comes out of the zip exactly as the whole XML would be, with a correct CRC, through
 * both codecs; a part below one piece stays plain bytes (so normal packages keep their exact bytes).
 */
import JSZip from "jszip";
import { newPackageFromSheets, packageChunks, savePackage } from "../../src/package";
import type { ZipCodec } from "../../src/package";
import { PIECE_BYTES, writtenPart } from "../../src/package/deflatedPart";
import { NEW_STYLES_XML, StyleBook } from "../../src/package/styles";
import { worksheetXml, writeWorksheetXml } from "../../src/package/worksheetXml";
import type { WorksheetContent } from "../../src/package/worksheetXml";
import { partText } from "../../src/package/zipPackage";
import type { PackageParts } from "../../src/package/zipPackage";
import { JAVASCRIPT_ZIP_CODEC } from "../../src/package/zipWriter";
import type { PartData } from "../../src/package/zipWriter";
import { NODE_ZIP_CODEC } from "../../src/xlsx/files";
import type { CellValue } from "../../src/engine/cells";

const CODECS: [string, ZipCodec][] = [
  ["Node's zlib", NODE_ZIP_CODEC],
  ["fflate", JAVASCRIPT_ZIP_CODEC],
];

/** A sheet of `rows` practice-like rows (text, numbers, a formula) under a bold header. */
function content(rows: number): WorksheetContent {
  const cells = [["code", "name", "list size", "share"]];
  for (let i = 0; i < rows; i += 1)
    cells.push([
      `P${i}`,
      `Practice ${i} – £${i % 97}`,
      1000 + ((i * 7919) % 20000),
      { formula: `C${i + 2}/1000`, result: i % 13 },
    ] as never);
  return {
    cells,
    numberFormats: [{ range: `C2:C${rows + 1}`, format: "#,##0" }],
    boldRanges: ["A1:D1"],
    columnWidths: [10, 30, 12, 8],
    hiddenColumns: [],
    frozenRows: 1,
    validations: [],
    conditionalFormats: [],
  };
}

/** The zip of one part, read back by JSZip with its CRC checked. */
async function readBack(data: PartData, codec: ZipCodec): Promise<Uint8Array> {
  const parts: PackageParts = new Map([["xl/worksheets/sheet1.xml", data]]);
  const zip = await JSZip.loadAsync(savePackage(parts, codec), { checkCRC32: true });
  return zip.file("xl/worksheets/sheet1.xml")?.async("uint8array") ?? new Uint8Array(0);
}

describe.each(CODECS)("a part deflated as it is written (%s)", (_name, codec) => {
  test("spanning many pieces, it unzips to exactly the whole XML", async () => {
    const sheet = content(3000);
    const whole = worksheetXml(sheet, new StyleBook(NEW_STYLES_XML), { tableRelationshipIds: [] });
    const piece = 10_000;
    expect(whole.length).toBeGreaterThan(20 * piece);
    const data = writtenPart(
      codec,
      (out) =>
        writeWorksheetXml(sheet, new StyleBook(NEW_STYLES_XML), { tableRelationshipIds: [] }, out),
      piece
    );
    expect(data).not.toBeInstanceOf(Uint8Array);
    if (data instanceof Uint8Array) return;
    expect(data.size).toBe(whole.length);
    expect(data.deflated.reduce((sum, chunk) => sum + chunk.length, 0)).toBeLessThan(
      whole.length / 3
    );
    expect(Buffer.from(await readBack(data, codec)).equals(Buffer.from(whole))).toBe(true);
    // Read back in the package too (a re-run reads parts as text).
    expect(partText(new Map([["x.xml", data]]), "x.xml")).toBe(Buffer.from(whole).toString("utf8"));
  });

  test("below one piece, it stays plain bytes", () => {
    const sheet = content(20);
    const styles = new StyleBook(NEW_STYLES_XML);
    const data = writtenPart(codec, (out) =>
      writeWorksheetXml(sheet, styles, { tableRelationshipIds: [] }, out)
    );
    expect(data).toBeInstanceOf(Uint8Array);
    expect(
      Buffer.from(data as Uint8Array).equals(
        Buffer.from(
          worksheetXml(sheet, new StyleBook(NEW_STYLES_XML), { tableRelationshipIds: [] })
        )
      )
    ).toBe(true);
  });
});

describe("a CSV list larger than one piece, through the package writer", () => {
  test("its sheet is deflated while written and reads back whole; the zip in chunks is the same file", async () => {
    const rows: CellValue[][] = [["practice_code", "practice_name", "ccg_code", "list_size"]];
    let i = 0;
    const parts = (): PackageParts =>
      newPackageFromSheets(
        [{ name: "practices", rows, firstRow: 1, firstColumn: 1 }],
        NODE_ZIP_CODEC
      );
    // Rows until the sheet's XML passes one piece (about 180 bytes a row).
    while (i * 180 < PIECE_BYTES * 1.2) {
      rows.push([`A${String(i).padStart(5, "0")}`, `THE SURGERY ${i}`, "07L", 1000 + (i % 9000)]);
      i += 1;
    }
    const package1 = parts();
    const sheet = package1.get("xl/worksheets/sheet1.xml");
    expect(sheet).toBeDefined();
    expect(sheet).not.toBeInstanceOf(Uint8Array);
    const bytes = savePackage(package1, NODE_ZIP_CODEC);
    const joined = Buffer.concat([...packageChunks(parts(), NODE_ZIP_CODEC)]);
    expect(joined.equals(Buffer.from(bytes))).toBe(true);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(xml.length).toBeGreaterThan(PIECE_BYTES);
    expect(xml).toContain(`<dimension ref="A1:D${rows.length}"/>`);
    const last = rows[rows.length - 1] ?? [];
    expect(xml).toContain(
      `<row r="${rows.length}"><c r="A${rows.length}" t="inlineStr"><is><t>${String(last[0])}</t></is></c>`
    );
    expect(xml.endsWith("</worksheet>")).toBe(true);
  });
});
