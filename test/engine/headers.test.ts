import { fieldForHeader, isAgeSexBandHeader, mapColumns, missingRequiredFields, normaliseHeader, FIELD_SYNONYMS, PRACTICE_FIELDS } from "../../src/engine/headers";

describe("header recognition (SPEC §2.1)", () => {
  test("normalisation ignores case, spaces, underscores and punctuation", () => {
    expect(normaliseHeader("List_Size")).toBe("listsize");
    expect(normaliseHeader(" Practice  Code ")).toBe("practicecode");
    expect(normaliseHeader("Org. Code")).toBe("orgcode");
  });

  test.each([
    ["practice code", "practiceCode"],
    ["Practice", "practiceCode"],
    ["CODE", "practiceCode"],
    ["ODS code", "practiceCode"],
    ["org_code", "practiceCode"],
    ["Organisation Code", "practiceCode"],
    ["practice_name", "practiceName"],
    ["Name", "practiceName"],
    ["ccg_code", "ccgCode"],
    ["CCG", "ccgCode"],
    ["Commissioner", "ccgCode"],
    ["PCO Code", "ccgCode"],
    ["Parent ODS code", "ccgCode"],
    ["CCG Name", "ccgName"],
    ["PCO Name", "ccgName"],
    ["parent name", "ccgName"],
    ["list_size", "listSize"],
    ["Registered patients", "listSize"],
    ["Patients", "listSize"],
    ["Number of patients", "listSize"],
    ["Population", "listSize"],
    ["Latitude", "latitude"],
    ["lat", "latitude"],
    ["Longitude", "longitude"],
    ["long", "longitude"],
    ["lon", "longitude"],
    ["LNG", "longitude"],
    ["Easting", "easting"],
    ["Eastings", "easting"],
    ["oseast1m", "easting"],
    ["Northing", "northing"],
    ["northings", "northing"],
    ["osnrth1m", "northing"],
    ["Local authority", "localAuthority"],
    ["LA", "localAuthority"],
    ["LA code", "localAuthority"],
    ["LAD", "localAuthority"],
    ["LAD code", "localAuthority"],
    ["Council", "localAuthority"],
    ["Member", "member"],
    ["Member practice", "member"],
    ["Signed up", "member"],
    ["Postcode", "postcode"],
  ])("'%s' is recognised as %s", (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  test("every synonym maps back to its own field (no synonym is claimed twice)", () => {
    for (const field of PRACTICE_FIELDS) {
      for (const synonym of FIELD_SYNONYMS[field]) expect(fieldForHeader(synonym)).toBe(field);
    }
  });

  test("unrelated headers are not recognised", () => {
    expect(fieldForHeader("coord_source")).toBeNull();
    expect(fieldForHeader("Area Team Code")).toBeNull();
  });

  test("age/sex band headers of NHS list-size files", () => {
    expect(isAgeSexBandHeader("Male 0-4")).toBe(true);
    expect(isAgeSexBandHeader("Female 75+")).toBe(true);
    expect(isAgeSexBandHeader("FEMALE_85+")).toBe(true);
    expect(isAgeSexBandHeader("Males 5 to 14")).toBe(true);
    expect(isAgeSexBandHeader("Male")).toBe(false);
    expect(isAgeSexBandHeader("Female GPs")).toBe(false);
  });

  test("the NHS BSA header row maps PCO code, practice code and 18 bands, with no list-size column", () => {
    const header = ["Regional Office Name", "Regional Office Code", "Area Team Name", "Area Team Code", "PCO Name", "PCO Code", "Practice Name", "Practice Code"];
    for (const band of ["0-4", "5-14", "15-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"]) header.push(`Male ${band}`, `Female ${band}`);
    const mapping = mapColumns(header);
    expect(mapping.columns).toEqual({ ccgName: 4, ccgCode: 5, practiceName: 6, practiceCode: 7 });
    expect(mapping.ageSexBands).toHaveLength(18);
    expect(missingRequiredFields(mapping)).toEqual([]);
  });

  test("the first column naming a field wins; overrides pick a header explicitly", () => {
    const header = ["Code", "Practice code", "CCG", "Patients", "Registered patients"];
    expect(mapColumns(header).columns).toMatchObject({ practiceCode: 0, ccgCode: 2, listSize: 3 });
    const overridden = mapColumns(header, { practiceCode: "practice_code", listSize: "Registered Patients" });
    expect(overridden.columns).toMatchObject({ practiceCode: 1, ccgCode: 2, listSize: 4 });
  });

  test("an override can name a header no synonym knows", () => {
    const mapping = mapColumns(["Prac", "Commissioning group", "Total"], { practiceCode: "Prac", ccgCode: "Commissioning group", listSize: "Total" });
    expect(missingRequiredFields(mapping)).toEqual([]);
  });

  test("missing required fields are reported", () => {
    expect(missingRequiredFields(mapColumns(["Practice code", "Name"]))).toEqual(["ccgCode", "listSize"]);
  });
});
