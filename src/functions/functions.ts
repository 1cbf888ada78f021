/*
 * Excel custom functions of CCG Footprint, namespace CCG (SPEC §8.2).
 *
 * Each function is thin: it reads its arguments (arguments.ts: ranges arrive as 2-D arrays, empty
 * cells as "", omitted optional arguments as null), calls one engine function and returns the result;
 * whatever goes wrong becomes #VALUE! (or #N/A for an unknown CCG code) with a message
 * (excelErrors.ts). How Excel passes error values is described in excelValues.ts.
 *
 * The JSDoc tags are the function's public definition: at build time custom-functions-metadata-plugin
 * reads them to write dist/functions.json (what Excel shows while typing) and appends
 * `CustomFunctions.associate("<ID>", <function>)` for each `@customfunction` to this module in the
 * bundle. Do not call CustomFunctions.associate here as well: Excel would warn of a duplicate name.
 * Without the bundle (a Node test importing this file) nothing is registered.
 * Parameters are typed `unknown` (metadata type "any") so that text, blanks and errors reach the
 * function, which can then say what is wrong instead of Excel's bare #VALUE!.
 */
import { DEFAULT_ASSUMPTIONS } from "../engine/assumptions";
import { breakEvenPopulation, headroom, perHead, runningCostAllowance } from "../engine/finance";
import {
  FormulaInputError,
  coherenceTable,
  gridDistanceKm,
  rateConfiguration,
  territoryPiecesOf,
  weightedStandardDistanceKm,
} from "../engine/formulas";
import { authorisationOutcome, domainRating } from "../engine/scoring";
import { summaryTableFromRanges } from "../output/report/summaryFunction";
import { breakEvenPerHead } from "../engine/sensitivity";
import {
  assumptionArgument,
  numberArgument,
  optionalNumberArgument,
  rangeArgument,
  ratingArgument,
  statusColumn,
  textArgument,
  yesNoArgument,
} from "./arguments";
import { criteriaArguments } from "./criteriaArguments";
import { excelFormula } from "./excelErrors";
import { isBlankArgument, tableCells } from "./excelValues";
import { practiceArguments } from "./practiceArguments";

/**
 * Amount per head of population: the amount divided by the registered population.
 * @customfunction PERHEAD
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param amount Amount in £ to share out, for example a running cost allowance.
 * @param population Registered patients sharing the amount; more than 0.
 * @returns {number} Amount per head of population.
 */
export function PERHEAD(amount: unknown, population: unknown): number {
  return excelFormula(() => {
    const pounds = numberArgument(amount, "amount");
    const patients = numberArgument(population, "population", { above: 0 });
    return perHead(pounds, patients) ?? Number.NaN;
  });
}

/**
 * Running cost allowance in £: population × £ per head (default rca_per_head, £25).
 * @customfunction ALLOWANCE
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param population Registered patients of the CCG; 0 or more.
 * @param [perHead] Running cost allowance in £ per head; default 25.
 * @returns {number} The running cost allowance in £.
 */
export function ALLOWANCE(population: unknown, perHead?: unknown): number {
  return excelFormula(() =>
    runningCostAllowance(
      numberArgument(population, "population", { min: 0 }),
      assumptionArgument(perHead, "perHead", "rca_per_head")
    )
  );
}

/**
 * Headroom in £: the allowance left after fixed costs and commissioning support (negative when short).
 * @customfunction HEADROOM
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param population Registered patients of the CCG; 0 or more.
 * @param [fixedCosts] Fixed governance and statutory costs in £; default 1,000,000.
 * @param [supportPerHead] Commissioning support in £ per head; default 9.
 * @param [perHead] Running cost allowance in £ per head; default 25.
 * @returns {number} Headroom in £.
 */
export function HEADROOM(
  population: unknown,
  fixedCosts?: unknown,
  supportPerHead?: unknown,
  perHead?: unknown
): number {
  return excelFormula(() =>
    headroom(
      numberArgument(population, "population", { min: 0 }),
      assumptionArgument(fixedCosts, "fixedCosts", "fixed_costs"),
      assumptionArgument(supportPerHead, "supportPerHead", "support_per_head"),
      assumptionArgument(perHead, "perHead", "rca_per_head")
    )
  );
}

/**
 * Break-even population: the smallest population whose allowance covers fixed costs and support.
 * @customfunction BREAKEVEN
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param [fixedCosts] Fixed governance and statutory costs in £; default 1,000,000.
 * @param [supportPerHead] Commissioning support in £ per head; default 9.
 * @param [perHead] Running cost allowance in £ per head; default 25. Must be more than supportPerHead.
 * @returns {number} Registered patients needed to break even, rounded up.
 */
