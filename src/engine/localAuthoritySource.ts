/**
 * Where each CCG's local-authority fit comes from (SPEC §2.1, §2.4, §3.3): the practices' local-authority
 * column when the list has one, else the workbook's CCG → local-authority lookup, else nowhere.
 */
import { WorkbookData } from "./cells";
import { FindingList } from "./dataQuality";
import { LocalAuthorityFitResult, classifyLocalAuthorityFitOfColumns } from "./localAuthorityFit";
import {
  fitsFromLocalAuthorityWeights,
  LocalAuthorityWeights,
  localAuthorityWeightsFromLookup,
  readLocalAuthorityLookup,
  weightMap,
} from "./localAuthorityLookup";
import { PracticeListLocation } from "./locatePracticeList";

/** Every CCG's fit and where it came from. */
export interface LocalAuthorityFits {
  /** One per CCG, in the analysis's order; null where the source says nothing about the CCG. */
  readonly fits: (LocalAuthorityFitResult | null)[];
  /** `column`, `lookup`, or null when the workbook has neither. */
  readonly source: "column" | "lookup" | null;
  /** The lookup's sheet when the fit came from one. */
  readonly lookupSheet: string | null;
  /** The lookup's weights by CCG when the fit came from one (a scenario re-classifies from them). */
  readonly weights: LocalAuthorityWeights | null;
}

/** The practices' CCG index, local authority (null without the column) and list size, row by row. */
export interface LocalAuthorityPracticeColumns {
  readonly group: Int32Array;
  readonly localAuthority: readonly (string | null)[] | null;
  readonly listSize: Float64Array;
}

/**
 * The local-authority fit of every CCG from the practice column, or from the lookup when the practice list
 * has no local-authority column.
 * @param workbook the user's workbook (for the lookup)
 * @param location the practice list
 * @param ccgTableSheet the CCG table's sheet, or null (never taken for the lookup)
 * @param practices the practices' columns
 * @param codes the CCG codes, in the analysis's order
 * @param marginShare SPEC §2.3 `coterminosity_margin_share`
 * @param findings where the lookup's problems go
 * @example localAuthorityFits(workbook, location, null, columns, codes, 0.9, findings).source // "lookup"
 */
export function localAuthorityFits(
  workbook: WorkbookData,
  location: PracticeListLocation,
  ccgTableSheet: string | null,
  practices: LocalAuthorityPracticeColumns,
  codes: readonly string[],
  marginShare: number,
  findings: FindingList
): LocalAuthorityFits {
  if (location.mapping.columns.localAuthority !== undefined) {
    const { group, localAuthority, listSize } = practices;
    const fits =
      localAuthority === null
        ? codes.map(() => null)
        : classifyLocalAuthorityFitOfColumns(
            { group, localAuthority, listSize },
            codes.length,
            marginShare
          );
    return { fits, source: "column", lookupSheet: null, weights: null };
  }
  const lookup = readLocalAuthorityLookup(workbook, [location.sheet.name, ccgTableSheet], findings);
  if (lookup === null)
    return { fits: codes.map(() => null), source: null, lookupSheet: null, weights: null };
  const weights = localAuthorityWeightsFromLookup(lookup, codes);
  return {
    fits: fitsFromLocalAuthorityWeights(weights.byCcg.map(weightMap), weights, marginShare),
    source: "lookup",
    lookupSheet: lookup.sheetName,
    weights,
  };
}
