import { CellValue, SheetData, WorkbookData } from "../../../../src/engine/cells";

/**
 * A small workbook for scoring tests: 01A (120,000 people in six close practices, all members,
 * finance GREEN) and 02B (40,000 people, one of two practices not signed up: size, finance and
 * membership RED). `extraSheets` are added after the practice list.
 */
export function scoringWorkbook(
  extraSheets: SheetData[] = [],
  ownedSheets?: string[]
): WorkbookData {
  const rows: CellValue[][] = [
    [
      "Practice code",
      "CCG code",
      "CCG name",
      "List size",
      "Latitude",
      "Longitude",
      "Member",
      "Local authority",
    ],
  ];
  for (let i = 0; i < 6; i++) {
    rows.push([
      `A8100${i}`,
      "01A",
      "Alpha CCG",
      20000,
      53.4 + i * 0.01,
      -2.2 + (i % 2) * 0.01,
      "Y",
      "E08000001",
    ]);
  }
  rows.push(["B82001", "02B", "Beta CCG", 20000, 53.6, -2.0, "Y", "E08000002"]);
  rows.push(["B82002", "02B", "Beta CCG", 20000, 53.61, -2.01, "N", "E08000002"]);
  return {
    sheets: [{ name: "Practices", rows, firstRow: 1, firstColumn: 1 }, ...extraSheets],
    ownedSheets,
  };
}