export function BREAKEVEN(
  fixedCosts?: unknown,
  supportPerHead?: unknown,
  perHead?: unknown
): number {
  return excelFormula(() => {
    const fixed = assumptionArgument(fixedCosts, "fixedCosts", "fixed_costs");
    const support = assumptionArgument(supportPerHead, "supportPerHead", "support_per_head");
    const allowance = assumptionArgument(perHead, "perHead", "rca_per_head");
    const population = breakEvenPopulation(fixed, support, allowance);
    if (population === null) {
      throw new FormulaInputError(
        `perHead ${allowance} must be more than supportPerHead ${support}: otherwise no population breaks even`
      );
    }
    return population;
  });
}

/**
 * Break-even allowance per head: the £ per head at which the CCG's headroom is zero (fixed costs ÷ population + support per head).
 * @customfunction BREAKEVENRATE
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param population Registered patients of the CCG; more than 0.
 * @param [fixedCosts] Fixed governance and statutory costs in £; default 1,000,000.
 * @param [supportPerHead] Commissioning support in £ per head; default 9.
 * @returns {number} Allowance in £ per head at which headroom is zero.
 */
export function BREAKEVENRATE(
  population: unknown,
  fixedCosts?: unknown,
  supportPerHead?: unknown
): number {
  return excelFormula(
    () =>
      breakEvenPerHead(
        numberArgument(population, "population", { above: 0 }),
        assumptionArgument(fixedCosts, "fixedCosts", "fixed_costs"),
        assumptionArgument(supportPerHead, "supportPerHead", "support_per_head")
      ) ?? Number.NaN
  );
}

/**
 * Distance in km between two practices, measured on the British National Grid like the analysis.
 * @customfunction DISTANCE
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param lat1 Latitude of the first place, WGS84 degrees (Great Britain).
 * @param lon1 Longitude of the first place, WGS84 degrees (west is negative).
 * @param lat2 Latitude of the second place, WGS84 degrees.
 * @param lon2 Longitude of the second place, WGS84 degrees.
 * @returns {number} Straight-line distance in km.
 */
export function DISTANCE(lat1: unknown, lon1: unknown, lat2: unknown, lon2: unknown): number {
  return excelFormula(() =>
    gridDistanceKm(
      numberArgument(lat1, "lat1"),
      numberArgument(lon1, "lon1"),
      numberArgument(lat2, "lat2"),
      numberArgument(lon2, "lon2")
    )
  );
}

/**
 * Weighted standard distance in km of practices around their weighted centre (how spread out they are).
 * @customfunction DISPERSION
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param latitudes Practice latitudes, WGS84 degrees; rows with blank coordinates are left out.
 * @param longitudes Practice longitudes, same shape as latitudes.
 * @param [weights] List sizes, same shape; equal weights when omitted.
 * @returns {number} Weighted standard distance in km.
 */
export function DISPERSION(
  latitudes: unknown[][],
  longitudes: unknown[][],
  weights?: unknown[][]
): number {
  return excelFormula(() =>
    weightedStandardDistanceKm(practiceArguments(null, latitudes, longitudes, weights))
  );
}

/**
 * Number of territory pieces of one CCG: groups of its practices that touch, among all practices given.
 * @customfunction PIECES
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param ccgCodes CCG code of each practice.
 * @param latitudes Practice latitudes, WGS84 degrees, same shape as ccgCodes.
 * @param longitudes Practice longitudes, same shape as ccgCodes.
 * @param code The CCG to count pieces for, e.g. 07L; #N/A when no practice has it.
 * @param [weights] List sizes, same shape; checked but they do not change the count.
 * @returns {number} Number of pieces (1 = one connected territory).
 */
export function PIECES(
  ccgCodes: unknown[][],
  latitudes: unknown[][],
  longitudes: unknown[][],
  code: unknown,
  weights?: unknown[][]
): number {
  return excelFormula(() => {
    const ccg = textArgument(code, "code");
    return territoryPiecesOf(practiceArguments(ccgCodes, latitudes, longitudes, weights), ccg);
  });
}

