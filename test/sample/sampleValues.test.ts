import { isBlankCell } from "../../src/engine/cells";
import { generateSampleWorkbook } from "../../src/sample";
import { isInEngland } from "../../src/sample/england";
import { practiceRecords, sheet } from "./sampleSheets";

const workbook = generateSampleWorkbook();
const records = practiceRecords(workbook).filter((r) => !r.cells.every((c) => isBlankCell(c)));
/** Excel rows of the planted problems (see SAMPLE_DATA_QUALITY_CASES). */
const PLANTED = {
  listSizeText: 5,
  listSizeDecimal: 7,
  noCcg: 9,
  swapped: 11,
  noCoordinates: [13, 14],
  malformed: 16,
  duplicate: 18,
};

describe("cell values in the Practices sheet", () => {
  test("practice codes look like A81001 and are unique, apart from the planted malformed and duplicate rows", () => {
    const codes = records.map((r) => r.code);
    for (const r of records) {
      if (r.row === PLANTED.malformed) expect(r.code).toBe("A8100");
      else expect(r.code).toMatch(/^[A-Z][0-9]{5}$/);
    }
    const duplicates = codes.filter((c, i) => codes.indexOf(c) !== i);
    expect(duplicates).toEqual([records.find((r) => r.row === 3)?.code]);
  });

  test("practice-code letters follow the region, as real ones do (A in the north east … L in the south west)", () => {
    const meanLatitude = (letter: string): number => {
      const rows = records.filter(
        (r) =>
          typeof r.code === "string" &&
          r.code.startsWith(letter) &&
          typeof r.latitude === "number" &&
          r.latitude > 45
      );
      return rows.reduce((sum, r) => sum + (r.latitude as number), 0) / rows.length;
    };
    expect(meanLatitude("A")).toBeGreaterThan(54);
    expect(meanLatitude("L")).toBeLessThan(51.5);
    const letters = new Set(records.map((r) => String(r.code).charAt(0)));
    for (const letter of [
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
      "H",
      "J",
      "K",
      "L",
      "M",
      "N",
      "P",
      "Y",
    ])
      expect(letters.has(letter)).toBe(true);
  });

  test("CCG codes look like 07L in both sheets", () => {
    for (const r of records)
      if (r.row !== PLANTED.noCcg) expect(r.ccgCode).toMatch(/^[0-9]{2}[A-Z]$/);
    for (const row of sheet(workbook, "CCGs").rows.slice(1))
      expect(row[0]).toMatch(/^[0-9]{2}[A-Z]$/);
  });

  test("local authorities are ONS-style codes E06/E07/E08/E09 + 6 digits, all four kinds present", () => {
    for (const r of records) expect(r.localAuthority).toMatch(/^E0[6-9][0-9]{6}$/);
    const kinds = new Set(records.map((r) => String(r.localAuthority).slice(0, 3)));
    expect([...kinds].sort()).toEqual(["E06", "E07", "E08", "E09"]);
  });

  test("list sizes are whole numbers (numbers, not text), apart from the two planted rows", () => {
    for (const r of records) {
      if (r.row === PLANTED.listSizeText) expect(r.listSize).toBe("n/a");
      else if (r.row === PLANTED.listSizeDecimal) expect(r.listSize).toBe(4871.5);
      else
        expect(
          typeof r.listSize === "number" && Number.isInteger(r.listSize) && r.listSize > 0
        ).toBe(true);
    }
  });

  test("coordinates are numbers with at most 6 decimals, inside England, apart from the planted rows", () => {
    for (const r of records) {
      if (r.row === PLANTED.swapped || PLANTED.noCoordinates.includes(r.row)) continue;
      const { latitude, longitude } = r;
      if (typeof latitude !== "number" || typeof longitude !== "number")
        throw new Error(`Row ${r.row} has no coordinates`);
      expect(latitude >= 49.9 && latitude <= 55.85 && longitude >= -5.75 && longitude <= 1.8).toBe(
        true
      );
      expect(isInEngland(latitude, longitude)).toBe(true);
      expect(Math.abs(latitude * 1e6 - Math.round(latitude * 1e6))).toBeLessThan(1e-6);
      expect(Math.abs(longitude * 1e6 - Math.round(longitude * 1e6))).toBeLessThan(1e-6);
    }
  });

  test("practices cluster in cities: 12–30% of them within 25 km of central London, few in Cornwall", () => {
    const located = records.filter(
      (r) => typeof r.latitude === "number" && typeof r.longitude === "number" && r.latitude > 45
    );
    const nearLondon = located.filter(
      (r) =>
        Math.hypot(
          ((r.latitude as number) - 51.507) * 111,
          ((r.longitude as number) + 0.128) * 68
        ) < 25
    );
    const cornwall = located.filter((r) => (r.longitude as number) < -4.5);
    expect(nearLondon.length / located.length).toBeGreaterThan(0.12);
    expect(nearLondon.length / located.length).toBeLessThan(0.3);
    expect(cornwall.length / located.length).toBeLessThan(0.03);
    expect(cornwall.length).toBeGreaterThan(0);
  });

  test("postcodes have the real format and names are plausible text", () => {
    for (const r of records) {
      expect(r.postcode).toMatch(/^[A-Z]{1,2}[0-9]{1,2} [0-9][ABDEFGHJLNPQRSTUWXYZ]{2}$/);
      expect(typeof r.name === "string" && r.name.length >= 8).toBe(true);
    }
    const names = new Set(records.map((r) => r.name));
    expect(names.has("The Surgery")).toBe(true);
    expect(
      [...names].some((n) => typeof n === "string" && /^Dr [A-Z][A-Za-z']+'s Practice$/.test(n))
    ).toBe(true);
    expect([...names].some((n) => typeof n === "string" && / Medical Centre$/.test(n))).toBe(true);
  });

  test("member is Y for most practices and N for a few", () => {
    const members = records.map((r) => r.member);
    expect(members.every((m) => m === "Y" || m === "N")).toBe(true);
    const notMembers = members.filter((m) => m === "N").length;
    expect(notMembers).toBeGreaterThan(5);
    expect(notMembers / members.length).toBeLessThan(0.05);
  });
});
