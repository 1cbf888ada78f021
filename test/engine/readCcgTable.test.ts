import { FindingList } from "../../src/engine/dataQuality";
import { readCcgTable } from "../../src/engine/readCcgTable";
import { sheet, workbook } from "../helpers/sheets";

const HEADERS = ["CCG code", "CCG name", "Planned running costs", "Fixed costs", "Commissioning support per head", "Collaborative arrangement"];

describe("CCG table (SPEC §2.2)", () => {
  test("found by headers; values read; blanks mean 'use the default'", () => {
    const findings = new FindingList();
    const data = workbook(
      sheet("Practices", [["Code", "CCG", "Patients"]]),
      sheet("CCGs", [HEADERS, ["07l00", "NHS Barking", "£5,000,000", null, 7.5, "Y"], ["08A", null, null, 850000, null, "no"]])
    );
    const reading = readCcgTable(data, "Practices", new Set(["07L", "08A"]), findings);
    expect(reading.sheetName).toBe("CCGs");
    expect(reading.ccgs.get("07L")).toEqual({
      code: "07L",
      name: "NHS Barking",
      plannedRunningCosts: 5000000,
      fixedCosts: null,
      supportPerHead: 7.5,
      collaborativeArrangement: true,
      kind: null,
    });
    expect(reading.ccgs.get("08A")).toMatchObject({ fixedCosts: 850000, collaborativeArrangement: false, name: null });
    expect(findings.findings).toEqual([]);
  });

  test("problems become findings naming the cell", () => {
    const findings = new FindingList();
    const data = workbook(
      sheet("Practices", []),
      sheet("Costs", [
        HEADERS,
        ["07L", null, "lots", null, null, "perhaps"],
        ["07L", null, null, null, null, null],
        ["99Z", null, null, 1, null, null],
        [null, "orphan name", null, null, null, null],
      ])
    );
    const reading = readCcgTable(data, "Practices", new Set(["07L"]), findings);
    expect(reading.ccgs.get("07L")?.plannedRunningCosts).toBeNull();
    expect(findings.findings.map((f) => f.message)).toEqual([
      "Planned running costs 'lots' in Costs!C2 is not a number; the default is used",
      "Collaborative arrangement 'perhaps' in Costs!F2 is not Y or N; treated as no arrangement",
      "CCG '07L' in Costs!A3 appears twice in the CCG table; this later row is ignored",
      "CCG '99Z' in Costs!A4 has no practices in the practice list; it is not analysed",
      "CCG code in Costs!A5 is blank; the row is ignored",
    ]);
  });

  test("no CCG table: empty reading", () => {
    const reading = readCcgTable(workbook(sheet("Practices", [])), "Practices", new Set(), new FindingList());
    expect(reading.sheetName).toBeNull();
    expect(reading.ccgs.size).toBe(0);
  });
});
