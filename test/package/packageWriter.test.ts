/**
 * The package writer on workbooks made by an independent writer (XlsxWriter, see
 * test/fixtures/package/make_fixtures.py): every user part kept byte for byte, our sheets, tables,
 * chart and names added, bookkeeping parts consistent, re-runs removing exactly our parts.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { analyseWorkbook } from "../../src/engine/analyse";
import { buildOutputContents } from "../../src/output/tableSheet";
import { addOutputsToPackage, openPackage, savePackage } from "../../src/package";
import { workbookDataFromExcelJs } from "../helpers/excelJs";
import {
  BOOKKEEPING_PARTS,
  changedParts,
  definedNames,
  malformedParts,
  packageParts,
  text,
  workbookSheets,
} from "./packageParts";

const FIXTURES = path.resolve(__dirname, "../fixtures/package");

async function analysedCopy(input: Uint8Array): Promise<Uint8Array> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(input) as unknown as ArrayBuffer);
  const result = analyseWorkbook(workbookDataFromExcelJs(workbook), {});
  const parts = openPackage(input);
  addOutputsToPackage(parts, buildOutputContents(result));
  return savePackage(parts);
}

describe.each(["analyst-workbook.xlsx", "analyst-workbook.xlsm"])(
  "the analysed copy of %s",
  (file) => {
    let input: Map<string, Uint8Array>;
    let output: Map<string, Uint8Array>;
    let outputBytes: Uint8Array;

    beforeAll(async () => {
      const bytes = new Uint8Array(await fs.readFile(path.join(FIXTURES, file)));
      input = await packageParts(bytes);
      outputBytes = await analysedCopy(bytes);
      output = await packageParts(outputBytes);
    });

    test("keeps every user part byte for byte (only bookkeeping parts change)", () => {
      const changed = changedParts(input, output);
      expect(changed).toEqual([]);
      // The parts a user would lose through ExcelJS are among those kept.
      expect([...input.keys()]).toEqual(
        expect.arrayContaining([
          "xl/charts/chart1.xml",
          "xl/comments1.xml",
          "xl/media/image1.png",
          "xl/drawings/vmlDrawing1.vml",
        ])
      );
    });

    test("keeps the user's shared strings unchanged, and every XML part well-formed", () => {
      expect(text(output, "xl/sharedStrings.xml")).toBe(text(input, "xl/sharedStrings.xml"));
      expect(malformedParts(output)).toEqual([]);
    });

    test("keeps sheets, hidden states and defined names, and adds ours after them", () => {
      const before = workbookSheets(text(input, "xl/workbook.xml"));
      const after = workbookSheets(text(output, "xl/workbook.xml"));
      expect(after.slice(0, before.length)).toEqual(before);
      expect(before.find((s) => s.name === "Lookup")?.state).toBe("hidden");
      expect(after.slice(before.length).map((s) => s.name)).toEqual([
        "CCG Summary",
        "Practice Detail",
        "Data Quality",
        "Assumptions",
        "Sensitivity",
      ]);
      const namesBefore = definedNames(text(input, "xl/workbook.xml"));
      const namesAfter = definedNames(text(output, "xl/workbook.xml"));
      expect(namesBefore.length).toBeGreaterThanOrEqual(2);
      expect(namesAfter).toEqual(expect.arrayContaining(namesBefore));
      expect(namesAfter).toContain("CCGFootprint_CCG_Summary||'CCG Summary'!$A$1");
    });

    test("keeps the package type (an .xlsm stays macro-enabled) and declares every new part", () => {
      const types = text(output, "[Content_Types].xml");
      const workbookType = /PartName="\/xl\/workbook\.xml" ContentType="([^"]*)"/.exec(types)?.[1];
      expect(workbookType).toBe(
        /PartName="\/xl\/workbook\.xml" ContentType="([^"]*)"/.exec(
          text(input, "[Content_Types].xml")
        )?.[1]
      );
      if (file.endsWith(".xlsm")) expect(workbookType).toContain("macroEnabled");
      for (const name of output.keys()) {
        if (input.has(name) || name.endsWith(".rels")) continue;
        expect(types).toContain(`PartName="/${name}"`);
      }
      expect([...output.keys()].filter((n) => n.startsWith("xl/charts/chart"))).toHaveLength(2);
    });

    test("a re-run replaces our sheets and removes exactly their parts", async () => {
      const again = await packageParts(await analysedCopy(outputBytes));
      expect([...again.keys()].sort()).toEqual([...output.keys()].sort());
      for (const [name, data] of input)
        if (!BOOKKEEPING_PARTS.test(name))
          expect(Buffer.from(again.get(name) ?? []).equals(Buffer.from(data))).toBe(true);
      expect(workbookSheets(text(again, "xl/workbook.xml"))).toEqual(
        workbookSheets(text(output, "xl/workbook.xml"))
      );
      expect(text(again, "xl/styles.xml")).toBe(text(output, "xl/styles.xml"));
    });

    test("ExcelJS reads our sheets back: values, formats, table and frozen header", async () => {
      const workbook = new Workbook();
      await workbook.xlsx.load(Buffer.from(outputBytes) as unknown as ArrayBuffer);
      const summary = workbook.getWorksheet("CCG Summary");
      expect(summary?.getCell("A1").value).toBe("Code");
      expect(typeof summary?.getCell("D2").value).toBe("number");
      expect(summary?.views[0]?.state).toBe("frozen");
      expect(workbook.getWorksheet("Practice Detail")?.rowCount).toBeGreaterThan(10);
    });
  }
);
