import {
  parseArguments,
  parseAssumptionSettings,
  parseMappings,
  UsageError,
} from "../../src/cli/args";

describe("runner arguments (SPEC §8.1)", () => {
  test("analyse with every option, in both spellings", () => {
    expect(
      parseArguments([
        "analyse",
        "in.xlsx",
        "-o",
        "out.xlsx",
        "--json",
        "--set",
        "rca_per_head=22.07",
        "--set=bridge_km=1",
        "--map",
        "list_size=Total patients",
      ])
    ).toEqual({
      command: "analyse",
      input: "in.xlsx",
      output: "out.xlsx",
      json: true,
      svg: null,
      scoring: null,
      scenario: null,
      assumptions: { rca_per_head: 22.07, bridge_km: 1 },
      mapping: { listSize: "Total patients" },
    });
  });
  test.each([
    [[], "no command given"],
    [["frobnicate"], "unknown command 'frobnicate'"],
    [["analyse"], "analyse needs a workbook"],
    [["analyse", "a.xlsx", "b.xlsx"], "analyse takes one workbook, not 2"],
    [["analyse", "a.xlsx", "--bogus"], "unknown option '--bogus'"],
    [["analyse", "a.xlsx", "-o"], "option -o needs a value"],
    [["analyse", "a.xlsx", "--output"], "option --output needs a value"],
    [["analyse", "a.xlsx", "--json=yes"], "option --json takes no value"],
    [["sample", "--seed", "-1"], "for a value starting with '-', write --seed=<value>"],
    [["analyse", "a.xlsx", "--set", "rca=3"], "unknown assumption 'rca'"],
    [["analyse", "a.xlsx", "--set", "rca_per_head=lots"], "'lots' is not a number"],
    [["analyse", "a.xlsx", "--set", "headroom_amber_share=2"], "must be between 0 and 1"],
    [["analyse", "a.xlsx", "--set", "rca_per_head"], "must look like key=value"],
    [["analyse", "a.xlsx", "--map", "flavour=X"], "unknown field 'flavour'"],
    [["analyse", "a.xlsx", "--scenario", " "], "--scenario needs a scenario name"],
    [["analyse", "a.xlsx", "--scoring", " , "], "--scoring needs all, flagged, none or CCG codes"],
    [
      ["analyse", "a.xlsx", "--scoring", "all", "--scoring", "none"],
      "option --scoring given more than once",
    ],
    [["suggest"], "suggest needs a workbook"],
    [["suggest", "a.xlsx", "--scenario", "x"], "option --scenario does not apply to 'suggest'"],
    [["sample", "--practices", "0"], "--practices '0' must be a whole number of at least 1"],
    [["sample", "--seed", "x"], "--seed 'x' must be a whole number"],
    [["sample", "--json"], "option --json does not apply to 'sample'"],
    [["demo", "extra"], "demo takes no arguments"],
  ])("%j is wrong usage: %s", (args, message) => {
    expect(() => parseArguments(args)).toThrow(UsageError);
    expect(() => parseArguments(args)).toThrow(message);
  });
  test("--scenario and suggest (issue #12)", () => {
    expect(parseArguments(["analyse", "a.xlsx", "--scenario", "Merge 10C"])).toMatchObject({
      scenario: "Merge 10C",
    });
    expect(parseArguments(["suggest", "a.xlsx", "--json"])).toEqual({
      command: "suggest",
      input: "a.xlsx",
      json: true,
      assumptions: {},
      mapping: {},
    });
  });
  test("--scoring: all, flagged, none or codes", () => {
    const scoring = (value: string) => {
      const parsed = parseArguments(["analyse", "a.xlsx", "--scoring", value]);
      return parsed.command === "analyse" ? parsed.scoring : undefined;
    };
    expect(scoring("ALL")).toBe("all");
    expect(scoring("flagged")).toBe("flagged");
    expect(scoring("none")).toBe("none");
    expect(scoring("07l, 08M,")).toEqual(["07L", "08M"]);
    const plain = parseArguments(["analyse", "a.xlsx"]);
    expect(plain.command === "analyse" && plain.scoring).toBeNull();
  });
  test("help and version", () => {
    expect(parseArguments(["--help"])).toEqual({ command: "help" });
    expect(parseArguments(["analyse", "--help"])).toEqual({ command: "help" });
    expect(parseArguments(["--version"])).toEqual({ command: "version" });
  });
  test("field names in several spellings", () => {
    expect(
      parseMappings(["practice_code=Prac", "ccgCode=Group", "local authority=Council name"])
    ).toEqual({
      practiceCode: "Prac",
      ccgCode: "Group",
      localAuthority: "Council name",
    });
  });
  test("settings accept £ and % as the sheet does", () => {
    expect(parseAssumptionSettings(["fixed_costs=£850,000", "headroom_amber_share=15%"])).toEqual({
      fixed_costs: 850000,
      headroom_amber_share: 0.15,
    });
  });
});
