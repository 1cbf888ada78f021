import { SheetData, WorkbookData } from "../../../src/engine/cells";
import { FindingList } from "../../../src/engine/dataQuality";
import {
  CRITERION_ID_PATTERN,
  DEFAULT_CRITERIA,
  PREFILLED_CRITERION_IDS,
} from "../../../src/engine/scoring/criteria";
import { readCriteria } from "../../../src/engine/scoring/readCriteria";

function criteriaSheet(rows: SheetData["rows"], name = "Criteria"): WorkbookData {
  return { sheets: [{ name, rows, firstRow: 1, firstColumn: 1 }] };
}

describe("default criteria", () => {
  test("6 to 8 criteria in each of the six domains, ids unique and in the 1.1A style", () => {
    for (let domain = 1; domain <= 6; domain++) {
      const count = DEFAULT_CRITERIA.filter((c) => c.domain === domain).length;
      expect(count).toBeGreaterThanOrEqual(6);
      expect(count).toBeLessThanOrEqual(8);
    }
    const ids = DEFAULT_CRITERIA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of DEFAULT_CRITERIA) {
      expect(c.id).toMatch(CRITERION_ID_PATTERN);
      expect(c.id.startsWith(`${c.domain}.`)).toBe(true);
    }
  });

  test("every prefilled id is a default criterion in the domain SPEC §4 names", () => {
    const domainOf = (id: string) => DEFAULT_CRITERIA.find((c) => c.id === id)?.domain;
    expect(domainOf(PREFILLED_CRITERION_IDS.plansWithinAllowance)).toBe(3);
    expect(domainOf(PREFILLED_CRITERION_IDS.definedArea)).toBe(4);
    expect(domainOf(PREFILLED_CRITERION_IDS.memberPractices)).toBe(4);
    expect(domainOf(PREFILLED_CRITERION_IDS.commissioningSupport)).toBe(5);
  });

  test("the governing body, safeguarding and the financial plan are critical", () => {
    const critical = DEFAULT_CRITERIA.filter((c) => c.critical).map((c) => c.text);
    expect(critical.some((t) => /registered nurse/.test(t))).toBe(true);
    expect(critical.some((t) => /Safeguarding/.test(t))).toBe(true);
    expect(critical.some((t) => /running cost allowance/.test(t))).toBe(true);
  });
});

describe("readCriteria", () => {
  test("no Criteria sheet: the default list", () => {
    const findings = new FindingList();
    const reading = readCriteria({ sheets: [] }, findings);
    expect(reading.criteria).toBe(DEFAULT_CRITERIA);
    expect(reading.sheetName).toBeNull();
    expect(findings.findings).toEqual([]);
  });

  test("a Criteria sheet replaces the default list, in its own order", () => {
    const findings = new FindingList();
    const reading = readCriteria(
      criteriaSheet([
        ["Domain", "Id", "Criterion", "Critical"],
        [2, "2.1A", "Patients involved", "N"],
        ["1", " 1.1A ", "Clinical leadership", "Y"],
        [null, null, null, null],
        [6, "6.4F", "Great leaders", "yes"],
      ]),
      findings
    );
    expect(findings.findings).toEqual([]);
    expect(reading.sheetName).toBe("Criteria");
    expect(reading.criteria).toEqual([
      { domain: 2, id: "2.1A", text: "Patients involved", critical: false },
      { domain: 1, id: "1.1A", text: "Clinical leadership", critical: true },
      { domain: 6, id: "6.4F", text: "Great leaders", critical: true },
    ]);
  });

  test("malformed rows are Data Quality errors naming the cell, and are left out", () => {
    const findings = new FindingList();
    const reading = readCriteria(
      criteriaSheet([
        ["Domain", "Id", "Criterion", "Critical"],
        [7, "7.1A", "No such domain", "N"],
        [1, null, "No id", "N"],
        [1, "1.1A", "Good", "N"],
        [1, "1.1a", "Repeated id", "N"],
        [2, "2.1A", "Critical is odd", "maybe"],
        [3, "3.1A", "", "N"],
      ]),
      findings
    );
    expect(reading.criteria.map((c) => c.id)).toEqual(["1.1A"]);
    expect(findings.findings.map((f) => [f.severity, f.row, f.column, f.value])).toEqual([
      ["error", 2, "Domain", "7"],
      ["error", 3, "Id", ""],
      ["error", 5, "Id", "1.1a"],
      ["error", 6, "Critical", "maybe"],
      ["error", 7, "Criterion", ""],
    ]);
    expect(findings.findings[0]?.message).toBe(
      "Domain '7' in Criteria!A2 is not a domain number (1 to 6); the criterion is left out"
    );
    expect(findings.findings[2]?.message).toBe(
      "Criterion id '1.1a' in Criteria!B5 repeats the id in Criteria!B4; the criterion is left out"
    );
    expect(findings.findings[3]?.message).toContain("Criteria!D6");
  });

  test("a Criteria sheet without usable rows or headers: a warning and the default list", () => {
    const noHeaders = new FindingList();
    expect(readCriteria(criteriaSheet([["a", "b"]]), noHeaders).criteria).toBe(DEFAULT_CRITERIA);
    expect(noHeaders.findings[0]?.severity).toBe("warning");
    const noRows = new FindingList();
    const reading = readCriteria(
      criteriaSheet([
        ["Domain", "Id", "Criterion"],
        [9, "x", "y"],
      ]),
      noRows
    );
    expect(reading.criteria).toBe(DEFAULT_CRITERIA);
    expect(noRows.findings.map((f) => f.severity)).toEqual(["error", "warning"]);
  });

  test("a sheet called Criteria that this product wrote is not input", () => {
    const workbook: WorkbookData = {
      ...criteriaSheet([
        ["Domain", "Id", "Criterion"],
        [1, "1.1A", "x"],
      ]),
      ownedSheets: ["Criteria"],
    };
    expect(readCriteria(workbook, new FindingList()).criteria).toBe(DEFAULT_CRITERIA);
  });
});
