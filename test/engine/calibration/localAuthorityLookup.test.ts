// Issue #15 / SPEC §2.4: a CCG → local-authority lookup (ONS style) gives the fit when practices carry none.
import { analyseWorkbook } from "../../../src/engine/analyse";
import { CellValue } from "../../../src/engine/cells";
import { FindingList } from "../../../src/engine/dataQuality";
import {
  localAuthorityFitFromLookup,
  readLocalAuthorityLookup,
} from "../../../src/engine/localAuthorityLookup";
import { sheet, workbook } from "../../helpers/sheets";

const ONS_HEADERS = ["CCG16CDH", "CCG16CD", "CCG16NM", "LAD16CD", "LAD16NM", "n_lsoa"];
const practices: CellValue[][] = [
  ["Practice code", "CCG code", "List size", "Latitude", "Longitude"],
  ["A00001", "05G", 120000, 53.0, -2.23],
  ["A00002", "05G", 90000, 53.1, -2.02],
  ["A00003", "05W", 250000, 53.02, -2.18],
  ["A00004", "13P", 300000, 52.48, -1.9],
];
const lookupRows: CellValue[][] = [
  ONS_HEADERS,
  ["05G", "E38000126", "NHS North Staffordshire CCG", "E07000195", "Newcastle-under-Lyme", 80],
  ["05G", "E38000126", "NHS North Staffordshire CCG", "E07000198", "Staffordshire Moorlands", 54],
  ["05W", "E38000175", "NHS Stoke on Trent CCG", "E06000021", "Stoke-on-Trent", 159],
  ["05W", "E38000175", "NHS Stoke on Trent CCG", "E07000198", "Staffordshire Moorlands", 5],
  ["13P", "E38000012", "NHS Birmingham CrossCity CCG", "E08000025", "Birmingham", 432],
  // A CCG with no practices in the list still counts towards Birmingham's total.
  ["04X", "E38000220", "NHS Birmingham South and Central CCG", "E08000025", "Birmingham", 115],
];

describe("reading the lookup", () => {
  test("ONS headers (CCG16CDH, LAD16CD, LAD16NM, n_lsoa) are recognised; names used, counts summed", () => {
    const findings = new FindingList();
    const data = workbook(sheet("Practices", practices), sheet("CCG to LAD", lookupRows));
    const lookup = readLocalAuthorityLookup(data, ["Practices", null], findings);
    expect(lookup?.sheetName).toBe("CCG to LAD");
    expect(lookup?.rows[0]).toEqual({
      ccgCode: "05G",
      ccgOnsCode: "E38000126",
      authority: "Newcastle-under-Lyme",
      count: 80,
    });
    expect(findings.findings).toEqual([]);
    const fits = localAuthorityFitFromLookup(lookup!, ["05G", "05W", "13P", "99Z"], 0.9);
    expect(fits[0]).toMatchObject({
      fit: "coterminousSeveral",
      wholeAuthorities: ["Newcastle-under-Lyme", "Staffordshire Moorlands"],
      heldShare: 1,
    });
    expect(fits[0]?.heldCoverage).toBeCloseTo(134 / 139, 12);
    expect(fits[1]).toMatchObject({ fit: "crossesAtMargins", mainAuthority: "Stoke-on-Trent" });
    // 432 of Birmingham's 547 small areas: 79%, below the margin, so 13P is within Birmingham, shared.
    expect(fits[2]).toMatchObject({
      fit: "withinOne",
      mainAuthority: "Birmingham",
      wholeAuthorities: [],
    });
    expect(fits[3]).toBeNull();
  });

  test("plain headers, ONS CCG codes only, no count column (one row per small area)", () => {
    const rows: CellValue[][] = [
      ["CCG ONS code", "Local authority name"],
      ["E38000126", "Newcastle-under-Lyme"],
      ["E38000126", "Newcastle-under-Lyme"],
      ["E38000175", "Newcastle-under-Lyme"],
    ];
    const lookup = readLocalAuthorityLookup(workbook(sheet("Lookup", rows)), [], new FindingList());
    expect(lookup?.rows.map((r) => [r.ccgOnsCode, r.count])).toEqual([
      ["E38000126", 1],
      ["E38000126", 1],
      ["E38000175", 1],
    ]);
    const fits = localAuthorityFitFromLookup(lookup!, ["E38000126"], 0.9);
    expect(fits[0]).toMatchObject({ fit: "withinOne", mainAuthority: "Newcastle-under-Lyme" });
    expect(fits[0]?.mainShare).toBe(1);
  });

  test("bad rows are Data Quality warnings naming the cell; the rest is used", () => {
    const findings = new FindingList();
    const rows: CellValue[][] = [
      ONS_HEADERS,
      ["05G", null, null, "E07000195", "Newcastle-under-Lyme", "many"],
      [null, null, null, "E07000195", "x", 3],
      ["05G", null, null, "E07000198", "Staffordshire Moorlands", 54],
    ];
    const lookup = readLocalAuthorityLookup(
      workbook(sheet("Practices", practices), sheet("LAs", rows)),
      ["Practices"],
      findings
    );
    expect(lookup?.rows).toHaveLength(1);
    expect(findings.findings.map((f) => [f.sheet, f.row, f.column, f.value])).toEqual([
      ["LAs", 2, "n_lsoa", "many"],
      ["LAs", 3, "CCG16CDH", ""],
    ]);
    expect(findings.findings[0]?.message).toBe(
      "Count 'many' in LAs!F2 of the local-authority lookup is not a non-negative number; the row is left out"
    );
  });
});