/**
 * Geographic coherence of every CCG: spills a table with a header row and one row per CCG in code order.
 * @customfunction COHERENCE
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param ccgCodes CCG code of each practice.
 * @param latitudes Practice latitudes, WGS84 degrees; blank coordinates are counted but not mapped.
 * @param longitudes Practice longitudes, same shape as ccgCodes.
 * @param weights List sizes, same shape as ccgCodes.
 * @returns {any[][]} Code, practices, population, pieces, detached share, distances, hull area, purity, embedded, surrounded by.
 */
export function COHERENCE(
  ccgCodes: unknown[][],
  latitudes: unknown[][],
  longitudes: unknown[][],
  weights: unknown[][]
): unknown[][] {
  return excelFormula(() => {
    if (isBlankArgument(weights)) throw new FormulaInputError("weights is needed: list sizes");
    return coherenceTable(practiceArguments(ccgCodes, latitudes, longitudes, weights));
  });
}

/**
 * Configuration rating GREEN, AMBER or RED: the worst of size, finance and geography.
 * @customfunction RATING
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param population Registered patients of the CCG.
 * @param headroom Headroom in £ (see CCG.HEADROOM).
 * @param [detachedShare] Share of population outside the main territory, 0 to 1; geography not rated without it or dispersionKm.
 * @param [dispersionKm] Weighted standard distance in km (see CCG.DISPERSION).
 * @param [hasArrangement] TRUE or Y when the CCG has a collaborative arrangement (red size or finance becomes amber).
 * @returns {string} GREEN, AMBER or RED.
 */
export function RATING(
  population: unknown,
  headroom: unknown,
  detachedShare?: unknown,
  dispersionKm?: unknown,
  hasArrangement?: unknown
): string {
  return excelFormula(
    () =>
      rateConfiguration(
        {
          population: numberArgument(population, "population", { min: 0 }),
          headroom: numberArgument(headroom, "headroom"),
          detachedShare: optionalNumberArgument(detachedShare, "detachedShare"),
          dispersionKm: optionalNumberArgument(dispersionKm, "dispersionKm"),
          hasArrangement: yesNoArgument(hasArrangement, "hasArrangement"),
        },
        DEFAULT_ASSUMPTIONS
      ).rating
  );
}

/**
 * Rating of one authorisation domain from its criteria's statuses: GREEN, AMBER, RED or INCOMPLETE.
 * @customfunction DOMAINRATING
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param statuses Met, Partially met, Not met or Not assessed for each criterion; blank cells are Not assessed.
 * @returns {string} GREEN (all met), AMBER, RED (any not met) or INCOMPLETE.
 */
export function DOMAINRATING(statuses: unknown[][]): string {
  return excelFormula(() => domainRating(statusColumn(rangeArgument(statuses, "statuses"))));
}

/**
 * Authorisation outcome from all criteria's statuses and domains (critical criteria are not considered).
 * @customfunction OUTCOME
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param statuses Status of each criterion: Met, Partially met, Not met or Not assessed.
 * @param domains Domain number 1 to 6 of each criterion, same shape as statuses.
 * @param [configurationRating] The CCG's configuration rating; RED brings directions.
 * @returns {string} Fully authorised, Authorised with conditions (and directions), or Not authorised.
 */
export function OUTCOME(
  statuses: unknown[][],
  domains: unknown[][],
  configurationRating?: unknown
): string {
  return excelFormula(() => {
    const criteria = criteriaArguments(statuses, domains);
    return authorisationOutcome(criteria, {
      configurationRating: ratingArgument(configurationRating, "configurationRating"),
    });
  });
}

/**
 * The CCG Summary for a practice list: spills the same table as the CCG Summary sheet, with headers.
 * @customfunction SUMMARY
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param practices The practice list with its header row (practice code, CCG code, list size, coordinates…).
 * @param [ccgs] The CCG table with its header row (code, planned running costs, fixed costs…).
 * @param [assumptions] Key and Value columns with a header row; the defaults apply to keys not given.
 * @param [localAuthorities] CCG to local-authority lookup with a header row (CCG code, LA, count), used when practices have no LA column.
 * @returns {any[][]} One row per CCG in code order, headers on top.
 */
export function SUMMARY(
  practices: unknown[][],
  ccgs?: unknown[][],
  assumptions?: unknown[][],
  localAuthorities?: unknown[][]
): unknown[][] {
  return excelFormula(() =>
    summaryTableFromRanges({
      practices: tableCells(practices),
      ccgs: isBlankArgument(ccgs) ? null : tableCells(ccgs),
      assumptions: isBlankArgument(assumptions) ? null : tableCells(assumptions),
      localAuthorities: isBlankArgument(localAuthorities) ? null : tableCells(localAuthorities),
    })
  );
}
