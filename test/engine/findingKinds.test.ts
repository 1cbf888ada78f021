// Every data-quality finding carries a stable kind, and findings group by kind into one counted sentence
// each (issue #14: "352 practices have no coordinates", "4 codes are not CCG codes: Q59, 112, 114, RY6").
import fs from "fs";
import { analyseWorkbook } from "../../src/engine/analyse";
import { CellValue, WorkbookData } from "../../src/engine/cells";
import {
  FINDING_KINDS,
  VALUES_NAMED,
  findingKindSummary,
  groupFindingsByKind,
} from "../../src/engine/findingKinds";
import { parseCsv } from "../../src/xlsx/csv";
import { describeWithEnglandData, englandDataFile } from "../helpers/realData";

const HEADERS = ["Practice code", "CCG code", "List size", "Latitude", "Longitude", "Member"];

function workbook(rows: CellValue[][], extra: WorkbookData["sheets"] = []): WorkbookData {
  return {
    sheets: [
      { name: "Practices", firstRow: 1, firstColumn: 1, rows: [HEADERS, ...rows] },
      ...extra,
    ],
  };
}

describe("finding kinds", () => {
  test("a messy list: each finding has the kind of its problem, whatever the wording", () => {
    const result = analyseWorkbook(
      workbook(
        [
          ["A81001", "02V", 6000, 53.8, -1.55, "Y"],
          ["A81001", "02V", 6000, 53.8, -1.55, "Y"],
          ["", "02V", 100, 53.8, -1.55, "Y"],
          ["A81003", "", 100, 53.8, -1.55, "Y"],
          ["A81004", "02V", "n/a", 53.8, -1.55, "Y"],
          ["A81005", "02V", 5000, null, null, "Y"],
          ["A81006", "02V", 5000, "north", -1.55, "Y"],
          ["A81007", "02V", 5000, 48.8, 2.35, "Y"],
          ["A81008", "02V", 5000, 53.81, -1.56, "perhaps"],
          ["XYZ", "Q59", 59, 53.9, -1.5, "Y"],
        ],
        [
          {
            name: "Assumptions",
            firstRow: 1,
            firstColumn: 1,
            rows: [
              ["Key", "Value"],
              ["rca_per_hed", 25],
              ["rca_per_head", "lots"],
            ],
          },
        ]
      )
    );
    const kinds = result.dataQuality.map((finding) => finding.kind);
    expect(new Set(kinds)).toEqual(
      new Set([
        "practiceRepeated",
        "practiceCodeMissing",
        "ccgCodeMissing",
        "listSizeUnusable",
        "noCoordinates",
        "coordinatesUnreadable",
        "coordinatesOutside",
        "memberUnreadable",
        "practiceCodeUnusual",
        "notCcgCodeOnPractice",
        "notCcg",
        "assumptionUnknown",
        "assumptionInvalid",
      ])
    );
    for (const kind of kinds) expect(FINDING_KINDS).toContain(kind);
    const groups = groupFindingsByKind(result.dataQuality);
    // Errors first; every finding in exactly one group.
    expect(groups.map((group) => group.severity)).toEqual(
      [...groups.map((group) => group.severity)].sort()
    );
    expect(groups.flatMap((group) => group.findings)).toHaveLength(result.dataQuality.length);
    const summary = (kind: string) => groups.find((group) => group.kind === kind)?.summary;
    expect(summary("notCcg")).toBe("1 code is not a CCG code: Q59");
    expect(summary("practiceRepeated")).toBe("1 row repeats an earlier practice (left out)");
    expect(summary("assumptionUnknown")).toBe("1 assumption is unknown (ignored): rca_per_hed");
  });

  test("a summary names at most a few values, then says how many more", () => {
    const values = Array.from({ length: 11 }, (_, i) => `Q${50 + i}`);
    expect(findingKindSummary("notCcg", 11, values)).toBe(
      `11 codes are not CCG codes: ${values.slice(0, VALUES_NAMED).join(", ")} and 3 more`
    );
    expect(findingKindSummary("noCoordinates", 1, [])).toBe(
      "1 practice has no coordinates (left out of the geography)"
    );
  });
});

describeWithEnglandData("finding kinds on the England list", ["practices-2016q1.csv"], () => {
  test("352 practices without coordinates and 4 codes that are not CCGs, each one group", () => {
    const practices = parseCsv(
      fs.readFileSync(englandDataFile("practices-2016q1.csv"), "utf8"),
      "Practices"
    );
    const result = analyseWorkbook({ sheets: [practices] });
    const groups = groupFindingsByKind(result.dataQuality);
    expect(groups.map((group) => [group.kind, group.findings.length])).toEqual([
      ["noCoordinates", 352],
      ["notCcgCodeOnPractice", 4],
      ["notCcg", 4],
    ]);
    expect(groups[0]?.summary).toBe(
      "352 practices have no coordinates (left out of the geography)"
    );
    const notCcg = groups.find((group) => group.kind === "notCcg")!;
    expect(notCcg.summary).toMatch(/^4 codes are not CCG codes: /);
    expect(new Set(notCcg.findings.map((finding) => finding.value))).toEqual(
      new Set(["Q59", "112", "114", "RY6"])
    );
  });
});