describe("the analysis with a lookup sheet", () => {
  test("the fit comes from the lookup when practices carry no local authority", () => {
    const result = analyseWorkbook(
      workbook(sheet("Practices", practices), sheet("CCG to LAD", lookupRows))
    );
    expect(result.input.localAuthorityLookupSheet).toBe("CCG to LAD");
    const g = result.ccgs.find((ccg) => ccg.code === "05G");
    expect(g?.localAuthorityFit?.fit).toBe("coterminousSeveral");
    expect(g?.components.localAuthority).toEqual({
      rating: "GREEN",
      reason:
        "Coterminous with several local authorities: holds Newcastle-under-Lyme and Staffordshire Moorlands (96.4% of them in this CCG)",
    });
    expect(result.ccgs.find((ccg) => ccg.code === "13P")?.localAuthorityFit?.fit).toBe("withinOne");
  });

  test("without a lookup or column the fit is not assessed, and says why", () => {
    const result = analyseWorkbook(workbook(sheet("Practices", practices)));
    expect(result.input.localAuthorityLookupSheet).toBeNull();
    expect(result.ccgs[0]?.components.localAuthority).toEqual({
      rating: null,
      reason: "No local-authority column or lookup: local-authority fit not assessed",
    });
  });

  test("a practice local-authority column wins over a lookup", () => {
    const withColumn = practices.map((row, i) => [
      ...row,
      i === 0 ? "Local authority" : "Somewhere",
    ]);
    const result = analyseWorkbook(
      workbook(sheet("Practices", withColumn), sheet("CCG to LAD", lookupRows))
    );
    expect(result.input.localAuthorityLookupSheet).toBeNull();
    expect(result.ccgs.find((ccg) => ccg.code === "05G")?.localAuthorityFit?.mainAuthority).toBe(
      "Somewhere"
    );
  });
});

describe("upper-tier authorities", () => {
  test("when the lookup names counties as well as districts, the county is the authority", () => {
    const rows: CellValue[][] = [
      ["CCG16CDH", "LAD16NM", "CTY16NM", "n_lsoa"],
      ["06V", "North Norfolk", "Norfolk", 60],
      ["06V", "Broadland", "Norfolk", 44],
      ["06W", "Norwich", "Norfolk", 83],
      ["06W", "Broadland", "Norfolk", 30],
    ];
    const lookup = readLocalAuthorityLookup(workbook(sheet("Lookup", rows)), [], new FindingList());
    expect(lookup?.rows.map((r) => r.authority)).toEqual([
      "Norfolk",
      "Norfolk",
      "Norfolk",
      "Norfolk",
    ]);
    expect(
      localAuthorityFitFromLookup(lookup!, ["06V", "06W"], 0.9).map((fit) => fit?.fit)
    ).toEqual(["withinOne", "withinOne"]);
  });
});

describe("what is not a lookup", () => {
  test("a sheet with practice codes (a second practice list, an old Practice Detail) is not taken for one", () => {
    const detail: CellValue[][] = [
      ["Practice code", "CCG code", "Local authority"],
      ["A00001", "05G", null],
    ];
    const findings = new FindingList();
    expect(
      readLocalAuthorityLookup(
        workbook(sheet("Practices", practices), sheet("Practice Detail", detail)),
        ["Practices"],
        findings
      )
    ).toBeNull();
    expect(findings.findings).toEqual([]);
  });
});
