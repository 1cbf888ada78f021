import { analyseWorkbook } from "../../../src/engine/analyse";
import { FindingList } from "../../../src/engine/dataQuality";
import { Criterion } from "../../../src/engine/scoring/criteria";
import {
  ExistingScoringSheet,
  readScoringSheet,
} from "../../../src/engine/scoring/existingScoring";
import { CriterionPrefill } from "../../../src/engine/scoring/prefill";
import { scoringRows, selectScoredCcgs } from "../../../src/engine/scoring/scoreCcgs";
import { scoringWorkbook } from "./helpers/scoringWorkbook";

const criteria: Criterion[] = [
  { domain: 3, id: "3.2A", text: "Plans within allowance", critical: true },
  { domain: 4, id: "4.2A", text: "Governing body", critical: true },
  { domain: 6, id: "6.1A", text: "Leaders", critical: false },
];
const prefills = new Map<string, CriterionPrefill>([
  ["3.2A", { status: "Met", evidence: "Headroom £920,000" }],
]);

function existing(rows: ExistingScoringSheet["rows"]): ExistingScoringSheet {
  return {
    sheetName: "Scoring 01A",
    code: "01A",
    rows,
    configurationRating: "",
    thresholds: {
      directionsNotMetShare: { share: null, text: "", written: null },
      refuseNotMetShare: { share: null, text: "", written: null },
    },
  };
}

function oldRow(id: string, values: Partial<ExistingScoringSheet["rows"][number]>) {
  return {
    domain: Number(id[0]),
    id,
    text: "old text",
    critical: "N",
    status: "Not assessed",
    support: "",
    evidence: "",
    written: { status: "Not assessed", support: "", evidence: "" },
    ...values,
  };
}

describe("scoringRows", () => {
  test("a first run: prefilled values, Not assessed elsewhere, the record equal to the values", () => {
    const rows = scoringRows(criteria, prefills, null, new FindingList());
    expect(rows.map((r) => [r.id, r.status, r.evidence])).toEqual([
      ["3.2A", "Met", "Headroom £920,000"],
      ["4.2A", "Not assessed", ""],
      ["6.1A", "Not assessed", ""],
    ]);
    for (const row of rows) {
      expect(row.written).toEqual({
        status: row.status,
        support: row.support,
        evidence: row.evidence,
      });
    }
  });

  test("the user's edits are kept by id; untouched prefilled values refresh", () => {
    const findings = new FindingList();
    const rows = scoringRows(
      criteria,
      new Map([["3.2A", { status: "Partially met" as const, evidence: "Headroom £100,000" }]]),
      existing([
        // the user typed evidence but left the prefilled status: the status refreshes, the evidence stays
        oldRow("3.2A", {
          status: "Met",
          evidence: "Board minutes 12 May",
          written: { status: "Met", support: "", evidence: "Headroom £920,000" },
        }),
        // the user set a status and a support level
        oldRow("4.2a", { status: "Not met", support: "Specific conditions" }),
      ]),
      findings
    );
    expect(rows.map((r) => [r.id, r.status, r.support, r.evidence])).toEqual([
      ["3.2A", "Partially met", "", "Board minutes 12 May"],
      ["4.2A", "Not met", "Specific conditions", ""],
      ["6.1A", "Not assessed", "", ""],
    ]);
    expect(rows[0]?.written).toEqual({
      status: "Partially met",
      support: "",
      evidence: "Headroom £100,000",
    });
    expect(rows[1]?.text).toBe("Governing body");
    expect(findings.findings).toEqual([]);
  });

  test("a sheet without the hidden record: every value is the user's", () => {
    const rows = scoringRows(
      criteria,
      prefills,
      existing([oldRow("3.2A", { status: "Not assessed", written: null })]),
      new FindingList()
    );
    expect(rows[0]?.status).toBe("Not assessed");
  });

  test("a criterion removed from the list is kept at the bottom with a warning", () => {
    const findings = new FindingList();
    const rows = scoringRows(
      criteria,
      prefills,
      existing([oldRow("2.9Z", { status: "Not met", critical: "Y", text: "Gone" })]),
      findings
    );
    expect(rows.map((r) => r.id)).toEqual(["3.2A", "4.2A", "6.1A", "2.9Z"]);
    expect(rows[3]).toMatchObject({
      domain: 2,
      status: "Not met",
      critical: true,
      removed: true,
      text: "Gone",
    });
    expect(findings.findings).toHaveLength(1);
    expect(findings.findings[0]).toMatchObject({
      severity: "warning",
      sheet: "Scoring 01A",
      value: "2.9Z",
    });
    expect(findings.findings[0]?.message).toContain("no longer in the criteria list");
  });
});

