// functions.json as the build generates it: custom-functions-metadata (the library behind the webpack
// plugin) run on src/functions/functions.ts.
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const source = path.resolve(__dirname, "../../src/functions/functions.ts");
const HELP_URL = "https://ccg-footprint.example.org/#formula-reference";

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

/** Every function of SPEC §8.2: parameters, the optional ones marked ?, ranges marked [][]. */
const SIGNATURES: Record<string, string[]> = {
  PERHEAD: ["amount", "population"],
  ALLOWANCE: ["population", "perHead?"],
  HEADROOM: ["population", "fixedCosts?", "supportPerHead?", "perHead?"],
  BREAKEVEN: ["fixedCosts?", "supportPerHead?", "perHead?"],
  DISTANCE: ["lat1", "lon1", "lat2", "lon2"],
  DISPERSION: ["latitudes[][]", "longitudes[][]", "weights[][]?"],
  PIECES: ["ccgCodes[][]", "latitudes[][]", "longitudes[][]", "code", "weights[][]?"],
  COHERENCE: ["ccgCodes[][]", "latitudes[][]", "longitudes[][]", "weights[][]"],
  RATING: ["population", "headroom", "detachedShare?", "dispersionKm?", "hasArrangement?"],
  DOMAINRATING: ["statuses[][]"],
  OUTCOME: ["statuses[][]", "domains[][]", "configurationRating?"],
  SUMMARY: ["practices[][]", "ccgs[][]?", "assumptions[][]?", "localAuthorities[][]?"],
};

const SPILLING = ["COHERENCE", "SUMMARY"];

function signature(parameter: ParameterMetadata): string {
  return `${parameter.name}${parameter.dimensionality === "matrix" ? "[][]" : ""}${parameter.optional === true ? "?" : ""}`;
}

describe("functions.json generated from the JSDoc of src/functions/functions.ts", () => {
  let functions: FunctionMetadata[] = [];
  let errors: string[] = [];
  let associated: string[] = [];
  let metadata: Record<string, unknown> = {};

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(source);
    errors = generated.errors;
    associated = generated.associate.map((association) => association.id);
    metadata = JSON.parse(generated.metadataJson || "{}") as Record<string, unknown>;
    functions = (metadata.functions as FunctionMetadata[] | undefined) ?? [];
  });

  test("no metadata errors", () => {
    expect(errors).toEqual([]);
  });

  test("exactly the SPEC §8.2 functions, ids upper case and equal to names, each associated once", () => {
    expect(functions.map((fn) => fn.id).sort()).toEqual(Object.keys(SIGNATURES).sort());
    for (const fn of functions) expect(fn.name).toBe(fn.id);
    expect([...associated].sort()).toEqual(Object.keys(SIGNATURES).sort());
  });

  test.each(
    Object.entries(SIGNATURES).map(([id, expected]) => [id, expected.join(", "), expected])
  )("%s(%s): parameter names, optional ones, ranges", (id, _shown, expected) => {
    const fn = functions.find((candidate) => candidate.id === id);
    expect(fn?.parameters.map(signature)).toEqual(expected);
  });

  test("every parameter is 'any', so text, blanks and errors reach the function and get a message", () => {
    for (const fn of functions) {
      for (const parameter of fn.parameters)
        expect({ id: fn.id, parameter: parameter.name, type: parameter.type }).toEqual({
          id: fn.id,
          parameter: parameter.name,
          type: "any",
        });
    }
  });

  test("descriptions and parameter help on everything, within Excel's lengths; the help URL", () => {
    for (const fn of functions) {
      expect(fn.description?.length ?? 0).toBeGreaterThan(20);
      expect(fn.description?.length ?? 0).toBeLessThanOrEqual(255);
      expect(fn.helpUrl).toBe(HELP_URL);
      for (const parameter of fn.parameters) {
        expect(parameter.description?.length ?? 0).toBeGreaterThan(10);
        expect(parameter.description?.length ?? 0).toBeLessThanOrEqual(128);
      }
    }
  });

  test("COHERENCE and SUMMARY spill a matrix; the others return one number or text", () => {
    for (const fn of functions) {
      if (SPILLING.includes(fn.id)) expect(fn.result.dimensionality).toBe("matrix");
      else expect(["number", "string"]).toContain(fn.result.type);
    }
    expect(functions.find((fn) => fn.id === "RATING")?.result.type).toBe("string");
    expect(functions.find((fn) => fn.id === "DISTANCE")?.result.type).toBe("number");
  });

  test("no volatile, streaming or cancelable function", () => {
    for (const fn of functions) {
      expect(fn.options?.volatile ?? false).toBe(false);
      expect(fn.options?.stream ?? false).toBe(false);
      expect(fn.options?.cancelable ?? false).toBe(false);
    }
  });

  test("the generator does not set allowErrorForDataTypeAny (errors in ranges stop Excel calling the function)", () => {
    // Documented in src/functions/excelValues.ts and the formula reference; the functions handle
    // error values anyway, for when the flag is set.
    expect(metadata.allowErrorForDataTypeAny).toBeUndefined();
  });
});