describe("readScoringSheet", () => {
  test("reads the code and the rows by labels and headers, wherever they are", () => {
    const sheet = readScoringSheet({
      name: "My scoring",
      firstRow: 3,
      firstColumn: 2,
      rows: [
        ["CCG code", "01a"],
        [],
        [
          "Domain",
          "Id",
          "Criterion",
          "Critical",
          "Status",
          "Support",
          "Evidence",
          "Status written",
          "Support written",
          "Evidence written",
        ],
        [1, "1.1A", "x", "Y", "Met", "None", "e", "Not assessed", "", ""],
        [2, "2.1A", "y", "N", null, null, null, "Not assessed", "", ""],
        [null, null, "notes below the table"],
      ],
    });
    expect(sheet?.code).toBe("01A");
    expect(sheet?.thresholds.directionsNotMetShare).toEqual({
      share: null,
      text: "",
      written: null,
    });
    expect(sheet?.rows).toEqual([
      {
        domain: 1,
        id: "1.1A",
        text: "x",
        critical: "Y",
        status: "Met",
        support: "None",
        evidence: "e",
        written: { status: "Not assessed", support: "", evidence: "" },
      },
      {
        domain: 2,
        id: "2.1A",
        text: "y",
        critical: "N",
        status: "",
        support: "",
        evidence: "",
        written: { status: "Not assessed", support: "", evidence: "" },
      },
    ]);
  });

  test("a sheet without a CCG code or without the criteria table is not a scoring sheet", () => {
    expect(
      readScoringSheet({
        name: "x",
        firstRow: 1,
        firstColumn: 1,
        rows: [
          ["CCG code", "CCG name"],
          ["01A", "Alpha"],
        ],
      })
    ).toBeNull();
  });
});

describe("selectScoredCcgs", () => {
  const analysis = analyseWorkbook(scoringWorkbook());
  const none = new Map<string, ExistingScoringSheet>();
  test("all, flagged, none and codes", () => {
    const codes = (selection: Parameters<typeof selectScoredCcgs>[1]) =>
      selectScoredCcgs(analysis, selection, none, new FindingList()).map((c) => c.code);
    expect(codes("all")).toEqual(["01A", "02B"]);
    expect(codes("flagged")).toEqual(["02B"]);
    expect(codes("none")).toEqual([]);
    expect(codes([" 01a"])).toEqual(["01A"]);
    expect(() => codes(["99Z"])).toThrow("CCG code '99Z' is not in the practice list");
  });
  test("all and flagged leave out codes set apart as not CCGs; naming one still scores it", () => {
    const apart = {
      ...analysis,
      ccgs: analysis.ccgs.map((c) =>
        c.code === "02B" ? { ...c, kind: "Area team", rated: false } : c
      ),
    };
    const codes = (selection: Parameters<typeof selectScoredCcgs>[1]) =>
      selectScoredCcgs(apart, selection, none, new FindingList()).map((c) => c.code);
    expect(codes("all")).toEqual(["01A"]);
    expect(codes("flagged")).toEqual([]);
    expect(codes(["02B"])).toEqual(["02B"]);
  });
  test("CCGs with an earlier sheet are refreshed; an earlier sheet for an unknown CCG is left with a warning", () => {
    const findings = new FindingList();
    const earlier = new Map([
      ["01A", existing([])],
      ["99Z", { ...existing([]), sheetName: "Scoring 99Z", code: "99Z" }],
    ]);
    expect(selectScoredCcgs(analysis, "none", earlier, findings).map((c) => c.code)).toEqual([
      "01A",
    ]);
    expect(findings.findings[0]?.message).toContain("'Scoring 99Z' is for CCG 99Z");
  });
});
